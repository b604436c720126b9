#pragma once

#include "domain/jsonfields.h"
#include "domain/walltime.h"
#include "store/localstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Helpers of the phone's store tests (aanwezig-storetestsupport).
namespace Aanwezig::StoreTest {

// The factory of pulled changes (ServerChange::put, ServerChange::removal)
// under short names.
inline constexpr auto put = &ServerChange::put;
inline constexpr auto removal = &ServerChange::removal;

inline const QString parentId = QStringLiteral("parent-1");
inline const QString studentId = QStringLiteral("student-1");

// Opens a store in `dir` for a user holding `roles`.
std::unique_ptr<LocalStore> openStore(const QTemporaryDir &dir, const QList<Role> &roles,
                                      const QString &userId = parentId,
                                      const QString &name = QStringLiteral("local.db"));

// Removes a database file with its write-ahead log.
void removeDatabaseFiles(const QString &path);

// A sickness report for today, "until better".
AbsenceReport sickToday(const QString &student = studentId, QTime from = QTime(8, 0));

// Runs one query on a separate connection to the file, as another program would.
QVariant queryFile(const QString &path, const QString &sql);

// The code of a refusal (empty when the call succeeded).
QString errorCode(const RuleResult &check);

// "code: message" of a refusal, for a failure message (empty when the call succeeded).
QByteArray describe(const RuleResult &check);

} // namespace Aanwezig::StoreTest

// Verifies that a store call succeeded, printing its error otherwise.
#define STORE_VERIFY_OK(call)                                                                      \
    do {                                                                                           \
        const Aanwezig::RuleResult storeCheck_ = (call);                                           \
        QVERIFY2(storeCheck_, Aanwezig::StoreTest::describe(storeCheck_).constData());             \
    } while (false)
