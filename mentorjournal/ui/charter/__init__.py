"""The Charter tab (`tab.CharterTab`) and its review reminder in the status bar.

Kept free of imports: `ui.tabs` imports the tab class, and the tab imports
`ui.tabs.base`, so importing the tab from here would make a cycle.
"""
