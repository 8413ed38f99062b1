"""The journal's entities as typed SQLAlchemy 2 models.

Every row carries a UUID (text, so raw SQL, JSON archives and humans can read it), and
`created_at` / `updated_at` in UTC, so that journals can later be merged across devices
by identity and recency. Text fields hold plain text or Markdown, never HTML.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Names for constraints so Alembic's batch mode on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MY_ROLES = ("mentee", "mentor")
MENTORSHIP_STATUSES = ("active", "archived")
CADENCE_UNITS = ("days", "weeks")
CHARTER_STATES = ("draft", "saved")
SESSION_FORMATS = ("in_person", "video", "call", "async")
ACTION_OWNERS = ("me", "them")
ACTION_STATUSES = ("open", "done", "dropped")
CONTRIBUTION_DIRECTIONS = ("given", "received")
CONTRIBUTION_KINDS = ("perspective", "industry_trend", "feedback", "introduction", "resource",
                      "other")
INTRODUCTION_OUTCOMES = ("collaboration", "sponsorship", "speaking", "referral", "none_yet")
GOAL_STATUSES = ("active", "achieved", "parked", "dropped")
EXPERIMENT_STATUSES = ("planned", "running", "concluded")
EXPERIMENT_OUTCOMES = ("confirmed", "refuted", "inconclusive")
PLAN_ITEM_KINDS = ("certification", "course", "side_project", "cross_functional", "reading",
                   "other")
PLAN_ITEM_STATUSES = ("planned", "in_progress", "done", "dropped")


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    quoted = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=name)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Row(Base):
    """Columns every entity shares: identity and times for merging journals."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Mentorship(Row):
    """One relationship: me and one counterpart, seen from my role in it."""

    __tablename__ = "mentorships"
    __table_args__ = (
        _one_of("my_role", MY_ROLES, "my_role"),
        _one_of("status", MENTORSHIP_STATUSES, "status"),
    )

    name: Mapped[str] = mapped_column(String(200))
    counterpart: Mapped[str] = mapped_column(String(200), default="")
    my_role: Mapped[str] = mapped_column(String(10), default="mentee")
    status: Mapped[str] = mapped_column(String(10), default="active")
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    charter_revisions: Mapped[list[CharterRevision]] = relationship(
        back_populates="mentorship", cascade="all, delete-orphan",
        order_by="CharterRevision.number")
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="mentorship", cascade="all, delete-orphan")


class CharterRevision(Row):
    """One version of the charter. Saved revisions are immutable; at most one draft.

    `success_criteria` is a list of {"id", "text", "target_date", "met"} so goals can
    link to a criterion by its id across revisions.
    """

    __tablename__ = "charter_revisions"
    __table_args__ = (
        _one_of("state", CHARTER_STATES, "state"),
        _one_of("cadence_unit", CADENCE_UNITS, "cadence_unit"),
        CheckConstraint("cadence_value IS NULL OR cadence_value > 0", name="cadence_positive"),
        CheckConstraint("session_minutes IS NULL OR session_minutes > 0",
                        name="session_minutes_positive"),
        CheckConstraint("review_interval_months IS NULL OR "
                        "(review_interval_months BETWEEN 1 AND 24)", name="review_interval"),
    )

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    number: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    reason: Mapped[str] = mapped_column(Text, default="")
    effective_on: Mapped[date | None] = mapped_column(Date)
    my_objectives: Mapped[str] = mapped_column(Text, default="")
    their_objectives: Mapped[str] = mapped_column(Text, default="")
    constraints_time: Mapped[str] = mapped_column(Text, default="")
    constraints_confidentiality: Mapped[str] = mapped_column(Text, default="")
    constraints_other: Mapped[str] = mapped_column(Text, default="")
    success_vision: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cadence_value: Mapped[int | None] = mapped_column(Integer)
    cadence_unit: Mapped[str] = mapped_column(String(10), default="weeks")
    session_minutes: Mapped[int | None] = mapped_column(Integer)
    channels: Mapped[str] = mapped_column(Text, default="")
    feedback_format: Mapped[str] = mapped_column(Text, default="")
    feedback_frequency: Mapped[str] = mapped_column(Text, default="")
    topics_in_scope: Mapped[str] = mapped_column(Text, default="")
    topics_out_of_scope: Mapped[str] = mapped_column(Text, default="")
    candor: Mapped[str] = mapped_column(Text, default="")
    confidentiality_handling: Mapped[str] = mapped_column(Text, default="")
    confidential_notes: Mapped[str] = mapped_column(Text, default="")
    setbacks_framing: Mapped[str] = mapped_column(Text, default="")
    review_interval_months: Mapped[int | None] = mapped_column(Integer)

    mentorship: Mapped[Mentorship] = relationship(back_populates="charter_revisions")


class CharterReview(Row):
    """A review of the charter that changed nothing ("reviewed, no changes")."""

    __tablename__ = "charter_reviews"

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


session_topics = Table(
    "session_topics",
    Base.metadata,
    Column("session_id", ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
)


class Topic(Row):
    """A tag on check-ins; names are unique regardless of case."""

    __tablename__ = "topics"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class CheckIn(Row):
    """A check-in: the PRODUCT.md "Session" entity, stored in the `sessions` table.

    Named CheckIn in code so it never collides with SQLAlchemy's own `Session`.
    """

    __tablename__ = "sessions"
    __table_args__ = (_one_of("format", SESSION_FORMATS, "format"),
                      CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0",
                                      name="duration_nonnegative"))

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    held_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(10), default="video")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    agenda: Mapped[str] = mapped_column(Text, default="")
    what_happened: Mapped[str] = mapped_column(Text, default="")
    wins: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")
    insights: Mapped[str] = mapped_column(Text, default="")
    scenarios: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")

    mentorship: Mapped[Mentorship] = relationship(back_populates="check_ins")
    topics: Mapped[list[Topic]] = relationship(secondary=session_topics, order_by=Topic.name)


class ActionItem(Row):
    """Something to do that was agreed in a check-in; open ones are carried forward."""

    __tablename__ = "action_items"
    __table_args__ = (_one_of("owner", ACTION_OWNERS, "owner"),
                      _one_of("status", ACTION_STATUSES, "status"))

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(10), default="me")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)


class Contribution(Row):
    """Reciprocity: something I gave my counterpart or received from them."""

    __tablename__ = "contributions"
    __table_args__ = (_one_of("direction", CONTRIBUTION_DIRECTIONS, "direction"),
                      _one_of("kind", CONTRIBUTION_KINDS, "kind"))

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    text: Mapped[str] = mapped_column(Text, default="")
    happened_on: Mapped[date | None] = mapped_column(Date)


class Introduction(Row):
    """A person met through the mentorship, and what came of it."""

    __tablename__ = "introductions"
    __table_args__ = (_one_of("outcome", INTRODUCTION_OUTCOMES, "outcome"),)

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    person_name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    introduced_by: Mapped[str] = mapped_column(String(200), default="")
    introduced_to: Mapped[str] = mapped_column(String(200), default="")
    context: Mapped[str] = mapped_column(Text, default="")
    met_on: Mapped[date | None] = mapped_column(Date)
    thanked_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="none_yet")
    follow_up_on: Mapped[date | None] = mapped_column(Date)


class Goal(Row):
    """What the mentorship is working towards; `criterion_ids` link charter criteria."""

    __tablename__ = "goals"
    __table_args__ = (_one_of("status", GOAL_STATUSES, "status"),)

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    title: Mapped[str] = mapped_column(String(300))
    why: Mapped[str] = mapped_column(Text, default="")
    target_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    criterion_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)

    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Milestone.target_on")


class Milestone(Row):
    __tablename__ = "milestones"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    target_on: Mapped[date | None] = mapped_column(Date)
    achieved_on: Mapped[date | None] = mapped_column(Date)
    celebration: Mapped[str] = mapped_column(Text, default="")

    goal: Mapped[Goal] = relationship(back_populates="milestones")


class Experiment(Row):
    """A small, hypothesis-driven career experiment; concluding one needs a learning."""

    __tablename__ = "experiments"
    __table_args__ = (
        _one_of("status", EXPERIMENT_STATUSES, "status"),
        CheckConstraint("outcome IS NULL OR outcome IN ('confirmed', 'refuted', 'inconclusive')",
                        name="outcome"),
    )

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"),
                                                index=True)
    title: Mapped[str] = mapped_column(String(300))
    hypothesis: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="planned")
    outcome: Mapped[str | None] = mapped_column(String(15))
    result: Mapped[str] = mapped_column(Text, default="")
    learning: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    concluded_on: Mapped[date | None] = mapped_column(Date)


plan_item_skills = Table(
    "plan_item_skills",
    Base.metadata,
    Column("plan_item_id", ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True),
    Column("skill_id", ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True),
)

plan_item_experiments = Table(
    "plan_item_experiments",
    Base.metadata,
    Column("plan_item_id", ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True),
    Column("experiment_id", ForeignKey("experiments.id", ondelete="CASCADE"), primary_key=True),
)


class Skill(Row):
    __tablename__ = "skills"
    __table_args__ = (
        CheckConstraint("current_level BETWEEN 1 AND 5", name="current_level"),
        CheckConstraint("target_level BETWEEN 1 AND 5", name="target_level"),
        UniqueConstraint("mentorship_id", "name", name="uq_skills_mentorship_name"),
    )

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    name: Mapped[str] = mapped_column(String(200))
    current_level: Mapped[int] = mapped_column(Integer, default=1)
    target_level: Mapped[int] = mapped_column(Integer, default=3)
    evidence: Mapped[str] = mapped_column(Text, default="")


class PlanItem(Row):
    """A step of the career plan: a course, a certification, a side project…"""

    __tablename__ = "plan_items"
    __table_args__ = (_one_of("kind", PLAN_ITEM_KINDS, "kind"),
                      _one_of("status", PLAN_ITEM_STATUSES, "status"))

    mentorship_id: Mapped[str] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"),
                                               index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    status: Mapped[str] = mapped_column(String(15), default="planned")
    due_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    skills: Mapped[list[Skill]] = relationship(secondary=plan_item_skills)
    experiments: Mapped[list[Experiment]] = relationship(secondary=plan_item_experiments)


class JournalInfo(Base):
    """Key/value facts about the journal file itself (which app version wrote it)."""

    __tablename__ = "journal_info"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


ENTITY_MODELS: tuple[type[Row], ...] = (
    Mentorship, CharterRevision, CharterReview, CheckIn, ActionItem, Contribution,
    Introduction, Goal, Milestone, Experiment, Skill, PlanItem, Topic,
)
