#pragma once

#include "domain/absencereport.h"
#include "domain/contactlogentry.h"
#include "domain/registeredabsence.h"
#include "domain/returnplan.h"
#include "domain/ruleresult.h"

#include <QCoreApplication>
#include <QString>

namespace Aanwezig {

// Every word the C++ side shows to people: plain, warm and translated.
// Data stays neutral; these texts never judge.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
public:
    static QString codeName(RegistrationCode code);
    static QString reportState(ReportState state);
    static QString leaveDecision(LeaveDecision decision);
    // "vandaag, de hele dag, tot beter", "ma 3 nov 08:30 - 12:00", ...
    static QString period(const QDateTime &start, const QDateTime &end);
    // "registered by school: 08:30 - 10:10, 2 lessons"
    static QString lessons(const RegisteredAbsence &registered);
    static QString dateTime(const QDateTime &wallTime);
    static QString date(QDate date);
    static QString contactKind(ContactLogEntry::Kind kind);
    static QString stepOwner(PlanStep::Owner owner);
    static QString tierName(int tier);
    static QString tierExplanation(int tier);
    static QString mood(int mood);
    // The plain-words version of a broken rule, for the person who tried:
    // every reason code the phone's store or the server gives has words; an
    // unknown code gets a general sentence, never the code itself.
    static QString ruleError(const RuleError &error);
};

} // namespace Aanwezig
