#!/usr/bin/env python3
"""Every colour of the UI is named in Theme.qml (by what it is for), so that
the palette and its contrast checks (tst_theme.qml) stay in one place.

Fails, listing file:line, when a .qml file under the given folder other than
Theme.qml holds a colour literal: a "#rgb"/"#rrggbb"/"#aarrggbb" string, a
colour made with Qt.rgba/rgb/hsla/hsva/hsl/hsv/color/lighter/darker/tint, or
a quoted colour name given to a colour property (color:, fillColor:,
border.color:, ...)."""
import pathlib
import re
import sys

HEX = re.compile(r'["\']#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})["\']')
MADE = re.compile(r'\bQt\.(?:rgba|rgb|hsla|hsva|hsl|hsv|color|lighter|darker|tint)\s*\(')
# A colour property (its name ends in "color"/"Color") given a quoted string.
NAMED = re.compile(r'\b[\w.]*[cC]olor\s*:[^/\n]*["\'][A-Za-z]+["\']')


def literals(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("//", 1)[0]
        if HEX.search(code) or MADE.search(code) or NAMED.search(code):
            yield number, line.strip()


def main():
    root = pathlib.Path(sys.argv[1])
    found = [
        f"{path.relative_to(root)}:{number}: {line}"
        for path in sorted(root.rglob("*.qml"))
        if path.name != "Theme.qml"
        for number, line in literals(path)
    ]
    if found:
        print("Colour literals outside Theme.qml (name them in Theme.qml by purpose):")
        print("\n".join(found))
        return 1
    print(f"No colour literals outside Theme.qml under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
