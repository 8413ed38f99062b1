"""MentorJournal: a private desktop journal for running a mentorship on purpose.

Nothing heavy is imported here: `mentorjournal --version` must stay instant, and the
GUI decides itself when Qt, the ORM and matplotlib are loaded.
"""

__version__ = "0.1.0"
APP_NAME = "MentorJournal"
