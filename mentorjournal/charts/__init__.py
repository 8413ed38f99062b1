"""matplotlib Figure builders for the Progress tab and the report (no widgets)."""
