import QtQuick
import QtQuick.Templates as T
import Aanwezig

// The label of a check box, radio button or switch: it wraps onto more lines
// instead of being cut off (the long words of other languages), beside the
// indicator on whichever side the layout direction puts it.
Text {
    required property T.AbstractButton button

    color: button.enabled ? Theme.text : Theme.muted
    font: button.font
    leftPadding: button.indicator && !button.mirrored ? button.indicator.width + button.spacing : 0
    rightPadding: button.indicator && button.mirrored ? button.indicator.width + button.spacing : 0
    text: button.text
    verticalAlignment: Text.AlignVCenter
    wrapMode: Text.Wrap
}
