"""«Modification du dossier d'un utilisateur»: If-Match, and «modifié entre-temps» resolved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain.models import User, UserPatch
from tests.ui.support_users import Host, click, new_user
from ui.context import AppContext
from ui.widgets import StepKind, WizardButton
from ui.widgets.stale_dialog import StaleDialog, compare_fields, rebase
from ui.wizards.modify_user import ModifyUserWizard


@pytest.fixture
def ctx(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


@pytest.fixture
def host(qtbot: QtBot, ctx: AppContext) -> Host:
    return Host(qtbot, ctx)


@pytest.fixture
def user(ctx: AppContext, run_async: Callable[..., Any]) -> User:
    created: User = run_async(new_user(ctx.api, first_name="Marie"))
    return created


def open_modify(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], code: str
) -> ModifyUserWizard:
    record, etag = run_async(ctx.api.user(code))
    wizard = ModifyUserWizard(ctx, record, etag)
    ctx.open_transaction(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def someone_else_changes(
    ctx: AppContext, run_async: Callable[..., Any], code: str, **changes: str
) -> User:
    """Another session of the enterprise saves a change first."""
    record, etag = run_async(ctx.api.user(code))
    result = run_async(
        ctx.api.patch_user(code, UserPatch(**changes), etag, idempotency_key=new_idempotency_key())
    )
    assert result.user.version == record.version + 1
    updated: User = result.user
    return updated


def transmit(qtbot: QtBot, wizard: ModifyUserWizard) -> None:
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.VERIFICATION, wizard.page.form.errors()
    click(qtbot, wizard.button(WizardButton.SUBMIT))


# ---- an ordinary change --------------------------------------------------------------------------


def test_the_record_opens_filled_in_and_a_change_is_transmitted_with_its_receipt(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], user: User
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, user.user_code)
    page = wizard.page
    assert page.last_name.text() == user.last_name
    assert page.first_name.text() == "Marie"
    assert page.phone.text() == "4185550100"
    assert page.role.value() == "utilisateur"
    assert page.email_confirmation.text() == ""
    assert page.form.label("email_confirmation").text() == "Con&firmation du courriel"

    retype(qtbot, page.phone, "514 522-6699")
    qtbot.keyClicks(page.phone_extension, "1234")
    transmit(qtbot, wizard)
    rows = wizard.verification_page.rows()
    assert rows["Code d'utilisateur"] == user.user_code
    assert rows["Téléphone (travail)"] == "418 555-0100 → 514 522-6699 poste 1234"
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    text = " ".join(wizard.receipt_view.browser.toPlainText().split())  # type: ignore[union-attr]
    assert "Modification du dossier d'un utilisateur" in text
    assert "514 522-6699 poste 1234" in text
    saved, _etag = run_async(ctx.api.user(user.user_code))
    assert (saved.phone, saved.phone_extension) == ("5145226699", "1234")
    assert "users" in host.changed
    click(qtbot, wizard.button(WizardButton.FINISH))
    assert not host.is_open(wizard)


def test_a_new_email_must_be_confirmed_and_nothing_changed_is_refused(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], user: User
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, user.user_code)
    page = wizard.page
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.ENTRY
    assert "Aucun renseignement n'a été modifié" in page.summary_label.text()

    retype(qtbot, page.email, "marie.nouvelle@example.com")
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert page.form.errors() == {"email_confirmation": ["Ce champ est obligatoire."]}
    qtbot.keyClicks(page.email_confirmation, "marie.nouvele@example.com")
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert page.form.errors() == {
        "email_confirmation": ["La confirmation du courriel doit être identique au courriel."]
    }
    retype(qtbot, page.email_confirmation, "marie.nouvelle@example.com")
    click(qtbot, wizard.button(WizardButton.NEXT))
    assert wizard.current_kind() is StepKind.VERIFICATION


def test_own_role_cannot_be_changed_and_the_service_says_so_at_the_role_too(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any]
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, ctx.me.user_code)
    page = wizard.page
    assert not page.role.isEnabled()
    assert "propre rôle" in page.role.toolTip()
    # Were the choice open (an older client), the service refuses it at the field.
    page.role.setEnabled(True)
    qtbot.mouseClick(page.role.button("utilisateur"), Qt.MouseButton.LeftButton)
    transmit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.ENTRY, timeout=10000)
    assert page.form.errors() == {
        "role": ["Vous ne pouvez pas faire cette action sur votre propre dossier."]
    }
    saved, _etag = run_async(ctx.api.user(ctx.me.user_code))
    assert saved.role.value == "rse"


# ---- someone changed it first --------------------------------------------------------------------


def test_a_stale_edit_shows_yours_and_theirs_and_reapplies_on_top(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], user: User
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, user.user_code)
    page = wizard.page
    retype(qtbot, page.phone, "514 522-6699")
    someone_else_changes(ctx, run_async, user.user_code, first_name="Marie-Ève")

    transmit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.stale_dialog is not None, timeout=10000)
    dialog = wizard.stale_dialog
    assert isinstance(dialog, StaleDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert {c.name for c in dialog.changes} == {"first_name", "phone"}
    yours, theirs, result = (cell.text() for cell in dialog.cells["first_name"])
    assert (yours, theirs, result) == ("Marie (inchangé)", "Marie-Ève", "Marie-Ève")
    yours, theirs, result = (cell.text() for cell in dialog.cells["phone"])
    assert (yours, theirs, result) == ("514 522-6699", "418 555-0100 (inchangé)", "514 522-6699")
    assert not dialog.conflict_note.isVisible()
    assert wizard.result is None

    click(qtbot, dialog.reapply_button)
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    saved, _etag = run_async(ctx.api.user(user.user_code))
    assert (saved.first_name, saved.phone) == ("Marie-Ève", "5145226699")
    assert saved.version == user.version + 2
    text = " ".join(wizard.receipt_view.browser.toPlainText().split())  # type: ignore[union-attr]
    assert "Marie-Ève" in text and "514 522-6699" in text


def test_the_same_field_changed_by_both_is_a_conflict_and_yours_wins_on_reapply(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], user: User
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, user.user_code)
    retype(qtbot, wizard.page.first_name, "Maria")
    someone_else_changes(ctx, run_async, user.user_code, first_name="Mariette")
    transmit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.stale_dialog is not None, timeout=10000)
    dialog = wizard.stale_dialog
    assert dialog is not None
    assert [c.conflict for c in dialog.changes] == [True]
    assert dialog.conflict_note.isVisibleTo(dialog)
    assert [cell.text() for cell in dialog.cells["first_name"]] == ["Maria", "Mariette", "Maria"]
    click(qtbot, dialog.reapply_button)
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    assert run_async(ctx.api.user(user.user_code))[0].first_name == "Maria"


def test_dropping_the_changes_keeps_their_version_and_closes(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], user: User
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, user.user_code)
    retype(qtbot, wizard.page.last_name, "Autrement")
    theirs = someone_else_changes(ctx, run_async, user.user_code, phone="8195550199")
    transmit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.stale_dialog is not None, timeout=10000)
    click(qtbot, wizard.stale_dialog.drop_button)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not host.is_open(wizard), timeout=5000)
    saved, _etag = run_async(ctx.api.user(user.user_code))
    assert (saved.last_name, saved.phone, saved.version) == (
        theirs.last_name,
        "8195550199",
        theirs.version,
    )
    assert "users" in host.changed
    assert wizard.result is None


def test_reviewing_goes_back_to_the_form_on_top_of_their_version(
    qtbot: QtBot, ctx: AppContext, host: Host, run_async: Callable[..., Any], user: User
) -> None:
    wizard = open_modify(qtbot, ctx, host, run_async, user.user_code)
    page = wizard.page
    retype(qtbot, page.phone_extension, "77")
    someone_else_changes(ctx, run_async, user.user_code, last_name="Nouveau-Nom")
    transmit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.stale_dialog is not None, timeout=10000)
    dialog = wizard.stale_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: nothing lost, nothing sent
    qtbot.waitUntil(lambda: wizard.current_kind() is StepKind.ENTRY, timeout=5000)
    assert not wizard.is_transmitting()
    assert page.last_name.text() == "Nouveau-Nom"
    assert page.phone_extension.text() == "77"
    transmit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.receipt_view is not None, timeout=10000)
    saved, _etag = run_async(ctx.api.user(user.user_code))
    assert (saved.last_name, saved.phone_extension) == ("Nouveau-Nom", "77")


# ---- the comparison, on its own ------------------------------------------------------------------


def test_compare_and_rebase_keep_what_each_side_changed() -> None:
    original = {"a": "1", "b": "2", "c": "3"}
    yours = {"a": "1", "b": "20", "c": "30"}
    theirs = {"a": "10", "b": "2", "c": "300"}
    changes = compare_fields(
        [("a", "A"), ("b", "B"), ("c", "C")], original=original, yours=yours, theirs=theirs
    )
    assert [(c.name, c.yours_changed, c.theirs_changed, c.conflict) for c in changes] == [
        ("a", False, True, False),
        ("b", True, False, False),
        ("c", True, True, True),
    ]
    assert [c.result for c in changes] == ["10", "20", "30"]
    assert rebase(original, yours, theirs) == {"a": "10", "b": "20", "c": "30"}


def test_the_dialog_is_keyboard_ready(qtbot: QtBot) -> None:
    changes = compare_fields(
        [("end_date", "Date de fin")],
        original={"end_date": "2022-11-28"},
        yours={"end_date": "2023-01-31"},
        theirs={"end_date": "2022-12-31"},
    )
    dialog = StaleDialog(changes, subject="la procuration « Gestion des halocarbures »")
    qtbot.addWidget(dialog)
    decided: list[object] = []
    dialog.decided.connect(decided.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.reapply_button
    assert "Gestion des halocarbures" in dialog.findChildren(type(dialog.conflict_note))[1].text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [str(d) for d in decided] == ["reapply"]
