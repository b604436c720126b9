pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The student's short check-in: how are you, what helped, what do you need now.
FormPage {
    id: page

    property int mood: 0
    property bool sent: false

    objectName: "checkInPage"
    title: qsTr("Check-in")

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
                enabled: page.mood > 0
                highlighted: true
                objectName: "sendCheckInButton"
                text: qsTr("Versturen")
                visible: !page.sent

                onClicked: {
                    const result = PlanActions.submitCheckIn(checkInForm);
                    if (!result.ok)
                        errorBanner.show(result.words);
                    else
                        page.sent = true;
                }
            }
        }
    }

    CheckInForm {
        id: checkInForm
        helped: helpedArea.text
        mood: page.mood
        needed: neededArea.text
    }
    PageColumn {
        EmptyState {
            Layout.fillWidth: true
            explanation: qsTr("Je mentor leest het en denkt met je mee. Tot de volgende keer!")
            objectName: "thanks"
            title: qsTr("Dank je wel!")
            visible: page.sent
        }
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
            font.bold: true
            text: qsTr("Hoe gaat het met je?")
            visible: !page.sent
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !page.sent

            Repeater {
                model: 5

                delegate: AppButton {
                    required property int index

                    Accessible.name: qsTr("%1 van 5").arg(index + 1)
                    Layout.fillWidth: true
                    checkable: true
                    checked: page.mood === index + 1
                    font.pixelSize: 20
                    objectName: "mood" + (index + 1)
                    text: index + 1

                    onClicked: page.mood = index + 1
                }
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("1 is: het gaat niet goed. 5 is: het gaat heel goed.")
            visible: !page.sent
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Wat hielp je de afgelopen tijd?")
            visible: !page.sent
            wrapMode: Text.Wrap
        }
        AppTextArea {
            id: helpedArea
            Accessible.name: qsTr("Wat hielp je?")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "helpedArea"
            visible: !page.sent
            wrapMode: TextEdit.Wrap
        }
        FieldError {
            objectName: "helpedError"
            text: checkInForm.helpedError
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Wat heb je nú nodig om wél te kunnen komen?")
            visible: !page.sent
            wrapMode: Text.Wrap
        }
        AppTextArea {
            id: neededArea
            Accessible.name: qsTr("Wat heb je nu nodig?")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "neededArea"
            visible: !page.sent
            wrapMode: TextEdit.Wrap
        }
        FieldError {
            objectName: "neededError"
            text: checkInForm.neededError
        }
    }
}
