"""Importers and exporters: JSON archive, Markdown, jrnl, Day One, iCalendar (Qt-free)."""
