"""`python -m mentorjournal` behaves exactly like the `mentorjournal` command."""

import sys

from mentorjournal.cli import main

sys.exit(main())
