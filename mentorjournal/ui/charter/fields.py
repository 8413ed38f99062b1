"""Labels, prompts and hints for every charter field, in our own words.

The form, the wizard, the comparison and the one-pager all take their wording from
here, so a field is named the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldText:
    key: str
    name: str      # short, for lists of changed fields and the comparison
    question: str  # the form label
    prompt: str    # placeholder inside the editor
    hint: str = ""  # a longer nudge shown in the wizard


FIELD_TEXTS: dict[str, FieldText] = {t.key: t for t in (
    FieldText("my_objectives", "My objectives", "What do I want from this?",
              "The two or three things you hope to be able to do, or be, by the end.",
              "Be concrete: a role, a skill, a decision you want to lead."),
    FieldText("their_objectives", "Their objectives", "What do they want from it?",
              "Ask them; mentors have reasons too (coaching practice, a fresh view).",
              "A mentorship that serves both sides lasts longer."),
    FieldText("constraints_time", "Time constraints", "How much time can we give it?",
              "e.g. one hour every other week, no calls on Fridays"),
    FieldText("constraints_confidentiality", "Confidentiality constraints",
              "What must stay confidential?",
              "e.g. nothing about current colleagues leaves the room"),
    FieldText("constraints_other", "Other constraints", "Anything else that limits us?",
              "e.g. time zones, travel, a notice period"),
    FieldText("success_vision", "What success looks like", "What does success look like?",
              "Picture the end: what is different for you, and how would others notice?",
              "Describe it in a sentence or two, then add criteria you can tick off."),
    FieldText("success_criteria", "Success criteria", "How will we know?",
              "A measurable sign, such as “lead two design reviews”",
              "Each criterion gets a target date and is marked met when it happens."),
    FieldText("cadence_value", "Meeting cadence", "How often do we meet?", "2",
              "A rhythm you can keep beats an ambitious one you cannot."),
    FieldText("cadence_unit", "Cadence unit", "Every … days or weeks", ""),
    FieldText("session_minutes", "Session length", "How long is a session?", "60"),
    FieldText("channels", "Channels", "How do we talk?",
              "e.g. video for check-ins, chat for quick questions, email for documents"),
    FieldText("feedback_format", "Feedback format", "How do we give each other feedback?",
              "e.g. direct and specific, in writing after each session",
              "Agree on both directions: you will have feedback for them too."),
    FieldText("feedback_frequency", "Feedback frequency", "How often?",
              "e.g. a short round at the end of every check-in"),
    FieldText("topics_in_scope", "Topics in scope", "Which topics are in scope?",
              "e.g. career growth, technical leadership, communication",
              "Naming topics up front makes it easier to rotate them later."),
    FieldText("topics_out_of_scope", "Topics out of scope", "Which are out of scope?",
              "e.g. pay negotiations with my current employer"),
    FieldText("candor", "Candor", "How candid do we want to be?",
              "e.g. blunt is welcome; we assume good intent"),
    FieldText("confidentiality_handling", "Handling confidential insights",
              "How are confidential insights handled?",
              "e.g. notes stay in my private journal; nothing is shared without asking"),
    FieldText("confidential_notes", "Private notes",
              "Private notes (never printed on the one-pager)",
              "Anything you keep for yourself about this agreement"),
    FieldText("setbacks_framing", "How setbacks are framed", "How do we treat setbacks?",
              "e.g. a failed experiment with a clear lesson counts as progress",
              "Deciding this early makes it safe to try things that may not work."),
    FieldText("review_interval_months", "Review interval",
              "How often do we revisit the charter?", "6",
              "Priorities shift; a date on the calendar keeps the charter alive."),
)}


def field_name(key: str) -> str:
    return FIELD_TEXTS[key].name if key in FIELD_TEXTS else key


#: Form sections: (title, fields). The wizard walks the same groups in a guided order.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Objectives", ("my_objectives", "their_objectives")),
    ("Success", ("success_vision", "success_criteria")),
    ("Rhythm", ("cadence_value", "session_minutes")),
    ("Communication and feedback", ("channels", "feedback_format", "feedback_frequency")),
    ("Constraints", ("constraints_time", "constraints_confidentiality", "constraints_other")),
    ("Boundaries", ("topics_in_scope", "topics_out_of_scope", "candor",
                    "confidentiality_handling")),
    ("Setbacks and review", ("setbacks_framing", "review_interval_months")),
    ("Private", ("confidential_notes",)),
)
