"""Build hook: ship ui/, resources/ and db/ inside the package as ``kam_desktop/_data/``.

Everything else about the package is declared in pyproject.toml. A checkout keeps these folders
at the repository root (``kam_desktop/resources.py`` falls back to them, which is what an editable
install uses); a wheel has no repository root, so the build copies them in.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIRS = ("ui", "resources", "db")
SKIP = shutil.ignore_patterns("__pycache__", "*.py[co]", "*.kambook*", ".*")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "kam_desktop" / "_data"
        shutil.rmtree(target, ignore_errors=True)  # no stale files from an earlier build
        for name in DATA_DIRS:
            source = ROOT / name
            if not source.is_dir():
                raise FileNotFoundError(f"{source} is missing: a wheel without it cannot start")
            shutil.copytree(source, target / name, ignore=SKIP)


setup(cmdclass={"build_py": BuildPyWithData})
