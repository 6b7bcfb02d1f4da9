"""Traitement en lot from the portfolio: select many, one transaction each, stop and resume."""

from __future__ import annotations

import subprocess
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.bulk import (
    BulkAction,
    BulkItem,
    BulkJournal,
    BulkRunner,
    ItemStatus,
    RunOutcome,
    plan_extend,
)
from app.domain import rules
from app.domain.models import Procuration, ProcurationCreate, Receipt, RightIn
from server.demo import FIRM_ID
from tests.support.enterprises import give_external_procuration, onboard, open_context
from tests.support.frames import Frames
from tests.ui.support_procurations import new_user
from ui.context import AppContext
from ui.views.portfolio import PortfolioView
from ui.wizards.bulk import STEP_ENTRY, STEP_RESULT, STEP_SEND, STEP_VERIFY, BulkWizard
from ui.wizards.create_procuration import to_qdate, today

RunAsync = Callable[..., Any]


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def clients(live_service: Any, run_async: RunAsync) -> Iterator[Callable[[str], AppContext]]:
    contexts: list[AppContext] = []

    def make(name: str) -> AppContext:
        made = run_async(onboard(live_service.database_url, name))
        ctx: AppContext = run_async(
            open_context(live_service.base_url, made.user_code, made.password)
        )
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        run_async(ctx.api.aclose())


def search_and_select_all(qtbot: QtBot, view: PortfolioView, text: str, count: int) -> None:
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    assert view.model.visible_count() == count
    view.table.setFocus()
    view.table.selectAll()
    assert len(view.selected_rows()) == count


def description_of(receipt: Receipt) -> str:
    for section in receipt.recap.get("sections", []):
        for row in section.get("rows", []):
            if row.get("label_fr") == "Description":
                return str(row.get("value"))
    return ""


def test_assigning_many_received_procurations_lists_the_refused_one_with_its_reason(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    clients: Callable[[str], AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    tmp_path: Path,
) -> None:
    firm = signed_in("RSE — Gagnon Comptables")
    tag = uuid.uuid4().hex[:6]
    first, second = clients(f"Lot A {tag} inc."), clients(f"Lot B {tag} inc.")
    given: list[Procuration] = [
        run_async(give_external_procuration(c.api, FIRM_ID, f"Lot {tag} {n}"), timeout=10000)
        for n, c in enumerate((first, second, first), start=1)
    ]
    staff = new_user(firm, run_async, last_name=f"Lot {tag}")
    view = open_portfolio(firm)
    search_and_select_all(qtbot, view, f"Lot {tag}", 3)
    frames = Frames(qtbot, firm)
    click(qtbot, view.buttons["assign"])
    wizard = frames.current_of(BulkWizard)
    assert wizard.current_step() == STEP_ENTRY
    assert wizard.entry_count.text().startswith(
        "3 procuration(s) sélectionnée(s) : 3 à transmettre"
    )

    # Nobody chosen yet: the wizard says so and stays.
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == STEP_ENTRY
    assert "Choisissez l'utilisateur" in wizard.entry_error.text()
    wizard.assignee.setCurrentIndex(wizard.assignee.findData(staff.user_code))
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == STEP_VERIFY
    assert wizard.verify_text.text().startswith("3 procuration(s) seront traitées")
    click(qtbot, wizard.submit_button)
    qtbot.waitUntil(lambda: wizard.current_step() == STEP_RESULT, timeout=20000)

    journal = wizard.journal
    assert journal is not None
    by_id = {i.procuration_id: i for i in journal.items}
    assert by_id[given[1].id].status is ItemStatus.DONE
    # The same person cannot hold two procurations of one client: the first of the two sent
    # is done, the other refused, with the service's reason.
    [done_a] = [by_id[p.id] for p in (given[0], given[2]) if by_id[p.id].status is ItemStatus.DONE]
    [refused] = [by_id[p.id] for p in (given[0], given[2]) if by_id[p.id] is not done_a]
    assert refused.status is ItemStatus.FAILED
    assert "détient déjà une procuration de cette entreprise" in refused.message_fr
    assert "Éléments non traités (1)" in wizard.failed_text.text()
    assert refused.message_fr in wizard.failed_text.text()
    assert "2 fait(s), 1 refusé(s) par le service" in wizard.result_text.text()
    held = run_async(firm.api.user_assignments(staff.user_code))
    assert sorted(a.procuration_id for a in held if a.active) == sorted(
        [done_a.procuration_id, given[1].id]
    )
    # The combined receipt: the summary, then each reference's own receipt.
    pdf = wizard.save_pdf(tmp_path / "lot")
    assert pdf is not None and pdf.suffix == ".pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for item in (done_a, by_id[given[1].id]):
        assert item.reference is not None and text.count(item.reference) >= 2
    click(qtbot, wizard.done_button)
    assert wizard in frames.closed


def test_extending_own_procurations_stopped_half_way_is_resumed_from_the_portfolio(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
) -> None:
    champions = signed_in("RSE — Les Champions")
    tag = uuid.uuid4().hex[:6]
    made = []
    for n in range(4):
        body = ProcurationCreate(
            type="interne",
            start_date=today() - timedelta(days=20),
            end_date=today() + timedelta(days=10 + n),
            description=f"Prolonger {tag} {n}",
            rights=[RightIn(ministry="MELCC", access="restricted", services=["HALO-DECL"])],
        )
        made.append(
            run_async(
                champions.api.create_procuration(body, idempotency_key=new_idempotency_key())
            ).procuration
        )
    view = open_portfolio(champions)
    view.scope.setCurrentIndex(view.scope.findData("own"))
    search_and_select_all(qtbot, view, f"Prolonger {tag}", 4)
    assert not view.buttons["assign"].isEnabled()
    frames = Frames(qtbot, champions)
    click(qtbot, view.buttons["extend"])
    wizard = frames.current_of(BulkWizard)
    assert wizard.action is BulkAction.EXTEND
    target = today() + timedelta(days=400)
    wizard.end_date.setDate(to_qdate(target))
    assert wizard.model.row_at(0).end_date == target
    # «Date maximale de chacune»: each its own limit.
    wizard.max_dates.setChecked(True)
    assert {i.end_date for i in wizard.model.rows()} == {
        rules.latest_end_date(today() - timedelta(days=20))
    }
    wizard.max_dates.setChecked(False)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.submit_button)
    assert wizard.runner is not None

    # «Arrêter» as soon as the first item is done.
    runner = wizard.runner
    shown = runner.on_item

    def stop_after_first(journal: Any, item: Any) -> None:
        assert shown is not None
        shown(journal, item)
        if item.status is ItemStatus.DONE:
            click(qtbot, wizard.stop_button)

    runner.on_item = stop_after_first
    qtbot.waitUntil(lambda: wizard.runner is None, timeout=20000)
    assert wizard.outcome is RunOutcome.CANCELLED
    assert wizard.current_step() == STEP_SEND
    assert wizard.resume_button.isVisible()
    assert "3 élément(s) restent à transmettre" in wizard.stopped_label.text()
    click(qtbot, wizard.close_button)

    # The portfolio offers to resume it; resuming does the rest, nothing twice.
    qtbot.waitUntil(lambda: view.resume_button.isVisible(), timeout=5000)
    assert "3 élément(s)" in view.resume_label.text()
    click(qtbot, view.resume_button)
    resumed = frames.current_of(BulkWizard)
    assert resumed is not wizard and resumed.current_step() == STEP_SEND
    click(qtbot, resumed.resume_button)
    qtbot.waitUntil(lambda: resumed.current_step() == STEP_RESULT, timeout=20000)
    assert resumed.journal is not None
    assert all(i.status is ItemStatus.DONE for i in resumed.journal.items)

    receipts = run_async(champions.api.all_receipts(kind="procuration.modify"))
    ours = Counter(description_of(r) for r in receipts if f"Prolonger {tag}" in description_of(r))
    assert ours == Counter(p.description for p in made)
    for p in made:
        now, _etag = run_async(champions.api.procuration(p.id))
        assert now.end_date == target and now.version == p.version + 1
    click(qtbot, resumed.done_button)
    qtbot.waitUntil(lambda: not view.resume_button.isVisible(), timeout=5000)


class Killed(Exception):
    """The program stopped dead while a run was sending."""


def interrupted_extension(
    ctx: AppContext, run_async: RunAsync, tag: str, *, kill_sending: bool
) -> tuple[list[Procuration], BulkJournal]:
    """Four own procurations and a bulk extension of them stopped after the first is done:
    cancelled between two items, or (kill_sending) killed with the second marked «sending» —
    sent as far as the journal knows, its outcome unknown."""
    made = []
    for n in range(4):
        body = ProcurationCreate(
            type="interne",
            start_date=today() - timedelta(days=20),
            end_date=today() + timedelta(days=10 + n),
            description=f"Abandonner {tag} {n}",
            rights=[RightIn(ministry="MELCC", access="restricted", services=["HALO-DECL"])],
        )
        made.append(
            run_async(
                ctx.api.create_procuration(body, idempotency_key=new_idempotency_key())
            ).procuration
        )
    journal = plan_extend(
        made,
        today() + timedelta(days=400),
        user_code=ctx.me.user_code,
        enterprise_id=ctx.me.enterprise.id,
        today=today(),
    )
    journal.save()
    runner = BulkRunner(ctx.api, journal)

    def stop(_journal: BulkJournal, item: BulkItem) -> None:
        if item.status is ItemStatus.DONE and not kill_sending:
            runner.cancel()
        if kill_sending and item.status is ItemStatus.SENDING and item is journal.items[1]:
            raise Killed()

    runner.on_item = stop
    if kill_sending:
        with pytest.raises(Killed):
            run_async(runner.run(), timeout=20000)
    else:
        assert run_async(runner.run(), timeout=20000) is RunOutcome.CANCELLED
    return made, journal


def answer_abandon(qtbot: QtBot, view: PortfolioView, text: str) -> QMessageBox:
    click(qtbot, view.abandon_button)
    box = view.abandon_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == text)
    click(qtbot, button)
    qtbot.waitUntil(lambda: view.abandon_question is None, timeout=5000)
    return box


def test_an_interrupted_run_abandoned_from_the_portfolio_sends_nothing_more(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
) -> None:
    champions = signed_in("RSE — Les Champions")
    made, journal = interrupted_extension(
        champions, run_async, uuid.uuid4().hex[:6], kill_sending=True
    )
    view = open_portfolio(champions)
    qtbot.waitUntil(lambda: view.abandon_button.isVisible(), timeout=5000)
    assert view.resume_button.isVisible()
    assert "3 élément(s)" in view.resume_label.text()

    click(qtbot, view.abandon_button)
    box = view.abandon_question
    assert box is not None
    said = box.informativeText()
    assert "Les 1 élément(s) déjà faits restent faits" in said
    assert "accusés de réception sont conservés" in said
    assert "Les 2 élément(s) pas encore transmis ne le seront pas" in said
    # The item sent whose answer never came is not silently dropped.
    assert "1 élément(s) ont été transmis sans que la réponse" in said
    assert "« Accusés de réception »" in said
    yes = next(b for b in box.buttons() if b.text() == "&Abandonner")
    click(qtbot, yes)
    qtbot.waitUntil(lambda: not view.abandon_button.isVisible(), timeout=5000)
    assert not view.resume_button.isVisible() and not view.resume_label.isVisible()
    assert view.unfinished == []

    # Kept on disk, marked abandoned, the receipt of the item done kept.
    assert journal.path is not None
    on_disk = BulkJournal.load(journal.path)
    assert on_disk.abandoned
    assert [i.status for i in on_disk.items] == [
        ItemStatus.DONE,
        ItemStatus.SENDING,
        ItemStatus.PLANNED,
        ItemStatus.PLANNED,
    ]
    assert len(on_disk.receipts()) == 1
    # Nothing more was sent: only the first procuration has a new end date.
    for p, changed in zip(made, (True, False, False, False), strict=True):
        now, _etag = run_async(champions.api.procuration(p.id))
        assert (now.end_date != p.end_date) is changed
        assert now.version == p.version + (1 if changed else 0)
    # A portfolio opened again does not offer it either.
    again = open_portfolio(champions)
    assert not again.abandon_button.isVisible() and not again.resume_button.isVisible()


def test_cancelling_the_abandon_question_keeps_the_run_to_resume(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
) -> None:
    champions = signed_in("RSE — Les Champions")
    _made, journal = interrupted_extension(
        champions, run_async, uuid.uuid4().hex[:6], kill_sending=False
    )
    view = open_portfolio(champions)
    qtbot.waitUntil(lambda: view.abandon_button.isVisible(), timeout=5000)
    box = answer_abandon(qtbot, view, "&Non")
    # No item of unknown outcome here: the question does not speak of one.
    assert "transmis sans que la réponse" not in box.informativeText()
    assert view.abandon_button.isVisible() and view.resume_button.isVisible()
    assert "3 élément(s)" in view.resume_label.text()
    assert journal.path is not None
    assert not BulkJournal.load(journal.path).abandoned
    assert [j.id for j in view.unfinished] == [journal.id]


def test_a_refusal_needs_its_reason_and_cancel_sends_nothing(
    qtbot: QtBot,
    signed_in: Callable[..., AppContext],
    open_portfolio: Callable[[AppContext], PortfolioView],
) -> None:
    firm = signed_in("RSE — Gagnon Comptables")
    view = open_portfolio(firm)
    view.state_filter.setCurrentIndex(view.state_filter.findData("AC"))
    view.table.selectRow(0)
    frames = Frames(qtbot, firm)
    click(qtbot, view.buttons["refuse"])
    wizard = frames.current_of(BulkWizard)
    click(qtbot, wizard.next_button)
    assert "Indiquez la raison du refus" in wizard.entry_error.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard in frames.closed
    assert wizard.journal is not None and wizard.journal.path is None  # never saved, never sent
