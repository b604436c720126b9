// The authorisation matrix: every endpoint and every mutation, for every
// role, against a student the caller may touch (S1) and one they may not
// (S3). Forbidden calls get 401/403/404 or a rejection (not_found,
// forbidden) and change nothing.
#include "entities.h"
#include "protocol/mutations.h"
#include "testschool.h"

#include <QtTest>
#include <functional>

using namespace Aanwezig;
using namespace Aanwezig::Test;

namespace {

const QString own = Students::anna;    // child / self / class 1A
const QString foreign = Students::cas; // class 1B, other parents

enum class Who { Parent, Student, Mentor, Team };
const QList<Who> everyone{Who::Parent, Who::Student, Who::Mentor, Who::Team};

QString nameOf(Who who)
{
    switch (who) {
    case Who::Parent:
        return QStringLiteral("parent");
    case Who::Student:
        return QStringLiteral("student");
    case Who::Mentor:
        return QStringLiteral("mentor");
    case Who::Team:
        return QStringLiteral("team");
    }
    return {};
}

} // namespace

class TstServerAuthz : public QObject
{
    Q_OBJECT

private:
    TestSchool m_school;
    QHash<Who, std::shared_ptr<ApiClient>> m_clients;
    QHash<Who, QString> m_clientIds;
    QHash<Who, qint64> m_seqs;
    int m_slot = 1;

    // A one-hour report on a day of its own, so that reports never overlap.
    QJsonObject slotReport(const QString &id, const QString &student, RegistrationCode code);
    // Pushes one mutation as `who`; returns the result object (or a status).
    QJsonObject pushOne(Who who, const QString &name, const QJsonObject &args);
    QString head();

private slots:
    void initTestCase();
    void endpointsNeedAToken();
    void endpointsAnswerEveryRole();
    void pullShowsOnlyWhatTheRoleMaySee();
    void mutationMatrix_data();
    void mutationMatrix();
    void onlyTheReporterWithdraws();
};

QJsonObject TstServerAuthz::slotReport(const QString &id, const QString &student,
                                       RegistrationCode code)
{
    AbsenceReport r;
    r.id = QUuid::fromString(id);
    r.studentId = student;
    r.code = code;
    r.start = wallTime(QDate::currentDate().addDays(m_slot++), QTime(9, 0));
    r.end = r.start.addSecs(3600);
    return r.toJson();
}

QJsonObject TstServerAuthz::pushOne(Who who, const QString &name, const QJsonObject &args)
{
    const qint64 seq = ++m_seqs[who];
    const ApiReply reply =
        m_clients.value(who)->push(m_clientIds.value(who), {mutation(seq, name, args)});
    if (reply.status != 200)
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("http %1").arg(reply.status)}};
    return reply.result();
}

QString TstServerAuthz::head()
{
    // The last page of the team's snapshot ends at the head of the change log.
    bool ok = false;
    QString cursor;
    pullAll(*m_clients.value(Who::Team), {}, 1000, &cursor, &ok);
    return ok ? cursor : QString();
}

void TstServerAuthz::initTestCase()
{
    QVERIFY2(m_school.setUp({QStringLiteral("--pair-rate-address"), QStringLiteral("1000")}),
             qPrintable(m_school.errorString()));
    m_clients.insert(Who::Parent, m_school.paired(People::parentOfS1, QStringLiteral("parent")));
    m_clients.insert(Who::Student, m_school.paired({}, QStringLiteral("student"), own));
    m_clients.insert(Who::Mentor, m_school.paired(People::mentorA, QStringLiteral("mentor")));
    m_clients.insert(Who::Team, m_school.paired(People::team, QStringLiteral("team")));
    for (Who who : everyone) {
        QCOMPARE(m_clients.value(who)->get(QStringLiteral("/v1/me")).status, 200);
        m_clientIds.insert(who, newId());
    }
}

void TstServerAuthz::endpointsNeedAToken()
{
    ApiClient anonymous(m_school.server().baseUrl());
    QCOMPARE(anonymous.get(QStringLiteral("/v1/me")).status, 401);
    QCOMPARE(anonymous.pull().status, 401);
    QCOMPARE(anonymous.push(newId(), {}).status, 401);
    QCOMPARE(anonymous.get(QStringLiteral("/v1/health")).status, 200);
}

void TstServerAuthz::endpointsAnswerEveryRole()
{
    for (Who who : everyone) {
        const ApiClient &api = *m_clients.value(who);
        const QJsonObject me = api.get(QStringLiteral("/v1/me")).json;
        QCOMPARE(me.value(QLatin1String("roles")).toArray(), QJsonArray{nameOf(who)});
        // A mentor's phone keeps only these students (the team sees all).
        QCOMPARE(me.value(QLatin1String("class_students")).toArray(),
                 who == Who::Mentor
                     ? (QJsonArray{own, Students::gijs, Students::hiba, Students::ilse,
                                   Students::joris, Students::kaan, Students::bas, Students::eva})
                     : QJsonArray());
        QCOMPARE(api.pull().status, 200);
        QCOMPARE(api.push(newId(), {}).status, 200);
    }
}

void TstServerAuthz::pullShowsOnlyWhatTheRoleMaySee()
{
    // Something of every kind for both students, made by the team.
    for (const QString &student : {own, foreign}) {
        QCOMPARE(statusOf(pushOne(Who::Team, QLatin1String(Mutations::reportAbsence),
                                  {{QStringLiteral("report"),
                                    slotReport(newId(), student, RegistrationCode::Z)}})),
                 QStringLiteral("applied"));
        pushOne(Who::Team, QLatin1String(Mutations::sendMessage),
                {{QStringLiteral("message"), messageJson(newId(), student, true, true)}});
        pushOne(Who::Team, QLatin1String(Mutations::savePlan),
                {{QStringLiteral("plan"), planJson(student)}});
        pushOne(Who::Team, QLatin1String(Mutations::logContact),
                {{QStringLiteral("entry"), contactJson(newId(), student)}});
    }
    pushOne(Who::Student, QLatin1String(Mutations::submitCheckIn),
            {{QStringLiteral("checkin"), checkInJson(newId(), own)}});

    const QSet<QString> classOneA{own,
                                  Students::bas,
                                  Students::eva,
                                  Students::gijs,
                                  Students::hiba,
                                  Students::ilse,
                                  Students::joris,
                                  Students::kaan};
    const QHash<Who, QSet<QString>> visible{
        {Who::Parent, {own, Students::eva}},
        {Who::Student, {own}},
        {Who::Mentor, classOneA},
        {Who::Team, classOneA + QSet<QString>{foreign, Students::dewi, Students::lex}},
    };
    for (Who who : everyone) {
        bool ok = false;
        QString cursor;
        const QList<QJsonObject> changes = pullAll(*m_clients.value(who), {}, 1000, &cursor, &ok);
        QVERIFY(ok);
        QSet<QString> kinds;
        for (const QJsonObject &change : changes) {
            const QJsonObject data = change.value(QLatin1String("data")).toObject();
            const QString kind = change.value(QLatin1String("kind")).toString();
            if (kind == QLatin1String("notification_settings")) { // their own, of no student
                QCOMPARE(change.value(QLatin1String("id")).toString(),
                         m_clients.value(who)
                             ->get(QStringLiteral("/v1/me"))
                             .json.value(QLatin1String("user_id"))
                             .toString());
                continue;
            }
            const QString student = kind == QLatin1String("person")
                                        ? data.value(QLatin1String("id")).toString()
                                        : data.value(QLatin1String("student_id")).toString();
            QVERIFY2(
                visible.value(who).contains(student),
                qPrintable(QStringLiteral("%1 sees %2 of %3").arg(nameOf(who), kind, student)));
            kinds.insert(kind);
        }
        // Contact notes are for staff; check-ins not for parents; reports not for the student.
        const bool staff = who == Who::Mentor || who == Who::Team;
        QCOMPARE(kinds.contains(QStringLiteral("contact_log_entry")), staff);
        QCOMPARE(kinds.contains(QStringLiteral("check_in")), who != Who::Parent);
        QCOMPARE(kinds.contains(QStringLiteral("absence_report")), who != Who::Student);
        QVERIFY(kinds.contains(QStringLiteral("warm_message")));
        QVERIFY(kinds.contains(QStringLiteral("return_plan")));
    }
}

// Each row: a mutation, who sends it, about which student, and whether it
// may be applied. `prepare` makes what the mutation needs (as the team) and
// returns its arguments.
using Prepare = std::function<QJsonObject(TstServerAuthz *, const QString &student)>;
Q_DECLARE_METATYPE(Prepare)

void TstServerAuthz::mutationMatrix_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<Prepare>("prepare");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("student");

    const auto bit = [](std::initializer_list<Who> list) {
        int bits = 0;
        for (Who who : list)
            bits |= 1 << int(who);
        return bits;
    };
    const int staff = bit({Who::Mentor, Who::Team});

    struct Row
    {
        const char *mutation;
        const char *tag;
        Prepare prepare;
        int allowed;
    };
    const QList<Row> rows{
        {Mutations::reportAbsence, "report_absence",
         [](TstServerAuthz *t, const QString &s) {
             return QJsonObject{
                 {QStringLiteral("report"), t->slotReport(newId(), s, RegistrationCode::Z)}};
         },
         bit({Who::Parent, Who::Mentor, Who::Team})},
        {Mutations::recover, "recover",
         [](TstServerAuthz *t, const QString &s) {
             const QJsonObject report = t->slotReport(newId(), s, RegistrationCode::Z);
             t->pushOne(Who::Team, QLatin1String(Mutations::reportAbsence),
                        {{QStringLiteral("report"), report}});
             return QJsonObject{{QStringLiteral("report_id"), report.value(QLatin1String("id"))},
                                {QStringLiteral("at"), report.value(QLatin1String("end"))}};
         },
         bit({Who::Parent, Who::Mentor, Who::Team})},
        {Mutations::acknowledge, "acknowledge",
         [](TstServerAuthz *t, const QString &s) {
             const QJsonObject report = t->slotReport(newId(), s, RegistrationCode::D);
             t->pushOne(Who::Team, QLatin1String(Mutations::reportAbsence),
                        {{QStringLiteral("report"), report}});
             return QJsonObject{{QStringLiteral("report_id"), report.value(QLatin1String("id"))}};
         },
         staff},
        {Mutations::decideLeave, "decide_leave",
         [](TstServerAuthz *t, const QString &s) {
             const QJsonObject report = t->slotReport(newId(), s, RegistrationCode::V);
             t->pushOne(Who::Team, QLatin1String(Mutations::reportAbsence),
                        {{QStringLiteral("report"), report}});
             return QJsonObject{{QStringLiteral("report_id"), report.value(QLatin1String("id"))},
                                {QStringLiteral("approved"), true}};
         },
         staff},
        {Mutations::logContact, "log_contact",
         [](TstServerAuthz *, const QString &s) {
             return QJsonObject{{QStringLiteral("entry"), contactJson(newId(), s)}};
         },
         staff},
        {Mutations::sendMessage, "send_message",
         [](TstServerAuthz *, const QString &s) {
             return QJsonObject{{QStringLiteral("message"), messageJson(newId(), s, true, true)}};
         },
         staff},
        {Mutations::markRead, "mark_read",
         [](TstServerAuthz *t, const QString &s) {
             const QString id = newId();
             t->pushOne(Who::Team, QLatin1String(Mutations::sendMessage),
                        {{QStringLiteral("message"), messageJson(id, s, true, true)}});
             return QJsonObject{{QStringLiteral("message_id"), id}};
         },
         bit({Who::Parent, Who::Student, Who::Mentor, Who::Team})},
        {Mutations::sendReply, "send_reply (as the student)",
         [](TstServerAuthz *t, const QString &s) {
             const QString id = newId();
             t->pushOne(Who::Team, QLatin1String(Mutations::sendMessage),
                        {{QStringLiteral("message"), messageJson(id, s, true, true)}});
             return QJsonObject{{QStringLiteral("reply"), replyJson(newId(), s, Role::Student, id,
                                                                    QStringLiteral("thanks"))}};
         },
         bit({Who::Student})},
        {Mutations::sendReply, "send_reply (as a parent)",
         [](TstServerAuthz *t, const QString &s) {
             const QString id = newId();
             t->pushOne(Who::Team, QLatin1String(Mutations::sendMessage),
                        {{QStringLiteral("message"), messageJson(id, s, true, true)}});
             return QJsonObject{{QStringLiteral("reply"), replyJson(newId(), s, Role::Parent, id,
                                                                    {}, QStringLiteral("Dank u"))}};
         },
         bit({Who::Parent})},
        {Mutations::savePlan, "save_plan",
         [](TstServerAuthz *t, const QString &s) {
             QJsonObject plan = planJson(s);
             plan.insert(QStringLiteral("goal"), QStringLiteral("Doel %1").arg(t->m_slot++));
             return QJsonObject{{QStringLiteral("plan"), plan}};
         },
         staff},
        {Mutations::savePlanStep, "save_plan_step (edit)",
         [](TstServerAuthz *t, const QString &s) {
             const QString id = newId();
             t->pushOne(
                 Who::Team, QLatin1String(Mutations::savePlanStep),
                 {{QStringLiteral("step"), stepJson(id, s, QStringLiteral("Buddy kiezen"))}});
             return QJsonObject{
                 {QStringLiteral("step"), stepJson(id, s, QStringLiteral("Iets anders"))}};
         },
         staff},
        {Mutations::savePlanStep, "save_plan_step (tick off)",
         [](TstServerAuthz *t, const QString &s) {
             const QString id = newId();
             t->pushOne(
                 Who::Team, QLatin1String(Mutations::savePlanStep),
                 {{QStringLiteral("step"), stepJson(id, s, QStringLiteral("Toets inplannen"))}});
             return QJsonObject{{QStringLiteral("step"),
                                 stepJson(id, s, QStringLiteral("Toets inplannen"), true)}};
         },
         bit({Who::Student, Who::Mentor, Who::Team})},
        {Mutations::deletePlanStep, "delete_plan_step",
         [](TstServerAuthz *t, const QString &s) {
             const QString id = newId();
             t->pushOne(
                 Who::Team, QLatin1String(Mutations::savePlanStep),
                 {{QStringLiteral("step"), stepJson(id, s, QStringLiteral("Rustige plek"))}});
             return QJsonObject{{QStringLiteral("step_id"), id}};
         },
         staff},
        {Mutations::submitCheckIn, "submit_checkin",
         [](TstServerAuthz *, const QString &s) {
             return QJsonObject{{QStringLiteral("checkin"), checkInJson(newId(), s)}};
         },
         bit({Who::Student})},
    };
    for (const Row &row : rows) {
        for (Who who : everyone) {
            for (const QString &student : {own, foreign}) {
                // The team may touch every student; nobody else the foreign one.
                const bool mayTouch = student == own || who == Who::Team;
                const bool allowed = mayTouch && (row.allowed & (1 << int(who)));
                QTest::addRow("%s by %s on %s", row.tag, qPrintable(nameOf(who)),
                              qPrintable(student))
                    << QString::fromLatin1(row.mutation) << row.prepare << allowed << int(who)
                    << student;
            }
        }
    }
}

void TstServerAuthz::mutationMatrix()
{
    QFETCH(QString, mutation);
    QFETCH(Prepare, prepare);
    QFETCH(bool, allowed);
    QFETCH(int, who);
    QFETCH(QString, student);
    const QJsonObject args = prepare(this, student);
    const QString before = head();
    const QJsonObject result = pushOne(Who(who), mutation, args);
    const QString status = statusOf(result);
    if (allowed) {
        QCOMPARE(status, QStringLiteral("applied"));
        QVERIFY(head() != before);
        return;
    }
    QCOMPARE(status, QStringLiteral("rejected"));
    const QString reason = reasonOf(result);
    if (student == foreign && Who(who) != Who::Team)
        QCOMPARE(reason, QStringLiteral("not_found")); // nothing told about others' children
    else
        QVERIFY2(reason == QLatin1String("forbidden") || reason == QLatin1String("not_found") ||
                     reason == QLatin1String("code_not_allowed"),
                 qPrintable(reason));
    QCOMPARE(head(), before); // and nothing changed
}

// "Ongedaan maken": a report is withdrawn by who made it, nobody else; a
// withdrawn report stays withdrawn and no longer blocks the same period.
void TstServerAuthz::onlyTheReporterWithdraws()
{
    const QJsonObject report = slotReport(newId(), own, RegistrationCode::Z);
    const QJsonValue reportId = report.value(QLatin1String("id"));
    const QJsonObject args{{QStringLiteral("report_id"), reportId}};
    QCOMPARE(statusOf(pushOne(Who::Parent, QLatin1String(Mutations::reportAbsence),
                              {{QStringLiteral("report"), report}})),
             QStringLiteral("applied"));

    for (Who other : {Who::Mentor, Who::Team}) {
        const QString before = head();
        const QJsonObject refused = pushOne(other, QLatin1String(Mutations::withdrawReport), args);
        QCOMPARE(statusOf(refused), QStringLiteral("rejected"));
        QCOMPARE(reasonOf(refused), QStringLiteral("not_reporter"));
        QCOMPARE(head(), before);
    }
    // A student does not see reports (not even on their phone): not_found.
    QCOMPARE(reasonOf(pushOne(Who::Student, QLatin1String(Mutations::withdrawReport), args)),
             QStringLiteral("not_found"));

    QCOMPARE(statusOf(pushOne(Who::Parent, QLatin1String(Mutations::withdrawReport), args)),
             QStringLiteral("applied"));
    QCOMPARE(reasonOf(pushOne(Who::Parent, QLatin1String(Mutations::withdrawReport), args)),
             QStringLiteral("already_closed"));
    // The mentor's late acknowledgement does not bring it back.
    QCOMPARE(statusOf(pushOne(Who::Mentor, QLatin1String(Mutations::acknowledge), args)),
             QStringLiteral("applied"));

    bool ok = false;
    QString cursor;
    QString state;
    for (const QJsonObject &change :
         pullAll(*m_clients.value(Who::Mentor), {}, 1000, &cursor, &ok)) {
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("id")) == reportId)
            state = data.value(QLatin1String("state")).toString();
    }
    QVERIFY(ok);
    QCOMPARE(state, QStringLiteral("withdrawn"));

    // The same period can be reported again.
    QJsonObject again = report;
    again.insert(QStringLiteral("id"), newId());
    QCOMPARE(statusOf(pushOne(Who::Parent, QLatin1String(Mutations::reportAbsence),
                              {{QStringLiteral("report"), again}})),
             QStringLiteral("applied"));

    // What began on an earlier day stays on record (it ends with "beter melden").
    AbsenceReport sinceYesterday;
    sinceYesterday.id = QUuid::createUuid();
    sinceYesterday.studentId = own;
    sinceYesterday.start = wallTime(QDate::currentDate().addDays(-1), QTime(8, 0));
    sinceYesterday.end = sinceYesterday.start.addSecs(3600);
    QCOMPARE(statusOf(pushOne(Who::Parent, QLatin1String(Mutations::reportAbsence),
                              {{QStringLiteral("report"), sinceYesterday.toJson()}})),
             QStringLiteral("applied"));
    QCOMPARE(reasonOf(pushOne(Who::Parent, QLatin1String(Mutations::withdrawReport),
                              {{QStringLiteral("report_id"),
                                sinceYesterday.id.toString(QUuid::WithoutBraces)}})),
             QStringLiteral("too_late_to_withdraw"));
}

QTEST_GUILESS_MAIN(TstServerAuthz)
#include "tst_serverauthz.moc"
