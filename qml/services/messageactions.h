#pragma once

#include "actionresult.h"
#include "appsingleton.h"
#include "forms/messageform.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class LocalStore;

// Warm messages: sending one (template or own words) and marking one read.
class MessageActions : public QObject, public AppSingleton<MessageActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // [{key, text}] of the warm templates, in Dutch as the mentor writes them
    Q_PROPERTY(QVariantList templates READ templates CONSTANT)
public:
    explicit MessageActions(LocalStore *store, QObject *parent = nullptr);

    QVariantList templates() const;
    // A template as a reader in `language` sees it.
    Q_INVOKABLE QString templateIn(const QString &key, const QString &language) const;
    Q_INVOKABLE bool isRightToLeft(const QString &language) const;
    // [{code, name (in the app's language), rightToLeft}] of the languages the
    // student's parents read, as the school told; empty when it told none.
    Q_INVOKABLE QVariantList parentLanguages(const QString &studentId) const;
    // "Arabisch", "Turks", ... in the app's language.
    static QString languageName(const QString &code);

    // Sends the message the form describes; edited words are sent as
    // written. The message is also written in the contact log (a message, or
    // a card from the class). The form's errors tell what is wrong.
    Q_INVOKABLE Aanwezig::ActionResult send(Aanwezig::MessageForm *form);
    Q_INVOKABLE Aanwezig::ActionResult markRead(const QString &messageId);
    // Marks every unread message for this audience ("student" or "parents") read.
    Q_INVOKABLE Aanwezig::ActionResult markAllRead(const QString &audience);

Q_SIGNALS:
    // The people on the phone changed (ask parentLanguages() again).
    void peopleChanged();

private:
    LocalStore *m_store;
};

} // namespace Aanwezig
