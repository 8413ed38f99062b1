"""Finding `resources/` both in a source checkout and in an installed wheel.

The wheel carries the top-level `resources/` folder as `mentorjournal/resources`; an
editable install or a checkout finds it beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("MentorJournal's resources folder is missing from this install.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
