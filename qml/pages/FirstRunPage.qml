import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// First run: the school's address and the pairing code the school gave.
Page {
    id: page
    objectName: "firstRunPage"
    title: qsTr("Welkom")

    background: Rectangle {
        color: Theme.background
    }

    Connections {
        function onPairingFinished(ok: bool, message: string) {
            if (!ok)
                errorBanner.show(message);
        }

        target: Session
    }
    PageColumn {
        Label {
            Layout.fillWidth: true
            color: Theme.primary
            font.bold: true
            font.pixelSize: 24
            text: qsTr("Welkom bij Aanwezig")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.")
            wrapMode: Text.Wrap
        }
        TextField {
            id: serverField
            Accessible.name: qsTr("Adres van de school")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            objectName: "serverField"
            placeholderText: qsTr("Adres van de school, bijv. https://aanwezig.school.nl")
        }
        TextField {
            id: codeField
            Accessible.name: qsTr("Koppelcode")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            objectName: "codeField"
            placeholderText: qsTr("Koppelcode")

            onAccepted: pairButton.clicked()
        }
        ErrorBanner {
            id: errorBanner
            Layout.fillWidth: true
            objectName: "pairingError"
        }
        AppButton {
            id: pairButton
            Accessible.name: text
            Layout.fillWidth: true
            enabled: !Session.pairing
            highlighted: true
            objectName: "pairButton"
            text: qsTr("Koppelen")

            onClicked: {
                errorBanner.text = "";
                Session.pair(serverField.text, codeField.text);
            }
        }
        LoadingState {
            Layout.fillWidth: true
            text: qsTr("Even verbinden met school…")
            visible: Session.pairing
        }
    }
}
