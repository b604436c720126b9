pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Language, the language of messages from school, and logging out.
Page {
    id: page
    objectName: "settingsPage"
    title: qsTr("Instellingen")

    background: Rectangle {
        color: Theme.background
    }

    PageColumn {
        Label {
            font.bold: true
            text: qsTr("Taal van de app")
        }
        AppComboBox {
            Accessible.name: qsTr("Taal van de app")
            Layout.fillWidth: true
            currentIndex: count > 0 ? Math.max(0, indexOfValue(Preferences.language)) : -1
            model: Preferences.appLanguages
            objectName: "languageBox"
            textRole: "name"
            valueRole: "code"

            onActivated: Preferences.language = currentValue
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            objectName: "schoolAppLanguageNote"
            text: qsTr("Deze taal gaf school door. Kies gerust een andere.")
            visible: Preferences.language.length === 0 && Preferences.schoolLanguage.length > 0
            wrapMode: Text.Wrap
        }
        Label {
            Layout.topMargin: Theme.gap
            font.bold: true
            text: qsTr("Berichten van school lezen in")
        }
        AppComboBox {
            Accessible.name: qsTr("Taal van berichten")
            Layout.fillWidth: true
            // Asked again once the items exist (count), else it stays on the first.
            currentIndex: count > 0 ? Math.max(0, indexOfValue(Preferences.messageLanguage)) : -1
            model: Preferences.messageLanguages
            objectName: "messageLanguageBox"
            textRole: "name"
            valueRole: "code"

            onActivated: Preferences.messageLanguage = currentValue
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            text: qsTr("Berichten die de mentor met een vaste tekst stuurt, lees je in deze taal.")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            objectName: "schoolLanguageNote"
            text: qsTr("Deze taal gaf school door. Kies gerust een andere.")
            visible: !Preferences.messageLanguageChosen && Preferences.schoolLanguage.length > 0
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            color: Theme.muted
            text: qsTr("Gekoppeld met %1").arg(Session.serverUrl)
            visible: Session.paired
            wrapMode: Text.WrapAnywhere
        }
        AppButton {
            Accessible.name: text
            Layout.fillWidth: true
            objectName: "logOutButton"
            text: qsTr("Uitloggen")
            visible: Session.paired

            onClicked: logOutDialog.open()
        }
    }
    AppDialog {
        id: logOutDialog
        acceptText: qsTr("Uitloggen")
        // The careful choice first: what is lost is read out with the question.
        initialFocusItem: rejectButton
        objectName: "logOutDialog"
        title: qsTr("Uitloggen?")
        width: Math.min(page.width - 2 * Theme.margin, 400)

        onAccepted: Session.logOut()

        Label {
            objectName: "logOutText"
            text: SyncStatus.waitingCount > 0 ? qsTr("Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.", "", SyncStatus.waitingCount) : qsTr("Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.")
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
}
