#pragma once

#include "sync/scope.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// The server's side of the push fuzz targets: an in-memory SQLite database
// holding the fixture school of tests/data/school (roster and registrations),
// a user of each role and a few entities for the mutations to act on. The
// users' ids are fixed too: a parent's or mentor's is their e-mail address
// (parent.one@home.nl, ...), the student's is S1.
namespace Aanwezig::Fuzz {

// Fixed ids of the entities the school starts with (also in aanwezig.dict).
namespace Seeded {
inline constexpr char clientId[] = "0f2d6a9e-1c1b-4d3e-8f5a-7b6c5d4e3f21";
inline constexpr char sickReport[] = "5d0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";   // Z of S1
inline constexpr char leaveRequest[] = "6e1d2b3c-4d5e-4f6a-9b0c-1d2e3f4a5b6c"; // V of S1
inline constexpr char message[] = "7f2e3c4d-5e6f-4a7b-8c1d-2e3f4a5b6c7d";      // to S1
inline constexpr char planStep[] = "77aa0c7e-4b0e-4a4e-9f0e-5b1a2c3d4e5f";     // of S1
inline constexpr char absenceNotice[] = "S1/2026-11-23";                       // unanswered
} // namespace Seeded

class ServerSchool
{
public:
    // Sets the school up once per process; aborts when that fails.
    static ServerSchool &instance();

    QSqlDatabase database() const;
    // The users: parent of S1, mentor of 1A, student S1, mentor of 1B, team.
    const QList<Server::Scope> &users() const { return m_users; }
    const Server::Scope &user(unsigned char pick) const
    {
        return m_users.at(pick % m_users.size());
    }

    // Undoes every push since the set-up, so that each input meets the same school.
    void reset();

private:
    ServerSchool();
    QList<Server::Scope> m_users;
};

} // namespace Aanwezig::Fuzz
