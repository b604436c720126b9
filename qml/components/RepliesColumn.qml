pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// The replies of students and parents, newest first: who, what, when, and
// (showAnswering) what they answer.
ColumnLayout {
    id: column

    property alias answering: repliesModel.answering
    readonly property alias count: repliesModel.count
    property bool showAnswering: false
    property alias studentId: repliesModel.studentId

    objectName: "repliesColumn"
    spacing: 4
    visible: repliesModel.count > 0

    Repeater {
        model: RepliesModel {
            id: repliesModel

            readerLanguage: Session.activeRole === "parent" ? Preferences.messageLanguage : Preferences.effectiveLanguage
            store: Session.store
        }

        delegate: Label {
            required property string answeringText
            required property string atText
            required property string authorText
            required property bool rightToLeft
            required property string replyText

            Accessible.name: qsTr("Antwoord van %1: %2, %3").arg(authorText).arg(replyText).arg(atText)
            Accessible.role: Accessible.StaticText
            Layout.fillWidth: true
            horizontalAlignment: rightToLeft ? Text.AlignRight : Text.AlignLeft
            objectName: "reply"
            text: (column.showAnswering && answeringText.length > 0 ? answeringText + "\n" : "") + authorText + ": " + replyText + " · " + atText
            wrapMode: Text.Wrap
        }
    }
}
