"""Readable whatever the system's theme and scale: every screen's text keeps a WCAG AA contrast
with its background under a dark system palette, and the main window and a wizard lay out at
200 % (QT_SCALE_FACTOR=2, in a process of its own) without cut or overlapping texts.

Screenshots: docs/dark.png (a screen under the dark system palette) and docs/scale200.png, with
PROCURA_SCREENSHOTS=1 (a temporary folder otherwise).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.screen_checks import contrast_problems, contrast_ratio
from tests.ui.screen_walk import (
    open_main_window,
    pictures,
    settle,
    walk_dialogs,
    walk_main_window,
)
from ui import style
from ui.app_controller import wait_for_threads
from ui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


def dark_palette() -> QPalette:
    """A system dark theme, as Windows, macOS or KDE give it to Qt."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202020",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#191919",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#3a7bd5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2b2b",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Light: "#3c3c3c",
        QPalette.ColorRole.Midlight: "#333333",
        QPalette.ColorRole.Mid: "#2a2a2a",
        QPalette.ColorRole.Dark: "#151515",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture
def dark_system(qapp: QApplication) -> Iterator[None]:
    """The system's palette is dark; Procura then applies its own style, as `procura` does."""
    saved = (qapp.palette(), qapp.styleSheet())
    qapp.setPalette(dark_palette())
    style.apply(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(saved[1])
        qapp.setPalette(saved[0])
        qapp.styleHints().unsetColorScheme()


def test_the_contrast_check_sees_pale_text(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet("QWidget { background: #ffffff; }")
    layout = QVBoxLayout(host)
    pale = QLabel("Texte pâle sur fond blanc", host)
    pale.setStyleSheet("color: #c5cad2;")
    dark = QLabel("Texte foncé sur fond blanc", host)
    dark.setStyleSheet("color: #223654;")
    layout.addWidget(pale)
    layout.addWidget(dark)
    host.show()
    qtbot.waitExposed(host)
    settle()
    found = contrast_problems(host, host.grab().toImage())
    assert len(found) == 1 and "pâle" in found[0], found
    assert contrast_ratio(QColor("#223654"), QColor("#ffffff")) > 12


def test_every_screen_is_readable_under_a_dark_system_palette(
    qtbot: QtBot,
    dark_system: None,
    signed_in: Callable[..., AppContext],
    run_async: Callable[..., Any],
    tmp_path: Path,
) -> None:
    problems: dict[str, list[str]] = {}

    def check(name: str, root: QWidget) -> None:
        settle()
        window = root.window()
        image = window.grab().toImage()
        found = contrast_problems(root, image, scale=image.devicePixelRatio())
        if found:
            problems[name] = found

    for stop in walk_dialogs(qtbot):
        check(stop.name, stop.root)
    window = open_main_window(qtbot, signed_in("RSE — Les Champions"))
    try:
        for stop in walk_main_window(qtbot, window, "rse"):
            if stop.kind == "note":
                continue
            check(stop.name, stop.root)
            if stop.name == "rse/users":
                assert window.grab().save(str(pictures(tmp_path) / "dark.png"))
    finally:
        window.stop()
        window.close()
        run_async(wait_for_threads(), timeout=15_000)
    assert not problems, "\n".join(
        f"{name}:\n  " + "\n  ".join(found) for name, found in sorted(problems.items())
    )


def test_the_main_window_and_a_wizard_hold_at_200_percent(
    live_service: Any, tmp_path: Path
) -> None:
    user_code, password = live_service.sign_in("RSE — Les Champions")
    picture = pictures(tmp_path) / "scale200.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": "2",
        "PROCURA_PROBE_PASSWORD": password,
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.scale_probe",
            live_service.base_url,
            user_code,
            str(picture),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["device_pixel_ratio"] == 2
    assert report["checked"] >= 4, report
    assert not report["problems"], "\n".join(report["problems"])
    assert picture.exists()
