import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Aanwezig

// A short, friendly confirmation at the bottom of a page ("Bewaard, …"), at
// most two lines, with one action beneath it, such as "Ongedaan maken", when
// there is one to offer.
// While a screen reader is on, a notice with an action does not time out: it
// takes the screen reader's focus (on its action) and stays until it is used
// or closed, then gives the focus back.
Popup {
    id: notice

    property var action: null
    property string actionText
    property string text
    readonly property bool waitsForReader: ScreenReader.active && actionText.length > 0

    // A screen reader's focus goes to the action.
    signal actionOffered

    // Shows `message` with a button `actionLabel` that calls `onAction`, a
    // little longer, so there is time to tap it.
    function offer(message: string, actionLabel: string, onAction: var) {
        text = message;
        actionText = actionLabel;
        action = onAction;
        open();
        if (waitsForReader) {
            timer.stop();
            actionOffered();
        } else {
            timer.restart();
        }
    }

    // Shows `message` for a few seconds.
    function say(message: string) {
        offer(message, "", null);
    }

    // Says what went wrong when an action (its ActionResult) was refused;
    // true when it was, so a page can stop there or say what was done.
    function sayIfRefused(result: actionResult): bool {
        if (result.ok)
            return false;
        say(result.words);
        return true;
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

    onAboutToShow: FocusHandoff.takeFrom(notice, notice.parent)
    onClosed: FocusHandoff.giveBack(notice)

    // The message in at most two lines, its action beneath it.
    ColumnLayout {
        spacing: 0
        width: parent.width

        Label {
            Accessible.name: text
            Accessible.role: Accessible.AlertMessage
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            Layout.topMargin: 4
            color: Theme.background
            elide: Text.ElideRight
            maximumLineCount: 2
            objectName: "noticeText"
            text: notice.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 0
            visible: notice.actionText.length > 0 || notice.waitsForReader

            AppButton {
                id: actionButton
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

                Connections {
                    function onActionOffered() {
                        actionButton.forceActiveFocus(Qt.PopupFocusReason);
                    }

                    target: notice
                }
            }
            AppToolButton {
                Accessible.name: qsTr("Melding sluiten")
                Material.foreground: Theme.soft
                objectName: "noticeClose"
                text: "✕"
                visible: notice.waitsForReader

                onClicked: notice.close()
            }
        }
    }
    Timer {
        id: timer
        interval: notice.actionText.length > 0 ? 8000 : 4000

        onTriggered: notice.close()
    }
}
