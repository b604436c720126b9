pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The mentor writes the return plan with the student: goal, buddy, contact
// person, check-in rhythm and steps with an owner and maybe a date.
Page {
    id: page

    property alias studentId: planModel.studentId
    property string studentName

    function addStep() {
        if (notice.sayIfRefused(PlanActions.addStep(stepForm)))
            return;
        stepField.text = "";
    }
    // Saves goal, buddy, contact person and rhythm as they are now; like a
    // step, the plan is saved as it is written (there is no save button).
    function savePlan() {
        saveTimer.stop();
        const unchanged = goalField.text === planModel.goal && buddyField.text === planModel.buddy && contactField.text === planModel.contactPerson && rhythmBox.value === planModel.checkInEveryDays;
        if (unchanged)
            return;
        if (!notice.sayIfRefused(PlanActions.savePlan(planForm)))
            savedText.text = qsTr("Bewaard om %1").arg(new Date().toLocaleTimeString(Qt.locale(), "HH:mm"));
    }

    objectName: "planEditorPage"
    title: qsTr("Terugkeerplan %1").arg(studentName)

    background: Rectangle {
        color: Theme.background
    }

    Component.onDestruction: {
        if (saveTimer.running)
            savePlan();
    }

    ReturnPlanForm {
        id: planForm
        buddy: buddyField.text
        checkInEveryDays: rhythmBox.value
        contactPerson: contactField.text
        contactWhere: contactWhereField.text
        goal: goalField.text
        studentId: page.studentId
    }
    PlanStepForm {
        id: stepForm
        due: withDate.checked ? dueDay.date : ""
        owner: ownerBox.currentValue
        studentId: page.studentId
        title: stepField.text
    }
    ReturnPlanModel {
        id: planModel
        store: Session.store

        onReloaded: {
            if (!goalField.activeFocus)
                goalField.text = goal;
            if (!buddyField.activeFocus)
                buddyField.text = buddy;
            if (!contactField.activeFocus)
                contactField.text = contactPerson;
            if (!contactWhereField.activeFocus)
                contactWhereField.text = contactWhere;
            rhythmBox.value = checkInEveryDays;
        }
    }
    PageColumn {
        spacing: 8

        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Maak het plan samen met de leerling. Niet alles hoeft ingehaald te worden.")
            wrapMode: Text.Wrap
        }
        Label {
            id: goalLabel
            Layout.fillWidth: true
            color: Theme.muted
            font.bold: true
            objectName: "goalLabel"
            text: qsTr("Doel")
        }
        TextField {
            id: goalField
            Accessible.name: goalLabel.text
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "goalField"
            placeholderText: qsTr("Bijv. 'Weer elke ochtend het eerste uur erbij'")
            placeholderTextColor: Theme.muted
            text: planModel.goal

            onEditingFinished: page.savePlan()
            onTextEdited: saveTimer.restart()
        }
        Label {
            id: buddyLabel
            Layout.fillWidth: true
            color: Theme.muted
            font.bold: true
            objectName: "buddyLabel"
            text: qsTr("Buddy")
        }
        TextField {
            id: buddyField
            Accessible.name: buddyLabel.text
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "buddyField"
            placeholderText: qsTr("Een klasgenoot")
            placeholderTextColor: Theme.muted
            text: planModel.buddy

            onEditingFinished: page.savePlan()
            onTextEdited: saveTimer.restart()
        }
        Label {
            id: contactPersonLabel
            Layout.fillWidth: true
            color: Theme.muted
            font.bold: true
            objectName: "contactPersonLabel"
            text: qsTr("Aanspreekpunt")
        }
        TextField {
            id: contactField
            Accessible.name: contactPersonLabel.text
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "contactPersonField"
            placeholderText: qsTr("Bij wie de leerling terecht kan")
            placeholderTextColor: Theme.muted
            text: planModel.contactPerson

            onEditingFinished: page.savePlan()
            onTextEdited: saveTimer.restart()
        }
        TextField {
            id: contactWhereField
            Accessible.name: qsTr("Waar en wanneer de contactpersoon te vinden is")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "contactWhereField"
            placeholderText: qsTr("Waar en wanneer, bijv. 'Kamer 12, in de grote pauze'")
            text: planModel.contactWhere
        }
        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: qsTr("Check-in elke … dagen")
                wrapMode: Text.Wrap
            }
            AppSpinBox {
                id: rhythmBox
                Accessible.name: qsTr("Check-in elke %1 dagen").arg(value)
                from: 1
                objectName: "rhythmBox"
                to: 60
                value: planModel.checkInEveryDays

                onValueModified: page.savePlan()
            }
        }
        Label {
            id: savedText
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            objectName: "savedText"
            text: qsTr("Alles wat je hier schrijft, wordt meteen bewaard.")
            wrapMode: Text.Wrap
        }
        SectionTitle {
            text: qsTr("Stappen")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Nog geen stappen. Denk aan: welkom bij de poort, een buddy, een rustige werkplek.")
            visible: planModel.count === 0
            wrapMode: Text.Wrap
        }
        Repeater {
            model: planModel

            delegate: StepDelegate {
                id: stepItem
                Layout.fillWidth: true
                canDelete: true
                canTick: true

                onDeleteRequested: notice.sayIfRefused(PlanActions.deleteStep(stepItem.stepId))
                onTickRequested: checked => notice.sayIfRefused(PlanActions.setStepDone(stepItem.stepId, checked))
            }
        }
        SectionTitle {
            text: qsTr("Stap toevoegen")
        }
        TextField {
            id: stepField
            Accessible.name: qsTr("Nieuwe stap")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "stepField"
            placeholderText: qsTr("Bijv. 'Toets wiskunde verschuiven'")
            placeholderTextColor: Theme.muted

            onAccepted: page.addStep()
        }
        FieldError {
            objectName: "stepTitleError"
            text: stepForm.titleError
        }
        AppComboBox {
            id: ownerBox
            Accessible.name: qsTr("Wie doet het?")
            Layout.fillWidth: true
            model: PlanActions.owners
            objectName: "ownerBox"
            textRole: "name"
            valueRole: "owner"
        }
        RowLayout {
            Layout.fillWidth: true

            AppCheckBox {
                id: withDate
                Accessible.name: text
                objectName: "withDate"
                text: qsTr("Met datum")
            }
            DayPicker {
                id: dueDay
                Layout.fillWidth: true
                firstOffset: 0
                objectName: "dueDay"
                visible: withDate.checked
            }
        }
        AppButton {
            Accessible.name: text
            Layout.fillWidth: true
            objectName: "addStepButton"
            text: qsTr("Stap toevoegen")

            onClicked: page.addStep()
        }
    }
    // Typing pauses: the plan is saved; leaving the page saves what is left.
    Timer {
        id: saveTimer
        interval: 800

        onTriggered: page.savePlan()
    }
    Notice {
        id: notice
    }
}
