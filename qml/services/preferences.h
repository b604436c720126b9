#pragma once

#include "appsingleton.h"

#include <QObject>
#include <QSettings>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

// What this user chose on this phone: the app's language, the language in
// which warm message templates are shown, and the role they last used.
// Kept in the profile folder, next to the local database. Until they choose
// a message language, templates are shown in the language the school has for
// them (the Session hands it in), else in the app's language.
class Preferences : public QObject, public AppSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" follows the school's language for this user, else the system's
    // (Dutch when neither is offered)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    // The app's language is written right to left (Arabic): the window mirrors.
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // Writing "" forgets the choice: the school's language applies again.
    Q_PROPERTY(QString messageLanguage READ messageLanguage WRITE setMessageLanguage NOTIFY
                   messageLanguageChanged)
    Q_PROPERTY(bool messageLanguageChosen READ messageLanguageChosen NOTIFY messageLanguageChanged)
    // The language the school has for this user ("" when it told none)
    Q_PROPERTY(QString schoolLanguage READ schoolLanguage NOTIFY messageLanguageChanged)
    Q_PROPERTY(QString lastRole READ lastRole WRITE setLastRole NOTIFY lastRoleChanged)
    // [{code, name}] of the app's languages, each in its own name, the
    // choice to follow the school (or the system) first
    Q_PROPERTY(QVariantList appLanguages READ appLanguages NOTIFY languageChanged)
    // [{code, name, rightToLeft}] of the languages templates exist in
    Q_PROPERTY(QVariantList messageLanguages READ messageLanguages CONSTANT)
public:
    explicit Preferences(const QString &settingsFile, QObject *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;
    bool rightToLeft() const;
    QString messageLanguage() const;
    void setMessageLanguage(const QString &language);
    bool messageLanguageChosen() const;
    QString schoolLanguage() const;
    void setSchoolLanguage(const QString &language);
    QString lastRole() const;
    void setLastRole(const QString &role);
    QVariantList appLanguages() const;
    QVariantList messageLanguages() const;

    static QStringList translatedLanguages(); // the app's own languages, Dutch first

Q_SIGNALS:
    void languageChanged();
    void messageLanguageChanged();
    void lastRoleChanged();

private:
    QSettings m_settings;
    QString m_schoolLanguage;
};

} // namespace Aanwezig
