"""Repairing text before it reaches the journal, so bad bytes never crash a write.

Text arrives from keyboards, pasted documents, imported files and file names. Some of it
is not valid UTF-8 (a Latin-1 file, a file name decoded with surrogate escapes) or holds
NUL bytes; SQLite's driver raises on lone surrogates, and a NUL silently cuts text short
in many tools. Every string the store writes passes through `repair_text`: undecodable
bytes become U+FFFD, NUL and other control characters except tab and newlines are
dropped, and line endings become "\\n". Nothing is refused, so nothing typed is lost.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def repair_text(value: str | bytes) -> str:
    """`value` as clean Unicode text (see the module docstring)."""
    if isinstance(value, bytes | bytearray):
        text = bytes(value).decode("utf-8", errors="replace")
    else:
        text = value
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates, e.g. from surrogateescape
            text = text.encode("utf-8", errors="surrogateescape" if _escaped(text)
                               else "replace").decode("utf-8", errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def _escaped(text: str) -> bool:
    """True when every lone surrogate is a surrogateescape'd byte (U+DC80–U+DCFF)."""
    try:
        text.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return False
    return True
