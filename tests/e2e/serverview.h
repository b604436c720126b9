#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Aanwezig::AppLoop {

// What the server holds about one student, as the attendance team pulls it.
struct ServerView
{
    QList<QJsonObject> reports;
    QList<QJsonObject> messages;
    QString error;
};

// The student's reports and messages on the server, pulled by `team` as a fresh snapshot.
ServerView serverView(const Test::ApiClient &team, const QString &studentId);

} // namespace Aanwezig::AppLoop
