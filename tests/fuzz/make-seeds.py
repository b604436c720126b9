#!/usr/bin/python3
"""Writes the seed corpus of every fuzz target (tests/fuzz/corpus/TARGET/seed-*)
from the fixtures in tests/data. Run it again after changing a fixture; the
crash-* regression inputs next to the seeds are kept as they are."""
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
data = here.parent / "data"
corpus = here / "corpus"

# The users of tests/fuzz/serverschool.h, picked by the first byte of a push input.
PARENT, MENTOR, STUDENT, OTHER_MENTOR, TEAM = b"\x00", b"\x01", b"\x02", b"\x03", b"\x04"
SICK = "5d0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
LEAVE = "6e1d2b3c-4d5e-4f6a-9b0c-1d2e3f4a5b6c"
MESSAGE = "7f2e3c4d-5e6f-4a7b-8c1d-2e3f4a5b6c7d"
STEP = "77aa0c7e-4b0e-4a4e-9f0e-5b1a2c3d4e5f"
CLIENT = "0f2d6a9e-1c1b-4d3e-8f5a-7b6c5d4e3f21"
NOTICE = "S1/2026-11-23"
# The users' ids: a parent's or mentor's e-mail address, the student's id.
PARENT_ID, MENTOR_ID, STUDENT_ID = "parent.one@home.nl", "mentor.a@school.nl", "S1"


def write(target, name, content):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(content, (dict, list)):
        content = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    if isinstance(content, str):
        content = content.encode()
    (folder / f"seed-{name}").write_bytes(content)


def main():
    pages = [json.loads((data / p).read_text()) for p in ("store/pull_page.json", "sync/pull-page.json")]
    for i, page in enumerate(pages):
        write("fuzz-pullpage", f"page{i}", page)
    entities = {}
    for page in pages:
        for change in page["changes"]:
            if change["op"] == "put":
                entities.setdefault(change["kind"], []).append(change["data"])
    entities["registered_absence"] = [
        {"id": "S1/2026-11-23", "student_id": "S1", "date": "2026-11-23",
         "lessons": [{"start": "08:30", "end": "09:20", "code": "Z"},
                     {"start": "09:20", "end": "10:10", "code": "OA"}]}]
    # The notification kinds and replies have no fixture in tests/data: written here.
    entities["reply"] = [
        {"id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "student_id": "S1",
         "author_id": PARENT_ID, "from": "parent", "message_id": MESSAGE,
         "template_key": "thanks", "text": "", "language": "nl", "at": "2026-11-23T10:15"},
        {"id": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", "student_id": "S1",
         "author_id": STUDENT_ID, "from": "student", "message_id": None,
         "template_key": "", "text": "Morgen ben ik er weer", "language": "tr",
         "at": "2026-11-23T16:40:05"}]
    entities["notification_settings"] = [
        {"user_id": PARENT_ID, "kinds": {"report_seen": True, "leave_decided": False,
                                         "warm_message": True, "unreported_absence": True},
         "quiet_start": "21:00", "quiet_end": "07:00", "hide_names": False,
         "team_first_day": False},
        {"user_id": MENTOR_ID, "kinds": {"first_day": False, "morning_summary": True},
         "quiet_start": "07:30", "quiet_end": "07:30", "hide_names": True, "team_first_day": True}]
    entities["absence_notice"] = [
        {"id": NOTICE, "student_id": "S1", "date": "2026-11-23", "notified_at": "2026-11-23T09:00",
         "answer": None, "answered_at": None},
        {"id": "S2/2026-11-24", "student_id": "S2", "date": "2026-11-24",
         "notified_at": "2026-11-24T09:00", "answer": "known", "answered_at": "2026-11-24T09:12"}]
    targets = {"absence_report": "absencereport", "check_in": "checkin",
               "contact_log_entry": "contactlogentry", "registered_absence": "registeredabsence",
               "plan_step": "planstep", "return_plan": "returnplan", "warm_message": "warmmessage",
               "reply": "reply", "notification_settings": "notificationsettings",
               "absence_notice": "absencenotice"}
    for kind, target in targets.items():
        for i, entity in enumerate(entities[kind]):
            write(f"fuzz-entity-{target}", f"{kind}{i}", entity)

    for name in ("roster", "registrations"):
        for csv in sorted(data.glob(f"*/*{name}*.csv")):
            write(f"fuzz-{name}", f"{csv.parent.name}-{csv.name}", csv.read_bytes())
    for csv in sorted(data.glob("*/*.csv")):
        write("fuzz-csv", f"{csv.parent.name}-{csv.name}", csv.read_bytes())
    for i, text in enumerate(["2026-11-23T08:30", "2026-11-23T08:30:15", "2024-02-29T23:59",
                              "2026-13-01T00:00", "2026-11-23 08:30"]):
        write("fuzz-walltime", str(i), text)
    for i, text in enumerate(["2026-11-23", "08:30", "23:59", "15", "000000007",
                              "parent.one@home.nl", "2024-02-30"]):
        write("fuzz-fieldformats", str(i), text)
    for i, text in enumerate(["ABCD-EFGH-JKLM", "abcd efgh jklm", " a-b-c ", "ÄBCD\u00a0EFGH"]):
        write("fuzz-pairingcode", str(i), text)

    today = "2026-11-23"
    report = entities["absence_report"][0] | {"student_id": "S1", "start": f"{today}T08:30"}
    mutations = {
        "report_absence": [(PARENT, {"report": report}),
                           (MENTOR, {"report": report | {"code": "V", "end": f"{today}T12:00"}})],
        "recover": [(PARENT, {"report_id": SICK, "at": f"{today}T12:00"}),
                    (MENTOR, {"report_id": SICK, "at": "2099-01-01T12:00"})],
        "withdraw_report": [(PARENT, {"report_id": SICK}), (MENTOR, {"report_id": LEAVE})],
        "acknowledge": [(MENTOR, {"report_id": SICK}), (TEAM, {"report_id": LEAVE})],
        "decide_leave": [(MENTOR, {"report_id": LEAVE, "approved": True}),
                         (TEAM, {"report_id": LEAVE, "approved": False})],
        "log_contact": [(MENTOR, {"entry": entities["contact_log_entry"][0]
                                  | {"student_id": "S1", "report_id": SICK}})],
        "send_message": [(MENTOR, {"message": entities["warm_message"][0] | {"student_id": "S1"}})],
        "mark_read": [(PARENT, {"message_id": MESSAGE}), (STUDENT, {"message_id": MESSAGE})],
        "save_plan": [(MENTOR, {"plan": entities["return_plan"][0] | {"student_id": "S1"}})],
        "save_plan_step": [(MENTOR, {"step": entities["plan_step"][0] | {"student_id": "S1"}}),
                           (STUDENT, {"step": {"id": STEP, "student_id": "S1", "owner": "student",
                                               "title": "Eerste uur terug", "position": 1,
                                               "done": True}})],
        "delete_plan_step": [(MENTOR, {"step_id": STEP}), (OTHER_MENTOR, {"step_id": STEP})],
        "submit_checkin": [(STUDENT, {"checkin": entities["check_in"][0] | {"student_id": "S1"}})],
        "send_reply": [(PARENT, {"reply": entities["reply"][0]}),
                       (STUDENT, {"reply": entities["reply"][1]}),
                       (STUDENT, {"reply": entities["reply"][0] | {"from": "student",
                                                                    "template_key": "want_to_talk"}}),
                       (MENTOR, {"reply": entities["reply"][0]})],
        "save_notification_settings": [
            (PARENT, {"settings": entities["notification_settings"][0]}),
            (MENTOR, {"settings": entities["notification_settings"][1]}),
            (STUDENT, {"settings": {"user_id": STUDENT_ID, "kinds": {"plan_step": False},
                                    "quiet_start": "22:00", "quiet_end": "06:30"}})],
        "answer_absence_notice": [(PARENT, {"notice_id": NOTICE, "answer": "known"}),
                                  (MENTOR, {"notice_id": NOTICE, "answer": "known"}),
                                  (PARENT, {"notice_id": NOTICE, "answer": "reported"})],
    }
    pushes = []
    for name, cases in mutations.items():
        for i, (user, args) in enumerate(cases):
            write(f"fuzz-mutation-{name.replace('_', '-')}", str(i),
                  user + json.dumps(args, separators=(",", ":")).encode())
            pushes.append((user, {"seq": 1, "name": name, "args": args}))
    for i, (user, mutation) in enumerate(pushes):
        write("fuzz-push", str(i), user + json.dumps(
            {"client_id": CLIENT, "mutations": [mutation]}, separators=(",", ":")).encode())
    write("fuzz-push", "several", MENTOR + json.dumps(
        {"client_id": CLIENT, "mutations": [dict(m, seq=i + 7) for i, (u, m) in
                                            enumerate(pushes) if u == MENTOR]}).encode())
    write("fuzz-push", "empty", PARENT + json.dumps({"client_id": CLIENT, "mutations": []}).encode())


main()
