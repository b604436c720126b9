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
        verify(item("tierRow3").Accessible.name.indexOf("doel onder 5 %") >= 0);
        // Each tier: its share, its goal and a word; the bars as wide as the shares.
        const expected = {
            "1": ["63 % · doel boven 80 %", "nog niet"],
            "2": ["25 % · doel onder 15 %", "nog niet"],
            "3": ["13 % · doel onder 5 %", "nog niet"]
        };
        for (let tier = 1; tier <= 3; ++tier) {
            const row = item("tierRow" + tier);
            const text = findChild(row, "tierText").text;
            verify(text.indexOf(expected[tier][0]) >= 0, text);
            compare(findChild(row, "goalWord").text, expected[tier][1]);
            const share = item("tierPyramid").shares[tier - 1];
            const track = findChild(row, "tierTrack");
            fuzzyCompare(findChild(row, "tierBar").width / track.width, share / 100, 0.01);
        }
        const list = item("classList");
        compare(list.cardCount, 8);
        tryVerify(() => list.cardAt(0) !== null);
        compare(list.cardAt(0).studentId, Fixture.id("gijs"), "tier 3 first");
        // A row looks like it opens something, and its tier is a number too.
        verify(findChild(list.cardAt(0), "chevron").visible);
        compare(findChild(list.cardAt(0), "tierMark").children[0].text, "3");
        mouseClick(list.cardAt(0));
        tryCompare(stack.currentItem, "objectName", "studentPage");
    }

    name: "ClassPage"
}
