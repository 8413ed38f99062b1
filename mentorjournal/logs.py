"""Logging to a rotating file in the platform's log folder, kept ten days."""

from __future__ import annotations

import logging
import logging.handlers
import os

from mentorjournal.paths import FILE_MODE, ensure_private_dir, resolve_log_dir

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    """Idempotent; a log folder we cannot write to leaves logging on stderr only."""
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger("mentorjournal")
    root.setLevel(level)
    try:
        log_dir = ensure_private_dir(resolve_log_dir())
        path = log_dir / "mentorjournal.log"
        handler = logging.handlers.TimedRotatingFileHandler(
            path, when="midnight", backupCount=10, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        if path.exists():
            os.chmod(path, FILE_MODE)
        else:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
            os.close(fd)
    except Exception:  # logging must never stop the app from starting
        root.addHandler(logging.StreamHandler())
