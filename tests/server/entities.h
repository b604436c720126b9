#pragma once

#include "domain/absencereport.h"
#include "domain/checkin.h"
#include "domain/contactlogentry.h"
#include "domain/reply.h"
#include "domain/returnplan.h"
#include "domain/walltime.h"
#include "domain/warmmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

// Entities for push arguments, in their domain JSON form (aanwezig-servertestschool).
namespace Aanwezig::Test {

// A fresh entity id (a UUID without braces).
QString newId();

// A report starting today at the given hour (one hour long unless open-ended).
QJsonObject reportJson(const QString &id, const QString &student, RegistrationCode code,
                       int hour = 9, bool openEnded = false);

// A "miss you" message to the student and/or the parents.
QJsonObject messageJson(const QString &id, const QString &student, bool toStudent, bool toParents);

// A reply of the student or a parent; an empty messageId answers the plan.
QJsonObject replyJson(const QString &id, const QString &student, Role from,
                      const QString &messageId, const QString &templateKey,
                      const QString &text = {});

// A step of the student's return plan.
QJsonObject stepJson(const QString &id, const QString &student, const QString &title,
                     bool done = false);

// The student's return plan with a goal.
QJsonObject planJson(const QString &student);

// A check-in of the student.
QJsonObject checkInJson(const QString &id, const QString &student, int mood = 4);

// An entry of the mentor's contact log.
QJsonObject contactJson(const QString &id, const QString &student);

} // namespace Aanwezig::Test
