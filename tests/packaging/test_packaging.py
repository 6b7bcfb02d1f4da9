"""What the installers are made of: one version, icons generated from the SVG, the menu entry,
the Windows and macOS settings, and the frozen program's hidden service sub-command."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import plistlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

import app.embedded
from app.version import version

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(name: str) -> ModuleType:
    """A script of packaging/ as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_is_the_one_of_pyproject_at_run_time_and_for_the_build() -> None:
    written = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert version() == written
    assert load_script("build").project_version() == written


def test_windows_file_versions_have_four_numbers() -> None:
    build = load_script("build")
    assert build.numeric_version("0.1.0") == "0.1.0.0"
    assert build.numeric_version("1.2.3rc4") == "1.2.3.4"
    assert build.numeric_version("2.0") == "2.0.0.0"


def test_the_committed_icons_are_the_ones_the_svg_gives(qapp: QApplication) -> None:
    # After changing procura.svg: `.venv/bin/python packaging/make_icons.py`, then commit.
    assert load_script("make_icons").main(["--check"]) == 0


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("procura.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("procura.icns", [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512]),
    ],
)
def test_the_icon_files_hold_every_size_and_are_readable(
    qapp: QApplication, name: str, sizes: list[int]
) -> None:
    reader = QImageReader(str(PACKAGING / "icons" / name))
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        # The navy of the background at the top-left corner, inside the rounded square.
        inset = image.width() // 6
        assert image.pixelColor(inset, inset).name() == "#223654"
        found.append(image.width())
    assert found == sizes


def test_the_menu_entry_is_in_office_with_a_french_comment() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "procura.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Procura"
    assert desktop["Categories"] == "Office;"
    assert desktop["Icon"] == "procura"
    assert desktop["Exec"] == "procura"  # install.sh writes the full path of the program
    assert "procurations" in desktop["Comment"]
    assert desktop["Terminal"] == "false"


def test_the_windows_installer_takes_its_version_from_the_command_line() -> None:
    script = (PACKAGING / "windows" / "procura.iss").read_text("utf-8")
    assert "#error" in script  # no version given: no installer
    assert "AppVersion={#AppVersion}" in script
    assert "PrivilegesRequired=lowest" in script  # per-user, no administrator needed
    assert not re.search(r"^\s*AppVersion=\d", script, re.MULTILINE)


def test_the_macos_settings_are_valid_and_leave_the_version_to_pyproject() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] == "ca.procura.client"
    assert info["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    assert "CFBundleShortVersionString" not in info
    assert "CFBundleVersion" not in info


def test_a_frozen_program_runs_the_service_from_its_own_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/procura/procura")

    command = app.embedded.service_command(
        database_url="sqlite+aiosqlite:///x.db", port_file=tmp_path / "port", parent_pid=42
    )

    assert command[:3] == ["/opt/procura/procura", "--serve-embedded", "serve"]
    assert command[command.index("--parent-pid") + 1] == "42"


def test_the_hidden_sub_command_runs_the_service_command_line_without_qt(
    tmp_path: Path,
) -> None:
    database = tmp_path / "procura.db"
    code = (
        "import sys\n"
        "from ui.main import main\n"
        f"code = main(['--serve-embedded', 'seed-demo', '--json', '--database-url', "
        f"'sqlite+aiosqlite:///{database.as_posix()}'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PROCURA_FAST_HASH_FOR_TESTS": "1"},
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "FGR97HL" in [s["user_code"] for s in result["sign_ins"]]
    assert database.exists()
