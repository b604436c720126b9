pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// Answering with one tap ("Dank je!", "Ik wil even praten", "Het gaat wat
// beter") or a few own words. messageId: the message answered; empty: a word
// to the contact person of the student's plan.
ColumnLayout {
    id: box

    property string error
    property string messageId
    property bool ownWords: false
    property string sentText
    required property string studentId

    // Sends the reply (`shown`: how it reads); what went wrong is shown under it.
    function send(templateKey: string, text: string, shown: string): bool {
        replyForm.templateKey = templateKey;
        replyForm.text = text;
        const result = ReplyActions.reply(replyForm);
        error = result.words;
        if (result.ok) {
            sentText = shown;
            ownWords = false;
            wordsArea.text = "";
        }
        return result.ok;
    }

    objectName: "replyBox"
    spacing: 6

    ReplyForm {
        id: replyForm
        messageId: box.messageId
        studentId: box.studentId
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        visible: box.sentText.length === 0

        Repeater {
            model: ReplyActions.quickReplies()

            delegate: AppButton {
                required property var modelData

                Accessible.name: modelData.text
                flat: true
                objectName: "quickReply_" + modelData.key
                text: modelData.text

                onClicked: box.send(modelData.key, "", modelData.text)
            }
        }
        AppButton {
            Accessible.name: text
            flat: true
            objectName: "ownWordsButton"
            text: qsTr("Eigen woorden")
            visible: !box.ownWords

            onClicked: {
                box.ownWords = true;
                wordsArea.forceActiveFocus();
            }
        }
    }
    AppTextArea {
        id: wordsArea
        Accessible.name: qsTr("Je antwoord in eigen woorden")
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        objectName: "replyArea"
        placeholderText: qsTr("Schrijf een kort antwoord…")
        visible: box.ownWords && box.sentText.length === 0
        wrapMode: TextEdit.Wrap
    }
    Label {
        Layout.fillWidth: true
        color: wordsArea.length > ReplyActions.maxLength ? Theme.primary : Theme.muted
        font.pixelSize: 12
        text: qsTr("%1 van %2 tekens").arg(wordsArea.length).arg(ReplyActions.maxLength)
        visible: wordsArea.visible
    }
    AppButton {
        Accessible.name: text
        enabled: wordsArea.text.trim().length > 0 && wordsArea.length <= ReplyActions.maxLength
        highlighted: true
        objectName: "sendReplyButton"
        text: qsTr("Versturen")
        visible: wordsArea.visible

        onClicked: box.send("", wordsArea.text, wordsArea.text.trim())
    }
    Label {
        Layout.fillWidth: true
        color: Theme.good
        objectName: "replySent"
        text: qsTr("Verstuurd: %1").arg(box.sentText)
        visible: box.sentText.length > 0
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        color: Theme.primary
        objectName: "replyError"
        text: box.error
        visible: box.error.length > 0
        wrapMode: Text.Wrap
    }
}
