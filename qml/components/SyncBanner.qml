import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A calm line under the header: offline, changes waiting, something the user
// has to do, or a change the school could not take. Hidden when all is well.
// A live region: its line is a notification, shown anew to the screen reader
// each time it changes, so a screen reader says it without the user going
// there (Qt 6.4 has no announcements; AT-SPI readers speak a notification
// as it shows).
Rectangle {
    id: banner
    Accessible.name: statusLabel.text
    Accessible.role: Accessible.Grouping
    color: SyncStatusView.problem === SyncStatusView.None ? Theme.soft : Theme.attention
    implicitHeight: visible ? Math.max(Theme.touch, row.implicitHeight + 8) : 0
    objectName: "syncBanner"
    visible: statusLabel.text.length > 0

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: 4
        spacing: 8

        Label {
            id: statusLabel
            Accessible.name: text
            Accessible.role: Accessible.Notification
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: 13
            objectName: "syncStatusText"
            text: SyncStatusView.rejectedText.length > 0 ? SyncStatusView.rejectedText : SyncStatusView.statusText
            wrapMode: Text.Wrap

            // Hidden and shown again: the screen reader hears of the new line.
            onTextChanged: {
                if (text.length === 0)
                    return;
                visible = false;
                visible = true;
            }
        }
        AppButton {
            Accessible.name: text
            flat: true
            objectName: "syncNowButton"
            text: qsTr("Nu proberen")
            visible: SyncStatusView.rejectedText.length === 0 && SyncStatusView.problem === SyncStatusView.None && SyncStatusView.waitingCount > 0

            onClicked: SyncStatusView.syncNow()
        }
        AppButton {
            Accessible.name: text
            flat: true
            objectName: "pairAgainButton"
            text: qsTr("Opnieuw koppelen")
            visible: SyncStatusView.problem === SyncStatusView.PairAgain

            onClicked: pairAgain.open()
        }
        AppButton {
            Accessible.name: qsTr("Begrepen")
            flat: true
            objectName: "dismissRejectedButton"
            text: qsTr("Begrepen")
            visible: SyncStatusView.rejectedText.length > 0

            onClicked: SyncStatusView.dismissRejected()
        }
    }
    // Pairing again without logging out: the waiting changes stay.
    Popup {
        id: pairAgain
        closePolicy: Popup.CloseOnEscape
        height: banner.Window.height
        modal: true
        objectName: "pairAgainPopup"
        padding: 0
        parent: banner.Window.contentItem
        width: banner.Window.width

        Connections {
            function onPairingFinished(ok: bool) {
                if (ok)
                    pairAgain.close();
            }

            target: Session
        }
        Loader {
            active: pairAgain.visible
            anchors.fill: parent
            objectName: "pairAgainPage"

            sourceComponent: FirstRunPage {
                pairingAgain: true
            }
        }
    }
}
