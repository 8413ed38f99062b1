"""A realistic sample journal, deterministic from a seed.

Two mentorships over two years: Sam as mentee to Priya (a staff engineer), and Sam as
mentor to Jonah (a junior developer). Written in our own words so the app can be
explored, screenshotted and benchmarked without anyone's real notes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import count_entries
from mentorjournal.core.schema import JournalError


@dataclass(frozen=True)
class DemoSummary:
    mentorships: int
    sessions: int
    actions: int
    charter_revisions: int
    goals: int
    experiments: int
    introductions: int
    contributions: int


TOPICS = ["architecture", "career growth", "code review", "communication", "delegation",
          "estimation", "feedback", "hiring", "incident response", "influence",
          "leadership", "negotiation", "on-call", "public speaking", "visibility",
          "writing", "prioritisation", "system design", "stakeholders", "time management"]

WINS = [
    "Shipped the migration plan a week early and the team adopted it without pushback.",
    "Ran my first design review; two seniors asked to reuse the template.",
    "Said no to a side request and explained the trade-off calmly.",
    "Got thanked in the all-hands for untangling the billing outage.",
    "Wrote the one-page proposal we discussed; my manager forwarded it upward.",
    "Paired with the new hire all week and they merged their first change.",
    "Kept the incident channel calm and wrote the timeline the same day.",
    "Finished the distributed systems course module on consensus.",
]
OPENERS = [
    "We talked mostly about {first} and {second}.",
    "Started with {first}; ended up spending most of the hour on {second}.",
    "A short one: {first}, then a quick check on {second}.",
    "Walked through last week's {first} problem and what it says about {second}.",
    "Reviewed my notes on {first}; agreed to revisit {second} next time.",
    "Mostly listening today: stories about {first}, a few questions on {second}.",
]
CHALLENGES = [
    "Meetings ate most of Tuesday and Wednesday, so deep work slipped.",
    "I still hesitate to disagree with the principal engineer in public.",
    "Estimates for the search rewrite were off by a factor of two.",
    "Struggled to explain the latency budget to the product team.",
    "The team's on-call load keeps landing on the same three people.",
    "I over-prepared the demo and ran out of time for the questions.",
    "Hard to find a project that shows cross-team influence this quarter.",
]
QUESTIONS = [
    "How do you decide when a disagreement is worth escalating?",
    "What does a senior engineer's week look like for you, hour by hour?",
    "How should I ask my manager for a stretch project without sounding entitled?",
    "Which signals tell you a design doc is ready for a wider audience?",
    "How do you keep learning when delivery pressure is high?",
    "What would you look for in my promotion packet?",
]
INSIGHTS = [
    "Writing the decision down first makes the conversation shorter, not longer.",
    "Influence comes from being useful to other teams before asking anything of them.",
    "A weekly hour of focused reading beats an occasional weekend binge.",
    "Framing a risk with a number gets more attention than framing it with a worry.",
    "Asking 'what would change your mind?' turns a debate into a plan.",
    "Delegating the interesting part, not the boring part, is what grows people.",
]
SCENARIOS = [
    "Priya described a launch where she pulled the plug a day before and why it paid off.",
    "A story about a reorg where the quiet engineer ended up leading the new team.",
    "How a postmortem once changed the roadmap for a whole year.",
    "A time she negotiated scope by offering two options instead of one.",
]
ACTIONS = [
    "Draft the one-page proposal for the caching layer",
    "Ask two peers for written feedback on the last design review",
    "Block two mornings a week for deep work",
    "Read the chapter on managing up and bring one question",
    "Volunteer to present the quarterly architecture update",
    "Write the incident timeline template and share it",
    "Shadow a staff engineer's planning meeting",
    "Send the thank-you note for the introduction",
    "Update the skills matrix with evidence from this month",
    "Prepare three examples of cross-team impact for the packet",
    "Share the article on error budgets with the team",
    "Book a coffee chat with someone from the platform team",
]
CONTRIB_GIVEN = [
    ("perspective", "Shared how juniors on my team experience the new review process."),
    ("industry_trend", "Summarised what I learned about local-first sync at the meetup."),
    ("feedback", "Gave feedback on the draft of her conference talk."),
    ("resource", "Sent a paper on tail latency that she had not seen."),
]
CONTRIB_RECEIVED = [
    ("feedback", "Line-by-line comments on my promotion self-review."),
    ("perspective", "How the staff-level calibration meeting actually works."),
    ("resource", "A reading list on technical strategy."),
    ("introduction", "Offered to introduce me to the platform team lead."),
]
PEOPLE = [
    ("Mei Tanaka", "Platform team", "collaboration"),
    ("Daniel Osei", "Northwind Labs", "speaking"),
    ("Laura Kim", "Staff engineers' forum", "sponsorship"),
    ("Ahmed Farouk", "Data infrastructure", "referral"),
    ("Sofia Brandt", "Local Python user group", "none_yet"),
]


def _text(rng: random.Random, pool: list[str], k: int) -> str:
    return "\n".join(f"- {line}" for line in rng.sample(pool, k=min(k, len(pool))))


def fill_demo(journal: Journal, *, today: date | None = None, seed: int = 7) -> DemoSummary:
    """Fill an empty journal; refuse one that already holds entries."""
    if count_entries(journal) > 0:
        raise JournalError(
            f"The journal in {journal.paths.data_dir} already holds entries; "
            "choose an empty folder with --data-dir for the demo.")
    from mentorjournal.core import models as m

    today = today or date.today()
    rng = random.Random(seed)
    counts = dict.fromkeys(DemoSummary.__dataclass_fields__, 0)
    start = today - timedelta(days=730)
    with journal.store.session() as s:
        s.merge(m.JournalInfo(key="demo", value="sample journal"))
        topics = {name: m.Topic(name=name) for name in TOPICS}
        s.add_all(topics.values())
        specs = [("Priya", "Priya Raman, staff engineer", "mentee", 14, start),
                 ("Jonah", "Jonah Okafor, junior developer", "mentor", 28,
                  start + timedelta(days=120))]
        for name, counterpart, role, every, began in specs:
            ms = m.Mentorship(name=name, counterpart=counterpart, my_role=role,
                              status="active", started_on=began)
            s.add(ms)
            s.flush()
            counts["mentorships"] += 1
            counts["charter_revisions"] += _charter(s, m, ms, began, every, today)
            sessions = _sessions(s, m, ms, rng, began, every, today, topics)
            counts["sessions"] += len(sessions)
            counts["actions"] += _actions(s, m, ms, rng, sessions, today)
            counts["contributions"] += _contributions(s, m, ms, rng, sessions)
            if role == "mentee":
                counts["introductions"] += _introductions(s, m, ms, rng, sessions, today)
            goals, experiments = _goals_and_experiments(s, m, ms, rng, began, today, role)
            counts["goals"] += goals
            counts["experiments"] += experiments
    return DemoSummary(**counts)


def _weekly_from(began: date, today: date) -> date:
    """When the mentee's charter moved to weekly check-ins (the sessions follow it)."""
    return min(today - timedelta(days=60), began + timedelta(days=420))


def _charter(s, m, ms, began: date, every: int, today: date) -> int:
    base: dict[str, Any] = dict(
        my_objectives="Grow from senior to staff-level scope within eighteen months.\n"
                      "Get better at influencing decisions outside my own team.",
        their_objectives="Practise coaching someone outside my reporting line.\n"
                         "Stay close to how newer engineers experience our processes.",
        constraints_time="One hour every other week; async questions in between.",
        constraints_confidentiality="What we discuss about colleagues stays between us.",
        success_vision="I lead a cross-team technical decision end to end and people "
                       "seek out my view on architecture.",
        success_criteria=[
            {"id": "c-design", "text": "Lead two design reviews across teams",
             "target_date": (began + timedelta(days=270)).isoformat(), "met": True},
        ],
        cadence_value=every // 7, cadence_unit="weeks", session_minutes=60,
        channels="Video call for check-ins; chat for quick questions.",
        feedback_format="Direct and specific, in the moment when possible.",
        feedback_frequency="At the end of every check-in.",
        topics_in_scope="Career growth, technical leadership, communication.",
        topics_out_of_scope="Salary negotiations with my current employer.",
        candor="Blunt is welcome; we assume good intent.",
        confidentiality_handling="Notes stay in my private journal; nothing is shared "
                                 "without asking.",
        confidential_notes="My manager may change teams in spring; keep this between us.",
        setbacks_framing="A failed experiment with a clear learning counts as progress.",
        review_interval_months=6,
    )
    if ms.my_role == "mentor":  # the charter seen from the mentor's side
        base.update(
            my_objectives="Help Jonah own a service end to end.\n"
                          "Practise giving feedback that is direct and kind.",
            their_objectives="Get comfortable leading a small feature from design to launch.",
            success_vision="Jonah runs the design review for his own service and I mostly "
                           "listen.",
            confidential_notes="")
    revisions = [
        (began, "First charter agreed at our kick-off.", {}),
        (began + timedelta(days=200), "Added a second success criterion after the re-org.",
         {"success_vision": base["success_vision"] + " We can both point to the evidence.",
          "success_criteria": [*base["success_criteria"], {
              "id": "c-talk", "text": "Give one internal tech talk",
              "target_date": (began + timedelta(days=365)).isoformat(), "met": False}]}),
        (_weekly_from(began, today),
         "Renegotiated cadence to weekly ahead of the promotion cycle."
         if ms.my_role == "mentee" else "Shorter check-ins; written updates in between.",
         {"cadence_value": 1, "session_minutes": 45} if ms.my_role == "mentee"
         else {"session_minutes": 45}),
    ]
    fields = dict(base)
    for number, (on, reason, changes) in enumerate(revisions, start=1):
        fields.update(changes)
        s.add(m.CharterRevision(mentorship_id=ms.id, number=number, state="saved", reason=reason,
                                effective_on=on, **fields))
    s.add(m.CharterReview(mentorship_id=ms.id, reviewed_on=began + timedelta(days=182),
                          note="Reviewed together; still fits."))
    return len(revisions)


def _sessions(s, m, ms, rng, began, every, today, topics):
    sessions = []
    day = began + timedelta(days=3)
    gap_done = False
    while day < today:
        at = datetime.combine(day, time(17, 30) if rng.random() < 0.6 else time(12, 0))
        chosen = rng.sample(TOPICS, k=rng.randint(1, 3))
        row = m.CheckIn(
            mentorship_id=ms.id, held_at=at, duration_minutes=rng.choice([30, 45, 60, 60, 75]),
            format=rng.choice(["video", "video", "in_person", "call", "async"]),
            private=rng.random() < 0.08,
            agenda=_text(rng, QUESTIONS, 1),
            what_happened=rng.choice(OPENERS).format(first=chosen[0], second=(
                chosen[1] if len(chosen) > 1 else "what to try next")),
            wins=_text(rng, WINS, 2), challenges=_text(rng, CHALLENGES, 1),
            questions=_text(rng, QUESTIONS, 2), insights=_text(rng, INSIGHTS, 1),
            scenarios=_text(rng, SCENARIOS, 1) if ms.my_role == "mentee" else "",
        )
        row.topics = [topics[t] for t in chosen]
        s.add(row)
        sessions.append(row)
        weekly = ms.my_role == "mentee" and day >= _weekly_from(began, today)
        step = (7 + rng.randint(-1, 2)) if weekly else every + rng.randint(-3, 4)
        if not gap_done and day > began + timedelta(days=300):
            step = 38  # a summer gap, so the progress charts have something to explain
            gap_done = True
        day += timedelta(days=step)
    s.flush()
    return sessions


def _actions(s, m, ms, rng, sessions, today) -> int:
    n = 0
    for i, session in enumerate(sessions):
        for _ in range(rng.randint(1, 2)):
            due = session.held_at.date() + timedelta(days=rng.randint(5, 20))
            status, closed = "open", None
            if i < len(sessions) - 2:
                roll = rng.random()
                status = "done" if roll < 0.8 else ("dropped" if roll < 0.9 else "open")
                if status != "open":
                    closed = min(today, due + timedelta(days=rng.randint(-4, 6)))
            s.add(m.ActionItem(mentorship_id=ms.id, session_id=session.id,
                               text=rng.choice(ACTIONS), owner=rng.choice(["me", "me", "them"]),
                               due_on=due, status=status, closed_on=closed))
            n += 1
    return n


def _contributions(s, m, ms, rng, sessions) -> int:
    n = 0
    for session in sessions:
        for direction, pool in (("given", CONTRIB_GIVEN), ("received", CONTRIB_RECEIVED)):
            if rng.random() < 0.45:
                kind, text = rng.choice(pool)
                s.add(m.Contribution(mentorship_id=ms.id, session_id=session.id,
                                     direction=direction, kind=kind, text=text,
                                     happened_on=session.held_at.date()))
                n += 1
    return n


def _introductions(s, m, ms, rng, sessions, today) -> int:
    picks = rng.sample(sessions, k=min(len(PEOPLE), len(sessions)))
    for (name, org, outcome), session in zip(PEOPLE, picks, strict=False):
        met = session.held_at.date()
        thanked = met + timedelta(days=rng.randint(1, 10)) if outcome != "none_yet" else None
        s.add(m.Introduction(mentorship_id=ms.id, session_id=session.id, person_name=name,
                             organisation=org, introduced_by=ms.name, introduced_to="me",
                             context=f"Met to talk about {rng.choice(TOPICS)}.", met_on=met,
                             thanked_on=thanked, outcome=outcome,
                             follow_up_on=min(today + timedelta(days=21),
                                              met + timedelta(days=60))))
    return len(picks)


def _goals_and_experiments(s, m, ms, rng, began, today, role):
    if role == "mentee":
        goal_specs = [("Get promoted to senior", "achieved", 300),
                      ("Lead a cross-team technical decision", "active", 600),
                      ("Speak at an external conference", "parked", 700)]
    else:
        goal_specs = [("Help Jonah own a service end to end", "active", 400)]
    goals = []
    for title, status, days in goal_specs:
        goal = m.Goal(mentorship_id=ms.id, title=title, status=status,
                      why="It is the clearest signal of the growth we agreed on.",
                      target_on=began + timedelta(days=days), criterion_ids=["c-design"])
        for k in range(1, 3):
            target = began + timedelta(days=days * k // 3)
            achieved = target + timedelta(days=rng.randint(-5, 10)) if target < today else None
            goal.milestones.append(m.Milestone(
                title=f"{title}: step {k}", target_on=target, achieved_on=achieved,
                celebration="Dinner with the team." if achieved else ""))
        s.add(goal)
        goals.append(goal)
    s.flush()
    experiments = [
        ("Write before meetings", "If I send a one-page brief before each design meeting, then "
         "decisions will take one meeting instead of two.", "confirmed"),
        ("Office hours for other teams", "If I hold weekly office hours, then at least two "
         "other teams will ask for my review within a month.", "refuted"),
        ("Morning deep work", "If I block mornings for deep work, then I will finish the "
         "design doc two weeks sooner.", "inconclusive"),
        ("Talk at the guild", "If I present at the architecture guild, then I will get one "
         "invitation to a cross-team review.", None),
    ]
    for i, (title, hypothesis, outcome) in enumerate(experiments):
        starts = began + timedelta(days=60 + 120 * i)
        if outcome is None:  # still running a few days past its end: the overdue flag
            starts = today - timedelta(days=33)
        ends = starts + timedelta(days=28)
        concluded = outcome is not None and ends < today
        s.add(m.Experiment(
            mentorship_id=ms.id, goal_id=goals[i % len(goals)].id, title=title,
            hypothesis=hypothesis, plan="Try it for four weeks and note each instance.",
            success_criteria="Counted weekly in the journal.", starts_on=starts, ends_on=ends,
            status="concluded" if concluded else ("running" if starts <= today else "planned"),
            outcome=outcome if concluded else None,
            result="Tracked every week; see the session notes." if concluded else "",
            learning="Small, visible habits change how others see my work." if concluded else "",
            next_step="Keep it and share the template." if concluded else "",
            concluded_on=ends if concluded else None))
    planned = m.Experiment(
        mentorship_id=ms.id, goal_id=goals[-1].id, title="Pair on incident reviews",
        hypothesis="If I pair with someone from another team on each incident review, then "
        "they will ask me into their next design discussion.",
        plan="Offer pairing on the next three reviews.", status="planned",
        success_criteria="One invitation within six weeks.",
        starts_on=today + timedelta(days=10), ends_on=today + timedelta(days=52))
    s.add(planned)
    skills = {}
    for name, cur, target in (("System design", 3, 5), ("Public speaking", 2, 4),
                              ("Stakeholder management", 3, 4)):
        skill = m.Skill(mentorship_id=ms.id, name=name, current_level=cur, target_level=target,
                        evidence="Feedback from the last two reviews.")
        s.add(skill)
        skills[name] = skill
        s.add(m.PlanItem(mentorship_id=ms.id, title=f"Course: {name}", kind="course",
                         status="in_progress", due_on=today + timedelta(days=90),
                         skills=[skill]))
    s.add(m.PlanItem(mentorship_id=ms.id, title="Run the guild's lightning talks",
                     kind="side_project", status="planned", due_on=today + timedelta(days=45),
                     skills=[skills["Public speaking"]], experiments=[planned]))
    return len(goals), len(experiments) + 1
