pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Any absence a parent may report: sick, doctor or dentist (a time slot),
// important circumstances, or a leave request. Any start, any end, or "until better".
FormPage {
    id: page

    property string code: "Z"
    // The first day (yyyy-MM-dd) when it is not today (a notification's day).
    property string startDate
    property string studentId
    property string studentName

    function submit() {
        const result = AbsenceActions.reportAbsence(reportForm);
        if (!result.ok) {
            errorBanner.show(result.words);
            return;
        }
        StackView.view.pop();
    }

    objectName: "reportAbsencePage"
    title: studentName.length > 0 ? qsTr("Melding voor %1").arg(studentName) : qsTr("Afwezigheid melden")

    background: Rectangle {
        color: Theme.background
    }

    // The form's action stays on screen, under the fields, on the smallest
    // phone too; a problem is told right above it.
    footer: Pane {
        Material.background: Theme.background
        bottomPadding: 4
        horizontalPadding: 0
        topPadding: 4

        ColumnLayout {
            objectName: "formActions"
            width: Theme.contentWidth(parent.width, Theme.readableWidth)
            x: (parent.width - width) / 2

            ErrorBanner {
                id: errorBanner
                Layout.fillWidth: true
            }
            AppButton {
                Accessible.name: text
                Layout.fillWidth: true
                highlighted: true
                objectName: "submitButton"
                text: page.code === "V" ? qsTr("Verlof aanvragen") : qsTr("Melden")

                onClicked: page.submit()
            }
        }
    }

    AbsenceForm {
        id: reportForm
        code: page.code
        endDate: endPicker.date
        endPart: endPicker.part
        endTime: endPicker.time
        note: noteArea.text
        objectName: "reportForm"
        openEnd: openEndSwitch.checked
        startDate: startPicker.date
        startPart: startPicker.part
        startTime: startPicker.time
        studentId: page.studentId
    }
    PageColumn {
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            font.bold: true
            text: qsTr("Waarom?")
        }
        Repeater {
            model: AbsenceActions.parentCodes

            delegate: AppRadioButton {
                id: codeButton

                required property var modelData

                Accessible.description: modelData.hint
                Accessible.name: modelData.name
                Layout.fillWidth: true
                checked: page.code === modelData.code
                objectName: "code_" + modelData.code
                text: modelData.name

                contentItem: Label {
                    leftPadding: codeButton.indicator.width + codeButton.spacing
                    text: codeButton.text + "\n" + codeButton.modelData.hint
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }

                onClicked: {
                    page.code = modelData.code;
                    startPicker.partIndex = modelData.code === "D" ? 3 : 0;
                    openEndSwitch.checked = modelData.code === "Z";
                }
            }
        }
        FieldError {
            objectName: "codeError"
            text: reportForm.codeError
        }
        MomentPicker {
            id: startPicker
            Layout.fillWidth: true
            label: qsTr("Vanaf")
            objectName: "start"

            Component.onCompleted: {
                if (page.startDate.length > 0)
                    selectDate(page.startDate);
            }
        }
        FieldError {
            objectName: "startError"
            text: reportForm.startDateError.length > 0 ? reportForm.startDateError : reportForm.startTimeError
        }
        AppSwitch {
            id: openEndSwitch
            Accessible.name: text
            Layout.fillWidth: true
            checked: page.code === "Z"
            objectName: "openEndSwitch"
            text: qsTr("Einde nog niet bekend (tot beter)")
        }
        MomentPicker {
            id: endPicker
            Layout.fillWidth: true
            label: qsTr("Tot en met")
            objectName: "end"
            partIndex: startPicker.partIndex
            visible: !openEndSwitch.checked
        }
        FieldError {
            objectName: "endError"
            text: reportForm.endDateError.length > 0 ? reportForm.endDateError : reportForm.endTimeError
            visible: text.length > 0 && !openEndSwitch.checked
        }
        AppTextArea {
            id: noteArea
            Accessible.name: qsTr("Korte toelichting")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "noteArea"
            placeholderText: qsTr("Mag leeg blijven")
            wrapMode: TextEdit.Wrap
        }
        FieldError {
            objectName: "noteError"
            text: reportForm.noteError
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            objectName: "noteHint"
            text: qsTr("Geen medische details: school hoeft niet te weten wat je kind heeft.")
            wrapMode: Text.Wrap
        }
    }
}
