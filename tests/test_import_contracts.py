"""The layer contracts in pyproject.toml hold, and they catch an import that breaks them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _contract_names() -> dict[str, str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["id"]: c["name"] for c in config["tool"]["importlinter"]["contracts"]}


def _lint_imports(project: Path) -> tuple[int, str]:
    """Run lint-imports on the package in ``project`` (its pyproject.toml); exit code and its
    report with the line wrapping undone."""
    if not LINT_IMPORTS.is_file():
        pytest.fail(f"{LINT_IMPORTS} is missing: install the dev extras (./dev.sh does)")
    env = {**os.environ, "PYTHONPATH": str(project)}  # this copy of kam_desktop, not another
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, " ".join((done.stdout + done.stderr).split())


def test_every_contract_is_kept() -> None:
    code, report = _lint_imports(ROOT)

    names = _contract_names()
    assert len(names) == 4
    assert code == 0, report
    for name in names.values():
        assert f"{name} KEPT" in report
    assert f"Contracts: {len(names)} kept, 0 broken." in report


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package and its contracts, copied to break on purpose."""
    root = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "pyproject.toml", root)
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "kam_desktop", root / "kam_desktop", ignore=ignore)
    return root


@pytest.mark.parametrize(
    ("module", "bad_import", "contract", "broken"),
    [
        ("domain/enums.py", "import PySide6", "core-draws-nothing",
         "kam_desktop.domain is not allowed to import PySide6"),
        ("reports/contact_map/export.py", "import kam_desktop.gui.shell.app", "layers",
         "kam_desktop.reports is not allowed to import kam_desktop.gui"),
        ("gui/shell/app.py", "import kam_desktop.db.book", "front-ends-through-services",
         "kam_desktop.gui is not allowed to import kam_desktop.db"),
        ("formats/vcard.py", "import kam_desktop.services", "formats-are-pure",
         "kam_desktop.formats is not allowed to import kam_desktop.services"),
    ],
)  # fmt: skip
def test_a_forbidden_import_breaks_its_contract(
    project_copy: Path, module: str, bad_import: str, contract: str, broken: str
) -> None:
    path = project_copy / "kam_desktop" / module
    original = path.read_text(encoding="utf-8")
    path.write_text(f"{original}\n{bad_import}  # breaks a contract on purpose\n", "utf-8")
    try:
        code, report = _lint_imports(project_copy)
    finally:
        path.write_text(original, encoding="utf-8")

    assert code != 0
    assert f"{_contract_names()[contract]} BROKEN" in report
    assert broken in report
