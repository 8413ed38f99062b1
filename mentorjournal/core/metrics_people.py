"""Progress metrics about the relationship itself: reciprocity, topics and network.

Pure functions of a `JournalSnapshot` and a date range, like `core/metrics.py`; the
formulas are in docs/metrics.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from mentorjournal.core.metrics import month_start, months_between
from mentorjournal.core.progress_data import JournalSnapshot

#: The stagnation hint appears when this many check-ins in a row keep to one topic set.
STAGNATION_SESSIONS = 4
#: An introduction counts as thanked promptly when thanked within this many days.
THANKS_WITHIN_DAYS = 7


# ----- reciprocity -------------------------------------------------------------------
@dataclass(frozen=True)
class QuarterBalance:
    quarter: date  # first day of the quarter
    given: int
    received: int

    @property
    def balance(self) -> int:
        """Positive: I gave more than I received this quarter."""
        return self.given - self.received

    @property
    def label(self) -> str:
        return f"{self.quarter.year} Q{(self.quarter.month - 1) // 3 + 1}"


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def reciprocity_by_quarter(snap: JournalSnapshot, start: date,
                           end: date) -> list[QuarterBalance]:
    quarters = sorted({quarter_start(m) for m in months_between(start, end)})
    given: Counter[date] = Counter()
    received: Counter[date] = Counter()
    for c in snap.contributions:
        if start <= c.happened_on <= end:
            (given if c.direction == "given" else received)[quarter_start(c.happened_on)] += 1
    return [QuarterBalance(q, given[q], received[q]) for q in quarters]


# ----- topics ------------------------------------------------------------------------
@dataclass(frozen=True)
class TopicRotation:
    months: list[date]
    topics: list[str]  # most discussed first
    counts: list[list[int]]  # counts[topic][month]: check-ins that month with the topic

    def distinct_per_month(self) -> list[int]:
        return [sum(1 for row in self.counts if row[j]) for j in range(len(self.months))]


def topic_rotation(snap: JournalSnapshot, start: date, end: date) -> TopicRotation:
    months = months_between(start, end)
    index = {m: j for j, m in enumerate(months)}
    per_topic: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    for s in snap.sessions:
        if start <= s.held_on <= end:
            for topic in s.topics:
                per_topic[topic][index[month_start(s.held_on)]] += 1
    topics = sorted(per_topic, key=lambda t: (-sum(per_topic[t]), t.casefold()))
    return TopicRotation(months, topics, [per_topic[t] for t in topics])


@dataclass(frozen=True)
class Stagnation:
    streak: int  # latest check-ins in a row with the same topic set
    topics: tuple[str, ...]

    @property
    def stagnant(self) -> bool:
        return self.streak >= STAGNATION_SESSIONS


def topic_stagnation(snap: JournalSnapshot) -> Stagnation:
    """The longest current run, over mentorships, of check-ins with one topic set.

    The run is counted back from each mentorship's latest check-in that has topics;
    check-ins without topics neither extend nor break it.
    """
    best = Stagnation(0, ())
    by_mentorship: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for s in sorted(snap.sessions, key=lambda s: s.held_on):
        if s.topics:
            by_mentorship[s.mentorship_id].append(tuple(sorted(s.topics)))
    for sets in by_mentorship.values():
        latest, streak = sets[-1], 0
        for topics in reversed(sets):
            if topics != latest:
                break
            streak += 1
        if streak > best.streak:
            best = Stagnation(streak, latest)
    return best


# ----- network -----------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkGrowth:
    points: list[tuple[date, int, str]]  # (met on, people met so far, who)
    thanked_promptly: int
    thank_eligible: int

    @property
    def thanked_share(self) -> float | None:
        return self.thanked_promptly / self.thank_eligible if self.thank_eligible else None


def network_growth(snap: JournalSnapshot, start: date, end: date, today: date) -> NetworkGrowth:
    """People met so far (counting those met before the range), and prompt thanks.

    Thanks share: of introductions met within the range, those thanked within
    THANKS_WITHIN_DAYS days; one met less than that long ago and not yet thanked is
    left out, since there is still time.
    """
    intros = sorted((i for i in snap.introductions if i.met_on <= end), key=lambda i: i.met_on)
    before = sum(1 for i in intros if i.met_on < start)
    points, total = [], before
    promptly = eligible = 0
    window = timedelta(days=THANKS_WITHIN_DAYS)
    for i in intros:
        if i.met_on < start:
            continue
        total += 1
        points.append((i.met_on, total, i.person_name))
        thanked = i.thanked_on is not None and i.thanked_on - i.met_on <= window
        if thanked or today - i.met_on > window:
            eligible += 1
            promptly += int(thanked)
    return NetworkGrowth(points, promptly, eligible)


def network_before(snap: JournalSnapshot, start: date) -> int:
    return sum(1 for i in snap.introductions if i.met_on < start)
