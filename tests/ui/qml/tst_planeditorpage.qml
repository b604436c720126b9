import QtQuick
import AanwezigTest

PageTestCase {
    function init() {
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor"]);
        open("PlanEditorPage.qml", {
                "studentId": Fixture.id("gijs"),
                "studentName": "Gijs"
            });
    }

    // The rows of steps the page shows.
    function stepRows(): var {
        const column = findChild(page, "pageColumn");
        let found = [];
        for (let i = 0; i < column.children.length; ++i) {
            const child = column.children[i];
            if (child.objectName.startsWith("step_") && child.visible)
                found.push(child);
        }
        return found;
    }
    function test_add_and_delete_steps() {
        item("stepField").text = "Welkom bij de poort";
        tap("addStepButton");
        item("stepField").text = "Later beginnen op maandag";
        item("ownerBox").currentIndex = 1;
        tap("withDate");
        tap("addStepButton");
        const steps = Fixture.planSteps(Fixture.id("gijs"));
        compare(steps.length, 2);
        compare(steps[0].owner, "student");
        compare(steps[1].owner, "mentor");
        verify(steps[1].due.length === 10);
        compare(item("stepField").text, "");
        tapItem(findChild(item("step_" + steps[0].id), "deleteStepButton"), "deleteStepButton");
        compare(Fixture.planSteps(Fixture.id("gijs")).length, 1);
    }
    // Each step once, for who has several roles too, also after steps come
    // and go.
    function test_each_step_is_listed_once() {
        // A mentor who is a parent too: the plan is in both views.
        Fixture.loadSchool(Fixture.id("mentor"), ["mentor", "parent"]);
        open("PlanEditorPage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas"
            });
        const rows = () => stepRows().length;
        compare(Fixture.planSteps(Fixture.id("bas")).length, 4);
        tryVerify(() => rows() === 4, 2000, "4 steps, 4 rows");
        tapItem(findChild(stepRows()[0], "deleteStepButton"), "deleteStepButton");
        tryVerify(() => rows() === 3, 2000, "3 steps, 3 rows");
        item("stepField").text = "Nieuwe stap";
        tap("addStepButton");
        tryVerify(() => rows() === 4, 2000, "4 steps again, 4 rows");
        const titles = stepRows().map(row => row.title);
        compare(new Set(titles).size, titles.length);
    }
    function test_empty_step_is_explained() {
        tap("addStepButton");
        compare(Fixture.planSteps(Fixture.id("gijs")).length, 0);
        tryCompare(item("notice"), "text", "Geef de stap een korte naam.");
    }
    // The filled fields keep saying what they are.
    function test_filled_fields_are_labelled() {
        open("PlanEditorPage.qml", {
                "studentId": Fixture.id("bas"),
                "studentName": "Bas"
            });
        tryCompare(item("buddyField"), "text", "Sara");
        compare(item("goalLabel").text, "Doel");
        compare(item("buddyLabel").text, "Buddy");
        compare(item("contactPersonLabel").text, "Aanspreekpunt");
        for (const name of ["goal", "buddy", "contactPerson"]) {
            verify(item(name + "Label").visible);
            verify(item(name + "Label").y < item(name + "Field").y, name + "'s label is above its field");
        }
        compare(findChild(page, "savePlanButton"), null, "one way of saving: no save button");
    }
    function test_plan_with_buddy_and_rhythm() {
        // Saved as written, as steps are: no save button.
        item("goalField").text = "Rustig opbouwen";
        item("goalField").editingFinished();
        item("buddyField").text = "Ilse";
        item("buddyField").textEdited();
        tryVerify(() => Fixture.returnPlan(Fixture.id("gijs")).buddy === "Ilse", 3000, "saved when typing pauses");
        item("contactPersonField").text = "Mevrouw Smit";
        item("contactPersonField").editingFinished();
        item("rhythmBox").value = 3;
        item("rhythmBox").valueModified();
        const plan = Fixture.returnPlan(Fixture.id("gijs"));
        compare(plan.buddy, "Ilse");
        compare(plan.contact_person, "Mevrouw Smit");
        compare(plan.check_in_every_days, 3);
        compare(plan.goal, "Rustig opbouwen");
    }

    name: "PlanEditorPage"
}
