#pragma once

#include "absenceactions.h"
#include "contactactions.h"
#include "messageactions.h"
#include "notifications.h"
#include "planactions.h"
#include "preferences.h"
#include "replyactions.h"
#include "session.h"
#include "store/localstore.h"
#include "syncstatusview.h"

#include <QLocale>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace Aanwezig {

class Connectivity;

// Everything QML talks to, built once for one profile folder (the local
// database and the settings live there, so several app instances with
// different folders keep separate data). Build it before loading QML.
class AppServices
{
public:
    // Opens (or creates) the profile; check ok() / errorString().
    AppServices(const QString &profileDir, Connectivity *connectivity);
    ~AppServices();

    bool ok() const { return m_opened; }
    QString errorString() const { return m_store.errorString(); }

    LocalStore &store() { return m_store; }
    Preferences &preferences() { return m_preferences; }
    Session &session() { return m_session; }
    SyncStatusView &syncStatus() { return m_syncStatus; }
    Notifications &notifications() { return m_notifications; }

    // The engine whose texts are retranslated when the language changes.
    void setEngine(QQmlEngine *engine);

    // The locale numbers and dates are written in, for an app language.
    static QLocale localeOf(const QString &language);

private:
    // Loads the translation of the chosen language.
    void applyLanguage();

    LocalStore m_store;
    bool m_opened; // before the services below, which read the store when built
    Preferences m_preferences;
    Session m_session;
    SyncStatusView m_syncStatus;
    AbsenceActions m_absenceActions;
    MessageActions m_messageActions;
    ContactActions m_contactActions;
    PlanActions m_planActions;
    Notifications m_notifications;
    ReplyActions m_replyActions;
    QTranslator m_translator;
    QTranslator m_fallbackTranslator; // English, under a language without staff screens
    QPointer<QQmlEngine> m_engine;
};

} // namespace Aanwezig
