pragma Singleton
import QtQuick

// The warm palette and the sizes every page shares, and the one place that
// decides how pages use the room from a 360 px phone up to a tablet.
// Every colour pair the pages use together is listed in `pairs` with the
// contrast it needs (WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and for
// indicators such as tier dots, progress bars and chart lines);
// tst_theme.qml computes each ratio. A page that puts a new pair together
// adds it there.
QtObject {
    // Buttons that do the main thing, their text in `textOnAccent`; also accent text.
    readonly property color accent: "#A94E1F"
    // A card or banner that asks for attention (an urgent signal, a sync problem).
    readonly property color attention: "#F6D8CC"
    readonly property color background: "#FFF8F1"
    readonly property color card: "#FFFFFF"
    // The narrowest a column of cards gets before a list falls back to one column.
    readonly property int columnWidth: 320
    readonly property int gap: 12
    // Things that go well: present, contacted, a step done, tier 1.
    readonly property color good: "#356B41"
    // The widest a list of cards in two columns gets.
    readonly property int gridWidth: 960
    readonly property int margin: 16
    readonly property color muted: "#6B5B54"
    // No paint: a row at rest shows the card under it, a chart line has no inside.
    readonly property color noFill: "transparent"
    // The pairs of [foreground, background, least contrast] used together.
    readonly property var pairs: {
        const text = 4.5;
        const indicator = 3;
        let list = [];
        for (const foreground of ["text", "muted", "primary", "accent", "good", "warning"]) {
            for (const back of ["background", "card", "soft"])
                list.push([foreground, back, text]);
        }
        for (const foreground of ["text", "muted", "primary", "good"])
            list.push([foreground, "attention", text]);
        for (const foreground of ["text", "muted", "primary"])
            list.push([foreground, "pressed", text]);
        for (const back of ["accent", "primary", "good", "warning", "muted"])
            list.push(["textOnAccent", back, text]);
        // The notice: light text and its action on the dark text colour.
        list.push(["background", "text", text], ["soft", "text", text]);
        // Indicators: a progress step done against one to come and the card,
        // chart lines and tier marks on the card.
        list.push(["good", "track", indicator], ["warning", "track", indicator], ["primary", "track", indicator], ["good", "card", indicator], ["accent", "card", indicator]);
        return list;
    }
    // A row or side-list entry while pressed.
    readonly property color pressed: "#F3E2D3"
    readonly property color primary: "#9E432D"
    // The side list of sections from `wideWindow` on: narrow, so that an
    // upright tablet keeps two columns of cards beside it.
    readonly property int railWidth: 112
    // The widest a column of text or a form gets: lines stay easy to read.
    readonly property int readableWidth: 600
    readonly property color soft: "#FBE7D6"
    readonly property color text: "#3A2E2A"
    // Text and marks on accent, primary, good and warning.
    readonly property color textOnAccent: "#FFFFFF"
    readonly property int touch: 48
    // A progress step still to come, a bar's empty part.
    readonly property color track: "#E8DDD5"
    // Things to keep an eye on: tier 2, a rate below 95 %.
    readonly property color warning: "#805608"
    // From this window width on the sections move from the bottom bar to a
    // side list (Material 3's "medium" width: a tablet upright, a phone on
    // its side).
    readonly property int wideWindow: 600

    // How many columns of cards fit in `available` pixels of page, at most `maxColumns`.
    function columnsFor(available: real, maxColumns: int): int {
        return Math.max(1, Math.min(maxColumns, Math.floor((contentWidth(available, gridWidth) + gap) / (columnWidth + gap))));
    }
    // The width of a page's content in `available` pixels of page: the
    // margins off, and no wider than `maxWidth`; the page centres it.
    function contentWidth(available: real, maxWidth: real): real {
        return Math.max(0, Math.min(available - 2 * margin, maxWidth));
    }
    // The colour of a tier's mark and figures; each is also a text colour,
    // and a tier is always shown with its number or name besides.
    function tierColor(tier: int): color {
        if (tier === 1)
            return good;
        if (tier === 2)
            return warning;
        if (tier === 3)
            return primary;
        return muted;
    }
}
