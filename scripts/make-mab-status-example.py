#!/usr/bin/env python3
"""Builds assets/examples/mab-status-2019-05.json: the shipped MAB plateau-4 portfolio at a later status
date, with ILLUSTRATIVE progress (not from the plan), the plan itself as the original baseline and one
illustrative re-plan (herijking), so that the variances against both baselines show (issue 16).

Deterministic and re-runnable: it starts from the shipped file every time, the progress is a fixed
rule below, and the baselines' P50/P80 come from `riskboard baseline` with a fixed seed. Re-run it
after the shipped portfolio changes:

    scripts/make-mab-status-example.py [--riskboard build/riskboard] [--input assets/portfolios/mab-plateau4.json]
                                       [--output assets/examples/mab-status-2019-05.json]

Steps:
  1. the original baseline "Programmaplan plateau 4" (dated 2018-10-18, the plan's colophon), taken from
     the plan as shipped (status date 2018-10-18: nothing has started);
  2. illustrative progress at 2019-04-01 and an illustrative re-plan baseline "Herijking april 2019"
     decided by the IV-Raad (the programme's steering group, chapter 8 of the plan);
  3. the document at that moment is written to --earlier (assets/examples/mab-status-2019-04.json): the
     earlier version for the deck's trend and "since last time" pages (`riskboard deck ... --since`);
  4. illustrative progress at the status date 2019-05-31 and illustrative register and assessment changes
     (REGISTER_AT_STATUS: one risk closed, one re-scored, one new; a new assessment of 4A); the result is
     written to --output.
"""
import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ORIGINAL = {
    "name": "Programmaplan plateau 4",
    "date": "2018-10-18",
    "reason": "Het programmaplan voor plateau 4 (colofon gedateerd 18 oktober 2018): de oorspronkelijke toezegging.",
    # Chapter 1: "Dit plan vormt de basis voor de besluitvorming over MAB plateau 4 in GS (november 2018)
    # en PS (januari 2019)."
    "decidedBy": "Gedeputeerde Staten (november 2018) en Provinciale Staten (januari 2019)",
}
REPLAN = {
    "name": "Herijking april 2019",
    "date": "2019-04-01",
    "reason": "Illustratieve herijking (niet uit het plan): 4A (DSO) en 5C3 lopen later dan gepland; "
              "4A krijgt 50 k€ extra eenmalig budget.",
    "decidedBy": "IV-Raad",
}
FIRST_STATUS = "2019-04-01"
STATUS = "2019-05-31"

# Illustrative deviations from the plan, in days, per post: a late start, and extra remaining work
# (a slip) at each status date. Everything else runs exactly as planned.
LATE_START = {"5B2": 21, "3A2-4": 0}
SLIP_AT = {
    FIRST_STATUS: {"4A": 45, "5C3": 30},
    STATUS: {"4A": 60, "5C3": 30, "3A0": 20, "5D3": 14},
}
FINISHED_LATE = {"2A4": 14, "5C2": 10}  # posts that finished this many days after their planned finish
EXTRA_BUDGET_AT_REPLAN = {"4A": 50}      # k€ one-off (proposed)


# Illustrative changes between the two status dates (not from the plan), so that "since last time" has
# risks and an assessment to show. Each carries a history line that says so.
ILLUSTRATIVE = "Illustratieve wijziging voor de voorbeeldstatus (niet uit het plan)."
CLOSED_AT_STATUS = {"R-A3C": "closed"}
RESCORED_AT_STATUS = {"R-A4A-DATE": {"probability": 4, "residualProbability": 4}}
NEW_RISK_AT_STATUS = {
    "id": "R-S1",
    "title": "e-Depot: leverancier levert de koppeling later dan afgesproken",
    "level": "activity",
    "posts": ["5B2"],
    "event": "De leverancier levert de koppeling met het e-Depot later dan afgesproken (illustratief, niet uit het plan).",
    "probability": 3, "impact": 3, "residualProbability": 3, "residualImpact": 2, "delayDays": 30,
    "owner": "projectleider 5B2", "response": "reduce",
    "mitigation": "Wekelijks voortgangsoverleg met de leverancier; voor de eerste batch een handmatige overdracht als terugvaloptie.",
    "note": ILLUSTRATIVE,
}
ASSESSMENT_AT_STATUS = {"post": "4A", "date": "2019-05-15", "raise": 1}  # every main factor of 4A's latest, one point worse (max 5)


def apply_register_changes(doc, status_text):
    """The illustrative register and assessment changes at `status_text`."""
    for risk in doc["risks"]:
        history = {"date": status_text, "author": "make-mab-status-example.py", "change": ILLUSTRATIVE}
        if risk["id"] in CLOSED_AT_STATUS:
            risk["status"] = CLOSED_AT_STATUS[risk["id"]]
            risk.setdefault("history", []).append(history)
        if risk["id"] in RESCORED_AT_STATUS:
            risk.update(RESCORED_AT_STATUS[risk["id"]])
            risk.setdefault("history", []).append(history)
    doc["risks"].append(json.loads(json.dumps(NEW_RISK_AT_STATUS)))
    latest = max((a for a in doc["assessments"] if a["post"] == ASSESSMENT_AT_STATUS["post"]), key=lambda a: a["date"])
    new = json.loads(json.dumps(latest))
    new["date"] = ASSESSMENT_AT_STATUS["date"]
    new["assessor"] = "programmamanager (illustratief)"
    new["note"] = ILLUSTRATIVE
    for factor, score in new["scores"].items():
        score["score"] = min(5, score["score"] + ASSESSMENT_AT_STATUS["raise"])
    doc["assessments"].append(new)


def day(text):
    return dt.date.fromisoformat(text)


def iso(d):
    return d.isoformat()


def planned_finish(post):
    start = post.get("start")
    if post.get("finish"):
        return day(post["finish"])
    if start and "durationDays" in post:
        n = post["durationDays"]
        return day(start) if n == 0 else day(start) + dt.timedelta(days=n - 1)
    return None


def apply_progress(doc, plan, status_text):
    """Progress at `status_text` of the posts as planned in `plan` (the shipped posts), illustrative."""
    status = day(status_text)
    doc["programme"]["statusDate"] = status_text
    planned = {p["id"]: p for p in plan["posts"]}
    slips = SLIP_AT.get(status_text, {})
    for post in doc["posts"]:
        p = planned[post["id"]]
        for key in ("actualStart", "actualFinish", "remainingDays"):
            post.pop(key, None)
        if post.get("fixedDate") or p.get("status") in ("done", "cancelled", "deferred"):
            continue
        if not p.get("start") or planned_finish(p) is None:
            continue  # undated (e.g. national building blocks without a date): left as planned
        start = day(p["start"]) + dt.timedelta(days=LATE_START.get(post["id"], 0))
        finish = planned_finish(p)
        if start > status:
            post.pop("status", None)  # not started yet
            continue
        late = FINISHED_LATE.get(post["id"], 0)
        if finish + dt.timedelta(days=late) < status and post["id"] not in slips:
            post["status"] = "done"
            post["actualStart"] = iso(start)
            post["actualFinish"] = iso(max(start, finish + dt.timedelta(days=late)))
            continue
        post["status"] = "running"
        post["actualStart"] = iso(start)
        # On plan: the rest of the planned window from the status date; plus the illustrative slip.
        remaining = max(0, (finish - status).days + 1) + late + slips.get(post["id"], 0)
        post["remainingDays"] = remaining


def riskboard(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"riskboard {' '.join(args)} failed ({r.returncode}):\n{r.stderr}")
    return r.stdout


def baseline(binary, path, b):
    riskboard(binary, "baseline", path, "--name", b["name"], "--date", b["date"], "--reason", b["reason"],
              "--decided-by", b["decidedBy"], "--iterations", "10000", "--seed", "1")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--riskboard", default=os.path.join(ROOT, "build", "riskboard"))
    ap.add_argument("--input", default=os.path.join(ROOT, "assets", "portfolios", "mab-plateau4.json"))
    ap.add_argument("--output", default=os.path.join(ROOT, "assets", "examples", "mab-status-2019-05.json"))
    ap.add_argument("--earlier", default=os.path.join(ROOT, "assets", "examples", "mab-status-2019-04.json"))
    a = ap.parse_args()

    with open(a.input, encoding="utf-8") as f:
        plan = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "status.json")

        def save(doc):
            with open(work, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")

        def load():
            with open(work, encoding="utf-8") as f:
                return json.load(f)

        # 1. The plan as the original baseline, at the plan's date (nothing started yet).
        doc = json.loads(json.dumps(plan))
        doc.pop("baselines", None)
        doc["programme"]["statusDate"] = ORIGINAL["date"]
        save(doc)
        baseline(a.riskboard, work, ORIGINAL)

        # 2. Illustrative progress at the first status date, the re-plan's budget, and the re-plan.
        doc = load()
        apply_progress(doc, plan, FIRST_STATUS)
        for post in doc["posts"]:
            extra = EXTRA_BUDGET_AT_REPLAN.get(post["id"])
            if extra:
                one_off = post.setdefault("budget", {}).setdefault("oneOff", {})
                one_off["proposed"] = one_off.get("proposed", 0) + extra
        save(doc)
        baseline(a.riskboard, work, REPLAN)

        # 3. The document at the re-plan: the earlier version of the example.
        doc = load()
        prog = doc["programme"]
        prog["name"] = plan["programme"]["name"] + " — stand 1 april 2019 (illustratief)"
        prog["description"] = (
            "ILLUSTRATIEF VOORBEELD, niet uit het plan: de MAB-portfolio van plateau 4 op peildatum 1 april 2019, "
            "net na een verzonnen herijking (\"Herijking april 2019\"), met verzonnen voortgang. De eerdere versie van "
            "assets/examples/mab-status-2019-05.json, voor de trend en \"sinds de vorige keer\" in het storyboard. "
            "Gemaakt door scripts/make-mab-status-example.py uit assets/portfolios/mab-plateau4.json. Het plan zelf: "
            + plan["programme"].get("description", ""))
        save(doc)
        riskboard(a.riskboard, "format", work, "-o", a.earlier)
        riskboard(a.riskboard, "validate", a.earlier)

        # 4. Illustrative progress, register and assessment changes at the status date of the example.
        doc = load()
        apply_progress(doc, plan, STATUS)
        apply_register_changes(doc, STATUS)
        prog = doc["programme"]
        prog["name"] = plan["programme"]["name"] + " — stand 31 mei 2019 (illustratief)"
        prog["description"] = (
            "ILLUSTRATIEF VOORBEELD, niet uit het plan: de MAB-portfolio van plateau 4 op peildatum 31 mei 2019, "
            "met verzonnen voortgang (werkelijke starts en einden, resterend werk), verzonnen wijzigingen in het "
            "register (R-A3C gesloten, R-A4A-DATE opnieuw gescoord, R-S1 nieuw, een nieuwe beoordeling van 4A) en "
            "een verzonnen herijking (\"Herijking april 2019\"), zodat de afwijkingen ten opzichte van de "
            "oorspronkelijke baseline (het plan van 18 oktober 2018) en de laatste herijking te zien zijn. Gemaakt "
            "door scripts/make-mab-status-example.py uit assets/portfolios/mab-plateau4.json. Het plan zelf: " + plan["programme"].get("description", ""))
        save(doc)
        riskboard(a.riskboard, "format", work, "-o", a.output)
        riskboard(a.riskboard, "validate", a.output)
    print(f"wrote {os.path.relpath(a.earlier, ROOT)} and {os.path.relpath(a.output, ROOT)}")


if __name__ == "__main__":
    main()
