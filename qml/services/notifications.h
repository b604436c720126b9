#pragma once

#include "actionresult.h"
#include "appsingleton.h"
#include "domain/notificationsettings.h"
#include "notify/notificationcenter.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace Aanwezig {

class LocalStore;

// Notifications as QML sees them: where a tapped notification
// leads (openRequested, which Main.qml turns into a page), the user's
// notification settings and the answers parents gave to "Alles goed?".
class Notifications : public QObject, public AppSingleton<Notifications>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{key, name, on}] of the kinds this user's roles receive
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY settingsChanged)
    Q_PROPERTY(QString quietStart READ quietStart NOTIFY settingsChanged)
    Q_PROPERTY(QString quietEnd READ quietEnd NOTIFY settingsChanged)
    Q_PROPERTY(bool hideNames READ hideNames NOTIFY settingsChanged)
    Q_PROPERTY(bool teamFirstDay READ teamFirstDay NOTIFY settingsChanged)
    Q_PROPERTY(bool isTeam READ isTeam NOTIFY settingsChanged)
    // Grows whenever the notices on the phone change (re-read noticeAnswer()).
    Q_PROPERTY(int noticesRevision READ noticesRevision NOTIFY noticesChanged)
public:
    explicit Notifications(LocalStore *store, QObject *parent = nullptr);

    NotificationCenter &center() { return m_center; }

    QVariantList kinds() const;
    QString quietStart() const;
    QString quietEnd() const;
    bool hideNames() const;
    bool teamFirstDay() const;
    bool isTeam() const;
    int noticesRevision() const { return m_noticesRevision; }

    // Each answers ok when saved, else the reason's code and words.
    Q_INVOKABLE Aanwezig::ActionResult setKind(const QString &key, bool on);
    // Times as "21:00"; equal times: no quiet hours.
    Q_INVOKABLE Aanwezig::ActionResult setQuietHours(const QString &start, const QString &end);
    Q_INVOKABLE Aanwezig::ActionResult setHideNames(bool hide);
    Q_INVOKABLE Aanwezig::ActionResult setTeamFirstDay(bool on);

    // The first name of a student on the phone (a child, a class student).
    Q_INVOKABLE QString studentName(const QString &studentId) const;
    // The newest answer the student's parents gave to "Alles goed?", in words
    // ("Ouder: ik weet ervan (vandaag)"); empty when none.
    Q_INVOKABLE QString noticeAnswer(const QString &studentId) const;

Q_SIGNALS:
    // A tapped notification: {page, id, studentId, date} (see NotificationPages).
    void openRequested(const QVariantMap &link);
    void settingsChanged();
    void noticesChanged();

private:
    ActionResult save(const std::function<void(NotificationSettings &)> &change);

    LocalStore *m_store;
    NotificationCenter m_center;
    int m_noticesRevision = 0;
};

} // namespace Aanwezig
