import QtQuick
import AanwezigTest

PageTestCase {
    function test_empty_class() {
        Fixture.signIn(Fixture.id("mentor"), ["mentor"]);
        open("ClassPage.qml");
        verify(!item("tierPyramid").visible);
        verify(findChild(item("classList"), "emptyState").visible);
    }
    function test_pyramid_and_students_by_tier() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("ClassPage.qml");
        compare(item("tierPyramid").shares, [63, 25, 13]);
        verify(item("tierRow3").Accessible.name.indexOf("minder dan 5 %") >= 0);
        const list = item("classList");
        compare(list.cardCount, 8);
        tryVerify(() => list.cardAt(0) !== null);
        compare(list.cardAt(0).studentId, Fixture.id("daan"), "tier 3 first");
        mouseClick(list.cardAt(0));
        tryCompare(stack.currentItem, "objectName", "studentPage");
    }

    name: "ClassPage"
}
