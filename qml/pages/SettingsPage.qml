pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The role in use (for who has several), language, the language of messages
// from school, notifications and logging out.
Page {
    id: page

    // The hours a quiet period may start or end at.
    readonly property var hours: Array.from({
            "length": 24
        }, (_, hour) => (hour < 10 ? "0" : "") + hour + ":00")

    function saved(result: actionResult) {
        if (!result.ok)
            notificationError.show(result.words);
    }

    objectName: "settingsPage"
    title: qsTr("Instellingen")

    background: Rectangle {
        color: Theme.background
    }

    PageColumn {
        RoleSwitcher {
            Layout.bottomMargin: Theme.gap
            Layout.fillWidth: true
            visible: Session.paired && Session.roles.length > 1
        }
        Label {
            Accessible.name: text
            Accessible.role: Accessible.Heading
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
            Accessible.name: text
            Accessible.role: Accessible.Heading
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
        // Notifications: kept on the server, so every phone of the
        // user follows them.
        Label {
            Layout.topMargin: Theme.gap
            font.bold: true
            text: qsTr("Meldingen op je telefoon")
            visible: Session.paired
        }
        Repeater {
            model: Session.paired ? Notifications.kinds : []

            delegate: AppSwitch {
                required property var modelData

                Accessible.name: text
                Layout.fillWidth: true
                checked: modelData.on
                objectName: "notifyKind_" + modelData.key
                text: modelData.name

                onToggled: page.saved(Notifications.setKind(modelData.key, checked))
            }
        }
        AppSwitch {
            Accessible.name: text
            Layout.fillWidth: true
            checked: Notifications.teamFirstDay
            objectName: "teamFirstDaySwitch"
            text: qsTr("Als teamlid ook eerste-dagmeldingen en het ochtendoverzicht")
            visible: Session.paired && Notifications.isTeam

            onToggled: page.saved(Notifications.setTeamFirstDay(checked))
        }
        AppSwitch {
            Accessible.name: text
            Layout.fillWidth: true
            checked: Notifications.hideNames
            objectName: "hideNamesSwitch"
            text: qsTr("Geen namen op het vergrendelscherm")
            visible: Session.paired

            onToggled: page.saved(Notifications.setHideNames(checked))
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Stille uren (meldingen wachten tot het einde)")
            visible: Session.paired
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Session.paired

            AppComboBox {
                id: quietStartBox
                Accessible.name: qsTr("Stil vanaf %1").arg(displayText)
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // the two boxes share the row
                currentIndex: Math.max(0, page.hours.indexOf(Notifications.quietStart))
                model: page.hours
                objectName: "quietStartBox"

                onActivated: page.saved(Notifications.setQuietHours(currentText, quietEndBox.currentText))
            }
            Label {
                text: qsTr("tot")
            }
            AppComboBox {
                id: quietEndBox
                Accessible.name: qsTr("Stil tot %1").arg(displayText)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                currentIndex: Math.max(0, page.hours.indexOf(Notifications.quietEnd))
                model: page.hours
                objectName: "quietEndBox"

                onActivated: page.saved(Notifications.setQuietHours(quietStartBox.currentText, currentText))
            }
        }
        ErrorBanner {
            id: notificationError
            Layout.fillWidth: true
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
            text: SyncStatusView.waitingCount > 0 ? qsTr("Er staan nog %n wijziging(en) op deze telefoon die school nog niet heeft. Bij uitloggen gaan die verloren. Maak eerst verbinding als dat kan.", "", SyncStatusView.waitingCount) : qsTr("Alles van deze telefoon wordt gewist. Je kunt later opnieuw koppelen.")
            width: parent.width
            wrapMode: Text.Wrap
        }
    }
}
