import QtQuick
import AanwezigTest

PageTestCase {
    function test_no_plan_yet() {
        Fixture.signIn(Fixture.id("bas"), ["student"]);
        open("ReturnPlanPage.qml", {
                "studentId": Fixture.id("bas")
            });
        verify(findChild(item("stepsList"), "emptyState").visible);
    }
    function test_parent_reads_only() {
        Fixture.loadSchool(Fixture.id("parent"), ["parent"]);
        open("ReturnPlanPage.qml", {
                "studentId": Fixture.id("bas"),
                "canTick": false
            });
        const stepId = Fixture.planSteps(Fixture.id("bas"))[1].id;
        verify(!findChild(item("step_" + stepId), "stepCheck").enabled);
    }
    function test_student_ticks_a_step() {
        Fixture.loadSchool(Fixture.id("bas"), ["student"]);
        open("ReturnPlanPage.qml", {
                "studentId": Fixture.id("bas"),
                "canTick": true
            });
        compare(item("progressText").text, "1 van 4 stappen gedaan");
        const stepId = Fixture.planSteps(Fixture.id("bas"))[1].id;
        const check = findChild(item("step_" + stepId), "stepCheck");
        tapItem(check, "stepCheck");
        compare(Fixture.waitingMutations(), ["save_plan_step"]);
        verify(Fixture.planSteps(Fixture.id("bas"))[1].done);
        tryCompare(item("progressText"), "text", "2 van 4 stappen gedaan");
    }

    name: "ReturnPlanPage"
}
