#include "synctestsupport.h"

namespace Aanwezig::SyncTest {

SyncSettings testSettings()
{
    SyncSettings settings;
    settings.pushBatch = 20;
    settings.pullLimit = 50;
    settings.interval = std::chrono::hours(1);
    settings.requestTimeout = std::chrono::seconds(5);
    settings.backoff = {std::chrono::milliseconds(50), std::chrono::milliseconds(400), 2.0};
    return settings;
}

Device::Device(const QString &directory, SyncSettings settings)
    : m_tokens(directory + QStringLiteral("/token"))
{
    m_store = std::make_unique<LocalStore>();
    if (!m_store->open(directory + QStringLiteral("/local.db")))
        qFatal("cannot open the store: %s", qPrintable(m_store->errorString()));
    client = std::make_unique<SyncClient>(m_store.get(), &m_tokens, settings);
}

bool Device::pair(const QUrl &server, const QString &code)
{
    QSignalSpy finished(client.get(), &SyncClient::pairingFinished);
    client->pair(server, code, QStringLiteral("test phone"));
    if (!finished.wait(10000) || !finished.first().first().toBool()) {
        qWarning() << "pairing failed:" << finished;
        return false;
    }
    return true;
}

bool Device::syncUntilDrained(int timeoutMs)
{
    QSignalSpy rounds(client.get(), &SyncClient::roundFinished);
    client->syncNow();
    return QTest::qWaitFor(
        [&] {
            return !rounds.isEmpty() && rounds.last().first().toBool() &&
                   status().waitingCount() == 0 && !status().isBusy();
        },
        timeoutMs);
}

AbsenceReport doctorVisit(const QString &studentId, int days, int hour)
{
    AbsenceReport report;
    report.id = QUuid::createUuid();
    report.studentId = studentId;
    report.code = RegistrationCode::D;
    report.start = wallTime(currentWallTime().date().addDays(days), QTime(hour, 0));
    report.end = report.start.addSecs(3600);
    return report;
}

QJsonArray sortedById(const QJsonArray &entities)
{
    QList<QJsonObject> objects;
    for (const QJsonValue &entity : entities)
        objects.append(entity.toObject());
    std::sort(objects.begin(), objects.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    QJsonArray sorted;
    for (const QJsonObject &object : std::as_const(objects))
        sorted.append(object);
    return sorted;
}

QJsonObject visibleData(const LocalStore &store)
{
    QJsonArray people, reports, messages, steps, contacts, checkIns;
    QStringList students;
    for (const Person &person : store.people()) {
        people.append(person.toJson());
        students.append(person.id);
    }
    students.sort();
    for (const AbsenceReport &report : store.reports())
        reports.append(report.toJson());
    for (const WarmMessage &message : store.messages())
        messages.append(message.toJson());
    for (const QString &student : std::as_const(students)) {
        for (const PlanStep &step : store.planSteps(student))
            steps.append(step.toJson());
        for (const ContactLogEntry &entry : store.contactLog(student))
            contacts.append(entry.toJson());
        for (const CheckIn &checkIn : store.checkIns(student))
            checkIns.append(checkIn.toJson());
    }
    return {{QStringLiteral("people"), people},        {QStringLiteral("reports"), reports},
            {QStringLiteral("messages"), messages},    {QStringLiteral("plan_steps"), steps},
            {QStringLiteral("contact_log"), contacts}, {QStringLiteral("check_ins"), checkIns}};
}

QString differences(const QJsonObject &phone, const QJsonObject &server)
{
    QStringList lines;
    for (auto kind = server.begin(); kind != server.end(); ++kind) {
        QMap<QString, QJsonObject> onPhone, onServer;
        for (const QJsonValue &entity : phone.value(kind.key()).toArray())
            onPhone.insert(entity.toObject().value(QStringLiteral("id")).toString(),
                           entity.toObject());
        for (const QJsonValue &entity : kind.value().toArray())
            onServer.insert(entity.toObject().value(QStringLiteral("id")).toString(),
                            entity.toObject());
        auto text = [](const QJsonObject &entity) {
            return QString::fromUtf8(QJsonDocument(entity).toJson(QJsonDocument::Compact));
        };
        for (auto it = onServer.cbegin(); it != onServer.cend(); ++it) {
            if (!onPhone.contains(it.key()))
                lines.append(
                    QStringLiteral("%1 missing on the phone: %2").arg(kind.key(), text(*it)));
            else if (onPhone.value(it.key()) != *it)
                lines.append(QStringLiteral("%1 differs: phone %2, server %3")
                                 .arg(kind.key(), text(onPhone.value(it.key())), text(*it)));
        }
        for (auto it = onPhone.cbegin(); it != onPhone.cend(); ++it) {
            if (!onServer.contains(it.key()))
                lines.append(QStringLiteral("%1 only on the phone: %2").arg(kind.key(), text(*it)));
        }
    }
    return lines.join(u'\n');
}

} // namespace Aanwezig::SyncTest
