#include "appservices.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace Aanwezig {

namespace {
bool openProfile(LocalStore &store, const QString &profileDir)
{
    QDir().mkpath(profileDir);
    return store.open(QDir(profileDir).filePath(QStringLiteral("aanwezig.db")));
}
} // namespace

AppServices::AppServices(const QString &profileDir, Connectivity *connectivity)
    : m_opened(openProfile(m_store, profileDir)),
      m_preferences(QDir(profileDir).filePath(QStringLiteral("settings.ini"))),
      m_session(&m_store, &m_preferences), m_syncStatus(&m_store, connectivity),
      m_absenceActions(&m_store, &m_session), m_messageActions(&m_store),
      m_contactActions(&m_store), m_planActions(&m_store, &m_session), m_notifications(&m_store),
      m_replyActions(&m_store, &m_session, &m_preferences)
{
    // The translation first, so that every text made again afterwards
    // (C++ properties, models) is in the new language.
    applyLanguage();
    QObject::connect(&m_preferences, &Preferences::languageChanged, &m_preferences,
                     [this] { applyLanguage(); });
    QObject::connect(&m_preferences, &Preferences::languageChanged, &m_absenceActions,
                     &AbsenceActions::parentCodesChanged);
    QObject::connect(&m_preferences, &Preferences::languageChanged, &m_contactActions,
                     &ContactActions::kindsChanged);
    QObject::connect(&m_preferences, &Preferences::languageChanged, &m_planActions,
                     &PlanActions::ownersChanged);
    QObject::connect(&m_preferences, &Preferences::languageChanged, &m_syncStatus,
                     &SyncStatusView::changed);
    QObject::connect(&m_preferences, &Preferences::languageChanged, &m_notifications,
                     &Notifications::settingsChanged);
}

AppServices::~AppServices()
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_fallbackTranslator);
}

void AppServices::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
    m_engine->setUiLanguage(m_preferences.effectiveLanguage());
}

QLocale AppServices::localeOf(const QString &language)
{
    // Numbers, dates and times as people of that language write them in
    // the Netherlands and Flanders (Arabic with Arabic-Indic digits).
    if (language == QLatin1String("en"))
        return QLocale(QStringLiteral("en_GB"));
    if (language == QLatin1String("nl") || language.isEmpty())
        return QLocale(QStringLiteral("nl_NL"));
    return QLocale(language);
}

void AppServices::applyLanguage()
{
    const QString language = m_preferences.effectiveLanguage();
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_fallbackTranslator);
    // Staff screens may be untranslated in a parent's language (see
    // qml/i18n/README.md): they show in English rather than in Dutch. The
    // translator installed last is asked first.
    if (language != QLatin1String("nl") && language != QLatin1String("en") &&
        m_fallbackTranslator.load(QStringLiteral(":/i18n/aanwezig_en.qm")))
        QCoreApplication::installTranslator(&m_fallbackTranslator);
    if (m_translator.load(QStringLiteral(":/i18n/aanwezig_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(localeOf(language));
    if (m_engine) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
}

} // namespace Aanwezig
