"""Entry point of the PyInstaller bundle: the same `main` as the installed command."""

import sys

from mentorjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
