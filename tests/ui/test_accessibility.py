"""Accessibility as a person with a screen reader or a keyboard meets it: every control named,
Tab in reading order and reaching every control, a visible focus, and two transactions done
from start to end with key presses only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.common import Access, ProcurationType
from tests.ui.screen_checks import (
    describe,
    focusable_controls,
    labels_without_buddy,
    reading_order_problems,
    unnamed_controls,
)
from tests.ui.screen_walk import (
    Stop,
    open_main_window,
    settle,
    show_screen,
    walk_dialogs,
    walk_lock,
    walk_main_window,
)
from ui import style
from ui.app_controller import wait_for_threads
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets import StepKind, TransactionWizard
from ui.widgets.rights_editor import RightsDialog
from ui.wizards.create_procuration import CreateProcurationWizard
from ui.wizards.create_user import CreateUserWizard

# ---- walking with Tab --------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """One key press on whatever has the focus, as the keyboard sends it."""
    if modifier is None:
        qtbot.keyClick(focused(), key)
    else:
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_until(qtbot: QtBot, found: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
    """Press Tab until the focused widget is the one looked for."""
    for _ in range(limit):
        if found(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus is on {describe(focused())}")


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def reading_order(widgets: list[QWidget]) -> list[QWidget]:
    """`widgets` top to bottom, then left to right on a line."""
    if not widgets:
        return []
    window = widgets[0].window()

    def place(w: QWidget) -> tuple[int, int]:
        at = w.mapTo(window, w.rect().topLeft())
        return at.y() + min(w.height(), 40) // 2, at.x()

    # Widgets whose middles are within a few pixels of each other are on one line (a
    # container, a list, counts from its top: it is read from there).
    ordered = sorted(widgets, key=place)
    lines: list[list[QWidget]] = []
    for w in ordered:
        y = place(w)[0]
        if lines and abs(place(lines[-1][0])[0] - y) <= 8:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: place(w)[1])]


def tab_walk(qtbot: QtBot, within: QWidget, limit: int = 150) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the first control of `within` in reading order round the window's whole
    cycle, back to it; return the widgets of `within` visited, in order, and the problems: a
    step against reading order, a control Tab never reaches, Tab kept inside one control."""
    controls = [w for w in focusable_controls(within) if w.isEnabled()]
    if not controls:
        return [], []
    first = reading_order(controls)[0]
    if isinstance(first, QRadioButton) and first.group() is not None:
        # Tab enters a radio group on its checked button.
        first = first.group().checkedButton() or first
    first.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    first = focused()
    visited = [first]
    problems: list[str] = []
    last, stayed = first, 0
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            problems.append(f"Tab from {describe(last)} loses the focus")
            break
        if now is last:
            # Tab moves inside a date (its sections), fine; not round a table's cells.
            stayed += 1
            if stayed > 4:
                problems.append(f"Tab stays in {describe(now)}: a keyboard trap")
                break
            continue
        if now is first:
            break
        last, stayed = now, 0
        if within.isAncestorOf(now) and now not in visited:
            visited.append(now)
    else:
        problems.append(f"Tab never comes back to {describe(first)}: a keyboard trap")
    problems += reading_order_problems(visited)
    reached = set(map(id, visited))
    for control in controls:
        if id(control) in reached:
            continue
        if isinstance(control, QRadioButton) and any(
            isinstance(v, QRadioButton) and v.parentWidget() is control.parentWidget()
            for v in visited
        ):
            continue  # a radio group is entered once; arrows move inside it
        problems.append(f"Tab never reaches {describe(control)}")
    return visited, problems


# ---- every screen --------------------------------------------------------------------------------


def tab_scope(stop: Stop) -> QWidget | None:
    """What Tab is checked over at a stop: the screen, the wizard, the dialog."""
    if stop.kind == "screen":
        return stop.frame
    if stop.kind == "transaction" and stop.frame is not None:
        return stop.frame
    if stop.kind == "dialog" and isinstance(stop.frame, QDialog):
        return stop.frame
    return None


def stops(qtbot: QtBot, signed_in: Callable[..., AppContext]) -> Iterator[Stop]:
    yield from walk_dialogs(qtbot)
    for role, who in (("rse", "RSE — Les Champions"), ("firm", "RSE — Gagnon Comptables")):
        window = open_main_window(qtbot, signed_in(who))
        activate(qtbot, window)
        try:
            for stop in walk_main_window(qtbot, window, role):
                if stop.kind != "note":
                    yield stop
            yield from walk_lock(qtbot, window, role)
        finally:
            window.stop()
            window.close()


def test_every_control_is_named_and_tab_follows_the_reading_order(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: Callable[..., Any]
) -> None:
    unnamed: dict[str, list[str]] = {}
    order: dict[str, list[str]] = {}
    for stop in stops(qtbot, signed_in):
        settle()
        found = unnamed_controls(stop.root) + labels_without_buddy(stop.root)
        if found:
            unnamed[stop.name] = found
        scope = tab_scope(stop)
        if scope is not None:
            activate(qtbot, scope.window())
            _visited, problems = tab_walk(qtbot, scope)
            if problems:
                order[stop.name] = problems
    run_async(wait_for_threads(), timeout=15_000)

    def report(title: str, found: dict[str, list[str]]) -> str:
        lines = [f"{name}:\n  " + "\n  ".join(items) for name, items in sorted(found.items())]
        return title + "\n" + "\n".join(lines)

    assert not unnamed and not order, (
        report("Controls a screen reader cannot name:", unnamed)
        + "\n"
        + report("Tab order:", order)
    )


# ---- visible focus -------------------------------------------------------------------------------


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The program's own style, as `procura` applies it."""
    saved = (qapp.styleSheet(), qapp.palette())
    style.apply(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet(saved[0])
        qapp.setPalette(saved[1])
        qapp.styleHints().unsetColorScheme()


def picture(widget: QWidget) -> QImage:
    settle()
    return widget.grab().toImage()


def test_the_focused_control_is_drawn_differently(
    qtbot: QtBot,
    app_style: None,
    signed_in: Callable[..., AppContext],
    run_async: Callable[..., Any],
) -> None:
    window = open_main_window(qtbot, signed_in("RSE — Les Champions"))
    activate(qtbot, window)
    try:
        checked: list[str] = []
        invisible: list[str] = []
        for stop in walk_main_window(qtbot, window, "rse", screens=["users", "procurations"]):
            scope = tab_scope(stop)
            if scope is None or stop.kind == "note":
                continue
            activate(qtbot, scope.window())
            seen: set[str] = set()
            for control in focusable_controls(scope):
                kind = type(control).__name__
                if kind in seen or not control.isEnabled():
                    continue
                seen.add(kind)
                # The surroundings too: a focus frame may be drawn just outside the control.
                around = control.parentWidget() or control
                control.clearFocus()
                before = picture(around)
                control.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.waitUntil(control.hasFocus, timeout=2000)
                after = picture(around)
                checked.append(f"{stop.name}: {describe(control)}")
                if before == after:
                    invisible.append(f"{stop.name}: {describe(control)}")
    finally:
        window.stop()
        window.close()
        run_async(wait_for_threads(), timeout=15_000)
    assert len(checked) >= 8, checked
    assert not invisible, "focus not visible on:\n" + "\n".join(invisible)


# ---- transactions with the keyboard alone ----------------------------------------------------


def current_transaction(window: MainWindow) -> QWidget:
    assert window.transactions, "no transaction is open"
    return window.transactions[-1]


def test_a_user_is_created_with_the_keyboard_alone(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: Callable[..., Any]
) -> None:
    window = open_main_window(qtbot, signed_in("RSE — Les Champions"))
    activate(qtbot, window)
    try:
        view = show_screen(qtbot, window, "users")
        view.table.setFocus(Qt.FocusReason.TabFocusReason)
        create = view.buttons["create"]
        tab_until(qtbot, lambda w: w is create)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: bool(window.transactions), timeout=5000)
        wizard = current_transaction(window)
        assert isinstance(wizard, CreateUserWizard)
        qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        last_name = f"Clavier{id(wizard) % 100000}"
        for text in (last_name, "Alex", "alex.clavier@example.com", "alex.clavier@example.com"):
            type_text(qtbot, text)
            press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "4185550100")
        tab_until(qtbot, lambda w: isinstance(w, QRadioButton))
        press(qtbot, Qt.Key.Key_Space)  # Utilisateur
        press(qtbot, Qt.Key.Key_Return)  # Continuer
        assert wizard.current_kind() is StepKind.VERIFICATION, wizard.page.summary_label.text()
        press(qtbot, Qt.Key.Key_Return)  # Transmettre
        qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=10_000)
        press(qtbot, Qt.Key.Key_Return)  # Continuer: the user code and temporary password
        assert wizard.current_kind() is StepKind.FINAL
        press(qtbot, Qt.Key.Key_Return)  # Terminer
        qtbot.waitUntil(lambda: not window.transactions, timeout=5000)
        qtbot.waitUntil(
            lambda: any(u.last_name == last_name for u in view.model.rows()), timeout=10_000
        )
    finally:
        window.stop()
        window.close()
        run_async(wait_for_threads(), timeout=15_000)


def test_a_procuration_is_created_with_the_keyboard_alone(
    qtbot: QtBot, signed_in: Callable[..., AppContext], run_async: Callable[..., Any]
) -> None:
    window = open_main_window(qtbot, signed_in("RSE — Les Champions"))
    activate(qtbot, window)
    try:
        view = show_screen(qtbot, window, "procurations")
        add = view.buttons["add"]
        view.table.setFocus(Qt.FocusReason.TabFocusReason)
        tab_until(qtbot, lambda w: w is add)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: bool(window.transactions), timeout=5000)
        wizard = current_transaction(window)
        assert isinstance(wizard, CreateProcurationWizard)
        qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        page = wizard.page

        assert isinstance(focused(), QRadioButton)  # «Type de procuration»: Interne
        press(qtbot, Qt.Key.Key_Space)
        assert page.kind() is ProcurationType.INTERNE
        description = f"Au clavier {id(wizard) % 100000}"
        tab_until(qtbot, lambda w: w is page.description)
        type_text(qtbot, description)
        tab_until(qtbot, lambda w: w is page.rights.table)
        press(qtbot, Qt.Key.Key_Down)  # the first ministry's line
        press(qtbot, Qt.Key.Key_Return)  # its rights
        qtbot.waitUntil(lambda: isinstance(page.rights.dialog, RightsDialog), timeout=5000)
        dialog = page.rights.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        # The focus is on the choice made («Aucun accès»); the arrows move in the group.
        assert isinstance(focused(), QRadioButton) and dialog.isAncestorOf(focused())
        for _ in range(3):
            if dialog.access.value() is Access.UNRESTRICTED:
                break
            press(qtbot, Qt.Key.Key_Up)
        assert dialog.access.value() is Access.UNRESTRICTED  # «Sans restriction»
        press(qtbot, Qt.Key.Key_Return)  # Modifier (the dialog's default button)
        qtbot.waitUntil(lambda: page.rights.dialog is None, timeout=5000)
        activate(qtbot, window)  # the dialog gone, the main window has the keyboard again
        assert focused() is page.rights.table
        assert page.rights.rights(), "the rights chosen with the keyboard were not kept"

        next_button = wizard.button(wizard.primary_button_kind())
        tab_until(qtbot, lambda w: w is next_button)
        press(qtbot, Qt.Key.Key_Return)  # Continuer
        assert wizard.current_kind() is StepKind.VERIFICATION, page.summary_label.text()
        press(qtbot, Qt.Key.Key_Return)  # Transmettre
        qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.RECEIPT, timeout=10_000)
        press(qtbot, Qt.Key.Key_Return)  # Terminer
        qtbot.waitUntil(lambda: not window.transactions, timeout=5000)
        qtbot.waitUntil(
            lambda: any(p.description == description for p in view.model.rows()), timeout=10_000
        )
    finally:
        window.stop()
        window.close()
        run_async(wait_for_threads(), timeout=15_000)


def test_the_sign_in_dialog_is_filled_with_the_keyboard_alone(qtbot: QtBot) -> None:
    from ui.sign_in import SignInDialog

    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    visited, problems = tab_walk(qtbot, dialog)
    assert not problems, problems
    edits = [w for w in visited if isinstance(w, QLineEdit)]
    assert [e.objectName() for e in edits[:2]] == ["userCode", "password"]
    assert any(isinstance(w, QAbstractButton) for w in visited)


def test_a_wizard_answers_escape_and_enter_without_the_mouse(qtbot: QtBot) -> None:
    async def submit(_key: str) -> object:
        return object()

    wizard = TransactionWizard("Essai", submit)
    qtbot.addWidget(wizard)
    wizard.show()
    activate(qtbot, wizard)
    with qtbot.waitSignal(wizard.cancelled, timeout=2000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)


def test_the_checks_see_an_unnamed_field_a_lone_shortcut_and_a_backward_tab(
    qtbot: QtBot,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    named_label = QLabel("&Nom", host)
    named = QLineEdit(host)
    named_label.setBuddy(named)
    unnamed = QLineEdit(host)
    unnamed.setObjectName("sansNom")
    lone = QLabel("&Prénom", host)
    last = QLineEdit(host)
    last.setAccessibleName("Courriel")
    for widget in (named_label, named, unnamed, lone, last):
        layout.addWidget(widget)
    QWidget.setTabOrder(named, last)  # then back up to the unnamed one: against reading order
    QWidget.setTabOrder(last, unnamed)
    host.show()
    activate(qtbot, host)

    assert unnamed_controls(host) == [describe(unnamed)]
    assert len(labels_without_buddy(host)) == 1
    _visited, problems = tab_walk(qtbot, host)
    assert any("Tab goes up" in p for p in problems), problems
