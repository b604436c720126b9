pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Recording contact with a student or the family: how, and what came of it.
FormPage {
    id: page

    property string kind: "phone"
    property string reportId
    property string studentId
    property string studentName

    objectName: "logContactPage"
    title: qsTr("Contact met %1").arg(studentName)

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
                objectName: "saveContactButton"
                text: qsTr("Vastleggen")

                onClicked: {
                    const result = ContactActions.logContact(contactForm);
                    if (!result.ok)
                        errorBanner.show(result.words);
                    else
                        page.StackView.view.pop();
                }
            }
        }
    }

    ContactForm {
        id: contactForm
        kind: page.kind
        outcome: outcomeArea.text
        reportId: page.reportId
        studentId: page.studentId
    }
    PageColumn {
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            font.bold: true
            text: qsTr("Hoe?")
        }
        Repeater {
            model: ContactActions.kinds

            delegate: AppRadioButton {
                required property var modelData

                Accessible.name: modelData.name
                checked: page.kind === modelData.kind
                objectName: "kind_" + modelData.kind
                text: modelData.name

                onClicked: page.kind = modelData.kind
            }
        }
        AppTextArea {
            id: outcomeArea
            Accessible.name: qsTr("Wat kwam eruit?")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            objectName: "outcomeArea"
            placeholderText: qsTr("Wat kwam eruit? Bijv. 'Moeder gesproken, morgen weer op school, huiswerk via Sara'")
            wrapMode: TextEdit.Wrap
        }
        FieldError {
            objectName: "outcomeError"
            text: contactForm.outcomeError
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            text: qsTr("Geen medische details; schrijf op wat helpt om verder te gaan.")
            wrapMode: Text.Wrap
        }
    }
}
