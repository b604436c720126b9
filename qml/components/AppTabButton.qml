import QtQuick
import QtQuick.Controls.Material
import Aanwezig

// A tab (a section at the bottom) that a screen reader activates as a tap
// does (see Activation). Its name takes two lines, or a smaller font, rather
// than being cut off: four sections share a phone's width in any language.
TabButton {
    id: control
    // Little space at the sides: on a 360 px phone a tab is 90 px wide, and a
    // long word (Polish "Samopoczucie", Ukrainian "Повідомлення") needs most
    // of it to stay whole at a readable size.
    horizontalPadding: 4
    // The bar shares its width out equally; the name fits whatever it gets.
    implicitWidth: Theme.touch

    contentItem: Text {
        color: !control.enabled ? control.Material.hintTextColor : control.down || control.checked ? control.Material.accentColor : control.Material.foreground
        font: control.font
        fontSizeMode: Text.Fit
        horizontalAlignment: Text.AlignHCenter
        maximumLineCount: 2
        minimumPixelSize: 9
        text: control.text
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }

    Accessible.onPressAction: Activation.tap(control)
}
