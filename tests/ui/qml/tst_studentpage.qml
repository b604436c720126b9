import QtQuick
import AanwezigTest

PageTestCase {
    function test_figures_and_signals_with_next_steps() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("daan"),
                "studentName": "Daan Jansen"
            });
        compare(item("rateText").text, "86,2 %");
        compare(item("tierName").text, "Vaak afwezig");
        const legal = item("signal_legal");
        verify(legal.explanation.indexOf("16 uur") >= 0);
        verify(legal.nextStep.length > 0);
        verify(item("signal_late"));
        verify(item("signal_trend"));
    }
    function test_history_contacts_and_checkins() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("StudentPage.qml", {
                "studentId": Fixture.id("emma"),
                "studentName": "Emma de Vries"
            });
        tap("planButton");
        tryCompare(stack.currentItem, "objectName", "planEditorPage");
    }

    name: "StudentPage"
}
