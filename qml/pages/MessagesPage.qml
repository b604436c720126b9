pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// Warm messages from school. Parents read templates in the language they
// chose; a mentor sees what was sent to whom.
Page {
    id: page

    property alias audience: messagesModel.audience
    readonly property bool isReader: Session.activeRole === "parent" || Session.activeRole === "student"
    property alias studentId: messagesModel.studentId

    objectName: "messagesPage"
    title: qsTr("Berichten")

    background: Rectangle {
        color: Theme.background
    }

    // What a reader had a moment to see counts as read.
    Timer {
        interval: 1500
        running: page.isReader && messagesModel.unreadCount > 0

        onTriggered: notice.sayIfRefused(MessageActions.markAllRead(page.audience))
    }
    RefreshableList {
        anchors.fill: parent
        emptyExplanation: page.isReader ? qsTr("Berichten van de mentor of de klas komen hier.") : qsTr("Stuur een bericht vanaf de pagina van een leerling.")
        emptyTitle: qsTr("Nog geen berichten")
        objectName: "messagesList"
        title: page.title

        cardDelegate: MessageDelegate {
            canReply: page.isReader
            showStudent: !page.isReader || page.audience === "parents"
        }
        cardModel: MessagesModel {
            id: messagesModel
            readerLanguage: Session.activeRole === "parent" ? Preferences.messageLanguage : Preferences.effectiveLanguage
            store: Session.store
            translationBesideDutch: Session.flanders
        }
    }
    Notice {
        id: notice
    }
}
