#include "storetestsupport.h"

namespace Aanwezig::StoreTest {

std::unique_ptr<LocalStore> openStore(const QTemporaryDir &dir, const QList<Role> &roles,
                                      const QString &userId, const QString &name)
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

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

AbsenceReport sickToday(const QString &student, QTime from)
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = student;
    report.code = RegistrationCode::Z;
    report.start = wallTime(currentWallTime().date(), from);
    return report;
}

QVariant queryFile(const QString &path, const QString &sql)
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

QString errorCode(const RuleResult &check)
{
    return check.code();
}

QByteArray describe(const RuleResult &check)
{
    return check ? QByteArray()
                 : (check.code() + QStringLiteral(": ") + check.error().message).toUtf8();
}

} // namespace Aanwezig::StoreTest
