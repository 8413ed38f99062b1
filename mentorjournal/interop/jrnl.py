"""jrnl's JSON export (`jrnl --format json`) read as foreign entries.

Shape: {"tags": {"@work": 2}, "entries": [{"title", "body", "date": "YYYY-MM-DD",
"time": "HH:MM", "tags": ["@work"], "starred": false}]}. jrnl has no entry ids, so the
stable key is a digest of date, time, title and body.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time
from typing import Any

from mentorjournal.interop.files import FileRefused, read_text
from mentorjournal.interop.foreign import ForeignEntry, ForeignFileError


def _field(entry: dict[str, Any], key: str, index: int, default: Any = "") -> Any:
    value = entry.get(key, default)
    if value is None:
        return default
    if not isinstance(value, type(default)):
        raise ForeignFileError(f"Entry {index} of the jrnl file has a “{key}” of the wrong type.")
    return value


def parse_jrnl(raw: bytes) -> list[ForeignEntry]:
    try:
        document = json.loads(read_text(raw, "jrnl"))
    except FileRefused as exc:
        raise ForeignFileError(str(exc)) from None
    except json.JSONDecodeError:
        raise ForeignFileError("The jrnl file is not valid JSON; it may be truncated.") from None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ForeignFileError("The file is not a jrnl JSON export (it has no list of entries).")
    entries = []
    for index, entry in enumerate(document["entries"], start=1):
        if not isinstance(entry, dict):
            raise ForeignFileError(f"Entry {index} of the jrnl file is not an object.")
        title = _field(entry, "title", index).strip()
        body = _field(entry, "body", index).strip()
        day_text = _field(entry, "date", index)
        time_text = _field(entry, "time", index) or "00:00"
        try:
            held_at = datetime.combine(date.fromisoformat(day_text), time.fromisoformat(time_text))
        except ValueError:
            raise ForeignFileError(
                f"Entry {index} of the jrnl file has no valid date and time.") from None
        tags = _field(entry, "tags", index, [])
        if not all(isinstance(t, str) for t in tags):
            raise ForeignFileError(f"Entry {index} of the jrnl file has tags that are not text.")
        starred = bool(entry.get("starred", False))
        digest = hashlib.sha256("\x1f".join((day_text, time_text, title, body))
                                .encode("utf-8")).hexdigest()[:40]
        text = title + ("\n\n" + body if body else "")
        entries.append(ForeignEntry(f"jrnl:{digest}", held_at, text, tuple(tags), starred))
    return entries
