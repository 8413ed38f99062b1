"""Reading foreign files safely: bytes that are not clean UTF-8 text are refused early."""

from __future__ import annotations


class FileRefused(ValueError):
    """The file is not something we will read; one sentence for the user."""


def read_text(raw: bytes, what: str) -> str:
    """Decode UTF-8 (a leading BOM is allowed) and refuse NUL bytes and empty files."""
    if not raw.strip():
        raise FileRefused(f"The {what} file is empty.")
    if b"\x00" in raw:
        raise FileRefused(f"The {what} file contains NUL bytes, so it is not a text file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(f"The {what} file is not valid UTF-8 text.") from None
