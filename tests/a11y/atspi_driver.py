"""Drives the real Aanwezig app through its accessibility tree only, as a
screen reader does: AT-SPI on the session bus (started by run-with-atspi.sh),
objects found by name and role, controls used through their actions (Press,
Toggle) and text set through EditableText. Also starts the demo school's
server (`aanwezig-server demo` + `serve` on a temporary SQLite database)."""

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time

import pyatspi
from gi.repository import Atspi, GLib

PATIENCE = 20.0  # seconds to wait for the app or the server to get somewhere


class Failure(Exception):
    pass


def wait_until(condition, what, timeout=PATIENCE):
    """Polls `condition` until it returns something truthy; fails after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = condition()
        except Failure:
            raise
        except Exception:  # an object that went away while we looked
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise Failure("timed out waiting for " + what)
        time.sleep(0.05)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DemoSchool:
    """`aanwezig-server demo` on a temporary SQLite database, served on 127.0.0.1."""

    def __init__(self, server_bin):
        self.dir = tempfile.mkdtemp(prefix="aanwezig-a11y.")
        self.db_path = os.path.join(self.dir, "school.db")
        demo = subprocess.run([server_bin, "demo", "--db", "sqlite:" + self.db_path],
                              capture_output=True, text=True, check=True)
        # "  parent   EMAIL  CODE", "  mentor   EMAIL (2A)  CODE", "  student  S1001  CODE"
        self.codes = {}
        self.who = {}
        for line in demo.stdout.splitlines():
            words = line.split()
            if len(words) >= 3 and words[0] in ("parent", "mentor", "student", "team"):
                self.codes[words[0]] = words[-1]
                self.who[words[0]] = words[1]
        if len(self.codes) != 4:
            raise Failure("unexpected demo output:\n" + demo.stdout)
        port = free_port()
        self.url = "http://127.0.0.1:%d" % port
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.process = subprocess.Popen(
            [server_bin, "serve", "--db", "sqlite:" + self.db_path, "--listen", "127.0.0.1:%d" % port],
            stdout=self.log, stderr=subprocess.STDOUT)
        wait_until(lambda: self._accepts(port), "the server to listen")

    @staticmethod
    def _accepts(port):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            return False

    def records(self):
        """{(kind, id): data} of every entity the server syncs."""
        with sqlite3.connect(self.db_path) as db:
            return {(kind, id_): data for kind, id_, data in
                    db.execute("SELECT kind, id, data FROM records")}

    def rejections(self):
        with sqlite3.connect(self.db_path) as db:
            return db.execute("SELECT code, message FROM rejections").fetchall()

    def server_log(self):
        with open(os.path.join(self.dir, "server.log")) as f:
            return f.read()[-4000:]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _safe(call, default=None):
    try:
        return call()
    except Exception:
        return default


def role_of(obj):
    return _safe(obj.getRoleName, "")


def name_of(obj):
    return _safe(lambda: obj.name, "") or ""


def states_of(obj):
    return _safe(lambda: obj.getState().getStates(), []) or []


def is_showing(obj):
    states = states_of(obj)
    return pyatspi.STATE_SHOWING in states or pyatspi.STATE_VISIBLE in states


def is_enabled(obj):
    states = states_of(obj)
    return pyatspi.STATE_ENABLED in states or pyatspi.STATE_SENSITIVE in states


def has_focus(obj):
    return pyatspi.STATE_FOCUSED in states_of(obj)


def action_names(obj):
    action = _safe(obj.queryAction)
    if not action:
        return []
    return [_safe(lambda i=i: action.getName(i), "") for i in range(_safe(lambda: action.nActions, 0))]


def descendants(obj):
    """Every object under `obj` (depth first), skipping what went away."""
    out = []
    stack = [obj]
    while stack:
        current = stack.pop()
        out.append(current)
        count = _safe(lambda: current.childCount, 0)
        children = [_safe(lambda i=i: current.getChildAtIndex(i)) for i in range(count)]
        stack.extend(reversed([c for c in children if c is not None]))
    return out


class App:
    """The aanwezig app on its own profile, seen through AT-SPI."""

    def __init__(self, app_bin, profile, extra_args=()):
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANGUAGE": "nl",
        })
        self.focus = None
        self.output = open(os.path.join(profile + ".log"), "w")
        # Now and then the X server turns a first connection away while it
        # settles; the app is started again then (at most twice more).
        for attempt in range(3):
            # In Dutch whatever language the school has for the user (the
            # demo's first parent reads Arabic): the tests look for Dutch names.
            self.process = subprocess.Popen([app_bin, "--profile", profile, "--language", "nl",
                                             *extra_args], env=env,
                                            stdout=self.output, stderr=subprocess.STDOUT)
            try:
                self.root = wait_until(self._find_root, "the app to appear on the accessibility bus", 30)
                break
            except Failure as failure:
                if attempt == 2 or "could not connect to display" not in str(failure):
                    raise
                time.sleep(0.5)
        # Asked afresh each time: Qt does not announce every change of state.
        self.root.set_cache_mask(Atspi.Cache.NONE)
        # Without a window manager the keyboard goes where the pointer is.
        x, y, width, height = self.window().queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, "abs")

    def watch_focus(self):
        """Listens to focus changes (self.focus, a FocusWatch) and gives the
        window the keyboard: without a window manager no window is active
        until a control asks for the focus, and Tab goes nowhere. The first
        showing control that can take the focus takes it (its SetFocus
        action, as a screen reader's focus command)."""
        self.focus = FocusWatch()
        for obj in self.objects():
            if role_of(obj) in PRESSABLE_ROLES and "SetFocus" in action_names(obj):
                self.focus.forget()
                press(obj, "SetFocus")
                if self.focus.next_focus(PATIENCE) is None:
                    raise Failure("%s %r did not take the focus" % (role_of(obj), name_of(obj)))
                return
        raise Failure("nothing showing can take the focus:\n" + self.dump())

    def _find_root(self):
        if self.process.poll() is not None:
            self.output.flush()
            raise Failure("the app ended at start:\n" + open(self.output.name).read()[-3000:])
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and _safe(app.get_process_id) == self.process.pid:
                return app if app.childCount > 0 else None
        return None

    def window(self):
        for i in range(self.root.childCount):
            child = self.root.getChildAtIndex(i)
            if role_of(child) == "frame":
                return child
        raise Failure("the app has no window")

    def objects(self):
        return [o for o in descendants(self.root) if is_showing(o)]

    def find_all(self, name=None, role=None, pattern=None):
        found = []
        for obj in self.objects():
            n = name_of(obj)
            if name is not None and n != name:
                continue
            if pattern is not None and not re.search(pattern, n):
                continue
            if role is not None and role_of(obj) != role:
                continue
            found.append(obj)
        return found

    def find(self, name=None, role=None, pattern=None, timeout=PATIENCE):
        """The one showing object called `name` (or matching `pattern`) with `role`."""
        what = "%s %r" % (role or "object", name if name is not None else pattern)

        def one():
            found = [o for o in self.find_all(name, role, pattern) if is_enabled(o) or role not in PRESSABLE_ROLES]
            return found[0] if found else None
        try:
            if not one() and any(o for o in self._all(name, role, pattern) if not is_showing(o)):
                self.tab_to(one)
            return wait_until(one, what, timeout)
        except Failure as failure:
            raise Failure("%s; showing now:\n%s" % (failure, self.dump())) from None

    def _all(self, name, role, pattern):
        return [o for o in descendants(self.root)
                if (name is None or name_of(o) == name) and (role is None or role_of(o) == role)
                and (pattern is None or re.search(pattern, name_of(o)))]

    def tab_to(self, found, presses=40):
        """Moves the focus on with Tab, as a screen reader user does to reach
        what is below the fold (the page scrolls along), until `found()`."""
        for _ in range(presses):
            if found():
                return
            pyatspi.Registry.generateKeyboardEvent(0xFF09, None, pyatspi.KEY_SYM)  # Tab
            time.sleep(0.05)

    def dump(self):
        """What is showing, one object a line: role, name."""
        return "\n".join("  %s %r%s%s" % (role_of(o), name_of(o), "" if is_enabled(o) else " (disabled)",
                                           "" if is_showing(o) else " (not showing)")
                         for o in descendants(self.root))

    def exists(self, name=None, role=None, pattern=None):
        return bool(self.find_all(name, role, pattern))

    def page_title(self):
        """The title in the header (the window's title follows the role)."""
        labels = [o for o in self.find_all(role="label") if name_of(o)]
        return labels

    def stop(self):
        if self.focus is not None:
            self.focus.stop()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.output.close()


class FocusWatch:
    """What the focus moves to, as a screen reader hears it: the app's
    `object:state-changed:focused` events (Qt sends them for every focus
    change, unlike most other changes of state), read from the session's
    GLib main context while waiting. Asking every object whether it has the
    focus instead costs a walk of the whole tree and finds the focus scope
    (the page) that holds the focus as well as the control in it."""

    def __init__(self):
        self._focused = []
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")

    def _on_focus(self, event):
        if event.detail1:
            self._focused.append(event.source)

    def _pump(self):
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def forget(self):
        """Drops the focus changes heard so far."""
        self._pump()
        self._focused.clear()

    def next_focus(self, timeout):
        """The object that got the focus since forget(), once one did; None
        if the focus did not move within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not self._focused and time.monotonic() < deadline:
            self._pump()
            if not self._focused:
                time.sleep(0.005)
        self._pump()  # a focus scope and then the control in it: the last one counts
        return self._focused[-1] if self._focused else None

    def stop(self):
        pyatspi.Registry.deregisterEventListener(self._on_focus, "object:state-changed:focused")


PRESSABLE_ROLES = {"push button", "toggle button", "check box", "radio button", "page tab",
                   "menu item", "check menu item", "radio menu item", "combo box", "list item"}


def press(obj, action="Press"):
    """Does the accessibility action `action` of `obj`, as a screen reader's activate does."""
    act = obj.queryAction()
    for i in range(act.nActions):
        if act.getName(i) == action:
            if not act.doAction(i):
                raise Failure("%s %r refused %s" % (role_of(obj), name_of(obj), action))
            return
    raise Failure("%s %r has no %s action (it has %s)" % (role_of(obj), name_of(obj), action, action_names(obj)))


def set_text(obj, text):
    """Replaces the text of an editable field: through EditableText where the
    toolkit offers it; Qt 6.4's Qt Quick does not, so as a screen reader user
    does: the field's SetFocus action, then typing (AT-SPI synthesizes the keys)."""
    try:
        editable = obj.queryEditableText()
    except NotImplementedError:
        editable = None
    if editable is not None:
        if not editable.setTextContents(text):
            raise Failure("%s %r refused the text" % (role_of(obj), name_of(obj)))
    else:
        press(obj, "SetFocus")
        wait_until(lambda: has_focus(obj), "the focus in %r" % name_of(obj))
        current = obj.queryText().getText(0, -1)
        for _ in current:
            pyatspi.Registry.generateKeyboardEvent(0xFF08, None, pyatspi.KEY_SYM)  # BackSpace
        for char in text:
            pyatspi.Registry.generateKeyboardEvent(ord(char), None, pyatspi.KEY_SYM)
    wait_until(lambda: obj.queryText().getText(0, -1) == text, "the text of %r" % name_of(obj))
