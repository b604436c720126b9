import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("ParentReportsPage.qml");
    }
    function test_better_from_the_list() {
        AbsenceActions.reportSickToday(Fixture.id("bas"));
        const reportId = Fixture.reports(Fixture.id("bas"))[0].id;
        tapItem(findChild(item("report_" + reportId), "betterButton"), "betterButton");
        const dialog = item("betterDialog");
        tryCompare(dialog, "opened", true);
        compare(Fixture.reports(Fixture.id("bas"))[0].state, "saved_on_phone", "asked first");
        mouseClick(findChild(dialog, "betterConfirmButton"));
        tryCompare(dialog, "visible", false);
        compare(Fixture.reports(Fixture.id("bas"))[0].state, "closed");
    }
    function test_no_withdrawing_what_already_happened() {
        // Lex's dentist visit three days ago stays on record.
        const name = "report_" + Fixture.reports(Fixture.id("lex"))[0].id;
        verify(!findChild(item(name), "withdrawButton").visible);
    }
    function test_states_from_phone_to_mentor() {
        const list = item("reportsList");
        compare(list.cardCount, 1);
        AbsenceActions.reportSickToday(Fixture.id("bas"));
        tryCompare(list, "cardCount", 2);
        const name = "report_" + Fixture.reports(Fixture.id("bas"))[0].id;
        compare(findChild(item(name), "stateText").text, "Bewaard op je telefoon, wordt verstuurd zodra er verbinding is");
        Fixture.acknowledgeAll();
        tryVerify(() => findChild(item(name), "stateText").text === "Verstuurd");
    }
    function test_withdraw_a_mistake() {
        AbsenceActions.reportSickToday(Fixture.id("bas"));
        const name = "report_" + Fixture.reports(Fixture.id("bas"))[0].id;
        tapItem(findChild(item(name), "withdrawButton"), "withdrawButton");
        compare(Fixture.reports(Fixture.id("bas"))[0].state, "withdrawn");
        compare(Fixture.waitingMutations(), ["report_absence", "withdraw_report"]);
        Fixture.acknowledgeAll();
        tryVerify(() => findChild(item(name), "stateText").text === "Ingetrokken");
        verify(!findChild(item(name), "withdrawButton").visible, "nothing left to withdraw");
        verify(!findChild(item(name), "betterButton").visible, "nothing left to report better");
    }

    name: "ParentReportsPage"
}
