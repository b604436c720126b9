#include "preferences.h"

#include "warmtemplates.h"

#include <QLocale>

namespace Aanwezig {

namespace {
const QString languageKey = QStringLiteral("language");
const QString messageLanguageKey = QStringLiteral("messageLanguage");
const QString roleKey = QStringLiteral("role");
} // namespace

Preferences::Preferences(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(settingsFile, QSettings::IniFormat)
{}

QStringList Preferences::translatedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString Preferences::language() const
{
    return m_settings.value(languageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue(languageKey, language);
    Q_EMIT languageChanged();
}

QString Preferences::effectiveLanguage() const
{
    const QString chosen = language();
    if (translatedLanguages().contains(chosen))
        return chosen;
    for (const QString &systemLanguage : QLocale::system().uiLanguages()) {
        const QString code = systemLanguage.section(QLatin1Char('-'), 0, 0);
        if (translatedLanguages().contains(code))
            return code;
    }
    return translatedLanguages().constFirst();
}

QString Preferences::messageLanguage() const
{
    if (messageLanguageChosen())
        return m_settings.value(messageLanguageKey).toString();
    return m_schoolLanguage.isEmpty() ? effectiveLanguage() : m_schoolLanguage;
}

void Preferences::setMessageLanguage(const QString &language)
{
    if (language.isEmpty() ? !messageLanguageChosen()
                           : m_settings.value(messageLanguageKey).toString() == language)
        return;
    if (language.isEmpty())
        m_settings.remove(messageLanguageKey);
    else
        m_settings.setValue(messageLanguageKey, language);
    Q_EMIT messageLanguageChanged();
}

bool Preferences::messageLanguageChosen() const
{
    return m_settings.contains(messageLanguageKey);
}

QString Preferences::schoolLanguage() const
{
    return m_schoolLanguage;
}

void Preferences::setSchoolLanguage(const QString &language)
{
    // Only a language templates exist in; anything else is as good as untold.
    const QString known = isMessageLanguage(language) ? language : QString();
    if (known == m_schoolLanguage)
        return;
    m_schoolLanguage = known;
    Q_EMIT messageLanguageChanged();
}

QString Preferences::lastRole() const
{
    return m_settings.value(roleKey).toString();
}

void Preferences::setLastRole(const QString &role)
{
    if (role == lastRole())
        return;
    m_settings.setValue(roleKey, role);
    Q_EMIT lastRoleChanged();
}

QVariantList Preferences::appLanguages() const
{
    return {
        QVariantMap{{QStringLiteral("code"), QString()},
                    {QStringLiteral("name"), tr("Zoals het systeem")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("nl")},
                    {QStringLiteral("name"), QStringLiteral("Nederlands")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                    {QStringLiteral("name"), QStringLiteral("English")}},
    };
}

QVariantList Preferences::messageLanguages() const
{
    QVariantList list;
    for (const MessageLanguage &language : Aanwezig::messageLanguages())
        list.append(QVariantMap{{QStringLiteral("code"), QString::fromLatin1(language.code)},
                                {QStringLiteral("name"), QString::fromUtf8(language.nativeName)},
                                {QStringLiteral("rightToLeft"), language.rightToLeft}});
    return list;
}

} // namespace Aanwezig
