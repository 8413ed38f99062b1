"""The app's QSettings, stored as an INI file in the config folder from `paths`.

Using an explicit file (not the platform registry) keeps tests and a second journal
from ever touching the user's real settings: point MENTORJOURNAL_CONFIG_DIR elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mentorjournal.paths import ensure_private_dir, ensure_private_file, resolve_config_dir


def app_settings() -> QSettings:
    folder = ensure_private_dir(resolve_config_dir())
    path = folder / "settings.ini"
    ensure_private_file(path)  # QSettings' atomic save keeps the mode of the file it replaces
    return QSettings(str(path), QSettings.Format.IniFormat)
