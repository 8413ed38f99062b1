"""A heavy, realistic ten-year journal for the benchmark suite.

Five mentorships, about 250 check-ins a year of 300–1,500 words each, with the actions,
contributions, introductions, experiments, goals and charter revisions such a journal
accumulates. Deterministic from a seed, and written with plain sqlite3 `executemany`
in a few large transactions, so ten years take seconds rather than minutes.

A few words are planted on purpose so searches have known answers: "feedback" is
common, "zeugma" appears in exactly `RARE_WORD_SESSIONS` check-ins, and the phrase
"design review" is frequent.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import count_entries
from mentorjournal.core.schema import JournalError

RARE_WORD = "zeugma"
RARE_WORD_SESSIONS = 3
SECTIONS = ("agenda", "what_happened", "wins", "challenges", "questions", "insights",
            "scenarios")

_SUBJECTS = ["I", "We", "My mentor", "The team", "Our manager", "The platform group",
             "The new hire", "Product", "The on-call rotation", "Leadership"]
_VERBS = ["discussed", "reworked", "questioned", "shipped", "reviewed", "postponed",
          "measured", "simplified", "documented", "negotiated", "presented", "planned"]
_OBJECTS = ["the caching layer", "the design review", "our feedback loop",
            "the quarterly roadmap", "the incident timeline", "the promotion packet",
            "the hiring rubric", "the migration plan", "the latency budget",
            "the onboarding guide", "the error budget", "the architecture proposal",
            "a cross-team dependency", "the estimation process", "the demo script"]
_TAILS = ["before the deadline", "with more care than last time", "after some pushback",
          "because the data said so", "to make room for deep work", "with clear owners",
          "so the next step is obvious", "and wrote down what we learned",
          "without a single meeting", "after asking for feedback early"]
_TOPICS = ["architecture", "career growth", "code review", "communication", "delegation",
           "estimation", "feedback", "hiring", "incident response", "influence",
           "leadership", "negotiation", "on-call", "public speaking", "visibility",
           "writing", "prioritisation", "system design", "stakeholders", "time management",
           "mentoring others", "strategy", "product sense", "security", "performance"]
_PEOPLE = ["Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ines",
           "Jun", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Pia", "Quentin", "Rosa"]


@dataclass(frozen=True)
class LargeSummary:
    mentorships: int
    sessions: int
    words: int
    actions: int
    contributions: int
    introductions: int
    experiments: int
    goals: int
    milestones: int
    charter_revisions: int


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
            f"{rng.choice(_TAILS)}.")


def _paragraphs(rng: random.Random, words: int) -> str:
    out: list[str] = []
    count = 0
    while count < words:
        sentence = _sentence(rng)
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def _insert(conn: sqlite3.Connection, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    conn.executemany(sql, ([row[c] for c in columns] for row in rows))


def _stamp(day: date | datetime) -> str:
    at = day if isinstance(day, datetime) else datetime.combine(day, time(12))
    return at.strftime("%Y-%m-%d %H:%M:%S.000000")


def fill_large(journal: Journal, *, years: int = 10, seed: int = 42,
               today: date | None = None, mentorships: int = 5,
               sessions_per_year: int = 250) -> LargeSummary:
    """Write the benchmark journal into an empty journal; refuse one with entries."""
    if count_entries(journal) > 0:
        raise JournalError(
            f"The journal in {journal.paths.data_dir} already holds entries; "
            "choose an empty folder with --data-dir for the demo.")
    rng = random.Random(seed)
    today = today or date(2026, 11, 1)
    start = today - timedelta(days=365 * years)
    total_sessions = sessions_per_year * years
    per_mentorship = total_sessions // mentorships
    rare_left = RARE_WORD_SESSIONS
    counts = dict.fromkeys(LargeSummary.__dataclass_fields__, 0)

    conn = sqlite3.connect(journal.path)
    conn.execute("PRAGMA foreign_keys=ON")
    try:
        with conn:
            topic_ids = {name: _uuid(rng) for name in _TOPICS}
            _insert(conn, "topics", [
                {"id": tid, "name": name, "created_at": _stamp(start),
                 "updated_at": _stamp(start)} for name, tid in topic_ids.items()])
            for index in range(mentorships):
                mid = _uuid(rng)
                person = _PEOPLE[index % len(_PEOPLE)]
                began = start + timedelta(days=index * 3)
                _insert(conn, "mentorships", [{
                    "id": mid, "name": f"{person} {index + 1}", "counterpart": person,
                    "my_role": "mentee" if index % 2 == 0 else "mentor", "status": "active",
                    "started_on": began.isoformat(), "ended_on": None,
                    "created_at": _stamp(began), "updated_at": _stamp(began)}])
                counts["mentorships"] += 1
                counts["charter_revisions"] += _charters(conn, rng, mid, began, today)
                session_rows = []
                span = (today - began).days
                for k in range(per_mentorship):
                    day = began + timedelta(days=int(span * (k + rng.random() * 0.5)
                                                     / per_mentorship))
                    held = datetime.combine(day, time(rng.choice([9, 12, 17]), 30))
                    budget = rng.randint(300, 1500)
                    texts = {}
                    for section in SECTIONS:
                        texts[section] = _paragraphs(rng, budget // len(SECTIONS))
                    if rare_left and k == per_mentorship // 2:
                        texts["insights"] += f" The word {RARE_WORD} came up, oddly."
                        rare_left -= 1
                    counts["words"] += sum(len(t.split()) for t in texts.values())
                    session_rows.append({
                        "id": _uuid(rng), "mentorship_id": mid, "held_at": _stamp(held),
                        "duration_minutes": rng.choice([30, 45, 60]),
                        "format": rng.choice(["video", "in_person", "call", "async"]),
                        "private": int(rng.random() < 0.05), "notes": "", "source": "",
                        "created_at": _stamp(held), "updated_at": _stamp(held), **texts})
                _insert(conn, "sessions", session_rows)
                _insert(conn, "session_topics", [
                    {"session_id": s["id"], "topic_id": topic_ids[t]}
                    for s in session_rows for t in rng.sample(_TOPICS, k=rng.randint(1, 3))])
                counts["sessions"] += len(session_rows)
                counts["actions"] += _actions(conn, rng, mid, session_rows, today)
                counts["contributions"] += _contributions(conn, rng, mid, session_rows)
                counts["introductions"] += _introductions(conn, rng, mid, session_rows)
                goals, milestones, experiments = _goals(conn, rng, mid, began, today)
                counts["goals"] += goals
                counts["milestones"] += milestones
                counts["experiments"] += experiments
    finally:
        conn.close()
    return LargeSummary(**counts)


def _charters(conn: sqlite3.Connection, rng: random.Random, mid: str, began: date,
              today: date) -> int:
    rows = []
    revisions = 12
    step = (today - began).days // revisions
    for number in range(1, revisions + 1):
        on = began + timedelta(days=step * (number - 1))
        rows.append({
            "id": _uuid(rng), "mentorship_id": mid, "number": number, "state": "saved",
            "reason": f"Revision {number}: {_sentence(rng)}", "effective_on": on.isoformat(),
            "my_objectives": _paragraphs(rng, 40), "their_objectives": _paragraphs(rng, 30),
            "constraints_time": "An hour every week or two.", "constraints_confidentiality":
            "Private by default.", "constraints_other": "", "success_vision":
            _paragraphs(rng, 30), "success_criteria": json.dumps([
                {"id": f"c{number}-{i}", "text": _sentence(rng),
                 "target_date": (on + timedelta(days=180)).isoformat(), "met": i == 0}
                for i in range(3)]),
            "cadence_value": rng.choice([1, 2, 2, 3]), "cadence_unit": "weeks",
            "session_minutes": rng.choice([30, 45, 60]), "channels": "Video and chat.",
            "feedback_format": "Direct.", "feedback_frequency": "Every check-in.",
            "topics_in_scope": "Career, craft.", "topics_out_of_scope": "Pay.",
            "candor": "High.", "confidentiality_handling": "Stays here.",
            "confidential_notes": "", "setbacks_framing": "Learning.",
            "review_interval_months": 6, "created_at": _stamp(on), "updated_at": _stamp(on)})
    _insert(conn, "charter_revisions", rows)
    return len(rows)


def _actions(conn: sqlite3.Connection, rng: random.Random, mid: str,
             sessions: Iterable[dict[str, object]], today: date) -> int:
    rows = []
    for s in sessions:
        held = datetime.strptime(str(s["held_at"]), "%Y-%m-%d %H:%M:%S.%f").date()
        for _ in range(4):
            due = held + timedelta(days=rng.randint(3, 21))
            status = "open" if due > today - timedelta(days=30) else rng.choice(
                ["done"] * 8 + ["dropped", "open"])
            rows.append({"id": _uuid(rng), "mentorship_id": mid, "session_id": s["id"],
                         "text": _sentence(rng), "owner": rng.choice(["me", "me", "them"]),
                         "due_on": due.isoformat(), "status": status,
                         "closed_on": (due + timedelta(days=rng.randint(-3, 5))).isoformat()
                         if status != "open" else None,
                         "created_at": s["held_at"], "updated_at": s["held_at"]})
    _insert(conn, "action_items", rows)
    return len(rows)


def _contributions(conn: sqlite3.Connection, rng: random.Random, mid: str,
                   sessions: Sequence[dict[str, object]]) -> int:
    kinds = ["perspective", "industry_trend", "feedback", "introduction", "resource", "other"]
    rows = [{"id": _uuid(rng), "mentorship_id": mid, "session_id": s["id"],
             "direction": rng.choice(["given", "received"]), "kind": rng.choice(kinds),
             "text": _sentence(rng), "happened_on": str(s["held_at"])[:10],
             "created_at": s["held_at"], "updated_at": s["held_at"]}
            for s in sessions if rng.random() < 0.8]
    _insert(conn, "contributions", rows)
    return len(rows)


def _introductions(conn: sqlite3.Connection, rng: random.Random, mid: str,
                   sessions: Sequence[dict[str, object]]) -> int:
    outcomes = ["collaboration", "sponsorship", "speaking", "referral", "none_yet"]
    rows = []
    for s in rng.sample(list(sessions), k=min(100, len(sessions))):
        met = date.fromisoformat(str(s["held_at"])[:10])
        rows.append({"id": _uuid(rng), "mentorship_id": mid, "session_id": s["id"],
                     "person_name": f"{rng.choice(_PEOPLE)} {rng.choice('ABCDEFGHJK')}.",
                     "organisation": rng.choice(["Platform", "Data", "Design guild",
                                                 "Meetup", "Another company"]),
                     "introduced_by": "my mentor", "introduced_to": "me",
                     "context": _sentence(rng), "met_on": met.isoformat(),
                     "thanked_on": (met + timedelta(days=rng.randint(0, 14))).isoformat(),
                     "outcome": rng.choice(outcomes),
                     "follow_up_on": (met + timedelta(days=30)).isoformat(),
                     "created_at": s["held_at"], "updated_at": s["held_at"]})
    _insert(conn, "introductions", rows)
    return len(rows)


def _goals(conn: sqlite3.Connection, rng: random.Random, mid: str, began: date,
           today: date) -> tuple[int, int, int]:
    goals: list[dict[str, object]] = []
    milestones: list[dict[str, object]] = []
    experiments: list[dict[str, object]] = []
    span = (today - began).days
    for g in range(20):
        gid = _uuid(rng)
        target = began + timedelta(days=span * (g + 1) // 20)
        goals.append({"id": gid, "mentorship_id": mid, "title": f"Goal {g + 1}: "
                      f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}", "why": _sentence(rng),
                      "target_on": target.isoformat(),
                      "status": "achieved" if target < today else "active",
                      "criterion_ids": "[]", "created_at": _stamp(began),
                      "updated_at": _stamp(began)})
        for k in range(2):
            on = target - timedelta(days=30 * (2 - k))
            milestones.append({"id": _uuid(rng), "goal_id": gid, "title": f"Step {k + 1}",
                               "target_on": on.isoformat(),
                               "achieved_on": on.isoformat() if on < today else None,
                               "celebration": "Coffee together." if on < today else "",
                               "created_at": _stamp(began), "updated_at": _stamp(began)})
    for e in range(120):
        starts = began + timedelta(days=span * e // 120)
        ends = starts + timedelta(days=28)
        concluded = ends < today
        outcome = rng.choice(["confirmed", "refuted", "inconclusive"]) if concluded else None
        experiments.append({
            "id": _uuid(rng), "mentorship_id": mid, "goal_id": rng.choice(goals)["id"],
            "title": f"Experiment {e + 1}", "hypothesis": f"If I {rng.choice(_VERBS)} "
            f"{rng.choice(_OBJECTS)}, then {_sentence(rng).lower()}", "plan": _sentence(rng),
            "success_criteria": _sentence(rng), "starts_on": starts.isoformat(),
            "ends_on": ends.isoformat(), "status": "concluded" if concluded else "running",
            "outcome": outcome, "result": _sentence(rng) if concluded else "",
            "learning": _sentence(rng) if concluded else "",
            "next_step": _sentence(rng) if concluded else "",
            "concluded_on": ends.isoformat() if concluded else None,
            "created_at": _stamp(starts), "updated_at": _stamp(starts)})
    _insert(conn, "goals", goals)
    _insert(conn, "milestones", milestones)
    _insert(conn, "experiments", experiments)
    return len(goals), len(milestones), len(experiments)
