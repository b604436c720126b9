"""The whole loop by accessibility alone, as a blind parent and a blind mentor
with a screen reader: the real app on the demo school, driven only through
AT-SPI (find by name and role, the Press and Toggle actions, EditableText).

The parent pairs, reports a child sick through the confirmation dialog,
undoes it, reports again and follows the report's progress; the mentor pairs,
marks the report seen and sends "Ik mis je!". The server then holds exactly
those changes: the withdrawn report, the seen report, the message and the
contact its sending logs. On the way it checks that dialogs and the undo notice take the
screen reader's focus and give it back.

Usage (see run-with-atspi.sh): tst_a11y_loop.py APP SERVER"""

import json
import os
import shutil
import sys
import tempfile

from atspi_driver import App, DemoSchool, Failure, has_focus, name_of, press, set_text, wait_until

SYNCED = 30.0  # seconds for a change to reach the server and come back


def pair(app, school, role):
    set_text(app.find("Adres van de school", "text"), school.url)
    set_text(app.find("Koppelcode", "text"), school.codes[role])
    press(app.find("Koppelen", "push button"))


def parent_reports_sick(app_bin, school, profiles):
    app = App(app_bin, os.path.join(profiles, "parent"))
    try:
        pair(app, school, "parent")
        sick = app.find(pattern=r"^\S+ ziek melden$", role="push button")
        child = name_of(sick)[: -len(" ziek melden")]
        print("parent: paired; reports", child, "sick")

        press(sick)
        dialog = app.find(child + " ziek melden", "dialog")
        confirm = app.find("Ziek melden", "push button")
        wait_until(lambda: has_focus(confirm), "the dialog to take the focus (on 'Ziek melden')")
        press(confirm)
        wait_until(lambda: not app.exists(child + " ziek melden", "dialog"), "the dialog to close")
        undo = app.find("Ongedaan maken", "push button")
        wait_until(lambda: has_focus(undo), "the undo notice to take the focus")
        print("parent: reported; the undo is focused")

        press(undo)
        sick = app.find(child + " ziek melden", "push button")
        wait_until(lambda: has_focus(sick), "the focus back on '%s ziek melden'" % child)
        print("parent: undone; the focus is back on the button")

        press(sick)
        press(app.find("Ziek melden", "push button"))
        app.find(child + " beter melden", "push button")
        press(app.find("Melding sluiten", "push button"))
        wait_until(lambda: not app.exists("Ongedaan maken", "push button"), "the notice to close")

        press(app.find("Meldingen", "page tab"))
        # The report's card reads out where it is; the school has it once sent.
        report = app.find(pattern=r"^%s [^,]*, Ziek, .*(?<!Ingetrokken)$" % child, role="panel")
        wait_until(lambda: "ontvangen" in name_of(report).lower() or "gezien" in name_of(report).lower(),
                   "the report to be received by school (%r)" % name_of(report), SYNCED)
        print("parent: the report's progress:", name_of(report))
        return child
    finally:
        app.stop()


def mentor_reaches_out(app_bin, school, profiles, child):
    app = App(app_bin, os.path.join(profiles, "mentor"))
    try:
        pair(app, school, "mentor")
        seen = app.find(pattern=r"^Melding van %s .*gezien$" % child, role="push button", timeout=SYNCED)
        student = name_of(seen)[len("Melding van "): -len(" gezien")]
        print("mentor: sees the report of", student)
        press(seen)
        app.find("Melding van %s is gezien" % student, "label")
        press(app.find("Warm bericht aan " + student, "push button"))
        text = app.find("Tekst van het bericht", "text")
        wait_until(lambda: text.queryText().getText(0, -1) == "Ik mis je!", "the 'Ik mis je!' template")
        parents = app.find("De ouders", "check box")
        press(parents, "Toggle")
        wait_until(lambda: "checked" in [s.value_nick for s in parents.getState().getStates()],
                   "'De ouders' to be checked")
        press(app.find("Versturen", "push button"))
        app.find("Melding van %s is gezien" % student, "label")
        print("mentor: acknowledged and sent 'Ik mis je!'")
        return student
    except Failure as failure:
        raise Failure("%s\nshowing then:\n%s" % (failure, app.dump())) from None
    finally:
        app.stop()


def server_holds_exactly_those_changes(school, before, child):
    def changes():
        after = school.records()
        return {key: json.loads(data) for key, data in after.items() if before.get(key) != data}

    def complete():
        now = changes()
        reports = [d for (kind, _), d in now.items() if kind == "absence_report"]
        messages = [d for (kind, _), d in now.items() if kind == "warm_message"]
        contacts = [d for (kind, _), d in now.items() if kind == "contact_log_entry"]
        return now if len(reports) == 2 and len(messages) == 1 and len(contacts) == 1 and \
            any(r.get("state") == "seen_by_mentor" for r in reports) else None

    now = wait_until(complete, "the server to hold the reports and the message", SYNCED)
    kinds = sorted(kind for kind, _ in now)
    if kinds != ["absence_report", "absence_report", "contact_log_entry", "warm_message"]:
        raise Failure("the server holds other changes too: %s" % json.dumps(
            {"%s %s" % key: data for key, data in now.items()}, indent=1))
    reports = sorted((d for (kind, _), d in now.items() if kind == "absence_report"),
                     key=lambda r: r.get("state"))
    seen, withdrawn = reports
    student_id = seen.get("student_id")
    for report in reports:
        if report.get("student_id") != student_id or report.get("code") != "Z":
            raise Failure("not the child's sick report: %s" % report)
        if report.get("reporter_id") != school.who["parent"]:
            raise Failure("not reported by the parent: %s" % report)
    if (seen.get("state"), withdrawn.get("state")) != ("seen_by_mentor", "withdrawn"):
        raise Failure("the reports are %s and %s" % (seen.get("state"), withdrawn.get("state")))
    message = next(d for (kind, _), d in now.items() if kind == "warm_message")
    if message.get("text") != "Ik mis je!" or message.get("student_id") != student_id \
            or not message.get("to_student") or not message.get("to_parents"):
        raise Failure("not the message sent: %s" % message)
    # Sending a message counts as contact with the student.
    contact = next(d for (kind, _), d in now.items() if kind == "contact_log_entry")
    if (contact.get("kind"), contact.get("outcome"), contact.get("student_id")) != ("message", "Ik mis je!", student_id):
        raise Failure("not the contact of the message: %s" % contact)
    if school.rejections():
        raise Failure("the server refused changes: %s" % school.rejections())
    print("server: one withdrawn report, one seen report of %s, one 'Ik mis je!' and its contact" % child)


def main(app_bin, server_bin):
    school = DemoSchool(server_bin)
    profiles = tempfile.mkdtemp(prefix="aanwezig-a11y-profiles.")
    try:
        before = school.records()
        child = parent_reports_sick(app_bin, school, profiles)
        mentor_reaches_out(app_bin, school, profiles, child)
        server_holds_exactly_those_changes(school, before, child)
    except Failure as failure:
        print("FAIL:", failure)
        print("The end of the server's log:\n" + school.server_log())
        for log in ("parent.log", "mentor.log"):
            path = os.path.join(profiles, log)
            if os.path.exists(path):
                print("The app's output (%s):\n%s" % (log, open(path).read()[-3000:]))
        return 1
    finally:
        school.stop()
        shutil.rmtree(profiles, ignore_errors=True)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
