import QtQuick
import QtTest
import Aanwezig

// The palette's contrast (WCAG 2.2): every pair Theme lists for use together
// reaches its least ratio, and the pairs the issue found failing are listed.
TestCase {
    // The relative luminance of `colour` (WCAG 2.2, sRGB).
    function luminance(colour: color): real {
        const channel = value => value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
    }
    function ratio(first: color, second: color): real {
        const a = luminance(first);
        const b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
    function test_every_pair_reaches_its_ratio() {
        verify(Theme.pairs.length > 20, "Theme lists its pairs");
        for (const [foreground, back, least] of Theme.pairs) {
            verify(Theme[foreground] !== undefined && Theme[back] !== undefined, foreground + " and " + back + " are Theme colours");
            const measured = ratio(Theme[foreground], Theme[back]);
            verify(measured >= least, "%1 on %2: %3:1, needs %4:1".arg(foreground).arg(back).arg(measured.toFixed(2)).arg(least));
        }
    }
    function test_known_pairs_are_listed() {
        // White on the main button, accent and tier texts on the page and the
        // card, message text on the soft colour, and the tier colours.
        const listed = Theme.pairs.map(pair => pair[0] + "/" + pair[1]);
        for (const pair of ["textOnAccent/accent", "accent/background", "warning/card", "good/card", "muted/soft", "primary/soft", "muted/attention"])
            verify(listed.includes(pair), pair + " is checked");
        for (let tier = 1; tier <= 3; ++tier)
            verify(ratio(Theme.tierColor(tier), Theme.card) >= 4.5, "tier " + tier + " reads on a card");
    }
    function test_ratio_matches_wcag_examples() {
        compare(ratio(Qt.color("#000000"), Qt.color("#FFFFFF")).toFixed(1), "21.0");
        compare(ratio(Qt.color("#E07A3F"), Qt.color("#FFFFFF")).toFixed(2), "2.99");
    }

    name: "Theme"
}
