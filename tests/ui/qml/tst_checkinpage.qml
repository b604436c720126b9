import QtQuick
import AanwezigTest

PageTestCase {
    function test_check_in() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        open("CheckInPage.qml");
        verify(!item("sendCheckInButton").enabled, "a mood first");
        tap("mood4");
        item("helpedArea").text = "Sara wachtte op me";
        item("neededArea").text = "Een rustige plek bij toetsen";
        tap("sendCheckInButton");
        const checkIns = Fixture.checkIns(Fixture.id("bas"));
        compare(checkIns.length, 1);
        compare(checkIns[0].mood, 4);
        compare(checkIns[0].needed, "Een rustige plek bij toetsen");
        verify(item("thanks").visible);
    }

    name: "CheckInPage"
}
