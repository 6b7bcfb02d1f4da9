"""The main window as its person uses it: navigation, screens, transactions, status, menus."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient
from app.settings import Settings
from tests.ui.shell_helpers import (
    StartController,
    sign_in_as,
    start_controller,
    wait_for_screen,
)
from ui import main_window as main_window_module
from ui.app_controller import wait_for_threads
from ui.context import AppContext
from ui.main_window import MainWindow, ScreenPlaceholder
from ui.views import VIEWS, ViewEntry
from ui.views.base import View
from ui.views.home import HomeView
from ui.widgets import EntryPage, TransactionWizard

__all__ = ["start_controller"]  # the fixture, imported for pytest

NAVIGATION = [
    "Accueil",
    "Dossier de l'entreprise",
    "Gestion des dossiers des utilisateurs",
    "Inscription aux services électroniques",
    "Gestion des procurations",
    "Procurations reçues",
    "Portefeuille des clients",
    "Échéances",
    "Messages",
    "Accusés de réception",
]


class Ping:
    """The service check the window is given: answers, or not, as the test says."""

    def __init__(self) -> None:
        self.reachable = True
        self.calls = 0

    async def __call__(self) -> None:
        self.calls += 1
        if not self.reachable:
            raise ConnectionError("service éteint")


@pytest.fixture
def open_window(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: Callable[..., Any]
) -> Iterator[Any]:
    """`open_window(role_prefix, ping=None)`: a started main window for a demo person."""
    windows: list[MainWindow] = []

    def make(role_prefix: str = "RSE — Les Champions", ping: Ping | None = None) -> MainWindow:
        ctx = signed_in(role_prefix)
        saved: list[Settings] = []

        async def verify(_password: str) -> None:
            return None

        window = MainWindow(ctx, verify_password=verify, ping=ping, store_settings=saved.append)
        window.saved = saved  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        windows.append(window)
        window.start()
        qtbot.waitExposed(window)
        wait_for_screen(qtbot, window)
        return window

    yield make
    for window in windows:
        window.stop()
    run_async(wait_for_threads(), timeout=15_000)  # a screen's module still loading


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def click_link(qtbot: QtBot, link: QWidget) -> None:
    """Click on a link's text (its first words), as a person does."""
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(12, link.height() // 2))


def shown(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    """The screen `key` once it is on display (its module may load in a worker thread)."""
    qtbot.waitUntil(
        lambda: key in window.pages and window.stack.currentWidget() is window.pages[key],
        timeout=10_000,
    )
    return window.pages[key]


def click_nav(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    row = window.screen_keys().index(key)
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == key
    return shown(qtbot, window, key)


def test_an_rse_finds_every_screen_of_clicsequr_in_order(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()

    assert [t.split(" (")[0] for t in nav_texts(window)] == NAVIGATION
    assert window.screen_keys() == [e.key for e in VIEWS]
    for entry in VIEWS:
        page = click_nav(qtbot, window, entry.key)
        assert window.stack.currentWidget() is page
        if importlib.util.find_spec(entry.module) is None:
            # Not written yet: the program runs, and the person is told it is coming.
            assert isinstance(page, ScreenPlaceholder)
            assert page.heading.text() == "Cet écran arrive bientôt"
            assert window.title_label.text() == window.label(entry.key)
        else:
            assert isinstance(page, View), f"{entry.key}: {page}"
            assert type(page).__name__ == entry.cls
            assert window.title_label.text() == page.title()
        qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)
    # Built once, kept: coming back shows the same screen.
    assert click_nav(qtbot, window, "home") is window.pages["home"]


def test_each_screen_shows_its_title_once_under_one_rule(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()

    for key in window.screen_keys():
        click_nav(qtbot, window, key)
        qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)
        title = window.title_label.text()
        titles = [
            label
            for label in window.findChildren(QLabel)
            if label.isVisible() and " ".join(label.text().split()) == title
        ]
        rules = [rule for rule in window.findChildren(QFrame, "screenRule") if rule.isVisible()]
        assert titles == [window.title_label], f"{key}: «{title}» shown {len(titles)} times"
        assert len(rules) == 1, f"{key}: {len(rules)} rules under the title"
        assert not window.stack.isAncestorOf(rules[0]), f"{key}: the screen's own rule"


def test_a_person_who_is_not_rse_sees_only_home_and_messages(
    open_window: Callable[..., MainWindow],
) -> None:
    window = open_window("Utilisatrice — Les Champions")

    assert window.screen_keys() == ["home", "messages"]
    assert [t.split(" (")[0] for t in nav_texts(window)] == ["Accueil", "Messages"]
    home = window.pages["home"]
    assert isinstance(home, HomeView)
    assert not home.register_link.isVisible()


def test_home_shows_the_registered_ministries_messages_and_the_enterprise(
    qtbot: QtBot, open_window: Callable[..., MainWindow], run_async: Callable[..., Any]
) -> None:
    window = open_window()
    home = window.current_page()
    assert isinstance(home, HomeView)
    api = window.ctx.api
    registrations = run_async(api.registrations())
    unread = run_async(api.unread_count())

    assert home.welcome.text() == "Bienvenue, François Grégoire"
    active = [r.ministry_name for r in registrations if r.state and r.state.value == "actif"]
    assert home.active_ministries() == active
    assert "Société de l'assurance automobile du Québec" in home.ministries_label.accessibleName()
    expected = {
        0: "Vous n'avez aucun nouveau message.",
        1: "Vous avez 1 nouveau message.",
    }.get(unread, f"Vous avez {unread} nouveaux messages.")
    assert home.unread_label.text() == expected
    assert home.neq_value.text() == "1006237700"
    assert home.id_value.text() == "1006237700"
    assert "René-Lévesque" in home.address_value.text()

    click_link(qtbot, home.messages_link)
    assert window.current_key() == "messages"
    shown(qtbot, window, "messages")
    qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)
    window.show_view("home")
    click_link(qtbot, home.register_link)
    assert window.current_key() == "registrations"
    shown(qtbot, window, "registrations")
    window.show_view("home")
    click_link(qtbot, home.findChild(QWidget, "shortcut_procurations"))
    assert window.current_key() == "procurations"
    shown(qtbot, window, "procurations")
    window.show_view("home")
    home.findChild(QWidget, "shortcut_receipts").setFocus()
    qtbot.keyClick(home.findChild(QWidget, "shortcut_receipts"), Qt.Key.Key_Return)  # keyboard
    assert window.current_key() == "receipts"
    shown(qtbot, window, "receipts")
    qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)


def test_home_says_when_there_is_no_new_message(open_window: Callable[..., MainWindow]) -> None:
    window = open_window()
    home = window.pages["home"]
    assert isinstance(home, HomeView)

    window.ctx.events.unread_changed.emit(0)

    assert home.unread_label.text() == "Vous n'avez aucun nouveau message."
    assert nav_texts(window)[window.screen_keys().index("messages")] == "Messages"


def test_the_unread_count_follows_events_and_the_periodic_poll(
    qtbot: QtBot, open_window: Callable[..., MainWindow], run_async: Callable[..., Any]
) -> None:
    window = open_window("RSE — Gagnon")
    row = window.screen_keys().index("messages")
    api = window.ctx.api
    before = run_async(api.unread_count())
    assert nav_texts(window)[row] == f"Messages ({before} non lus)"

    window.ctx.events.unread_changed.emit(3)  # what the messages screen says after reading
    assert nav_texts(window)[row] == "Messages (3 non lus)"

    page = run_async(api.messages(unread=True, limit=1))
    run_async(api.mark_read(page.items[0].id))
    assert window._unread_timer.isActive()
    window._unread_timer.timeout.emit()  # the minute is up
    qtbot.waitUntil(lambda: nav_texts(window)[row] == f"Messages ({before - 1} non lus)")


def test_a_transaction_replaces_the_screen_until_it_ends_then_the_screen_refreshes(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    home = window.current_page()
    assert isinstance(home, HomeView)
    refreshed: list[str] = []
    original = home.refresh

    async def counting_refresh() -> None:
        refreshed.append("home")
        await original()

    home.refresh = counting_refresh  # type: ignore[method-assign]

    async def submit(_key: str) -> None:
        return None

    for ending in ("cancelled", "close_transaction"):
        wizard = TransactionWizard("Création du dossier d'un utilisateur", submit)
        page = EntryPage(heading="Renseignements sur l'utilisateur")
        name = QLineEdit()
        page.form.add_field("last_name", "&Nom de famille", name, required=True)
        wizard.add_entry_page(page)
        window.ctx.open_transaction(wizard)

        assert window.stack.currentWidget() is wizard
        assert not window.navigation.isEnabled()
        assert "transaction en cours" in window.navigation.toolTip()

        expected = len(refreshed) + 1
        if ending == "cancelled":
            wizard.cancelled.emit()
        else:
            window.ctx.close_transaction(wizard)

        assert window.stack.currentWidget() is home
        assert window.navigation.isEnabled()
        qtbot.waitUntil(lambda n=expected: len(refreshed) == n, timeout=5000)
        qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)
    assert refreshed == ["home", "home"]


def test_the_status_bar_says_who_for_whom_and_whether_the_service_answers(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    ping = Ping()
    window = open_window(ping=ping)
    indicator = window.service_indicator
    assert "François Grégoire (FGR97HL)" in window.user_status.text()
    assert "Les Champions inc. — 1006237700" in window.enterprise_status.text()
    assert indicator.text() == "Service joignable"
    assert window.monitor._timer.isActive()  # the periodic ping is planned
    changes: list[bool] = []
    window.ctx.events.online_changed.connect(changes.append)

    ping.reachable = False
    window.monitor.check_now()
    qtbot.waitUntil(lambda: not window.ctx.online, timeout=5000)

    assert changes == [False]
    assert indicator.text().startswith("Service injoignable — nouvel essai dans ")
    assert indicator.text().endswith(" s")
    assert indicator.retry_button.isVisible()
    assert window.offline_banner.isVisible()

    ping.reachable = True
    qtbot.mouseClick(indicator.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.online, timeout=5000)
    assert changes == [False, True]
    assert indicator.text() == "Service joignable"
    assert not window.offline_banner.isVisible()
    qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)


def test_screens_hear_when_the_service_stops_answering(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(HomeView, "set_online", lambda self, online: seen.append(online))
    ping = Ping()
    window = open_window(ping=ping)

    ping.reachable = False
    window.monitor.check_now()
    qtbot.waitUntil(lambda: seen[-1:] == [False], timeout=5000)


def test_the_language_is_saved_for_the_next_start(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    assert window.language_actions["fr"].isChecked()

    window.language_actions["en"].trigger()

    assert window.ctx.settings.language == "en"
    assert window.saved[-1].language == "en"  # type: ignore[attr-defined]
    box = window.findChild(QMessageBox, "languageNotice")
    assert box is not None and box.isVisible()
    assert "prochain démarrage" in box.text()
    box.close()


def test_help_tells_where_the_log_is(qtbot: QtBot, open_window: Callable[..., MainWindow]) -> None:
    window = open_window()

    window.log_action.trigger()

    box = window.findChild(QMessageBox, "logBox")
    assert box is not None and box.isVisible()
    assert str(window.log_folder()) in box.informativeText()
    box.close()
    window.about_action.trigger()
    about = window.findChild(QMessageBox, "aboutBox")
    assert about is not None and "Procura, version" in about.text()
    about.close()


class BrokenView(View):
    key = "broken"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        raise RuntimeError("écran défectueux")


def test_a_screen_that_fails_to_open_leaves_the_others_usable(
    qtbot: QtBot, open_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = (
        *VIEWS,
        ViewEntry("broken", __name__, "BrokenView", rse_only=False),
        ViewEntry("later", "ui.views.not_written_yet", "LaterView", rse_only=False),
    )
    monkeypatch.setattr(main_window_module, "VIEWS", entries)
    window = open_window()

    window.show_view("broken")
    broken = shown(qtbot, window, "broken")
    window.show_view("later")
    later = shown(qtbot, window, "later")

    assert isinstance(broken, ScreenPlaceholder) and broken.failed
    assert "journal" in broken.text_label.text()
    assert isinstance(later, ScreenPlaceholder) and not later.failed
    assert "en préparation" in later.text_label.text()
    assert isinstance(window.show_view("home"), HomeView)
    qtbot.waitUntil(lambda: not window.loading_tasks(), timeout=10_000)


def test_an_ended_session_goes_back_to_sign_in_and_says_why(
    qtbot: QtBot,
    live_service: Any,
    run_async: Callable[..., Any],
    start_controller: StartController,
) -> None:
    controller = start_controller()
    code, password = live_service.sign_in("Utilisatrice — Les Champions")
    window = sign_in_as(qtbot, controller, code, password)
    assert controller.api is not None
    token = controller.api.token

    async def end_it_elsewhere() -> None:
        async with ApiClient(live_service.base_url, token=token) as other:
            await other.logout()

    # Armed before the session ends: a background call (the unread poll, the offline sync)
    # may find it over first, while the logout is still being awaited.
    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        run_async(end_it_elsewhere())
        if controller.main_window is window:
            window.poll_unread()  # the next call finds the session over

    dialog = controller.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert "a pris fin" in dialog.info_label.text()
    assert controller.main_window is None


def test_signing_out_from_the_header_comes_back_to_sign_in(
    qtbot: QtBot, live_service: Any, start_controller: StartController
) -> None:
    controller = start_controller()
    code, password = live_service.sign_in("RSE — Les Champions")
    window = sign_in_as(qtbot, controller, code, password)

    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)

    assert controller.sign_in_dialog is not None and controller.sign_in_dialog.isVisible()
    assert controller.sign_in_dialog.user_code_edit.text() == code
    assert controller.sign_in_dialog.password_edit.text() == ""
    # Signing in again works in the same run.
    sign_in_as(qtbot, controller, code, password)
