import QtQuick
import Aanwezig
import AanwezigTest

PageTestCase {
    function test_no_figures_yet() {
        Fixture.signIn(Fixture.id("parent"), ["parent"]);
        open("AttendancePage.qml", {
                "studentId": Fixture.id("bas")
            });
        verify(item("emptyState").visible);
    }
    function test_real_figure_kindly() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("AttendancePage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas"
            });
        compare(item("rateText").text, "93,4 %");
        compare(item("tierName").text, "Wat vaker afwezig");
        verify(item("trendChart").visible);
        compare(item("trendChart").points.length, 6);
        // The weeks under the line and the first and last value at their points.
        const chart = item("trendChart");
        compare(chart.labels.length, 6);
        const rate = value => Math.round(value) + " %";
        compare(findChild(chart, "firstValue").text, rate(chart.points[0]));
        compare(findChild(chart, "lastValue").text, rate(chart.points[5]));
        verify(findChild(chart, "weekLabel5").visible, "the last week is labelled");
        compare(findChild(chart, "weekLabel5").text, chart.labels[5]);
        let shown = 0;
        for (let i = 0; i < 6; ++i)
            shown += findChild(chart, "weekLabel" + i).visible ? 1 : 0;
        verify(shown >= 3, "most weeks are labelled at 360 px: " + shown);
        verify(!item("emptyState").visible);
    }

    name: "AttendancePage"
}
