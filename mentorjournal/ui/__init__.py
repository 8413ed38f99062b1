"""The Qt Widgets layer: a thin shell over `mentorjournal.core`."""

from mentorjournal.ui import qt_import  # noqa: F401  (before any other Qt import)
