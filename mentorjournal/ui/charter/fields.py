"""Labels, prompts and hints for every charter field, in our own words.

The form, the wizard, the comparison and the one-pager all take their wording from
here, so a field is named the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for `make translations`; it is translated where it is read."""
    return text


@dataclass(frozen=True)
class FieldText:
    key: str
    name: str      # short, for lists of changed fields and the comparison
    question: str  # the form label
    prompt: str    # placeholder inside the editor
    hint: str = ""  # a longer nudge shown in the wizard


_FIELD_TEXTS: dict[str, FieldText] = {
    t.key: t
    for t in (
        FieldText(
            "my_objectives",
            QT_TRANSLATE_NOOP("CharterFields", "My objectives"),
            QT_TRANSLATE_NOOP("CharterFields", "What do I want from this?"),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "The two or three things you hope to be able to do, or be, by the end.",
            ),
            QT_TRANSLATE_NOOP(
                "CharterFields", "Be concrete: a role, a skill, a decision you want to lead."
            ),
        ),
        FieldText(
            "their_objectives",
            QT_TRANSLATE_NOOP("CharterFields", "Their objectives"),
            QT_TRANSLATE_NOOP("CharterFields", "What do they want from it?"),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "Ask them; mentors have reasons too (coaching practice, a fresh view).",
            ),
            QT_TRANSLATE_NOOP("CharterFields", "A mentorship that serves both sides lasts longer."),
        ),
        FieldText(
            "constraints_time",
            QT_TRANSLATE_NOOP("CharterFields", "Time constraints"),
            QT_TRANSLATE_NOOP("CharterFields", "How much time can we give it?"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "e.g. one hour every other week, no calls on Fridays"
            ),
        ),
        FieldText(
            "constraints_confidentiality",
            QT_TRANSLATE_NOOP("CharterFields", "Confidentiality constraints"),
            QT_TRANSLATE_NOOP("CharterFields", "What must stay confidential?"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "e.g. nothing about current colleagues leaves the room"
            ),
        ),
        FieldText(
            "constraints_other",
            QT_TRANSLATE_NOOP("CharterFields", "Other constraints"),
            QT_TRANSLATE_NOOP("CharterFields", "Anything else that limits us?"),
            QT_TRANSLATE_NOOP("CharterFields", "e.g. time zones, travel, a notice period"),
        ),
        FieldText(
            "success_vision",
            QT_TRANSLATE_NOOP("CharterFields", "What success looks like"),
            QT_TRANSLATE_NOOP("CharterFields", "What does success look like?"),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "Picture the end: what is different for you, and how would others notice?",
            ),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "Describe it in a sentence or two, then add criteria you can tick off.",
            ),
        ),
        FieldText(
            "success_criteria",
            QT_TRANSLATE_NOOP("CharterFields", "Success criteria"),
            QT_TRANSLATE_NOOP("CharterFields", "How will we know?"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "A measurable sign, such as “lead two design reviews”"
            ),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "Each criterion gets a target date and is marked met when it happens.",
            ),
        ),
        FieldText(
            "cadence_value",
            QT_TRANSLATE_NOOP("CharterFields", "Meeting cadence"),
            QT_TRANSLATE_NOOP("CharterFields", "How often do we meet?"),
            "2",
            QT_TRANSLATE_NOOP(
                "CharterFields", "A rhythm you can keep beats an ambitious one you cannot."
            ),
        ),
        FieldText(
            "cadence_unit",
            QT_TRANSLATE_NOOP("CharterFields", "Cadence unit"),
            QT_TRANSLATE_NOOP("CharterFields", "Every … days or weeks"),
            "",
        ),
        FieldText(
            "session_minutes",
            QT_TRANSLATE_NOOP("CharterFields", "Session length"),
            QT_TRANSLATE_NOOP("CharterFields", "How long is a session?"),
            "60",
        ),
        FieldText(
            "channels",
            QT_TRANSLATE_NOOP("CharterFields", "Channels"),
            QT_TRANSLATE_NOOP("CharterFields", "How do we talk?"),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "e.g. video for check-ins, chat for quick questions, email for documents",
            ),
        ),
        FieldText(
            "feedback_format",
            QT_TRANSLATE_NOOP("CharterFields", "Feedback format"),
            QT_TRANSLATE_NOOP("CharterFields", "How do we give each other feedback?"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "e.g. direct and specific, in writing after each session"
            ),
            QT_TRANSLATE_NOOP(
                "CharterFields", "Agree on both directions: you will have feedback for them too."
            ),
        ),
        FieldText(
            "feedback_frequency",
            QT_TRANSLATE_NOOP("CharterFields", "Feedback frequency"),
            QT_TRANSLATE_NOOP("CharterFields", "How often?"),
            QT_TRANSLATE_NOOP("CharterFields", "e.g. a short round at the end of every check-in"),
        ),
        FieldText(
            "topics_in_scope",
            QT_TRANSLATE_NOOP("CharterFields", "Topics in scope"),
            QT_TRANSLATE_NOOP("CharterFields", "Which topics are in scope?"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "e.g. career growth, technical leadership, communication"
            ),
            QT_TRANSLATE_NOOP(
                "CharterFields", "Naming topics up front makes it easier to rotate them later."
            ),
        ),
        FieldText(
            "topics_out_of_scope",
            QT_TRANSLATE_NOOP("CharterFields", "Topics out of scope"),
            QT_TRANSLATE_NOOP("CharterFields", "Which are out of scope?"),
            QT_TRANSLATE_NOOP("CharterFields", "e.g. pay negotiations with my current employer"),
        ),
        FieldText(
            "candor",
            QT_TRANSLATE_NOOP("CharterFields", "Candor"),
            QT_TRANSLATE_NOOP("CharterFields", "How candid do we want to be?"),
            QT_TRANSLATE_NOOP("CharterFields", "e.g. blunt is welcome; we assume good intent"),
        ),
        FieldText(
            "confidentiality_handling",
            QT_TRANSLATE_NOOP("CharterFields", "Handling confidential insights"),
            QT_TRANSLATE_NOOP("CharterFields", "How are confidential insights handled?"),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "e.g. notes stay in my private journal; nothing is shared without asking",
            ),
        ),
        FieldText(
            "confidential_notes",
            QT_TRANSLATE_NOOP("CharterFields", "Private notes"),
            QT_TRANSLATE_NOOP("CharterFields", "Private notes (never printed on the one-pager)"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "Anything you keep for yourself about this agreement"
            ),
        ),
        FieldText(
            "setbacks_framing",
            QT_TRANSLATE_NOOP("CharterFields", "How setbacks are framed"),
            QT_TRANSLATE_NOOP("CharterFields", "How do we treat setbacks?"),
            QT_TRANSLATE_NOOP(
                "CharterFields", "e.g. a failed experiment with a clear lesson counts as progress"
            ),
            QT_TRANSLATE_NOOP(
                "CharterFields",
                "Deciding this early makes it safe to try things that may not work.",
            ),
        ),
        FieldText(
            "review_interval_months",
            QT_TRANSLATE_NOOP("CharterFields", "Review interval"),
            QT_TRANSLATE_NOOP("CharterFields", "How often do we revisit the charter?"),
            "6",
            QT_TRANSLATE_NOOP(
                "CharterFields", "Priorities shift; a date on the calendar keeps the charter alive."
            ),
        ),
    )
}


class _Translated(Mapping[str, FieldText]):
    """The field texts in the user's language, translated when read (the translator is
    installed after this module is imported)."""

    def __getitem__(self, key: str) -> FieldText:
        text = _FIELD_TEXTS[key]
        return replace(text, **{f.name: QCoreApplication.translate("CharterFields", value)
                                for f in fields(text) if f.name != "key"
                                and (value := getattr(text, f.name))})

    def __iter__(self) -> Iterator[str]:
        return iter(_FIELD_TEXTS)

    def __len__(self) -> int:
        return len(_FIELD_TEXTS)


FIELD_TEXTS: Mapping[str, FieldText] = _Translated()


def field_name(key: str) -> str:
    return FIELD_TEXTS[key].name if key in FIELD_TEXTS else key


#: Form sections: (title, fields). The wizard walks the same groups in a guided order.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("CharterForm", "Objectives"), ("my_objectives", "their_objectives")),
    (QT_TRANSLATE_NOOP("CharterForm", "Success"), ("success_vision", "success_criteria")),
    (QT_TRANSLATE_NOOP("CharterForm", "Rhythm"), ("cadence_value", "session_minutes")),
    (
        QT_TRANSLATE_NOOP("CharterForm", "Communication and feedback"),
        ("channels", "feedback_format", "feedback_frequency"),
    ),
    (
        QT_TRANSLATE_NOOP("CharterForm", "Constraints"),
        ("constraints_time", "constraints_confidentiality", "constraints_other"),
    ),
    (
        QT_TRANSLATE_NOOP("CharterForm", "Boundaries"),
        ("topics_in_scope", "topics_out_of_scope", "candor", "confidentiality_handling"),
    ),
    (
        QT_TRANSLATE_NOOP("CharterForm", "Setbacks and review"),
        ("setbacks_framing", "review_interval_months"),
    ),
    (QT_TRANSLATE_NOOP("CharterForm", "Private"), ("confidential_notes",)),
)
