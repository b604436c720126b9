#pragma once

#include "pseudotranslator.h"
#include "store/localstore.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace Aanwezig::UiTest {

// What the QML tests (as the singleton `Fixture`) use to set the scene on the
// real store and to check what the pages did to it.
class UiFixture : public QObject
{
    Q_OBJECT
public:
    explicit UiFixture(LocalStore *store, QObject *parent = nullptr);
    ~UiFixture() override;
    // What the sync engine would report, for the status line (SyncStatusView::setSource).
    SyncStatus *syncStatus() { return &m_syncStatus; }

    // Signs in with the demo school's data for these roles.
    Q_INVOKABLE void loadSchool(const QString &userId, const QStringList &roles);
    // Signs in with nothing on the phone yet.
    Q_INVOKABLE void signIn(const QString &userId, const QStringList &roles);
    Q_INVOKABLE void signOut();
    // The language the school has for the signed-in user, as pairing tells it.
    Q_INVOKABLE void setSchoolLanguage(const QString &language);
    // Where the school is, as pairing tells it: "be" (Flanders) or "nl".
    Q_INVOKABLE void setRegion(const QString &region);
    Q_INVOKABLE QString id(const QString &name) const; // "bas" -> the fixture school's id (S2)

    // The names of the waiting outbox entries, in order.
    Q_INVOKABLE QStringList waitingMutations() const;
    Q_INVOKABLE QVariantList reports(const QString &studentId) const; // toJson() forms
    Q_INVOKABLE QVariantList messages() const;
    Q_INVOKABLE QVariantList replies(const QString &studentId) const; // toJson() forms, by time
    Q_INVOKABLE QVariantList contactLog(const QString &studentId) const;
    Q_INVOKABLE QVariantList checkIns(const QString &studentId) const;
    Q_INVOKABLE QVariantList planSteps(const QString &studentId) const;
    Q_INVOKABLE QVariantMap returnPlan(const QString &studentId) const;
    // The school registered the first two lessons of the day `daysAgo` days
    // back as missed without leave (as pulled from the server).
    Q_INVOKABLE void registerMissedLessons(const QString &studentId, int daysAgo);
    // The engine whose texts setPseudoTranslation makes again.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // Every text 40 % longer than the Dutch (PseudoTranslator), over any
    // language, until switched off; the texts on screen change at once.
    Q_INVOKABLE void setPseudoTranslation(bool on);
    // The server acknowledged everything waiting.
    Q_INVOKABLE void acknowledgeAll();
    // The server refused the oldest waiting change for `reason`.
    Q_INVOKABLE void rejectOldest(const QString &reason);
    // The tel: links the app opened (the dialler) since the last call.
    Q_INVOKABLE QStringList takeOpenedUrls();
    // The server answered 401: the device must be paired again.
    Q_INVOKABLE void needPairingAgain();
    // The last sync went well.
    Q_INVOKABLE void syncWorks();
    // The last sync found no network: the app is offline.
    Q_INVOKABLE void goOffline();

private Q_SLOTS:
    void keepOpenedUrl(const QUrl &url);

private:
    QStringList m_openedUrls;
    LocalStore *m_store;
    SyncStatus m_syncStatus;
    PseudoTranslator m_pseudoTranslator;
    bool m_pseudoTranslating = false;
    QPointer<QQmlEngine> m_engine;
};

} // namespace Aanwezig::UiTest
