#pragma once

#include "domain/jsonfields.h"
#include "domain/walltime.h"
#include "store/localstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Aanwezig::StoreTest {

// Changes of a pulled page.
inline ServerChange put(const char *kind, const QJsonObject &data)
{
    return ServerChange{ServerChange::Op::Put, QLatin1String(kind), QString(), data};
}
inline ServerChange removal(const char *kind, const QString &id)
{
    return ServerChange{ServerChange::Op::Delete, QLatin1String(kind), id, {}};
}

inline const QString parentId = QStringLiteral("parent-1");
inline const QString studentId = QStringLiteral("student-1");

// Opens a store in `dir` for a user holding `roles`.
inline std::unique_ptr<LocalStore> openStore(const QTemporaryDir &dir, const QList<Role> &roles,
                                             const QString &userId = parentId,
                                             const QString &name = QStringLiteral("local.db"))
{
    auto store = std::make_unique<LocalStore>();
    if (!store->open(dir.filePath(name)))
        qFatal("cannot open the store: %s", qPrintable(store->errorString()));
    if (const RuleResult set =
            store->setAccount({QStringLiteral("https://school.example"), userId, roles});
        !set)
        qFatal("cannot set the account: %s", qPrintable(set.error().message));
    return store;
}

// Removes a database file with its write-ahead log.
inline void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A sickness report for today, "until better".
inline AbsenceReport sickToday(const QString &student = studentId, QTime from = QTime(8, 0))
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = student;
    report.code = RegistrationCode::Z;
    report.start = wallTime(currentWallTime().date(), from);
    return report;
}

// Runs one query on a separate connection to the file, as another program would.
inline QVariant queryFile(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("store-test-probe"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("cannot run %s", qPrintable(sql));
        if (query.next())
            result = query.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("store-test-probe"));
    return result;
}

inline QString errorCode(const RuleResult &check)
{
    return check.code();
}

inline QByteArray describe(const RuleResult &check)
{
    return check ? QByteArray()
                 : (check.code() + QStringLiteral(": ") + check.error().message).toUtf8();
}

} // namespace Aanwezig::StoreTest

// Verifies that a store call succeeded, printing its error otherwise.
#define STORE_VERIFY_OK(call)                                                                      \
    do {                                                                                           \
        const Aanwezig::RuleResult storeCheck_ = (call);                                           \
        QVERIFY2(storeCheck_, Aanwezig::StoreTest::describe(storeCheck_).constData());             \
    } while (false)

namespace Aanwezig::StoreTest {} // namespace Aanwezig::StoreTest
