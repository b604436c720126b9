pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// "Bel ouders": opens the phone's dialler with a parent's number (a choice
// when the school gave several), then asks whether to write the call in the
// contact log. Hidden when the school gave no number.
AppButton {
    id: call

    readonly property var phones: ContactActions.parentPhones(studentId)
    required property string studentId
    required property string studentName

    // The mentor wants to write down the call (open the contact log).
    signal logContactRequested

    function dial(number: string) {
        Qt.openUrlExternally("tel:" + number);
        logDialog.open();
    }

    Accessible.name: qsTr("Bel de ouders van %1").arg(studentName)
    objectName: "callParentsButton"
    text: qsTr("Bel ouders")
    visible: phones.length > 0

    onClicked: phones.length === 1 ? dial(phones[0]) : numberMenu.open()

    Menu {
        id: numberMenu

        objectName: "callNumberMenu"

        Repeater {
            model: call.phones

            delegate: AppMenuItem {
                required property string modelData

                Accessible.name: qsTr("Bel %1").arg(modelData)
                objectName: "callNumber_" + modelData
                text: modelData

                onTriggered: call.dial(modelData)
            }
        }
    }
    AppDialog {
        id: logDialog

        acceptText: qsTr("Vastleggen")
        objectName: "callLogDialog"
        parent: call.Window.contentItem
        rejectText: qsTr("Niet nu")
        title: qsTr("Contact vastleggen?")
        width: Math.max(240, Math.min((parent ? parent.width : 0) - 2 * Theme.margin, Theme.readableWidth))

        onAccepted: call.logContactRequested()

        Label {
            text: qsTr("Schrijf op dat je de ouders van %1 belde en wat eruit kwam, zodat je team het ook weet.").arg(call.studentName)
            width: logDialog.availableWidth
            wrapMode: Text.Wrap
        }
    }
}
