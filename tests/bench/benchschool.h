#pragma once

#include <QList>
#include <QString>

namespace Aanwezig::Bench {

// A paired parent's phone: its token, its latest pull cursor and its child.
struct Phone
{
    QString token;
    QString cursor;
    QString childId;
};

// The school of the load benchmark on a database: a roster of `students`
// students in classes of 25 (one mentor each), the first `parents` of them
// with one parent each; those parents are invited with `aanwezig-server
// invite` and paired through POST /v1/pair, and pull until they are up to
// date. The server must allow that many pairings from one address
// (--pair-rate-address).
class BenchSchool
{
public:
    BenchSchool(QString serverProgram, QString database)
        : m_program(std::move(serverProgram)), m_database(std::move(database))
    {}

    // Imports the roster (before the server starts). False, with
    // errorString(), on failure.
    bool importRoster(const QString &csvPath, int students, int parents);
    // Invites and pairs the parents through the server at baseUrl.
    bool pairPhones(const QString &baseUrl, int parents);
    // Invites and pairs one more person (role mentor or team, by e-mail):
    // the device token, or empty (errorString()) on failure; `userId` (when
    // given) gets the user id the server paired.
    QString pairPerson(const QString &baseUrl, const QString &email, const QString &role,
                       QString *userId = nullptr);
    // The mentor of the class (of 25) of student `index` in the roster.
    static QString mentorEmail(int studentIndex);
    // "TOKEN CURSOR CHILD_ID", one phone a line, the cursor percent-encoded
    // for a query string (for tests/bench/loadbench.lua).
    bool writePhones(const QString &path) const;

    const QList<Phone> &phones() const { return m_phones; }
    QString errorString() const { return m_error; }

private:
    QString invite(const QString &email, const QString &role = QStringLiteral("parent"));

    QString m_program;
    QString m_database;
    QList<Phone> m_phones;
    QString m_error;
};

} // namespace Aanwezig::Bench
