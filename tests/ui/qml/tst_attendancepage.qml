import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function test_no_figures_yet() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        open("AttendancePage.qml", {
                "studentId": Fixture.id("emma")
            });
        verify(item("emptyState").visible);
    }
    function test_real_figure_kindly() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("AttendancePage.qml", {
                "studentId": Fixture.id("emma"),
                "studentName": "Emma"
            });
        compare(item("rateText").text, "93,4 %");
        compare(item("tierName").text, "Wat vaker afwezig");
        verify(item("trendChart").visible);
        compare(item("trendChart").points.length, 6);
        verify(!item("emptyState").visible);
    }

    name: "AttendancePage"
}
