// The list models over the real local store: Qt's model checks, what each
// shows for the demo school, that they follow the store row by row (the
// model contract) with one query per kind, and golden dumps of each
// (goldendump.h: AANWEZIG_REGENERATE_GOLDEN=1 writes tests/data/golden anew).
#include "domain/walltime.h"
#include "fixtureschoolviews.h"
#include "goldendump.h"
#include "models/checkinsmodel.h"
#include "models/classoverviewmodel.h"
#include "models/contactlogmodel.h"
#include "models/messagesmodel.h"
#include "models/peoplemodel.h"
#include "models/registeredabsencesmodel.h"
#include "models/repliesmodel.h"
#include "models/reportsmodel.h"
#include "models/returnplanmodel.h"
#include "models/signalsmodel.h"
#include "models/todayabsencesmodel.h"
#include "services/messageactions.h"
#include "services/preferences.h"
#include "services/session.h"
#include "services/wording.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Aanwezig;
using namespace Aanwezig::UiTest;

// Makes one model of a golden dump, its filters set.
using ModelMaker = std::function<Aanwezig::StoreListModel *()>;
Q_DECLARE_METATYPE(ModelMaker)

class TestUiModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalStore m_store;

    // Points a fresh model at the store under Qt's model checks; keeps the tester alive.
    template <typename Model>
    std::unique_ptr<Model> watched(std::unique_ptr<QAbstractItemModelTester> &tester)
    {
        auto model = std::make_unique<Model>();
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setStore(&m_store);
        return model;
    }

    static QVariant value(const QAbstractItemModel &model, int row, const char *role)
    {
        const QHash<int, QByteArray> names = model.roleNames();
        return model.data(model.index(row, 0), names.key(role));
    }

    static QStringList column(const QAbstractItemModel &model, const char *role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(value(model, row, role).toString());
        return values;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("nl_NL")));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("ui.db"))),
                 qPrintable(m_store.errorString()));
    }

    void peopleShowTodayAndFollowActions()
    {
        loadSchool(m_store, parentId, {QStringLiteral("parent")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<PeopleModel>(tester);
        model->setRelation(QStringLiteral("child"));
        QCOMPARE(column(*model, "displayName"),
                 QStringList({QStringLiteral("Bas Bakker"), QStringLiteral("Lex Bakker")}));
        QCOMPARE(value(*model, 0, "absentToday").toBool(), false);
        QCOMPARE(value(*model, 0, "todayText").toString(),
                 QStringLiteral("Geen melding voor vandaag"));

        AbsenceReport sick;
        sick.id = QUuid::createUuid();
        sick.studentId = Students::bas;
        sick.start = wallTime(currentWallTime().date());
        QVERIFY(m_store.reportAbsence(sick, Role::Parent));
        QCOMPARE(value(*model, 0, "absentToday").toBool(), true);
        QCOMPARE(value(*model, 0, "todayText").toString(),
                 QStringLiteral("Ziek · vanaf vandaag, tot beter"));
        QCOMPARE(value(*model, 0, "openSickReportId").toString(),
                 sick.id.toString(QUuid::WithoutBraces));

        model->setRelation(QStringLiteral("class_student"));
        QCOMPARE(model->rowCount(), 0);
    }

    void reportsShowTheirWayToTheMentor()
    {
        loadSchool(m_store, parentId, {QStringLiteral("parent")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReportsModel>(tester);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(value(*model, 0, "progress").toInt(), 3);
        QCOMPARE(value(*model, 0, "stateText").toString(), QStringLiteral("Gezien door de mentor"));

        AbsenceReport sick;
        sick.id = QUuid::createUuid();
        sick.studentId = Students::bas;
        sick.start = wallTime(currentWallTime().date());
        QVERIFY(m_store.reportAbsence(sick, Role::Parent));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(value(*model, 0, "waiting").toBool(), true); // newest first
        QCOMPARE(value(*model, 0, "progress").toInt(), 0);
        QCOMPARE(value(*model, 0, "canReportBetter").toBool(), true);

        QVERIFY(m_store.markAcknowledged({m_store.pendingEntries(10).constFirst().seq}));
        QCOMPARE(value(*model, 0, "waiting").toBool(), false);
        QCOMPARE(value(*model, 0, "progress").toInt(), 1);
        QCOMPARE(value(*model, 0, "stateText").toString(), QStringLiteral("Verstuurd"));
    }

    // A report with a state this app does not know yet (a newer server):
    // listed neutrally, nothing offered for it, the rest as ever.
    void reportOfANewerServerShowsNeutrally()
    {
        loadSchool(m_store, parentId, {QStringLiteral("parent")});
        AbsenceReport report;
        report.id = QUuid::createUuid();
        report.studentId = Students::bas;
        report.start = wallTime(currentWallTime().date().addDays(1), QTime(9, 0));
        QJsonObject future = report.toJson();
        future.insert(QStringLiteral("state"), QStringLiteral("handed_to_attendance_officer"));
        QVERIFY(m_store.applyPage(
            {{ServerChange::Op::Put, QStringLiteral("absence_report"), {}, future}},
            QStringLiteral("future")));
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReportsModel>(tester);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(value(*model, 0, "reportId").toString(), report.id.toString(QUuid::WithoutBraces));
        QCOMPARE(value(*model, 0, "codeName").toString(), QStringLiteral("Onbekende melding"));
        QCOMPARE(value(*model, 0, "studentName").toString(), QStringLiteral("Bas Bakker"));
        QCOMPARE(value(*model, 0, "canWithdraw").toBool(), false);
        QCOMPARE(value(*model, 0, "canReportBetter").toBool(), false);
        QCOMPARE(value(*model, 1, "stateText").toString(), QStringLiteral("Gezien door de mentor"));
    }

    void todayPutsThoseWithoutContactFirst()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<TodayAbsencesModel>(tester);
        QCOMPARE(column(*model, "studentName"),
                 QStringList({QStringLiteral("Gijs Groen"), QStringLiteral("Hiba Haddou")}));
        QCOMPARE(model->withoutContactCount(), 2);

        ContactLogEntry call;
        call.id = QUuid::createUuid();
        call.studentId = Students::gijs;
        call.outcome = QStringLiteral("Vader gesproken");
        QVERIFY(m_store.logContact(call));
        QCOMPARE(column(*model, "studentName"),
                 QStringList({QStringLiteral("Hiba Haddou"), QStringLiteral("Gijs Groen")}));
        QCOMPARE(value(*model, 1, "contacted").toBool(), true);
        QCOMPARE(model->withoutContactCount(), 1);
    }

    void reloadWithTheSameRowsUpdatesThemInPlace()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<TodayAbsencesModel>(tester);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(column(*model, "studentName"),
                 QStringList({QStringLiteral("Gijs Groen"), QStringLiteral("Hiba Haddou")}));

        // Seen by the mentor: the same rows in the same order, one updated.
        QVERIFY(m_store.acknowledge(QUuid(value(*model, 0, "reportId").toString())));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(value(*model, 0, "acknowledged").toBool(), true);

        // A contact moves Gijs down: he is taken out and put back below
        // Hiba (not rowsMoved: see StoreListModel::showRows), no reset.
        QSignalSpy removals(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
        ContactLogEntry call;
        call.id = QUuid::createUuid();
        call.studentId = Students::gijs;
        QVERIFY(m_store.logContact(call));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removals.size(), 1);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(column(*model, "studentName"),
                 QStringList({QStringLiteral("Hiba Haddou"), QStringLiteral("Gijs Groen")}));
    }

    void todayShowsSchoolRegistrationsWithoutAReport()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        const QDate today = currentWallTime().date();
        using Lesson = RegisteredAbsence::Lesson;
        const auto missed = [&](const QString &studentId, QDate day) {
            const RegisteredAbsence registered{
                studentId,
                day,
                {Lesson{QTime(8, 30), QTime(9, 20), RegistrationCode::OA},
                 Lesson{QTime(9, 20), QTime(10, 10), RegistrationCode::OA}}};
            return ServerChange::put(QStringLiteral("registered_absence"), registered.toJson());
        };
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<TodayAbsencesModel>(tester);
        // Ilse missed this morning; Gijs too, but his parents reported him
        // sick, so the report stands for him; Joris's day is long past. Ilse,
        // absent without any report, comes first: nobody knows where he is.
        QVERIFY(m_store.applyPage({missed(Students::ilse, today), missed(Students::gijs, today),
                                   missed(Students::joris, today.addDays(-3))},
                                  QStringLiteral("c-registered")));
        QCOMPARE(column(*model, "studentName"),
                 QStringList({QStringLiteral("Ilse Idema"), QStringLiteral("Gijs Groen"),
                              QStringLiteral("Hiba Haddou")}));
        QCOMPARE(value(*model, 1, "fromSchool").toBool(), false);
        QVERIFY(!value(*model, 1, "reportId").toString().isEmpty());
        QCOMPARE(value(*model, 0, "fromSchool").toBool(), true);
        QCOMPARE(value(*model, 0, "reportId").toString(), QString());
        QCOMPARE(value(*model, 0, "codeName").toString(), Wording::codeName(RegistrationCode::OA));
        QVERIFY(
            value(*model, 0, "periodText").toString().contains(QStringLiteral("08:30 - 10:10")));
        QCOMPARE(model->withoutContactCount(), 3);
    }

    void registeredAbsencesOfOneStudentNewestFirst()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        const QDate today = currentWallTime().date();
        using Lesson = RegisteredAbsence::Lesson;
        const auto missed = [](const QString &studentId, QDate day, RegistrationCode code) {
            const RegisteredAbsence registered{
                studentId, day, {Lesson{QTime(8, 30), QTime(9, 20), code}}};
            return ServerChange::put(QStringLiteral("registered_absence"), registered.toJson());
        };
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<RegisteredAbsencesModel>(tester);
        QCOMPARE(model->count(), 0); // no student chosen
        model->setStudentId(Students::gijs);
        QCOMPARE(model->count(), 0);
        QVERIFY(m_store.applyPage({missed(Students::gijs, today.addDays(-7), RegistrationCode::OA),
                                   missed(Students::gijs, today.addDays(-2), RegistrationCode::Z),
                                   missed(Students::hiba, today, RegistrationCode::OA)},
                                  QStringLiteral("c-registered")));
        QCOMPARE(column(*model, "dateText"),
                 QStringList({Wording::date(today.addDays(-2)), Wording::date(today.addDays(-7))}));
        QCOMPARE(column(*model, "codeName"),
                 QStringList({Wording::codeName(RegistrationCode::Z),
                              Wording::codeName(RegistrationCode::OA)}));
    }

    void messagesShowTemplatesInTheReadersLanguage()
    {
        loadSchool(m_store, parentId, {QStringLiteral("parent")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<MessagesModel>(tester);
        model->setAudience(QStringLiteral("parents"));
        QCOMPARE(column(*model, "text"), QStringList({QStringLiteral("Fijn dat je terug bent"),
                                                      QStringLiteral("Ik mis je!")}));
        QCOMPARE(model->unreadCount(), 2);
        model->setReaderLanguage(QStringLiteral("ar"));
        QCOMPARE(value(*model, 1, "text").toString(), QStringLiteral("أفتقدك!"));
        QCOMPARE(value(*model, 1, "rightToLeft").toBool(), true);
        QCOMPARE(value(*model, 0, "senderText").toString(), QStringLiteral("Van de klas"));

        QVERIFY(m_store.markRead(QUuid(value(*model, 0, "messageId").toString())));
        QCOMPARE(model->unreadCount(), 1);
    }

    void ownWordsStayAsWritten()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        WarmMessage edited;
        edited.id = QUuid::createUuid();
        edited.studentId = Students::gijs;
        edited.templateKey = QStringLiteral("miss_you");
        edited.text = QStringLiteral("Ik mis je, Gijs! Sterkte.");
        edited.toParents = true;
        QVERIFY(m_store.sendMessage(edited));
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<MessagesModel>(tester);
        model->setStudentId(Students::gijs);
        model->setReaderLanguage(QStringLiteral("tr"));
        QCOMPARE(column(*model, "text"), QStringList({edited.text}));
        QCOMPARE(value(*model, 0, "language").toString(), QStringLiteral("nl"));
    }

    void returnPlanHasStepsAndItsPeople()
    {
        loadSchool(m_store, Students::bas, {QStringLiteral("student")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReturnPlanModel>(tester);
        QCOMPARE(model->rowCount(), 0);
        model->setStudentId(Students::bas);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->buddy(), QStringLiteral("Sara"));
        QCOMPARE(model->doneCount(), 1);
        QCOMPARE(value(*model, 1, "ownerText").toString(), QStringLiteral("Buddy"));

        auto step = m_store.planSteps(Students::bas).at(1);
        step.done = true;
        QVERIFY(m_store.savePlanStep(step));
        QCOMPARE(model->doneCount(), 2);
        QCOMPARE(value(*model, 1, "done").toBool(), true);
    }

    // A mentor who is also Bas's parent: the plan is in both views, each
    // step once (the review screens once showed each step twice).
    void returnPlanListsEachStepOnceForSeveralRoles()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor"), QStringLiteral("parent")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReturnPlanModel>(tester);
        model->setStudentId(Students::bas);
        QCOMPARE(model->rowCount(), 4);
        const QStringList titles = column(*model, "title");
        QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()).size(), 4);
    }

    // A view asks rowCount() when a reset or a removal begins, to know how
    // many rows it takes away; told the new count, a Repeater kept the
    // surplus rows and the plan editor listed every step twice.
    void viewsAreToldTheCountTheyKnowUntilAChangeBegins()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReturnPlanModel>(tester);
        QList<int> countsAtStart;
        connect(model.get(), &QAbstractItemModel::modelAboutToBeReset, this,
                [&] { countsAtStart.append(model->rowCount()); });
        connect(model.get(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [&] { countsAtStart.append(model->rowCount()); });
        model->setStudentId(Students::bas);
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(m_store.deletePlanStep(m_store.planSteps(Students::bas).at(0).id));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(countsAtStart, QList<int>({0, 4}));
        QCOMPARE(column(*model, "title").size(), 3);
    }

    // The model contract: one report's change is dataChanged for its row
    // only; a new report is inserted where it belongs and a deleted one
    // removed; changes of other kinds leave the model alone. Never a reset.
    void aChangeOfOneRowTouchesThatRowOnly()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReportsModel>(tester);
        const int count = model->rowCount();
        QVERIFY(count >= 2);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moves(model.get(), &QAbstractItemModel::rowsMoved);

        const QStringList states = column(*model, "state");
        const int unseen = int(states.indexOf(QStringLiteral("received")));
        QVERIFY2(unseen >= 0, qPrintable(states.join(QLatin1Char(' '))));
        QVERIFY(m_store.acknowledge(QUuid(value(*model, unseen, "reportId").toString())));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), unseen);
        QCOMPARE(changes.at(0).at(1).toModelIndex().row(), unseen);
        QCOMPARE(value(*model, unseen, "state").toString(), QStringLiteral("seen_by_mentor"));

        WarmMessage message;
        message.id = QUuid::createUuid();
        message.studentId = Students::gijs;
        message.templateKey = QStringLiteral("miss_you");
        message.toParents = true;
        QVERIFY(m_store.sendMessage(message));
        QCOMPARE(changes.size(), 1);

        AbsenceReport later;
        later.id = QUuid::createUuid();
        later.studentId = Students::gijs;
        later.reporterId = parentId;
        later.start = wallTime(currentWallTime().date().addDays(30), QTime(9, 0));
        later.state = ReportState::Received;
        QVERIFY(m_store.applyPage(
            {{ServerChange::Op::Put, QStringLiteral("absence_report"), {}, later.toJson()}},
            QStringLiteral("later")));
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 0); // newest first
        QCOMPARE(inserts.at(0).at(2).toInt(), 0);
        QCOMPARE(model->rowCount(), count + 1);
        QCOMPARE(value(*model, 0, "reportId").toString(), later.id.toString(QUuid::WithoutBraces));

        QVERIFY(m_store.applyPage({{ServerChange::Op::Delete,
                                    QStringLiteral("absence_report"),
                                    later.id.toString(QUuid::WithoutBraces),
                                    {}}},
                                  QStringLiteral("gone")));
        QCOMPARE(removals.size(), 1);
        QCOMPARE(removals.at(0).at(1).toInt(), 0);
        QCOMPARE(removals.at(0).at(2).toInt(), 0);
        QCOMPARE(model->rowCount(), count);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(moves.size(), 0);
    }

    // Another user (or a wiped store) starts the views over.
    void anotherUserResets()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ReportsModel>(tester);
        QVERIFY(model->rowCount() > 0);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_store.wipe(std::chrono::milliseconds(0)));
        QVERIFY(resets.size() >= 1);
        QCOMPARE(model->rowCount(), 0);
    }

    // Each model reads its rows with a fixed number of statements, however
    // many rows there are (one query per kind, never one per row).
    void rowsAreReadWithOneQueryPerKind()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers(6);
        std::vector<std::unique_ptr<StoreListModel>> models;
        models.push_back(watched<ReportsModel>(testers[0]));
        models.push_back(watched<TodayAbsencesModel>(testers[1]));
        models.push_back(watched<ClassOverviewModel>(testers[2]));
        models.push_back(watched<PeopleModel>(testers[3]));
        models.push_back(watched<MessagesModel>(testers[4]));
        models.push_back(watched<RepliesModel>(testers[5]));
        const auto statementsToRead = [this](StoreListModel &model) {
            model.setStore(nullptr);
            const quint64 before = Store::statementsRunInThisThread();
            model.setStore(&m_store);
            return Store::statementsRunInThisThread() - before;
        };
        QList<quint64> few;
        QList<int> fewRows;
        for (const auto &model : models) {
            few.append(statementsToRead(*model));
            fewRows.append(model->rowCount());
        }

        QList<ServerChange> more;
        const QDate today = currentWallTime().date();
        const auto put = [&](const char *kind, const QJsonObject &data) {
            more.append(ServerChange::put(QLatin1String(kind), data));
        };
        for (int i = 0; i < 40; ++i) {
            const QString id = QStringLiteral("ll-extra-%1").arg(i);
            put("person", Person{id, QStringLiteral("Leerling"), QString::number(i),
                                 QStringLiteral("1A"), Person::Relation::ClassStudent}
                              .toJson());
            AbsenceReport report;
            report.id = QUuid::createUuid();
            report.studentId = id;
            report.reporterId = parentId;
            report.start = wallTime(today, QTime(8, 0));
            report.state = ReportState::Received;
            put("absence_report", report.toJson());
            put("attendance_summary", QJsonObject{{QStringLiteral("student_id"), id},
                                                  {QStringLiteral("rate_pct"), 90.0 + i / 10.0},
                                                  {QStringLiteral("tier"), 1 + i % 3},
                                                  {QStringLiteral("previous_tier"), 1}});
            WarmMessage message;
            message.id = QUuid::createUuid();
            message.studentId = id;
            message.templateKey = QStringLiteral("miss_you");
            message.toParents = true;
            message.sentAt = wallTime(today, QTime(9, 0));
            put("warm_message", message.toJson());
            Reply reply;
            reply.id = QUuid::createUuid();
            reply.studentId = id;
            reply.authorId = QStringLiteral("ouder-%1").arg(i);
            reply.from = Aanwezig::Role::Parent;
            reply.messageId = message.id;
            reply.templateKey = QStringLiteral("thanks");
            reply.at = wallTime(today, QTime(10, 0));
            put("reply", reply.toJson());
        }
        QVERIFY(m_store.applyPage(more, QStringLiteral("more")));
        for (qsizetype i = 0; i < qsizetype(models.size()); ++i) {
            QVERIFY2(models[i]->rowCount() > fewRows.at(i), models[i]->metaObject()->className());
            QCOMPARE(statementsToRead(*models[i]), few.at(i));
        }
    }

    // Every model over the demo school on a fixed day, row by row and role by
    // role, as in tests/data/golden (see goldendump.h to write them anew).
    void goldenDumps_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<ModelMaker>("make");
        const QStringList parent{QStringLiteral("parent")};
        const QStringList mentor{QStringLiteral("mentor")};
        const QStringList student{QStringLiteral("student")};
        using Make = ModelMaker;
        const auto forStudent = []<typename Model>(Model *model, const QString &studentId) {
            model->setStudentId(studentId);
            return static_cast<StoreListModel *>(model);
        };
        QTest::newRow("people-parent") << parentId << parent << Make([] {
            auto *model = new PeopleModel;
            model->setRelation(QStringLiteral("child"));
            return model;
        });
        QTest::newRow("reports-parent")
            << parentId << parent << Make([] { return new ReportsModel; });
        QTest::newRow("reports-mentor")
            << mentorId << mentor << Make([] { return new ReportsModel; });
        QTest::newRow("today-mentor")
            << mentorId << mentor << Make([] { return new TodayAbsencesModel; });
        QTest::newRow("classoverview-mentor")
            << mentorId << mentor << Make([] { return new ClassOverviewModel; });
        QTest::newRow("messages-parent") << parentId << parent << Make([] {
            auto *model = new MessagesModel;
            model->setAudience(QStringLiteral("parents"));
            model->setReaderLanguage(QStringLiteral("nl"));
            return model;
        });
        QTest::newRow("messages-student") << Students::bas << student << Make([] {
            auto *model = new MessagesModel;
            model->setAudience(QStringLiteral("student"));
            model->setReaderLanguage(QStringLiteral("nl"));
            return model;
        });
        QTest::newRow("replies-mentor") << mentorId << mentor << Make([] {
            auto *model = new RepliesModel;
            model->setReaderLanguage(QStringLiteral("nl"));
            return model;
        });
        QTest::newRow("returnplan-student")
            << Students::bas << student
            << Make([=] { return forStudent(new ReturnPlanModel, Students::bas); });
        QTest::newRow("signals-mentor-gijs")
            << mentorId << mentor
            << Make([=] { return forStudent(new SignalsModel, Students::gijs); });
        QTest::newRow("signals-mentor-hiba")
            << mentorId << mentor
            << Make([=] { return forStudent(new SignalsModel, Students::hiba); });
        QTest::newRow("reports-mentor-gijs")
            << mentorId << mentor
            << Make([=] { return forStudent(new ReportsModel, Students::gijs); });
        QTest::newRow("checkins-mentor-bas")
            << mentorId << mentor
            << Make([=] { return forStudent(new CheckInsModel, Students::bas); });
        QTest::newRow("contactlog-mentor-gijs")
            << mentorId << mentor
            << Make([=] { return forStudent(new ContactLogModel, Students::gijs); });
        QTest::newRow("registeredabsences-mentor-gijs")
            << mentorId << mentor
            << Make([=] { return forStudent(new RegisteredAbsencesModel, Students::gijs); });
    }

    void goldenDumps()
    {
        QFETCH(QString, userId);
        QFETCH(QStringList, roles);
        QFETCH(ModelMaker, make);
        // A Wednesday in term; the demo school is dated around "today".
        pinCurrentWallTime(wallTime(QDate(2026, 3, 11), QTime(10, 0)));
        const auto unpin = qScopeGuard([] { pinCurrentWallTime({}); });
        loadSchool(m_store, userId, roles);
        std::unique_ptr<StoreListModel> model(make());
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setStore(&m_store);
        const QString mismatch =
            goldenMismatch(QString::fromLatin1(QTest::currentDataTag()), dumpModel(*model));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void signalsExplainAndSuggest()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<SignalsModel>(tester);
        model->setStudentId(Students::gijs);
        QCOMPARE(column(*model, "kind"),
                 QStringList(
                     {QStringLiteral("legal"), QStringLiteral("late"), QStringLiteral("trend")}));
        QCOMPARE(value(*model, 0, "title").toString(),
                 QStringLiteral("9,0 uur ongeoorloofd afwezig in 4 weken"));
        QVERIFY(!value(*model, 0, "nextStep").toString().isEmpty());
        QCOMPARE(value(*model, 0, "urgent").toBool(), false);
        model->setStudentId(Students::hiba);
        QCOMPARE(column(*model, "kind"), QStringList({QStringLiteral("sick")}));
    }

    void classOverviewSharesPerTier()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = watched<ClassOverviewModel>(tester);
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->tierCounts(), QVariantList({5, 2, 1}));
        QCOMPARE(model->tierShares(), QVariantList({63, 25, 13}));
        QCOMPARE(value(*model, 0, "displayName").toString(), QStringLiteral("Gijs Groen"));
        QCOMPARE(model->classNames(), QStringList({QStringLiteral("1A")}));
        model->setClassName(QStringLiteral("1B"));
        QCOMPARE(model->rowCount(), 0);
    }

    void checkInsAndContactsNewestFirst()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        std::unique_ptr<QAbstractItemModelTester> checkTester;
        auto checkIns = watched<CheckInsModel>(checkTester);
        checkIns->setStudentId(Students::bas);
        QCOMPARE(checkIns->rowCount(), 1);
        QCOMPARE(value(*checkIns, 0, "moodText").toString(), QStringLiteral("Gaat goed"));

        std::unique_ptr<QAbstractItemModelTester> contactTester;
        auto contacts = watched<ContactLogModel>(contactTester);
        contacts->setStudentId(Students::gijs);
        QCOMPARE(contacts->rowCount(), 0);
        for (const auto kind : {ContactLogEntry::Kind::Phone, ContactLogEntry::Kind::HomeVisit}) {
            ContactLogEntry entry;
            entry.id = QUuid::createUuid();
            entry.studentId = Students::gijs;
            entry.kind = kind;
            entry.at = currentWallTime().addSecs(kind == ContactLogEntry::Kind::Phone ? -3600 : 0);
            QVERIFY(m_store.logContact(entry));
        }
        QCOMPARE(column(*contacts, "kindText"),
                 QStringList({QStringLiteral("Op huisbezoek"), QStringLiteral("Gebeld")}));
    }

    void messageLanguageFollowsTheSchoolUntilChosen()
    {
        Preferences preferences(m_dir.filePath(QStringLiteral("settings.ini")));
        preferences.setLanguage(QStringLiteral("en"));
        Session session(&m_store, &preferences);
        signIn(m_store, parentId, {QStringLiteral("parent")});
        const auto schoolSays = [this](const QString &language) {
            Account account = m_store.account();
            account.language = language;
            QVERIFY(m_store.setAccount(account));
        };
        QCOMPARE(preferences.messageLanguage(), QStringLiteral("en")); // the app's language

        QSignalSpy changed(&preferences, &Preferences::messageLanguageChanged);
        schoolSays(QStringLiteral("ar"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(preferences.messageLanguage(), QStringLiteral("ar"));
        QCOMPARE(preferences.schoolLanguage(), QStringLiteral("ar"));
        QVERIFY(!preferences.messageLanguageChosen());

        // The parent's own choice wins, also over a later word from school.
        preferences.setMessageLanguage(QStringLiteral("tr"));
        schoolSays(QStringLiteral("pl"));
        QCOMPARE(preferences.messageLanguage(), QStringLiteral("tr"));
        QVERIFY(preferences.messageLanguageChosen());
        // Forgetting the choice follows the school again, kept across a restart.
        preferences.setMessageLanguage(QString());
        QCOMPARE(preferences.messageLanguage(), QStringLiteral("pl"));
        Preferences reopened(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(!reopened.messageLanguageChosen());
        // A language without templates counts as not told.
        schoolSays(QStringLiteral("fr"));
        QCOMPARE(preferences.messageLanguage(), QStringLiteral("en"));
    }

    void mentorSeesTheLanguagesOfTheParents()
    {
        loadSchool(m_store, mentorId, {QStringLiteral("mentor")});
        MessageActions actions(&m_store);
        QSignalSpy peopleChanged(&actions, &MessageActions::peopleChanged);
        const QVariantList hiba = actions.parentLanguages(Students::hiba);
        QCOMPARE(hiba.size(), 2);
        QCOMPARE(hiba.at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Arabisch"));
        QVERIFY(hiba.at(0).toMap().value(QStringLiteral("rightToLeft")).toBool());
        QCOMPARE(hiba.at(1).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("nl"));
        QVERIFY(actions.parentLanguages(Students::gijs).isEmpty()); // not told
        QVERIFY(actions.parentLanguages(QStringLiteral("nobody")).isEmpty());

        Person gijs = m_store.person(Students::gijs).value_or(Person());
        gijs.parentLanguages = {QStringLiteral("uk")};
        QVERIFY(m_store.applyPage({ServerChange{ServerChange::Op::Put, QStringLiteral("person"),
                                                Students::gijs, gijs.toJson()}},
                                  QStringLiteral("next")));
        QCOMPARE(peopleChanged.size(), 1);
        QCOMPARE(
            actions.parentLanguages(Students::gijs).value(0).toMap().value(QStringLiteral("name")),
            QVariant(QStringLiteral("Oekraïens")));
    }
};

QTEST_GUILESS_MAIN(TestUiModels)

#include "tst_uimodels.moc"
