"""The wheel and the PyInstaller bundle ship ui/, resources/ and db/, and the bundle runs.

Slow: building the wheel needs the build backend from the package index, and the bundle takes
about a minute or more to build. CI runs them (``./dev.sh test``); ``-m 'not slow'`` skips them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DATA_DIRS = ("ui", "resources", "db")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def shipped_files() -> set[str]:
    """Every file of the data folders a package must carry, relative to the checkout."""
    found = set()
    for top in DATA_DIRS:
        for path in (ROOT / top).rglob("*"):
            parts = path.relative_to(ROOT).parts
            skipped = (
                "__pycache__" in parts
                or path.name.startswith(".")
                or path.suffix in (".pyc", ".pyo")
                or ".kambook" in path.name
            )
            if path.is_file() and not skipped:
                found.add("/".join(parts))
    return found


def run(args: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, **kwargs
    )  # type: ignore[call-overload]
    assert done.returncode == 0, f"{args} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def checkout_env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "PYTHONIOENCODING": "utf-8", **extra}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-w", out], cwd=ROOT, timeout=900)
    [built] = out.glob("kam_desktop-*.whl")
    return built


def test_wheel_ships_the_data_folders(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = zf.read(entry_points).decode()
    data = {
        n.removeprefix("kam_desktop/_data/") for n in names if n.startswith("kam_desktop/_data/")
    }
    expected = shipped_files()
    assert {
        "db/alembic.ini",
        "db/migrations/env.py",
        "resources/fonts/wqy-microhei.ttc",
    } <= expected
    assert data == expected
    assert "kam_desktop/cli/__init__.py" in names
    assert "kam_desktop/resources.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert "kam = kam_desktop.cli:main" in scripts
    assert "kam-desktop = kam_desktop.gui.shell.app:main" in scripts


def test_installed_wheel_finds_its_data_and_migrations(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    run([sys.executable, "-m", "pip", "install", "--no-deps", "--target", site, wheel], timeout=300)
    probe = (
        "import kam_desktop, sys\n"
        "from kam_desktop import resources\n"
        "from kam_desktop.db import migrate\n"
        "print(kam_desktop.__file__)\n"
        "print(resources.data_root())\n"
        "print(migrate.head_revision())\n"
    )
    # Outside the checkout, with the installed copy first on the path (dependencies still come
    # from this environment).
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = run([sys.executable, "-c", probe], cwd=tmp_path, env=env, timeout=120)
    package_file, data_root, head = done.stdout.splitlines()
    assert Path(package_file).is_relative_to(site)
    assert Path(data_root) == site / "kam_desktop" / "_data"
    assert (Path(data_root) / "db" / "migrations" / "env.py").is_file()
    with_checkout = run(
        [
            sys.executable,
            "-c",
            "from kam_desktop.db import migrate; print(migrate.head_revision())",
        ],
        cwd=ROOT,
        env=checkout_env(),
        timeout=120,
    )
    assert head == with_checkout.stdout.strip()

    book = tmp_path / "from-wheel.kambook"
    kam = [sys.executable, "-m", "kam_desktop"]
    run([*kam, "init", "--book", book], cwd=tmp_path, env=env, timeout=120)
    info = run([*kam, "info", "--book", book, "--format", "json"], cwd=tmp_path, env=env)
    assert f'"schema_revision": "{head}"' in info.stdout


def _png_size(data: bytes) -> tuple[int, int]:
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_bundle_builds_and_renders_a_screenshot(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    run(
        [sys.executable, "-m", "PyInstaller", ROOT / "build.spec", "--noconfirm",
         "--distpath", dist, "--workpath", work],
        cwd=ROOT, timeout=1800,
    )  # fmt: skip
    app_dir = dist / "kam-desktop"
    exe = app_dir / ("kam-desktop.exe" if sys.platform == "win32" else "kam-desktop")
    assert exe.is_file()
    bundled = next(app_dir.rglob("kam_desktop/_data"))
    assert (bundled / "db" / "migrations" / "env.py").is_file()
    assert (bundled / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert not list(app_dir.rglob("*WebEngine*")), "unused Qt modules were bundled"

    demo = tmp_path / "demo.kambook"
    run(
        [sys.executable, "-m", "kam_desktop", "demo", "--out", demo],
        env=checkout_env(),
        timeout=600,
    )

    shot = tmp_path / "accounts.png"
    # Keep the bundled app's settings and logs out of the user's home.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "home" / "cache"),
    }
    run([exe, "--book", demo, "--screenshot", shot, "--lang", "zh_CN"], env=env, timeout=300)
    data = shot.read_bytes()
    assert data.startswith(PNG_MAGIC)
    assert len(data) > 10_000  # a rendered window, not an empty canvas
    assert _png_size(data) == (1400, 900)
