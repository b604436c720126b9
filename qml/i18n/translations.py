#!/usr/bin/env python3
"""The app's translations: what is left to translate, and whether it is done.

    translations.py check   exits 1 when a required entry is unfinished,
                            vanished, missing a plural form or a placeholder,
                            or when a context is not in contexts.txt (CTest)
    translations.py todo    lists the same, per language, and exits 0
    translations.py update  brings the .ts files up to date with the sources
                            (lupdate), so that new texts can be translated

check and todo compare against the sources as they are now (lupdate into a
scratch copy), so a text added or changed since the .ts files were last
updated counts as unfinished, and a translation whose text is gone as
vanished. Which contexts must be complete: contexts.txt. See README.md.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.dirname(HERE)  # the qml/ folder: every text of the app
SOURCE_LANGUAGE = "nl"
# Staff screens: Dutch and English complete, the others fall back to English.
FULL_LANGUAGES = {"nl", "en"}
PLACEHOLDER = re.compile(r"%L?([1-9])")


def read_contexts():
    parent, staff = set(), set()
    with open(os.path.join(HERE, "contexts.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            kind, _, name = line.partition(":")
            {"parent": parent, "staff": staff}[kind.strip()].add(name.strip())
    return parent, staff


def ts_files():
    return sorted(
        os.path.join(HERE, name)
        for name in os.listdir(HERE)
        if name.startswith("aanwezig_") and name.endswith(".ts")
    )


def language_of(path):
    return os.path.basename(path)[len("aanwezig_") : -len(".ts")]


def find_lupdate(given):
    for candidate in (given, "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate")):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("translations.py: lupdate not found (pass --lupdate)")


def run_lupdate(lupdate, paths, keep_vanished):
    by_kind = {True: [], False: []}
    for path in paths:
        by_kind[language_of(path) == SOURCE_LANGUAGE].append(path)
    for plural_only, files in by_kind.items():
        if not files:
            continue
        command = [lupdate, "-silent", "-source-language", SOURCE_LANGUAGE, "-locations", "none"]
        if not keep_vanished:
            command.append("-no-obsolete")
        if plural_only:
            command.append("-pluralonly")  # Dutch is the source: only its plurals
        subprocess.run(command + [SOURCES, "-ts"] + files, check=True, stdout=subprocess.DEVNULL)


def problems_in(path, required):
    """(context, source, what is wrong) of every required entry not done."""
    found = []
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if name not in required:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                found.append((name, source, "vanished: its text is no longer in the sources"))
                continue
            if kind == "unfinished":
                found.append((name, source, "unfinished"))
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                texts = forms
                if not forms or any(not form.strip() for form in forms):
                    found.append((name, source, "a plural form is empty"))
                    continue
            else:
                texts = [translation.text or ""]
                if not texts[0].strip():
                    found.append((name, source, "empty"))
                    continue
            wanted = set(PLACEHOLDER.findall(source))
            for text in texts:
                missing = wanted - set(PLACEHOLDER.findall(text))
                if missing:
                    found.append((name, source, "lacks %" + ", %".join(sorted(missing))))
                    break
    return found


def contexts_in(path):
    return {c.findtext("name") for c in ET.parse(path).getroot().iter("context")}


def current_state(lupdate):
    """Problems per language, and contexts that are in neither list."""
    parent, staff = read_contexts()
    report = {}
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for path in ts_files():
            copy = os.path.join(scratch, os.path.basename(path))
            shutil.copy(path, copy)
            copies.append(copy)
        run_lupdate(lupdate, copies, keep_vanished=True)
        unlisted = set()
        for copy in copies:
            language = language_of(copy)
            unlisted |= contexts_in(copy) - parent - staff
            required = parent | staff if language in FULL_LANGUAGES else parent
            report[language] = problems_in(copy, required)
    return report, sorted(unlisted)


def print_report(report, unlisted):
    total = 0
    for context in unlisted:
        print(f"contexts.txt: context {context} is neither 'parent' nor 'staff'")
    for language, problems in sorted(report.items()):
        if problems:
            print(f"== aanwezig_{language}.ts: {len(problems)} to do")
        for context, source, what in problems:
            print(f"  {context}: \"{source}\": {what}")
        total += len(problems)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["check", "todo", "update"])
    parser.add_argument("--lupdate", help="the lupdate program (default: Qt 6's)")
    args = parser.parse_args()
    lupdate = find_lupdate(args.lupdate)
    if args.command == "update":
        run_lupdate(lupdate, ts_files(), keep_vanished=False)
        args.command = "todo"
    report, unlisted = current_state(lupdate)
    total = print_report(report, unlisted)
    if total == 0 and not unlisted:
        print(f"translations: every required entry is done in {len(report)} languages")
        return 0
    if args.command == "todo":
        print(f"translations: {total} entries to do; after translating run 'translations.py check'")
        return 0
    print(f"translations: {total} entries to do (list them: cmake --build build --target translations_todo)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
