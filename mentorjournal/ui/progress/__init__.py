"""The Progress tab. `tab.ProgressTab` is light; its charts (and matplotlib) load on first show."""
