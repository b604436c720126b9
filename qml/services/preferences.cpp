#include "preferences.h"

#include "warmtemplates.h"

#include <QLocale>

namespace Aanwezig {

namespace {
const QString languageKey = QStringLiteral("language");
const QString messageLanguageKey = QStringLiteral("messageLanguage");
const QString roleSettingKey = QStringLiteral("role");
} // namespace

Preferences::Preferences(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_settings(settingsFile, QSettings::IniFormat)
{}

QStringList Preferences::translatedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar"),
            QStringLiteral("tr"), QStringLiteral("pl"), QStringLiteral("uk")};
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
    // Until they choose, the language the school has for them.
    if (translatedLanguages().contains(m_schoolLanguage))
        return m_schoolLanguage;
    for (const QString &systemLanguage : QLocale::system().uiLanguages()) {
        const QString code = systemLanguage.section(QLatin1Char('-'), 0, 0);
        if (translatedLanguages().contains(code))
            return code;
    }
    return translatedLanguages().constFirst();
}

bool Preferences::rightToLeft() const
{
    return isRightToLeft(effectiveLanguage());
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
    const QString before = effectiveLanguage();
    m_schoolLanguage = known;
    Q_EMIT messageLanguageChanged();
    // The app's own language follows the school's until they choose one.
    if (effectiveLanguage() != before || this->language().isEmpty())
        Q_EMIT languageChanged();
}

QString Preferences::lastRole() const
{
    return m_settings.value(roleSettingKey).toString();
}

void Preferences::setLastRole(const QString &role)
{
    if (role == lastRole())
        return;
    m_settings.setValue(roleSettingKey, role);
    Q_EMIT lastRoleChanged();
}

QVariantList Preferences::appLanguages() const
{
    // Each language in its own name, so that anyone finds theirs; first the
    // choice to follow the school (or, when it told none, the system).
    QVariantList list{QVariantMap{{QStringLiteral("code"), QString()},
                                  {QStringLiteral("name"), m_schoolLanguage.isEmpty()
                                                               ? tr("Zoals het systeem")
                                                               : tr("Zoals school het heeft")}}};
    for (const MessageLanguage &language : Aanwezig::messageLanguages()) {
        if (translatedLanguages().contains(QLatin1String(language.code)))
            list.append(
                QVariantMap{{QStringLiteral("code"), QString::fromLatin1(language.code)},
                            {QStringLiteral("name"), QString::fromUtf8(language.nativeName)}});
    }
    return list;
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
