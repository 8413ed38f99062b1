#!/usr/bin/env python3
"""Find the system libraries Qt's xcb platform plugin needs, and install what is missing.

Run by `make run`. On Debian and Ubuntu, as root, missing packages are installed with
apt-get; otherwise the exact command to run is printed. Standard library only: this runs
before the virtual environment exists.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys

# soname Qt loads -> Debian package that ships it
NEEDED = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_libraries() -> list[str]:
    try:
        listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                                 check=False).stdout
    except FileNotFoundError:
        listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                                 check=False).stdout
    return [soname for soname in NEEDED if soname not in listing]


def main() -> int:
    if platform.system() != "Linux":
        return 0
    missing = missing_libraries()
    if missing:
        packages = sorted({NEEDED[s] for s in missing})
        command = ["apt-get", "install", "-y", *packages]
        if shutil.which("apt-get") and os.geteuid() == 0 and "--install" in sys.argv:
            print(f"Installing the system libraries Qt needs: {' '.join(packages)}")
            subprocess.run(["apt-get", "update", "-qq"], check=False)
            done = subprocess.run(command, env={**os.environ,
                                                "DEBIAN_FRONTEND": "noninteractive"})
            if done.returncode != 0:
                print("apt-get could not install them; run this yourself:\n  sudo "
                      + " ".join(command), file=sys.stderr)
                return 1
        elif shutil.which("apt-get"):
            print("Qt needs system libraries that are missing. Install them with:\n  sudo "
                  + " ".join(command), file=sys.stderr)
            return 1
        else:
            print("Qt needs these system libraries, which are missing: "
                  + ", ".join(missing) + ". Install them with your package manager.",
                  file=sys.stderr)
            return 1
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("No display found (DISPLAY and WAYLAND_DISPLAY are unset): the window needs a "
              "desktop session, or a virtual one such as `Xvfb :99 & export DISPLAY=:99`.",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
