"""Every screen in the pseudo-locale (every text accented and 40 % longer): no text cut, no
widget drawn over another. Screenshots of a few screens go to docs/pseudo/ (with
PROCURA_SCREENSHOTS=1; a temporary folder otherwise). In French, at the window's first size,
every list of the main window fits it, no column squeezed below its heading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n_build
from tests.ui.screen_checks import (
    column_problems,
    overlap_problems,
    scrolling_lists,
    text_problems,
)
from tests.ui.screen_walk import (
    WINDOW_SIZE,
    Stop,
    open_main_window,
    pictures,
    settle,
    walk_dialogs,
    walk_lock,
    walk_main_window,
)
from ui import i18n, style
from ui.app_controller import wait_for_threads
from ui.context import AppContext
from ui.main_window import MainWindow

# The screens whose picture goes into docs/pseudo/ (name of the stop → file).
SCREENSHOTS = {
    "rse/users": "users.png",
    "rse/procurations": "procurations.png",
    "rse/users/create": "create-user.png",
    "rse/procurations/add": "create-procuration.png",
    "firm/received": "received.png",
    "firm/portfolio": "portfolio.png",
    "sign-in": "sign-in.png",
}


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The pseudo-locale of the current sources (texts added since `make translations` too)."""
    french = tmp_path / "procura_fr.ts"
    i18n_build.update_ts(french, "fr")
    i18n_build.build_pseudo(french, tmp_path / "procura_pseudo.qm")
    assert i18n.install_translator(qapp, "pseudo", translations_dir=tmp_path)
    saved = (qapp.styleSheet(), qapp.palette())
    style.apply(qapp)  # the program's own look, as `procura` shows it
    try:
        yield
    finally:
        i18n.install_translator(qapp, "fr")
        qapp.setStyleSheet(saved[0])
        qapp.setPalette(saved[1])
        qapp.styleHints().unsetColorScheme()


def check(stop: Stop, problems: dict[str, list[str]], folder: Path) -> None:
    settle()
    found = text_problems(stop.root) + overlap_problems(stop.root)
    window = stop.root.window()
    if isinstance(window, MainWindow) and window.width() > WINDOW_SIZE[0]:
        # The window had to grow past its size to hold the screen: on a small screen it
        # would be cut instead.
        found.append(f"the main window grew to {window.width()} px wide to hold it")
    if found:
        problems[stop.name] = found
    picture = SCREENSHOTS.get(stop.name)
    if picture:
        # Three quarters of the size: the docs stay light, the texts readable.
        image = stop.root.grab().toImage()
        small = image.scaledToWidth(
            image.width() * 3 // 4, Qt.TransformationMode.SmoothTransformation
        )
        assert small.save(str(folder / picture))


def test_the_pseudo_locale_translates_every_text(pseudo: None) -> None:
    shown = QCoreApplication.translate("MainWindow", "Accueil")
    assert shown.startswith("[") and shown.endswith("]") and "Åççûéîļ" in shown


def test_every_screen_holds_texts_40_percent_longer(
    qtbot: QtBot,
    pseudo: None,
    signed_in: Callable[..., AppContext],
    run_async: Callable[..., Any],
    tmp_path: Path,
) -> None:
    problems: dict[str, list[str]] = {}
    notes: list[str] = []
    folder = pictures(tmp_path, "pseudo")
    for stop in walk_dialogs(qtbot):
        check(stop, problems, folder)
    for role, who in (("rse", "RSE — Les Champions"), ("firm", "RSE — Gagnon Comptables")):
        window = open_main_window(qtbot, signed_in(who))
        try:
            for stop in walk_main_window(qtbot, window, role):
                if stop.kind == "note":
                    notes.extend(f"{stop.name}: {n}" for n in stop.notes)
                    continue
                check(stop, problems, folder)
            for stop in walk_lock(qtbot, window, role):
                check(stop, problems, folder)
        finally:
            window.stop()
            window.close()
    run_async(wait_for_threads(), timeout=15_000)
    report = "\n".join(
        f"{name}:\n  " + "\n  ".join(found) for name, found in sorted(problems.items())
    )
    print(report, "\n".join(notes), sep="\n")
    assert not problems, report


def test_every_list_of_the_main_window_fits_it_in_french(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: Callable[..., Any]
) -> None:
    """At 1200×780, each list shows all its columns (no sideways scrolling), none squeezed
    below its heading: the description of «Gestion des procurations» is read, not «N…»."""
    problems: dict[str, list[str]] = {}
    for role, who in (("rse", "RSE — Les Champions"), ("firm", "RSE — Gagnon Comptables")):
        window = open_main_window(qtbot, signed_in(who))
        try:
            # The portfolio lays its list out its own way (tabs, groups), checked by its tests.
            screens = [key for key in window.screen_keys() if key != "portfolio"]
            for stop in walk_main_window(qtbot, window, role, screens=screens, transactions=False):
                settle()
                found = column_problems(stop.root) + scrolling_lists(stop.root)
                if found:
                    problems[stop.name] = found
        finally:
            window.stop()
            window.close()
    run_async(wait_for_threads(), timeout=15_000)
    report = "\n".join(
        f"{name}:\n  " + "\n  ".join(found) for name, found in sorted(problems.items())
    )
    assert not problems, report
