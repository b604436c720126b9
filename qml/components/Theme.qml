pragma Singleton
import QtQuick

// The warm palette and the sizes every page shares.
QtObject {
    readonly property color accent: "#E07A3F"
    readonly property color background: "#FFF8F1"
    readonly property color calm: "#6C8EA4"
    readonly property color card: "#FFFFFF"
    readonly property int gap: 12
    readonly property color good: "#4F8A5B"
    readonly property int margin: 16
    readonly property color muted: "#7A6A62"
    readonly property color primary: "#B5523B"
    readonly property color soft: "#FBE7D6"
    readonly property color text: "#3A2E2A"
    readonly property int touch: 48

    function tierColor(tier: int): color {
        if (tier === 1)
            return good;
        if (tier === 2)
            return "#D9A23A";
        if (tier === 3)
            return primary;
        return muted;
    }
}
