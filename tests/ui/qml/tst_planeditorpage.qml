import QtQuick
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("PlanEditorPage.qml", {
                "studentId": Fixture.id("daan"),
                "studentName": "Daan"
            });
    }
    function test_add_and_delete_steps() {
        item("stepField").text = "Welkom bij de poort";
        tap("addStepButton");
        item("stepField").text = "Later beginnen op maandag";
        item("ownerBox").currentIndex = 1;
        tap("withDate");
        tap("addStepButton");
        const steps = Fixture.planSteps(Fixture.id("daan"));
        compare(steps.length, 2);
        compare(steps[0].owner, "student");
        compare(steps[1].owner, "mentor");
        verify(steps[1].due.length === 10);
        compare(item("stepField").text, "");
        tapItem(findChild(item("step_" + steps[0].id), "deleteStepButton"), "deleteStepButton");
        compare(Fixture.planSteps(Fixture.id("daan")).length, 1);
    }
    function test_empty_step_is_explained() {
        tap("addStepButton");
        compare(Fixture.planSteps(Fixture.id("daan")).length, 0);
        tryCompare(item("notice"), "text", "Geef de stap een korte naam.");
    }
    function test_plan_with_buddy_and_rhythm() {
        item("goalField").text = "Rustig opbouwen";
        item("buddyField").text = "Sem";
        item("contactPersonField").text = "Mevrouw Smit";
        item("rhythmBox").value = 3;
        tap("savePlanButton");
        const plan = Fixture.returnPlan(Fixture.id("daan"));
        compare(plan.buddy, "Sem");
        compare(plan.contact_person, "Mevrouw Smit");
        compare(plan.check_in_every_days, 3);
        compare(plan.goal, "Rustig opbouwen");
    }

    name: "PlanEditorPage"
}
