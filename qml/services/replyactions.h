#pragma once

#include "actionresult.h"
#include "appsingleton.h"
#include "forms/replyform.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Aanwezig {

class LocalStore;
class Preferences;
class Session;

// A student or a parent answers a warm message (or, the student, writes to
// the contact person of their plan): one tap or a few own words, as the
// active role, in the language they read.
class ReplyActions : public QObject, public AppSingleton<ReplyActions>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
public:
    ReplyActions(LocalStore *store, Session *session, Preferences *preferences,
                 QObject *parent = nullptr);

    int maxLength() const;
    // [{key, text}] of the one-tap replies in the language the user reads.
    Q_INVOKABLE QVariantList quickReplies() const;
    // Sends the reply the form describes, as the active role: ok when sent,
    // else the reason (the form's errors tell which field is wrong).
    Q_INVOKABLE Aanwezig::ActionResult reply(Aanwezig::ReplyForm *form);

private:
    QString readingLanguage() const;

    LocalStore *m_store;
    Session *m_session;
    Preferences *m_preferences;
};

} // namespace Aanwezig
