import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// First run: the app's language, then the school's address and the pairing
// code from the school's letter: scanned (its QR code), opened as a link, or
// typed.
// Also "Opnieuw koppelen" after a 401 (pairingAgain): the same user keeps
// every waiting change; another user is asked first.
Page {
    id: page

    // Pairing again while still paired: nothing is logged out.
    property bool pairingAgain: false

    // Fills in what a pairing link (scanned, or opened by the system) holds.
    function fillFromLink() {
        if (Session.linkCode.length === 0)
            return;
        serverField.text = Session.linkServerUrl;
        codeField.text = Session.linkCode;
        Session.forgetPairingLink();
        scanLoader.active = false;
        linkNotice.visible = true;
    }

    objectName: "firstRunPage"
    title: pairingAgain ? qsTr("Opnieuw koppelen") : qsTr("Welkom")

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: fillFromLink()

    // Only a page on screen answers (an old one may not be destroyed yet).
    Connections {
        function onPairingFinished(ok: bool, message: string) {
            if (!ok)
                errorBanner.show(message);
        }
        function onPairingLinkOpened() {
            page.fillFromLink();
        }
        function onReplaceUserQuestion(userId: string, lostChanges: int) {
            replaceUserDialog.userId = userId;
            replaceUserDialog.lostChanges = lostChanges;
            replaceUserDialog.open();
        }

        enabled: page.visible && page.Window.window !== null
        target: Session
    }
    PageColumn {
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
            Layout.fillWidth: true
            color: Theme.primary
            font.bold: true
            font.pixelSize: 24
            text: page.pairingAgain ? qsTr("Opnieuw koppelen") : qsTr("Welkom bij Aanwezig")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: page.pairingAgain ? qsTr("Vraag school om een nieuwe koppelcode. Je wijzigingen blijven bewaard en gaan daarna alsnog mee.") : qsTr("Samen zorgen we dat elke leerling zich welkom voelt op school. Koppel de app één keer met je school; daarna werkt hij ook zonder verbinding.")
            wrapMode: Text.Wrap
        }
        Label {
            font.bold: true
            text: qsTr("Taal van de app")
        }
        AppComboBox {
            Accessible.name: qsTr("Taal van de app")
            Layout.fillWidth: true
            currentIndex: count > 0 ? Math.max(0, indexOfValue(Preferences.language)) : -1
            model: Preferences.appLanguages
            objectName: "firstRunLanguageBox"
            textRole: "name"
            valueRole: "code"

            onActivated: Preferences.language = currentValue
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Het adres en de koppelcode krijg je van school, bijvoorbeeld per brief of e-mail.")
            wrapMode: Text.Wrap
        }
        AppButton {
            Accessible.name: text
            Layout.fillWidth: true
            objectName: "scanButton"
            text: scanLoader.active ? qsTr("Zelf typen") : qsTr("QR-code scannen")

            onClicked: scanLoader.active = !scanLoader.active
        }
        Loader {
            id: scanLoader
            Layout.fillWidth: true
            active: false
            visible: active

            // A link it reads opens through Session: see onPairingLinkOpened.
            sourceComponent: QrScanPane {
            }
        }
        Label {
            id: linkNotice
            Layout.fillWidth: true
            color: Theme.good
            objectName: "linkNotice"
            text: qsTr("Adres en code staan klaar. Tik op Koppelen.")
            visible: false
            wrapMode: Text.Wrap
        }
        TextField {
            id: serverField
            Accessible.name: qsTr("Adres van de school")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            objectName: "serverField"
            placeholderText: qsTr("Adres van de school")
            placeholderTextColor: Theme.muted
            text: page.pairingAgain ? Session.serverUrl : ""
        }
        TextField {
            id: codeField
            Accessible.name: qsTr("Koppelcode")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            objectName: "codeField"
            placeholderText: qsTr("Koppelcode")
            placeholderTextColor: Theme.muted

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
    AppDialog {
        id: replaceUserDialog

        property int lostChanges: 0
        property string userId: ""

        acceptText: qsTr("Koppelen")
        // Only an answer closes it: pairing waits for it.
        closePolicy: Popup.NoAutoClose
        objectName: "replaceUserDialog"
        rejectText: qsTr("Annuleren")
        title: qsTr("Koppelen als %1?").arg(userId)
        width: Math.max(240, Math.min(page.width - 2 * Theme.margin, 400))

        onAccepted: Session.confirmPairing(true)
        onRejected: Session.confirmPairing(false)

        Label {
            objectName: "replaceUserText"
            text: qsTr("Deze code hoort bij iemand anders. %n wijziging(en) van deze telefoon heeft school nog niet; bij koppelen gaan die verloren.", "", replaceUserDialog.lostChanges)
            width: replaceUserDialog.availableWidth
            wrapMode: Text.Wrap
        }
    }
}
