import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// One warm message. A message in a right-to-left language is aligned to the right.
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

    Accessible.name: senderText + ", " + text + ", " + sentText
    Material.background: read ? Theme.card : Theme.soft
    objectName: "message_" + messageId

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 13
            horizontalAlignment: message.rightToLeft ? Text.AlignRight : Text.AlignLeft
            text: message.showStudent ? qsTr("%1 · aan %2").arg(message.senderText).arg(message.studentName) : message.senderText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.primary
            font.pixelSize: 22
            horizontalAlignment: message.rightToLeft ? Text.AlignRight : Text.AlignLeft
            objectName: "messageText"
            text: message.text
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.muted
            font.pixelSize: 12
            horizontalAlignment: message.rightToLeft ? Text.AlignRight : Text.AlignLeft
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
