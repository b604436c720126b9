import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// One warm message. Its text aligns with its own language (an Arabic message
// to the right, also in a Dutch window; a Dutch one to the left, also in a
// mirrored Arabic window); the lines around it follow the app's language.
Card {
    id: message

    // A reader (the student, a parent) may answer; the staff see the answers.
    property bool canReply: false
    required property string messageId
    required property bool read
    required property bool rightToLeft
    required property string senderText
    required property string sentText
    property bool showStudent: false
    required property string studentId
    required property string studentName
    required property string text
    // Flanders: the same message in the reader's language, beside the Dutch.
    required property string translation
    required property bool translationRightToLeft

    Accessible.name: senderText + ", " + text + (translation ? ", " + translationLabel.text + ": " + translation : "") + ", " + sentText
    Material.background: read ? Theme.card : Theme.soft
    objectName: "message_" + messageId

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            text: message.showStudent ? qsTr("%1 · aan %2").arg(message.senderText).arg(message.studentName) : message.senderText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            LayoutMirroring.enabled: false
            color: Theme.primary
            font.pixelSize: 22
            horizontalAlignment: message.rightToLeft ? Text.AlignRight : Text.AlignLeft
            objectName: "messageText"
            text: message.text
            wrapMode: Text.Wrap
        }
        Label {
            id: translationLabel
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 12
            objectName: "translationLabel"
            text: qsTr("Vertaling uit het Nederlands")
            visible: message.translation.length > 0
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            LayoutMirroring.enabled: false
            color: Theme.primary
            font.pixelSize: 20
            horizontalAlignment: message.translationRightToLeft ? Text.AlignRight : Text.AlignLeft
            objectName: "translationText"
            text: message.translation
            visible: message.translation.length > 0
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 12
            text: message.sentText
        }
        RepliesColumn {
            id: replies
            Layout.fillWidth: true
            answering: message.messageId
            studentId: message.studentId
        }
        ReplyBox {
            Layout.fillWidth: true
            messageId: message.messageId
            studentId: message.studentId
            visible: message.canReply && replies.count === 0
        }
    }
}
