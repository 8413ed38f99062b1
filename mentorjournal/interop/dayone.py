"""Day One's export: the zip it writes, or the Journal.json inside it.

Shape: {"metadata": {"version": "1.0"}, "entries": [{"uuid", "text", "creationDate":
"2024-03-01T08:15:00Z", "timeZone": "Europe/Berlin", "tags": [...], "starred": false,
...}]}. Only those fields are used; photos, weather, location and the rest are ignored.
The check-in keeps the local time the entry was written in (its `timeZone`).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentorjournal.interop.files import FileRefused, read_text
from mentorjournal.interop.foreign import ForeignEntry, ForeignFileError

MAX_JSON_BYTES = 200 * 1024 * 1024
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:[^)]*\)\n?")


def _json_documents(raw: bytes) -> list[bytes]:
    if not raw.startswith(b"PK"):
        return [raw]
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = [i for i in archive.infolist()
                     if i.filename.lower().endswith(".json") and "/" not in i.filename.strip("/")]
            if not names:
                raise ForeignFileError("The zip file holds no Day One journal (no .json file).")
            if any(i.file_size > MAX_JSON_BYTES for i in names):
                raise ForeignFileError("The journal inside the zip file is too large to import.")
            return [archive.read(i) for i in names]
    except (zipfile.BadZipFile, EOFError):
        raise ForeignFileError("The zip file is damaged or truncated.") from None


def _local_time(created: str, zone: str | None, index: int) -> datetime:
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        raise ForeignFileError(f"Entry {index} of the Day One file has no valid date.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        tz: Any = ZoneInfo(zone) if zone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        tz = UTC
    return moment.astimezone(tz).replace(tzinfo=None)


def _entry(entry: Any, index: int) -> ForeignEntry:
    if not isinstance(entry, dict):
        raise ForeignFileError(f"Entry {index} of the Day One file is not an object.")
    uuid = entry.get("uuid")
    if not isinstance(uuid, str) or not uuid.strip():
        raise ForeignFileError(f"Entry {index} of the Day One file has no uuid.")
    text = entry.get("text") or ""
    tags = entry.get("tags") or []
    zone = entry.get("timeZone")
    if (not isinstance(text, str) or not isinstance(tags, list)
            or not all(isinstance(t, str) for t in tags)
            or not (zone is None or isinstance(zone, str))):
        raise ForeignFileError(f"Entry {index} of the Day One file has a field of the wrong type.")
    held_at = _local_time(entry.get("creationDate", ""), zone, index)
    clean = _MOMENT.sub("", text).strip()
    return ForeignEntry(f"dayone:{uuid.strip()[:190]}", held_at, clean, tuple(tags),
                        bool(entry.get("starred", False)))


def parse_dayone(raw: bytes) -> list[ForeignEntry]:
    entries: list[ForeignEntry] = []
    for blob in _json_documents(raw):
        try:
            document = json.loads(read_text(blob, "Day One"))
        except FileRefused as exc:
            raise ForeignFileError(str(exc)) from None
        except json.JSONDecodeError:
            raise ForeignFileError(
                "The Day One file is not valid JSON; it may be truncated.") from None
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise ForeignFileError("The file is not a Day One export (it has no list of entries).")
        entries.extend(_entry(e, i) for i, e in enumerate(document["entries"], start=1))
    return entries
