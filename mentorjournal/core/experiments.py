"""Hypothesis-driven experiments and the rules of their life cycle.

An experiment is planned, then running, then concluded. Concluding needs an outcome and
a learning, because a refuted hypothesis with a clear learning is progress too, while an
experiment closed without one teaches nothing. A running experiment past its end date is
overdue, judged by `clock.today()` so tests can move time instead of sleeping.

Reads use the journal's plain sqlite3 reader; writes use the ORM, one transaction each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

STATUSES = ("planned", "running", "concluded")
OUTCOMES = ("confirmed", "refuted", "inconclusive")
STATUS_LABELS = {"planned": "Planned", "running": "Running", "concluded": "Concluded"}
OUTCOME_LABELS = {"confirmed": "Confirmed", "refuted": "Refuted", "inconclusive": "Inconclusive"}

#: The only moves an experiment can make. Everything else is refused with a reason.
TRANSITIONS: frozenset[tuple[str, str]] = frozenset({
    ("planned", "running"),    # start
    ("running", "planned"),    # not started after all
    ("running", "concluded"),  # conclude: needs an outcome and a learning
    ("concluded", "running"),  # reopen: the outcome is cleared, the texts are kept
})

MAX_TITLE_LENGTH = 300


class ExperimentError(ValueError):
    """A request about an experiment that cannot be honoured; one sentence for the user.

    `field` names the editor field the sentence belongs next to ("" for none).
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ExperimentInfo:
    id: str
    mentorship_id: str
    goal_id: str | None
    goal_title: str
    title: str
    hypothesis: str
    plan: str
    success_criteria: str
    starts_on: date | None
    ends_on: date | None
    status: str
    outcome: str | None
    result: str
    learning: str
    next_step: str
    concluded_on: date | None

    @property
    def overdue(self) -> bool:
        """Still running after its end date (today is the injectable clock's today)."""
        return (self.status == "running" and self.ends_on is not None
                and self.ends_on < clock.today())

    @property
    def days_overdue(self) -> int:
        return (clock.today() - self.ends_on).days if self.overdue and self.ends_on else 0


@dataclass(frozen=True)
class ExperimentFields:
    """What the editor autosaves; status and outcome change only through transitions."""

    title: str
    hypothesis: str = ""
    plan: str = ""
    success_criteria: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    goal_id: str | None = None
    result: str = ""
    learning: str = ""
    next_step: str = ""


def clean_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ExperimentError("An experiment needs a title, such as what you will try.",
                              "title")
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise ExperimentError(f"Keep the title under {MAX_TITLE_LENGTH} characters.", "title")
    return cleaned


def check_fields(fields: ExperimentFields, status: str) -> None:
    """Refuse field values that break a rule, whatever the status (used before autosave)."""
    clean_title(fields.title)
    if fields.starts_on and fields.ends_on and fields.ends_on < fields.starts_on:
        raise ExperimentError("The end date cannot be before the start date.", "ends_on")
    if status == "concluded" and not fields.learning.strip():
        raise ExperimentError("A concluded experiment keeps its learning; reopen it first "
                              "if you want to rewrite it from scratch.", "learning")


def check_transition(current: str, target: str, *, hypothesis: str = "",
                     outcome: str | None = None, learning: str = "") -> None:
    """Raise ExperimentError unless `current` → `target` is allowed with these values."""
    if target not in STATUSES:
        raise ExperimentError("The status must be planned, running or concluded.")
    if current == target:
        raise ExperimentError(f"The experiment is already {current}.")
    if (current, target) not in TRANSITIONS:
        if target == "concluded":
            raise ExperimentError("Start the experiment before concluding it; one that "
                                  "never ran has nothing to learn from yet.")
        raise ExperimentError("A concluded experiment can be reopened to running, "
                              "not sent back to planned.")
    if target == "running" and current == "planned" and not hypothesis.strip():
        raise ExperimentError("Write the hypothesis (“if I …, then …”) before starting.",
                              "hypothesis")
    if target == "concluded":
        if outcome not in OUTCOMES:
            raise ExperimentError("Choose an outcome: confirmed, refuted or inconclusive.",
                                  "outcome")
        if not learning.strip():
            raise ExperimentError("Write down what you learned before concluding; a learning "
                                  "counts as progress whatever the outcome.", "learning")


# ----- reading ------------------------------------------------------------------------
_SELECT = (
    "SELECT e.id, e.mentorship_id, e.goal_id, coalesce(g.title, ''), e.title, e.hypothesis, "
    "e.plan, e.success_criteria, e.starts_on, e.ends_on, e.status, e.outcome, e.result, "
    "e.learning, e.next_step, e.concluded_on "
    "FROM experiments e LEFT JOIN goals g ON g.id = e.goal_id "
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _info(r: tuple[Any, ...]) -> ExperimentInfo:
    return ExperimentInfo(
        id=r[0], mentorship_id=r[1], goal_id=r[2], goal_title=r[3], title=r[4],
        hypothesis=r[5] or "", plan=r[6] or "", success_criteria=r[7] or "",
        starts_on=_day(r[8]), ends_on=_day(r[9]), status=r[10], outcome=r[11],
        result=r[12] or "", learning=r[13] or "", next_step=r[14] or "",
        concluded_on=_day(r[15]))


def list_experiments(journal: Journal, mentorship_id: str) -> list[ExperimentInfo]:
    """Every experiment of a mentorship, by status, then end date (undated last), then title."""
    rows = journal.reader().execute(
        _SELECT + "WHERE e.mentorship_id = ? ORDER BY CASE e.status WHEN 'running' THEN 0 "
        "WHEN 'planned' THEN 1 ELSE 2 END, e.ends_on IS NULL, e.ends_on, "
        "e.title COLLATE NOCASE", (mentorship_id,)).fetchall()
    return [_info(tuple(r)) for r in rows]


def get_experiment(journal: Journal, experiment_id: str) -> ExperimentInfo | None:
    row = journal.reader().execute(_SELECT + "WHERE e.id = ?", (experiment_id,)).fetchone()
    return _info(tuple(row)) if row else None


def _must_get(journal: Journal, experiment_id: str) -> ExperimentInfo:
    info = get_experiment(journal, experiment_id)
    if info is None:
        raise ExperimentError("That experiment no longer exists.")
    return info


# ----- writing ------------------------------------------------------------------------
def create_experiment(journal: Journal, mentorship_id: str, title: str, *,
                      goal_id: str | None = None, hypothesis: str = "",
                      starts_on: date | None = None,
                      ends_on: date | None = None) -> ExperimentInfo:
    from mentorjournal.core.models import Experiment

    fields = ExperimentFields(title=title, hypothesis=hypothesis, starts_on=starts_on,
                              ends_on=ends_on, goal_id=goal_id)
    check_fields(fields, "planned")
    with journal.store.session() as s:
        row = Experiment(mentorship_id=mentorship_id, goal_id=goal_id, title=clean_title(title),
                         hypothesis=hypothesis, starts_on=starts_on, ends_on=ends_on,
                         status="planned")
        s.add(row)
        s.flush()
        new_id = row.id
    return _must_get(journal, new_id)


def update_experiment(journal: Journal, experiment_id: str, fields: ExperimentFields) -> None:
    """Write the editor's fields. Runs on the autosave worker, so it touches only the ORM
    (the sqlite3 reader belongs to the GUI thread)."""
    from mentorjournal.core.models import Experiment

    with journal.store.session() as s:
        row = s.get(Experiment, experiment_id)
        if row is None:
            raise ExperimentError("That experiment no longer exists.")
        check_fields(fields, row.status)
        row.title = clean_title(fields.title)
        for name in ("hypothesis", "plan", "success_criteria", "starts_on", "ends_on",
                     "goal_id", "result", "learning", "next_step"):
            setattr(row, name, getattr(fields, name))


def _move(journal: Journal, experiment_id: str, target: str, *, outcome: str | None = None,
          learning: str | None = None, result: str | None = None,
          next_step: str | None = None) -> ExperimentInfo:
    from mentorjournal.core.models import Experiment

    with journal.store.session() as s:
        row = s.get(Experiment, experiment_id)
        if row is None:
            raise ExperimentError("That experiment no longer exists.")
        new_learning = row.learning if learning is None else learning
        check_transition(row.status, target, hypothesis=row.hypothesis, outcome=outcome,
                         learning=new_learning)
        if target == "running" and row.status == "planned" and row.starts_on is None:
            row.starts_on = clock.today()
        if target == "concluded":
            row.outcome = outcome
            row.learning = new_learning.strip()
            row.concluded_on = clock.today()
            if result is not None:
                row.result = result
            if next_step is not None:
                row.next_step = next_step
        else:
            row.outcome = None
            row.concluded_on = None
        row.status = target
    return _must_get(journal, experiment_id)


def start_experiment(journal: Journal, experiment_id: str) -> ExperimentInfo:
    """planned → running; the start date becomes today unless one was planned."""
    return _move(journal, experiment_id, "running")


def conclude_experiment(journal: Journal, experiment_id: str, outcome: str | None,
                        learning: str, *, result: str | None = None,
                        next_step: str | None = None) -> ExperimentInfo:
    """running → concluded; refused without an outcome and a learning."""
    return _move(journal, experiment_id, "concluded", outcome=outcome, learning=learning,
                 result=result, next_step=next_step)


def reopen_experiment(journal: Journal, experiment_id: str) -> ExperimentInfo:
    """concluded → running: the outcome is cleared, what was written is kept."""
    return _move(journal, experiment_id, "running")


def unstart_experiment(journal: Journal, experiment_id: str) -> ExperimentInfo:
    """running → planned, for an experiment started by mistake."""
    return _move(journal, experiment_id, "planned")


def delete_experiment(journal: Journal, experiment_id: str) -> None:
    from mentorjournal.core.models import Experiment

    with journal.store.session() as s:
        row = s.get(Experiment, experiment_id)
        if row is not None:
            s.delete(row)
