"""The two commands of the README, each doing all its own set-up on a fresh machine.

    python3 scripts/dev.py serve   # the site at http://127.0.0.1:8000
    python3 scripts/dev.py test    # every check and test, as CI runs them
    python3 scripts/dev.py check [paths]        # the content checks only (seconds)
    python3 scripts/dev.py benchmark            # search quality: top-5 hit rate per language

Set-up is a virtual environment in .venv with the exact versions of requirements.lock; it is
re-made only when the lock file changes. Uses only the standard library, since it runs before
anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / "lock.sha256"
PYTHON = VENV / "bin" / "python"


def ensure_venv() -> None:
    """Create .venv and install requirements.lock into it, unless it already matches the lock."""
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == digest and PYTHON.exists():
        return
    if not PYTHON.exists():
        print(f"creating {VENV.relative_to(ROOT)} ...", flush=True)
        venv.create(VENV, with_pip=True)
    print("installing requirements.lock ...", flush=True)
    subprocess.run([PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-r", LOCK], check=True)
    STAMP.write_text(digest + "\n")


def run(*args: str | Path) -> int:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    print("$ " + " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("serve", "test", "check", "benchmark"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "serve":
        return run(PYTHON, "-m", "mkdocs", "serve", *rest)
    if command == "check":
        return run(PYTHON, "-m", "scripts.check", *rest)
    if command == "benchmark":
        return run(PYTHON, "-m", "scripts.search_benchmark", *rest)
    # test: lint, content checks, then pytest (which builds the site strictly and drives Chromium).
    for step in ([PYTHON, "-m", "ruff", "check", "scripts", "tests"],
                 [PYTHON, "-m", "scripts.check", *rest],
                 [PYTHON, "-m", "pytest", "-q"]):
        code = run(*step)
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
