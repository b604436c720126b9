pragma Singleton
import QtQuick

// The warm palette and the sizes every page shares, and the one place that
// decides how pages use the room from a 360 px phone up to a tablet.
QtObject {
    readonly property color accent: "#E07A3F"
    readonly property color background: "#FFF8F1"
    readonly property color calm: "#6C8EA4"
    readonly property color card: "#FFFFFF"
    // The narrowest a column of cards gets before a list falls back to one column.
    readonly property int columnWidth: 320
    readonly property int gap: 12
    readonly property color good: "#4F8A5B"
    // The widest a list of cards in two columns gets.
    readonly property int gridWidth: 960
    readonly property int margin: 16
    readonly property color muted: "#7A6A62"
    readonly property color primary: "#B5523B"
    // The side list of sections on a wide window.
    readonly property int railWidth: 200
    // The widest a column of text or a form gets: lines stay easy to read.
    readonly property int readableWidth: 600
    readonly property color soft: "#FBE7D6"
    readonly property color text: "#3A2E2A"
    readonly property int touch: 48
    // From this window width on the sections move from the bottom bar to a
    // side list (Material's "expanded" width, a tablet in landscape).
    readonly property int wideWindow: 840

    // How many columns of cards fit in `available` pixels of page, at most `maxColumns`.
    function columnsFor(available: real, maxColumns: int): int {
        return Math.max(1, Math.min(maxColumns, Math.floor((contentWidth(available, gridWidth) + gap) / (columnWidth + gap))));
    }
    // The width of a page's content in `available` pixels of page: the
    // margins off, and no wider than `maxWidth`; the page centres it.
    function contentWidth(available: real, maxWidth: real): real {
        return Math.max(0, Math.min(available - 2 * margin, maxWidth));
    }
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
