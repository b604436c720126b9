import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A short, friendly confirmation at the bottom of a page ("Bewaard, …").
ToolTip {
    function say(message: string) {
        text = message;
        open();
    }

    objectName: "notice"
    timeout: 4000
    x: (parent.width - width) / 2
    y: parent.height - height - Theme.margin
}
