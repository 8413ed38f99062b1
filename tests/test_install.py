"""A non-editable `pip install .` works from outside the source tree.

The fresh venv borrows the test venv's dependencies through a .pth file (so no network
or big download is needed), but MentorJournal itself is built and installed as a real
wheel: resources must come from inside the installed package.
"""

from __future__ import annotations

import os
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_install_runs_version_and_demo(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "borrowed_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([py, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    str(ROOT)], check=True, capture_output=True, cwd=tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    where = subprocess.run([py, "-c", "import mentorjournal, mentorjournal.resources as r;"
                            "print(mentorjournal.__file__); print(r.resources_dir())"],
                           capture_output=True, text=True, check=True, cwd=outside, env=env)
    package_file, resources = where.stdout.splitlines()
    assert package_file.startswith(str(env_dir)), "imported the source tree, not the wheel"
    assert resources.startswith(str(env_dir))
    assert (Path(resources) / "icons" / "mentorjournal.svg").exists()
    assert (Path(resources) / "templates" / "checkin.md").exists()

    exe = env_dir / "bin" / "mentorjournal"
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, cwd=outside,
                             env=env)
    assert version.returncode == 0 and version.stdout.startswith("MentorJournal ")
    demo = subprocess.run([exe, "demo", "--data-dir", str(tmp_path / "D")],
                          capture_output=True, text=True, cwd=outside, env=env)
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "D" / "journal.sqlite3").stat().st_size > 100_000
