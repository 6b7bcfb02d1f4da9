"""Issue 5, «Done when», walked as the accounting firm's RSE lives it, on the real service with
the demo data: sign in, the network goes (the service stops), the client is reopened and still
shows every client and procuration with their «données au» time; the network comes back and the
client catches up with what a client enterprise did meanwhile; then twenty procurations are
extended in one go and the combined receipt is saved as a PDF and read back.

The service is `tests.ui.test_offline`'s switchable one (its own database, a fixed port, stopped
and started again on the same database). While the firm is cut off, the service keeps serving
the other enterprises: the same database is served at a second address, which only the bakery
(a client of the firm) uses — so what it does is done while the firm's client is offline, and
the catching up does not depend on which of the two the client would have noticed first.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient, new_idempotency_key
from app.cache.label import data_time, offline_label
from app.domain import rules
from app.domain.common import ProcurationState
from app.domain.models import Procuration
from app.portfolio import Scope
from app.settings import Settings
from server.demo import BAKERY_ID, FIRM_ID
from tests.e2e.test_create_user_receipt import pdf_words
from tests.support.enterprises import give_external_procuration
from tests.support.live_service import start_live_service
from tests.ui.shell_helpers import StartController, sign_in_as, start_controller, wait_for_screen
from tests.ui.test_offline import Switchable, in_thread, status_text, wait_synced
from ui.views.portfolio import PortfolioView
from ui.wizards.bulk import STEP_ENTRY, STEP_RESULT, STEP_VERIFY, BulkWizard
from ui.wizards.create_procuration import today

__all__ = ["start_controller"]  # the fixture, imported for pytest

# The README's demo sign-ins: the firm's RSE, and the RSE of the bakery, one of its clients.
FIRM_RSE = ("MGA42CP", "Cabinet-Gagnon-Mandataire")
BAKERY_RSE = ("BVP58TR", "Pain-Frais-du-Matin")
REFERENCE = re.compile(r"Votre numéro de référence est : (\d{9})\.")
RunAsync = Callable[..., Any]


@pytest.fixture
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Switchable]:
    switchable = Switchable(tmp_path_factory.mktemp("firm-offline-day"))
    try:
        yield switchable
    finally:
        switchable.stop()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.toolTip()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_portfolio(qtbot: QtBot, window: Any) -> PortfolioView:
    """«Portefeuille des clients», clicked in the navigation, once its list is loaded."""
    navigation = window.navigation
    item = navigation.item(window.screen_keys().index("portfolio"))
    navigation.scrollToItem(item)
    rect = navigation.visualItemRect(item)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_screen(qtbot, window)
    view = window.current_page()
    assert isinstance(view, PortfolioView)
    # «Nombre de procurations : n» once the whole list is in (not «Chargement…» of its start).
    qtbot.waitUntil(
        lambda: view.count_label.text().startswith("Nombre de procurations : "), timeout=10_000
    )
    return view


def listed(view: PortfolioView) -> tuple[set[str], set[str]]:
    """The procurations on the list (all of the scope: no filter is set) and the clients in
    «Regrouper par Client» on the left."""
    assert view.model.visible_count() == view.model.total_count()
    ids = {r.id for r in view.model.rows()}
    clients = {g.key for g in view.group_model.groups}
    assert view.group_model.rowCount() == len(clients) + 1  # «Tous (n)» first
    return ids, clients


def what_the_service_has(run_async: RunAsync, base_url: str) -> tuple[set[str], set[str], set[str]]:
    """As the firm, through the API: the procurations received, their clients, and its own."""

    async def read() -> tuple[set[str], set[str], set[str]]:
        async with ApiClient(base_url) as api:
            await api.login(*FIRM_RSE)
            received = await api.all_procurations(received=True)
            own = await api.all_procurations()
            await api.logout()
        return {p.id for p in received}, {p.mandant.id for p in received}, {p.id for p in own}

    result: tuple[set[str], set[str], set[str]] = run_async(read(), timeout=20_000)
    return result


def the_bakery_works_meanwhile(
    run_async: RunAsync, service: Switchable, tag: str
) -> tuple[Procuration, Procuration]:
    """While the firm is cut off, the bakery (on the same service, at an address the firm's
    client does not use) gives the firm a new procuration and revokes «Taxes et paiements»."""
    elsewhere = in_thread(start_live_service, service.folder, seed=False)

    async def work() -> tuple[Procuration, Procuration]:
        async with ApiClient(elsewhere.base_url) as api:
            await api.login(*BAKERY_RSE)
            given = await give_external_procuration(
                api, FIRM_ID, f"Acomptes provisionnels {tag}", services=("RQ-TVQ-PAIE",)
            )
            taxes = next(
                p
                for p in await api.all_procurations(type="externe")
                if p.description == "Taxes et paiements"
            )
            revoked = await api.procuration_action(
                taxes.id, "revoke", idempotency_key=new_idempotency_key()
            )
            await api.logout()
        return given, revoked.procuration

    try:
        done: tuple[Procuration, Procuration] = run_async(work(), timeout=20_000)
    finally:
        elsewhere.stop()
    return done


def test_the_firms_day_offline_then_twenty_extended_with_one_receipt(
    qtbot: QtBot,
    service: Switchable,
    start_controller: StartController,
    run_async: RunAsync,
    tmp_path: Path,
) -> None:
    # ---- morning: the RSE signs in («Se souvenir de moi»); the lists are kept on this computer
    settings = Settings()
    first = start_controller(service_url=service.base_url, settings=settings)
    dialog = first.sign_in_dialog
    assert dialog is not None
    box = dialog.remember_box
    qtbot.waitUntil(box.isVisible, timeout=5000)  # offered: there is a keyring
    if not box.isChecked():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert box.isChecked()
    window = sign_in_as(qtbot, first, *FIRM_RSE)
    assert "Gagnon Comptables CPA inc." in window.enterprise_status.text()
    store = wait_synced(qtbot, window).store
    assert store is not None and store.persistent
    synced_at = store.synced_at
    assert synced_at is not None
    online_view = open_portfolio(qtbot, window)
    received, clients, own = what_the_service_has(run_async, service.base_url)
    assert len(clients) > 300 and len(own) == 20  # the demo: 300 clients and more; 20 of its own
    assert listed(online_view) == (received, clients)

    # ---- the network goes; the client is closed, then opened again, offline
    service.stop()
    with qtbot.waitSignal(first.finished, timeout=15_000):
        window.close()
    again = start_controller(service_url=service.base_url, settings=settings)
    dialog = again.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: (
            dialog.service_action.isVisible()
            and dialog.service_action.text() == "Ouvrir hors ligne"
        ),
        timeout=15_000,
    )
    # The password is checked on this computer (the hash kept at the last sign-in): a wrong
    # one opens nothing and says why; the right one opens the kept lists.
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "Pas-le-bon-mot-de-passe")
    click(qtbot, dialog.service_action)
    qtbot.waitUntil(lambda: "Mot de passe incorrect" in dialog.failure_text(), timeout=15_000)
    assert again.main_window is None
    qtbot.keyClicks(dialog.password_edit, FIRM_RSE[1])
    with qtbot.waitSignal(again.main_window_shown, timeout=15_000):
        click(qtbot, dialog.service_action)
    window = again.main_window
    assert window is not None
    ctx = window.ctx
    qtbot.waitUntil(lambda: not ctx.online, timeout=5000)
    assert window.offline_banner.isVisible()
    said = offline_label(synced_at)  # «Hors ligne — données au 12 mai 2026 à 9 h 41»
    assert said.startswith("Hors ligne — données au ")
    qtbot.waitUntil(lambda: status_text(window) == said, timeout=5000)

    view = open_portfolio(qtbot, window)
    # Every client and every procuration the service had, with the time of the data.
    assert view.data.offline and view.data.as_of == synced_at
    assert view.offline_label.isVisible() and view.offline_label.text() == said
    assert listed(view) == (received, clients)
    assert view.count_label.text() == f"Nombre de procurations : {len(received)}"
    qtbot.keyClicks(view.scope, "T")  # «Procurations : Toutes», typed in the combo
    assert view.scope_value() is Scope.ALL
    assert listed(view)[0] == received | own
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected_rows()) == len(received | own)
    for name in ("extend", "assign", "refresh"):  # reading only, each saying why
        assert not view.buttons[name].isEnabled()
        assert "injoignable" in view.buttons[name].toolTip()
    view.table.clearSelection()

    # ---- meanwhile, a client enterprise works with the service
    tag = uuid.uuid4().hex[:6]
    given, revoked = the_bakery_works_meanwhile(run_async, service, tag)
    assert given.mandant.id == BAKERY_ID and revoked.state is ProcurationState.RV
    assert given.id not in received and revoked.id in received

    # ---- the network comes back: «Réessayer maintenant», and the client catches up
    service.start()
    click(qtbot, window.service_indicator.retry_button)
    qtbot.waitUntil(lambda: ctx.online, timeout=15_000)
    assert again.main_window is window  # the remembered session took over by itself
    assert not window.offline_banner.isVisible()

    def caught_up() -> bool:
        rows = {r.id: r for r in view.model.rows()}
        return (
            not view.data.offline
            and given.id in rows
            and rows[revoked.id].state is ProcurationState.RV
        )

    qtbot.waitUntil(caught_up, timeout=15_000)
    assert not view.offline_label.isVisible()
    assert listed(view)[0] == received | own | {given.id}
    # The kept lists caught up too: the status bar gives the new sync's time, no longer offline.
    store = wait_synced(qtbot, window).store
    assert store is not None

    def says_the_new_time() -> bool:
        now = store.synced_at
        return (
            now is not None
            and now > synced_at
            and status_text(window) == f"Données hors ligne au {data_time(now)}"
        )

    qtbot.waitUntil(says_the_new_time, timeout=15_000)
    kept = {p.id: p for p in store.received()}
    assert given.id in kept and kept[revoked.id].state is ProcurationState.RV

    # ---- twenty of the firm's own procurations extended in one go
    qtbot.keyClicks(view.scope, "D")  # «De mon entreprise»
    assert view.scope_value() is Scope.OWN
    assert listed(view)[0] == own
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.selection_label.text().startswith(
        "20 sélectionnée(s) : 0 reçue(s) active(s), 20 de votre entreprise active(s)"
    )
    starts = {r.id: r.procuration.start_date for r in view.selected_rows()}
    click(qtbot, view.buttons["extend"])
    wizard = view.current_wizard
    assert isinstance(wizard, BulkWizard)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is wizard, timeout=5000)
    assert wizard.current_step() == STEP_ENTRY
    assert wizard.entry_count.text() == (
        "20 procuration(s) sélectionnée(s) : 20 à transmettre, 0 non transmise(s)"
    )
    target = wizard.target()  # the date proposed (a year from today), capped for each
    assert target == today() + timedelta(days=365)
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == STEP_VERIFY
    assert wizard.verify_text.text().startswith("20 procuration(s) seront traitées")
    click(qtbot, wizard.submit_button)
    qtbot.waitUntil(lambda: wizard.current_step() == STEP_RESULT, timeout=30_000)
    assert wizard.result_text.text().startswith(
        "Traitement terminé : 20 fait(s), 0 refusé(s) par le service, 0 non transmis."
    )
    journal = wizard.journal
    assert journal is not None
    references = {i.reference for i in journal.items if i.reference}
    assert len(references) == 20

    # The combined receipt, «Enregistrer en PDF» in the save dialog, read back.
    click(qtbot, wizard.pdf_button)
    qtbot.waitUntil(lambda: wizard.file_dialog is not None, timeout=5000)
    file_dialog = wizard.file_dialog
    assert file_dialog is not None
    target_pdf = tmp_path / "prolongation-en-lot.pdf"
    file_dialog.selectFile(str(tmp_path / "prolongation-en-lot"))
    file_dialog.accept()  # ".pdf" is added for the person
    qtbot.waitUntil(lambda: target_pdf.exists() and wizard.file_dialog is None, timeout=15_000)
    text = pdf_words(target_pdf)
    assert "Prolongation de procurations — sommaire d'un traitement en lot" in text
    # Each transaction's own receipt, and each reference on the summary as well.
    assert sorted(REFERENCE.findall(text)) == sorted(references)
    for reference in references:
        assert text.count(reference) >= 2, reference

    # «Imprimer»: the preview shows the same pages, and printed to a PDF printer, the same text.
    click(qtbot, wizard.print_button)
    qtbot.waitUntil(
        lambda: wizard.preview_dialog is not None and wizard.preview_dialog.isVisible(),
        timeout=5000,
    )
    preview_dialog = wizard.preview_dialog
    assert preview_dialog is not None
    preview = preview_dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 21, timeout=15_000)  # summary + 20
    printer = wizard._printer
    assert printer is not None
    printed_pdf = tmp_path / "imprime.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed_pdf))
    preview.print_()
    assert pdf_words(printed_pdf) == text  # the summary and the twenty receipts, as saved
    preview_dialog.reject()
    qtbot.waitUntil(lambda: wizard.preview_dialog is None, timeout=5000)
    click(qtbot, wizard.done_button)

    # Back on the list: the twenty end dates moved, each to its own limit at most.
    def extended() -> bool:
        rows = {r.id: r for r in view.model.rows()}
        return set(rows) == own and all(
            rows[pid].end_date == min(target, rules.latest_end_date(start))
            for pid, start in starts.items()
        )

    qtbot.waitUntil(lambda: window.stack.currentWidget() is view, timeout=5000)
    qtbot.waitUntil(extended, timeout=15_000)
