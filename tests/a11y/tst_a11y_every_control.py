"""Every control of every page answers a screen reader: the real app, paired
as ROLE with the demo school on a throwaway profile, walked through AT-SPI
only. From the first section it presses every control once (the Press
action; a spin box's Increase) and follows every page, dialog and popup a
press opens, coming back the way a screen reader user would (Terug, the
section tabs). A control whose press changes nothing that a screen reader
could notice (names, descriptions, states, texts of what is showing) fails.
Logging out is pressed last.

On every page it also checks what a screen reader reads before pressing
anything (check_view): each interactive control has a name and a role, each
list is named by a text that shows (its title, not a hidden empty state),
and Tab moves the focus in reading order (the order of the accessibility
tree, top to bottom).

Of rows that repeat (list items, a combo box's items) two are pressed per
view: they are one delegate.

Usage (see run-with-atspi.sh): tst_a11y_every_control.py APP SERVER ROLE"""

import os
import re
import shutil
import sys
import tempfile
import time

import pyatspi

from atspi_driver import (PRESSABLE_ROLES, App, DemoSchool, Failure, action_names, name_of, press,
                          role_of, wait_until, _safe)

OBSERVE = 3.0  # seconds a press has to show an effect
REPEATED_ROLES = {"list item", "menu item"}
IGNORED_STATES = {pyatspi.STATE_FOCUSED, pyatspi.STATE_PRESSED, pyatspi.STATE_ARMED,
                  pyatspi.STATE_SELECTED, pyatspi.STATE_ACTIVE}
LOG_OUT = ("push button", "Uitloggen", True)
BACK = ("push button", "Terug", False)
POPUP_ROLES = ("dialog", "alert", "notification", "popup menu", "menu", "window")


class Entry:
    """One showing object: what a screen reader can tell of it."""

    def __init__(self, obj, role, name, in_dialog, in_tabs):
        self.obj = obj
        self.role = role
        self.name = name
        self.in_dialog = in_dialog
        self.in_tabs = in_tabs
        self.key = (role, name, in_dialog)

    def signature(self):
        states = tuple(sorted(s.real for s in (_safe(lambda: self.obj.getState().getStates(), []) or [])
                              if s not in IGNORED_STATES))
        text = ""
        if self.role in ("text", "entry", "label", "spin button", "password text"):
            text = _safe(lambda: self.obj.queryText().getText(0, -1), "") or ""
        value = _safe(lambda: self.obj.queryValue().currentValue, None)
        return (self.role, self.name, _safe(lambda: self.obj.description, ""), states, text, value)


def showing(app):
    """The showing objects of the app, in order, with whether they are in a dialog or a tab bar."""
    out = []
    stack = [(app.root, False, False)]
    while stack:
        obj, in_dialog, in_tabs = stack.pop()
        states = _safe(lambda: obj.getState().getStates(), []) or []
        role = _safe(obj.getRoleName, "") or ""
        if obj is not app.root and role != "frame" and pyatspi.STATE_SHOWING not in states:
            continue
        name = _safe(lambda: obj.name, "") or ""
        out.append(Entry(obj, role, name, in_dialog, in_tabs))
        in_dialog = in_dialog or role in POPUP_ROLES
        in_tabs = in_tabs or role == "page tab list"
        count = _safe(lambda: obj.childCount, 0) or 0
        children = [_safe(lambda i=i: obj.getChildAtIndex(i)) for i in range(count)]
        stack.extend(reversed([(c, in_dialog, in_tabs) for c in children if c is not None]))
    return out


def signature(app):
    return tuple(e.signature() for e in showing(app))


def view(app):
    """Which page is shown and which popups are open."""
    return view_of(showing(app))


def view_of(entries):
    pages = tuple(e.name for e in entries if e.role == "page tab" and not e.in_tabs)
    popups = tuple(e.role for e in entries if e.role in POPUP_ROLES)
    return pages, popups


def controls(app, in_popup_only=True):
    """The usable controls showing; those of an open popup only (unless told
    otherwise), as a modal popup leaves nothing else to use. A page (a page
    tab outside the tab bar) is no control."""
    found = []
    per_view = {}
    entries = showing(app)
    if in_popup_only and any(e.in_dialog for e in entries):
        entries = [e for e in entries if e.in_dialog]
    for e in entries:
        if e.role == "page tab" and not e.in_tabs:
            continue
        if e.role not in PRESSABLE_ROLES and e.role != "spin button":
            continue
        states = _safe(lambda: e.obj.getState().getStates(), []) or []
        if pyatspi.STATE_ENABLED not in states and pyatspi.STATE_SENSITIVE not in states:
            continue
        if e.role in REPEATED_ROLES:
            per_view[e.role] = per_view.get(e.role, 0) + 1
            if per_view[e.role] > 2:
                continue
            # One delegate: the first and the second of it, whatever they show.
            e.key = (e.role, per_view[e.role], e.in_dialog, view_of(entries))
        elif e.role == "spin button":
            # Its name tells the value, which pressing changes.
            e.key = (e.role, re.sub(r"\d+", "#", e.name), e.in_dialog)
        elif e.role == "combo box":
            # Its name tells the choice, which pressing may change.
            label, _, choice = e.name.partition(":")
            e.key = (e.role, label + ":" + (choice.split() or [""])[0], e.in_dialog)
        found.append(e)
    return found


def already_chosen(entry):
    """A selected tab or a checked radio button: pressing it again rightly does nothing."""
    if entry.role not in ("page tab", "radio button"):
        return False
    states = _safe(lambda: entry.obj.getState().getStates(), []) or []
    return pyatspi.STATE_CHECKED in states or pyatspi.STATE_SELECTED in states


INTERACTIVE_ROLES = PRESSABLE_ROLES | {"spin button", "text", "entry", "password text", "slider"}
FOCUS_STEPS = 16  # Tab presses per page for the focus order


def tree_path(obj):
    """Where `obj` is in the accessibility tree: its index in each parent from
    the top. Reading order is the order of these paths."""
    path = []
    for _ in range(64):
        parent = _safe(lambda: obj.parent)
        if parent is None:
            break
        path.append(_safe(lambda: obj.getIndexInParent(), -1))
        obj = parent
    return list(reversed(path))


def naming_failures(entries, where):
    """Controls without a name or role, and lists named by nothing that shows."""
    failures = []
    shown_texts = {e.name for e in entries if e.role in ("label", "heading", "static", "text") and e.name}
    for e in entries:
        # A combo box's own text display is read as part of the combo box.
        inside_combo = e.role == "text" and _safe(lambda: role_of(e.obj.parent), "") == "combo box"
        if (e.role in INTERACTIVE_ROLES or e.role == "page tab") and not inside_combo:
            if not e.name.strip():
                failures.append("%s: a %s has no name" % (where, e.role or "control without a role"))
            if e.role in ("", "unknown", "invalid"):
                failures.append("%s: %r has no role" % (where, e.name))
        if e.role == "list":
            if not e.name.strip():
                failures.append("%s: a list has no name" % where)
            elif e.name not in shown_texts:
                failures.append("%s: the list %r is named by a text that does not show" % (where, e.name))
    return failures


def focus_order_failures(app, where):
    """Tab from wherever the focus is (the focus events say where it went):
    in the round the focus makes, it must move down the reading order,
    wrapping to the round's top once; at least two controls take it."""
    order = []
    for _ in range(FOCUS_STEPS):
        app.focus.forget()
        pyatspi.Registry.generateKeyboardEvent(0xFF09, None, pyatspi.KEY_SYM)  # Tab
        obj = app.focus.next_focus(1.0)
        if obj is None or role_of(obj) not in INTERACTIVE_ROLES or (order and obj == order[-1][0]):
            continue
        order.append((obj, name_of(obj), tree_path(obj)))
    if len(order) < 2:
        return ["%s: Tab moves the focus to %d controls" % (where, len(order))]
    # One round of the focus: from the first control Tab came back to until
    # it came back (the steps before it only led the focus into the round).
    objs = [o[0] for o in order]
    first_again = next((i for i, obj in enumerate(objs) if obj in objs[i + 1:]), None)
    if first_again is not None:
        order = order[first_again:objs.index(objs[first_again], first_again + 1) + 1]
    top = min(o[2] for o in order)
    # Past the last control the focus starts at the top of the round again: that is no step back.
    backwards = [(a[1], b[1]) for a, b in zip(order, order[1:]) if b[2] < a[2] and b[2] != top]
    if backwards:
        return ["%s: Tab goes against the reading order: %s (the round: %s)" % (
            where, "; ".join("%r -> %r" % pair for pair in backwards),
            " ".join("%r%s" % (o[1], o[2]) for o in order))]
    return []


class Walk:
    def __init__(self, app):
        self.app = app
        self.pressed = set()
        self.failures = []
        self.presses = 0
        self.checked_views = set()

    def check_view(self):
        """Names, roles and focus order of the page showing, once per view."""
        entries = showing(self.app)
        here = view_of(entries)
        if here in self.checked_views or any(e.in_dialog for e in entries):
            return
        self.checked_views.add(here)
        where = " / ".join(here[0]) or "first page"
        self.failures.extend(naming_failures(entries, where))
        self.failures.extend(focus_order_failures(self.app, where))

    def find(self, key, in_popup_only=True):
        for e in controls(self.app, in_popup_only):
            if e.key == key:
                return e
        return None

    def go_home(self):
        """Back to the first section: Terug while there is one, then the first tab."""
        for _ in range(10):
            back = self.find(BACK, in_popup_only=False)
            if back is None:
                break
            before = view(self.app)
            press(back.obj)
            wait_until(lambda: view(self.app) != before, "Terug to go back", 5)
        tabs = [e for e in showing(self.app) if e.role == "page tab" and e.in_tabs]
        if tabs:
            press(tabs[0].obj)

    def reach(self, path, expected):
        """Replays `path` (keys pressed) from the first section; true when `expected` is the view."""
        try:
            self.go_home()
            for key in path:
                entry = wait_until(lambda: self.find(key, in_popup_only=False), "%s %r to replay" % key[:2], 5)
                press(entry.obj, "Press" if "Press" in action_names(entry.obj) else "Increase")
            wait_until(lambda: view(self.app) == expected, "the view %r" % (expected,), 5)
            return True
        except (Failure, NotImplementedError) as failure:
            print("(cannot come back: %s)" % (str(failure) or repr(failure)).splitlines()[0], flush=True)
            return False

    def press_and_observe(self, entry):
        before = signature(self.app)
        actions = action_names(entry.obj)
        action = "Press" if "Press" in actions else "Increase" if "Increase" in actions else None
        if action is None:
            self.failures.append("%s %r has no Press action (it has %s)" % (entry.role, entry.name, actions))
            return
        self.presses += 1
        press(entry.obj, action)
        try:
            wait_until(lambda: signature(self.app) != before, "an effect", OBSERVE)
        except Failure:
            self.failures.append("%s %r: its %s action does nothing observable" % (entry.role, entry.name, action))

    def explore(self, path, parent_view=None):
        here = view(self.app)
        self.check_view()
        while True:
            todo = [e for e in controls(self.app) if e.key not in self.pressed and e.key != LOG_OUT
                    and not already_chosen(e)]
            todo.sort(key=lambda e: e.key == BACK)  # Terug once all else here is done
            if (not todo or todo[0].key == BACK) and self.tab_on():
                continue
            if not todo:
                return
            entry = todo[0]
            self.pressed.add(entry.key)
            print("  " * len(path) + "press %s %r" % (entry.role, entry.name), flush=True)
            self.press_and_observe(entry)
            time.sleep(0.1)
            now = view(self.app)
            if now != here:
                if entry.key == BACK or now == parent_view:
                    return  # back where this view came from (Terug, a popup closed): the caller goes on
                self.explore(path + [entry.key], here)
                if not self.reach(path, here):
                    return

    def tab_on(self, presses=24):
        """Moves the focus on with Tab, as a screen reader user does, until a
        control not pressed yet shows (the page scrolls along); false if none."""
        if any(e.in_dialog for e in showing(self.app)):
            return False
        for count in range(1, presses + 1):
            pyatspi.Registry.generateKeyboardEvent(0xFF09, None, pyatspi.KEY_SYM)  # Tab
            time.sleep(0.03)
            if count % 4 == 0 and any(e.key not in self.pressed and e.key != LOG_OUT and e.key != BACK and not already_chosen(e)
                   for e in controls(self.app)):
                return True
        print("(tabbed on: nothing new)", flush=True)
        return False

    def log_out_last(self):
        """Settings, Uitloggen, then the dialog's Uitloggen: the first-run page comes."""
        self.go_home()
        press(wait_until(lambda: self.find(("push button", "Instellingen", False)), "Instellingen").obj)
        # Uitloggen is last on a long Settings page: Tab brings it into view.
        self.app.tab_to(lambda: self.find(("push button", "Uitloggen", False)), presses=80)
        press(wait_until(lambda: self.find(("push button", "Uitloggen", False)), "Uitloggen").obj)
        confirm = wait_until(lambda: self.find(LOG_OUT), "the log-out dialog")
        self.pressed.add(LOG_OUT)
        self.press_and_observe(confirm)
        wait_until(lambda: self.app.exists("Koppelen", "push button"), "the first-run page after logging out")


def main(app_bin, server_bin, role):
    school = DemoSchool(server_bin)
    profiles = tempfile.mkdtemp(prefix="aanwezig-a11y-walk.")
    profile = os.path.join(profiles, role)
    app = None
    walk = None
    try:
        app = App(app_bin, profile, ["--server", school.url, "--code", school.codes[role]])
        walk = Walk(app)
        wait_until(lambda: walk.find(("push button", "Instellingen", False)), "the app to be paired", 30)
        app.watch_focus()
        walk.explore([])
        walk.log_out_last()
        print("%s: %d controls pressed" % (role, walk.presses))
        if walk.presses < 5:
            walk.failures.append("only %d controls found" % walk.presses)
        if walk.failures:
            print("FAIL:\n  " + "\n  ".join(walk.failures))
            return 1
    except Failure as failure:
        print("FAIL:", failure)
        if walk and walk.failures:
            print("  " + "\n  ".join(walk.failures))
        if app:
            ended = app.process.poll()
            if ended is not None:
                print("The app ended (exit status %d; a negative one is the signal that ended it)" % ended)
            print("The app's output:\n" + open(profile + ".log").read()[-3000:])
        return 1
    finally:
        if app:
            app.stop()
        school.stop()
        shutil.rmtree(profiles, ignore_errors=True)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
