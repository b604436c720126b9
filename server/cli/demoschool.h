#pragma once

#include "domain/absencereport.h"
#include "domain/returnplan.h"
#include "domain/warmmessage.h"
#include "registrations.h"
#include "roster.h"

#include <QDate>
#include <QList>

namespace Aanwezig::Server {

// A made-up school for trying the app: 3 classes of 25 students with
// parents and mentors, and 12 school weeks of lessons ending the school day
// before `today`. Most students attend well; some are in tier 2 and 3, one
// is near the 16-hour line (unauthorised absence in the last 4 weeks) and
// one has a sick pattern (4 short sick episodes). Most parents read Dutch; a
// few Arabic (both other parents of the demo student), Turkish, Polish or
// Ukrainian. Always the same school for the same `today`.
struct DemoSchool
{
    QList<RosterEntry> roster;
    QList<Registration> registrations;
    // Something for each screen: today's sick report and a leave request in
    // 2A (the demo mentor's first-day items), a warm message to the demo
    // student and their parents, a return plan for the student with the sick
    // pattern. Ids are fixed, so running demo again changes nothing.
    QList<AbsenceReport> reports;
    QList<WarmMessage> messages;
    QList<ReturnPlan> plans;
    QList<PlanStep> steps;

    static DemoSchool generate(QDate today);

    static constexpr char parentEmail[] = "ouder.demo@demo.aanwezig.nl"; // two children
    static constexpr char mentorEmail[] = "m.devries@demo.aanwezig.nl";  // mentor of 2A
    static constexpr char teamEmail[] = "verzuim@demo.aanwezig.nl";
    static constexpr char studentId[] = "S1001"; // in 2A, child of the demo parent
    static constexpr char nearLegalLineId[] = "S1007";
    static constexpr char sickPatternId[] = "S1012";
};

} // namespace Aanwezig::Server
