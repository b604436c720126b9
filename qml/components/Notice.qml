import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A short, friendly confirmation at the bottom of a page ("Bewaard, …"),
// with one action, such as "Ongedaan maken", when there is one to offer.
Popup {
    id: notice

    property var action: null
    property string actionText
    property string text

    // Shows `message` with a button `actionLabel` that calls `onAction`, a
    // little longer, so there is time to tap it.
    function offer(message: string, actionLabel: string, onAction: var) {
        text = message;
        actionText = actionLabel;
        action = onAction;
        open();
        timer.restart();
    }

    // Shows `message` for a few seconds.
    function say(message: string) {
        offer(message, "", null);
    }

    closePolicy: Popup.CloseOnEscape
    objectName: "notice"
    padding: 8
    width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
    x: (parent.width - width) / 2
    y: parent.height - height - Theme.margin

    background: Rectangle {
        color: Theme.text
        radius: 6
    }
    contentItem: RowLayout {
        spacing: 8

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            color: Theme.background
            objectName: "noticeText"
            text: notice.text
            wrapMode: Text.Wrap
        }
        Button {
            Accessible.name: text
            Material.foreground: Theme.soft
            flat: true
            implicitHeight: Theme.touch
            objectName: "noticeAction"
            text: notice.actionText
            visible: notice.actionText.length > 0

            onClicked: {
                const act = notice.action;
                notice.close();
                act();
            }
        }
    }

    Timer {
        id: timer
        interval: notice.actionText.length > 0 ? 8000 : 4000

        onTriggered: notice.close()
    }
}
