"""«Portefeuille des clients» and «Échéances», used as the firm's RSE would, on the real service."""

from __future__ import annotations

import csv
import io
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain.common import ProcurationState
from app.domain.models import Procuration, ProcurationCreate, RightIn, User
from app.export import BOM
from app.portfolio import (
    Bucket,
    GroupBy,
    ItemKind,
    PortfolioData,
    PortfolioFilter,
    Scope,
    build_matrix,
    portfolio_rows,
)
from server.demo import BAKERY, BAKERY_ID, FIRM_ID
from tests.support.enterprises import give_external_procuration, onboard, open_context
from tests.support.frames import Frames
from tests.ui.support_procurations import new_user
from ui.context import AppContext
from ui.models.table import FilterCancelled, default_sort_key, fold
from ui.views.expiry import ExpiryView
from ui.views.portfolio import PortfolioView
from ui.widgets.rights_matrix import RightsMatrixWidget
from ui.wizards.create_procuration import CreateProcurationWizard, today
from ui.wizards.modify_procuration import ModifyProcurationWizard

FIRM_RSE = "RSE — Gagnon Comptables"
RunAsync = Callable[..., Any]


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def column(view: PortfolioView, header: str) -> int:
    return [" ".join(c.header.split()) for c in view.model.columns()].index(header)


def cell(view: PortfolioView, procuration_id: str, header: str) -> str:
    row = view.model.find(lambda r: r.id == procuration_id)
    assert row >= 0, "not shown"
    return str(view.model.index(row, column(view, header)).data())


def click_row(qtbot: QtBot, view: PortfolioView, procuration_id: str) -> None:
    row = view.model.find(lambda r: r.id == procuration_id)
    assert row >= 0, "not shown"
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [r.id for r in view.selected_rows()] == [procuration_id]


@pytest.fixture
def firm(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in(FIRM_RSE)


@pytest.fixture
def client(live_service: Any, run_async: RunAsync) -> Iterator[Callable[[str], AppContext]]:
    """`client(name)` → the signed-in RSE of a new client enterprise of the firm."""
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


def give(
    run_async: RunAsync, client_ctx: AppContext, description: str, **options: Any
) -> Procuration:
    made: Procuration = run_async(
        give_external_procuration(client_ctx.api, FIRM_ID, description, **options), timeout=10000
    )
    return made


def assign(run_async: RunAsync, firm: AppContext, p: Procuration, user: User) -> None:
    run_async(firm.api.assign(p.id, [user.user_code], idempotency_key=new_idempotency_key()))


# ---- the portfolio -------------------------------------------------------------------------------


def test_every_client_with_its_procurations_grouped_and_filtered(
    qtbot: QtBot,
    firm: AppContext,
    open_portfolio: Callable[[AppContext], PortfolioView],
    qtmodeltester: Any,
) -> None:
    view = open_portfolio(firm)
    total = view.model.total_count()
    assert total >= 300
    assert view.count_label.text() == f"Nombre de procurations : {total}"
    clients = {r.client_id for r in view.model.rows()}
    assert view.group_model.rowCount() == len(clients) + 1  # «Tous (n)» first
    assert view.group_model.index(0).data() == f"Tous ({total})"
    qtmodeltester.check(view.model)

    # A client, from the groups on the left.
    view.choose_group(GroupBy.CLIENT, BAKERY_ID)
    shown = view.model.visible_rows()
    assert shown and all(r.client_id == BAKERY_ID for r in shown)
    bakery = next(r for r in shown if r.description == "Taxes et paiements")
    assert cell(view, bakery.id, "Entreprise mandante") == BAKERY
    assert cell(view, bakery.id, "Droits d'accès") == "RQ, CNESST"
    assert cell(view, bakery.id, "Provenance") == "Reçue"
    assert view.notes_client() == BAKERY_ID

    # Filters combine with the group; clearing them shows everything again.
    view.choose_group(GroupBy.CLIENT, None)
    view.ministry_filter.setCurrentIndex(view.ministry_filter.findData("CNESST"))
    assert view.model.visible_count() > 0
    assert all("CNESST" in r.ministries for r in view.model.visible_rows())
    view.service_filter.setCurrentIndex(view.service_filter.findData("CNESST-DECL"))
    assert all(("CNESST", "CNESST-DECL") in r.services for r in view.model.visible_rows())
    view.clear_filters()
    view.end_filter.setCurrentIndex(view.end_filter.findData("30"))
    soon = view.model.visible_rows()
    assert soon and all(
        r.state is ProcurationState.AC and 0 <= r.days_left(today()) <= 30 for r in soon
    )
    view.state_filter.setCurrentIndex(view.state_filter.findData("RF"))
    assert view.model.visible_count() == 0
    assert view.count_label.text() == f"Nombre de procurations : 0 sur {total}"
    click(qtbot, view.clear_button)
    assert view.model.visible_count() == total

    # By holder: «Aucun» keeps the procurations nobody holds.
    view.holder_filter.setCurrentIndex(view.holder_filter.findData(""))
    assert all(not r.holders for r in view.model.visible_rows())
    view.clear_filters()

    # The search, typed as a person types.
    qtbot.keyClicks(view.search, "boulangerie vieux")
    assert {r.client_id for r in view.model.visible_rows()} == {BAKERY_ID}
    view.search.clear()

    # Grouped by state, the counts add up to the rows.
    view.group_by.setCurrentIndex(view.group_by.findData(GroupBy.STATE.value))
    counts = [view.group_model.groups[i].count for i in range(len(view.group_model.groups))]
    assert sum(counts) == total


def test_a_list_prepared_in_the_background_follows_a_filter_chosen_meanwhile(
    firm: AppContext, open_portfolio: Callable[[AppContext], PortfolioView]
) -> None:
    view = open_portfolio(firm)
    data, scope = view.data, view.scope_value()
    # The rows sorted and the groups counted in a worker thread, for the screen as it was...
    prepared = view._prepare_rows(data, scope, view._group_state())
    assert prepared.groups == view.group_model.groups
    # ...and a state chosen before they came in: counted again for it, not taken as they were.
    view.state_filter.setCurrentIndex(view.state_filter.findData("RV"))
    view.set_data(data, {scope: prepared.rows.rows}, prepared=prepared)
    revoked = [r for r in view.model.rows() if r.state is ProcurationState.RV]
    assert 0 < len(revoked) < view.model.total_count()
    assert view.model.visible_rows() == sorted(revoked, key=lambda r: fold(r.client_name))
    assert view.group_model.total == len(revoked)
    assert sum(g.count for g in view.group_model.groups) == len(revoked)


def test_the_firms_notes_on_a_client_are_kept_here_and_filter_the_list(
    qtbot: QtBot,
    firm: AppContext,
    client: Callable[[str], AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    procura_dirs: Any,
) -> None:
    name = f"Quincaillerie Essai {uuid.uuid4().hex[:6]} inc."
    customer = client(name)
    p = give(run_async, customer, "Déclarations TPS/TVQ")
    view = open_portfolio(firm)
    click_row(qtbot, view, p.id)
    assert view.notes_client() == p.mandant.id
    assert name in view.notes_client_label.text()
    qtbot.keyClicks(view.tags_edit, "TPS trimestrielle, À relancer")
    qtbot.keyClicks(view.note_edit, "Fin d'exercice le 31 mars.")
    click(qtbot, view.save_notes_button)

    assert cell(view, p.id, "Étiquettes") == "À relancer, TPS trimestrielle"
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("tps trimestrielle"))
    assert {r.client_id for r in view.model.visible_rows()} == {p.mandant.id}
    notes_file = Path(view.notes.path)
    assert notes_file.is_relative_to(procura_dirs.data)
    assert oct(notes_file.stat().st_mode & 0o777) == "0o600"

    again = open_portfolio(firm)
    assert again.notes.note_of(p.mandant.id) == "Fin d'exercice le 31 mars."
    assert cell(again, p.id, "Étiquettes") == "À relancer, TPS trimestrielle"


def test_who_can_act_for_this_client_and_on_which_service(
    qtbot: QtBot,
    firm: AppContext,
    client: Callable[[str], AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    tmp_path: Path,
) -> None:
    customer = client(f"Garage Essai {uuid.uuid4().hex[:6]} inc.")
    p = give(run_async, customer, "Taxes", services=("RQ-TVQ-DECL", "RQ-TVQ-PAIE"))
    staff = new_user(firm, run_async, last_name=f"Matrice {uuid.uuid4().hex[:6]}")
    assign(run_async, firm, p, staff)
    view = open_portfolio(firm)

    matrix = view.show_matrix(p.mandant.id)
    person = f"{staff.last_name}, {staff.first_name}"
    assert matrix.model.people == [(staff.user_code, person)]
    assert matrix.model.ministries == ["RQ"]
    assert matrix.model.index(0, 0).data() == "Avec restriction (2)"
    assert f"1 personne(s) peuvent agir pour {p.mandant.name} : {person}." == (matrix.answer_text())
    assert matrix.detail_model.visible_count() == 1
    exported = matrix.export_csv(tmp_path / "droits.csv").read_bytes().decode("utf-8-sig")
    lines = exported.split("\r\n")
    assert lines[0].startswith("Personne;Entreprise mandante;Numéro d'identification;")
    assert lines[1].startswith(f"{person} ({staff.user_code});{p.mandant.name};{p.mandant.id};RQ;")
    matrix.choose("RQ", "RQ-IMPOT")
    assert matrix.answer_text().startswith("Personne de votre entreprise ne peut agir pour")
    assert matrix.model.rowCount() == 0
    matrix.choose("RQ", "RQ-TVQ-PAIE")
    assert matrix.model.people == [(staff.user_code, person)]

    # And the other way: whom this person can act for.
    matrix.clear()
    row = [c for c, _n in matrix.model.people].index(staff.user_code)
    matrix.grid.setCurrentIndex(matrix.model.index(row, matrix.model.ministries.index("RQ")))
    assert {g.client_id for g in matrix.detail_model.rows()} == {p.mandant.id}
    assert matrix.detail_label.text().startswith(f"Droits de {person}")


def test_a_large_matrix_is_worked_out_in_a_worker_thread_and_answers_the_same(
    qtbot: QtBot,
    firm: AppContext,
    client: Callable[[str], AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As for a firm of 100 000 procurations: the matrix built, and each choice worked out, in
    # a worker thread while the tab says so.
    monkeypatch.setattr("ui.views.portfolio.LARGE", 0)
    monkeypatch.setattr("ui.widgets.rights_matrix.LARGE", 0)
    customer = client(f"Garage Essai {uuid.uuid4().hex[:6]} inc.")
    p = give(run_async, customer, "Taxes", services=("RQ-TVQ-DECL", "RQ-TVQ-PAIE"))
    staff = new_user(firm, run_async, last_name=f"Matrice {uuid.uuid4().hex[:6]}")
    assign(run_async, firm, p, staff)
    view = open_portfolio(firm)
    person = (staff.user_code, f"{staff.last_name}, {staff.first_name}")
    same = build_matrix(view.data.procurations(), view.data.assignments, today())

    def settled(matrix: RightsMatrixWidget) -> None:
        qtbot.waitUntil(lambda: not matrix.is_working(), timeout=10_000)
        assert matrix.working_label.text() == ""

    view.tabs.setCurrentIndex(1)  # a click on the tab
    matrix = view.matrix_widget
    assert matrix is not None and view.matrix_task is not None
    assert matrix.working_label.text() == "Calcul des droits en cours…"
    assert matrix.model.rowCount() == 0  # nothing yet, and the window free meanwhile
    settled(matrix)
    assert matrix.model.people == same.staff() and person in matrix.model.people
    assert matrix.detail_model.rows() == same.grants
    assert matrix.answer_text().startswith(
        f"{len(same.staff())} personne(s) peuvent agir pour {len(same.clients())} entreprise(s)"
    )

    # Who can act for this client.
    matrix.choose_client(p.mandant.id)
    settled(matrix)
    assert matrix.model.people == [person]
    assert (
        matrix.answer_text() == f"1 personne(s) peuvent agir pour {p.mandant.name} : {person[1]}."
    )

    # Two services chosen one after the other: the second wins, the first one dropped.
    matrix.choose("RQ", "RQ-IMPOT")
    superseded = matrix.refresh_task
    matrix.choose("RQ", "RQ-TVQ-PAIE")
    settled(matrix)
    assert superseded is not None and superseded.cancelled()
    assert matrix.model.people == [person]
    assert matrix.answer_text().startswith(f"1 personne(s) peuvent agir pour {p.mandant.name} (")

    # And the other way: whom this person can act for.
    matrix.clear()
    settled(matrix)
    row = [c for c, _n in matrix.model.people].index(staff.user_code)
    matrix.grid.setCurrentIndex(matrix.model.index(row, matrix.model.ministries.index("RQ")))
    assert {g.client_id for g in matrix.detail_model.rows()} == {
        g.client_id for g in same.clients_of(staff.user_code, "RQ")
    }
    assert p.mandant.id in {g.client_id for g in matrix.detail_model.rows()}


def test_a_filter_chosen_while_another_is_still_looked_for_wins(
    qtbot: QtBot,
    firm: AppContext,
    open_portfolio: Callable[[AppContext], PortfolioView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As in a list of 100 000 rows: filters looked for in a worker thread.
    monkeypatch.setattr("ui.views.portfolio.LARGE", 0)
    view = open_portfolio(firm)
    total = view.model.total_count()
    entered, release = threading.Event(), threading.Event()
    stopped: list[PortfolioFilter] = []
    look = PortfolioView._filter_rows

    def first_held(self: PortfolioView, table: Any, base: Any, state: Any, key: Any) -> Any:
        if entered.is_set():
            return look(self, table, base, state, key)
        entered.set()
        release.wait(timeout=20)  # the first one still at work when the second is chosen
        try:
            return look(self, table, base, state, key)
        except FilterCancelled:
            stopped.append(state[1])
            raise

    monkeypatch.setattr(PortfolioView, "_filter_rows", first_held)
    view.state_filter.setCurrentIndex(view.state_filter.findData("RV"))
    qtbot.waitUntil(entered.is_set)
    first = view.filter_task
    assert view.is_working() and view.working_label.text() == "Filtrage en cours…"
    assert view.model.visible_count() == total  # the list as it was, meanwhile

    view.state_filter.setCurrentIndex(view.state_filter.findData("AC"))
    second = view.filter_task
    assert second is not None and second is not first
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: bool(stopped), timeout=10_000)  # stopped at its first slice

    assert first is not None and first.cancelled()
    assert [f.states for f in stopped] == [frozenset({ProcurationState.RV})]
    active = [r for r in view.model.rows() if r.state is ProcurationState.AC]
    assert 0 < len(active) < total
    assert view.model.visible_rows() == sorted(active, key=lambda r: fold(r.client_name))
    assert view.count_label.text() == f"Nombre de procurations : {len(active)} sur {total}"
    assert view.group_model.total == len(active)
    assert view.working_label.text() == ""

    # A group chosen is looked for the same way, within the filters.
    view.group_list.setCurrentIndex(view.group_model.index(1, 0))
    key = view.group_model.key(1)
    assert view.is_working()
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    assert view.model.visible_rows() == [r for r in view.model.visible_rows() if r.client_id == key]
    assert view.model.visible_count() == sum(r.client_id == key for r in active)


def test_a_scope_chosen_is_worked_out_aside_and_the_newest_choice_wins(
    qtbot: QtBot,
    firm: AppContext,
    open_portfolio: Callable[[AppContext], PortfolioView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As in a list of 100 000 rows: a scope's rows built, sorted, filtered and counted in a
    # worker thread.
    monkeypatch.setattr("ui.views.portfolio.LARGE", 0)
    view = open_portfolio(firm)
    data = view.data
    received = [r.id for r in view.model.visible_rows()]
    own = {p.id for p in data.own}
    assert own and not own & set(received)
    entered, release = threading.Event(), threading.Event()
    prepare = PortfolioView._prepare_rows

    def first_held(self: PortfolioView, *args: Any) -> Any:
        if not entered.is_set():
            entered.set()
            release.wait(timeout=20)  # still at work when the next scope is chosen
        return prepare(self, *args)

    monkeypatch.setattr(PortfolioView, "_prepare_rows", first_held)
    view.scope.setCurrentIndex(view.scope.findData(Scope.ALL.value))
    qtbot.waitUntil(entered.is_set)
    first = view.scope_task
    assert view.is_working() and view.working_label.text() == "Filtrage en cours…"
    assert [r.id for r in view.model.visible_rows()] == received  # as it was, meanwhile

    view.scope.setCurrentIndex(view.scope.findData(Scope.OWN.value))
    second = view.scope_task
    assert second is not None and second is not first
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    release.set()
    assert first is not None and first.cancelled()
    shown = view.model.visible_rows()
    assert {r.id for r in shown} == own and not any(r.received for r in shown)
    assert shown == sorted(shown, key=lambda r: fold(r.client_name))
    assert view.count_label.text() == f"Nombre de procurations : {len(own)}"
    assert view.group_model.total == len(own)
    assert view.table.isColumnHidden(4)

    # «Toutes» with a state chosen: both kinds, filtered as chosen, «Provenance» shown.
    view.state_filter.setCurrentIndex(view.state_filter.findData("AC"))
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    view.scope.setCurrentIndex(view.scope.findData(Scope.ALL.value))
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    every = portfolio_rows(data, Scope.ALL, today())
    active = [r.id for r in every if r.state is ProcurationState.AC]
    assert view.model.total_count() == len(every)
    assert sorted(r.id for r in view.model.visible_rows()) == sorted(active)
    assert view.group_model.total == len(active)
    assert sum(g.count for g in view.group_model.groups) == len(active)
    assert not view.table.isColumnHidden(4)
    assert view.ministry_filter.findData("REQ") >= 0  # the firm's own files at the Registraire


def test_a_tag_saved_shows_on_the_clients_rows_and_the_list_stays_as_it_was(
    qtbot: QtBot,
    firm: AppContext,
    client: Callable[[str], AppContext],
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As in a list of 100 000 rows: the client's rows changed in place, the rest not gone
    # through again; sorted on «Étiquettes», sorted again in a worker thread.
    monkeypatch.setattr("ui.views.portfolio.LARGE", 0)
    mark = uuid.uuid4().hex[:6]
    customer = client(f"Fromagerie Essai {mark} inc.")
    first = give(run_async, customer, "Déclarations TPS/TVQ")
    second = give(run_async, customer, "Retenues à la source")
    view = open_portfolio(firm)
    view.holder_filter.setCurrentIndex(view.holder_filter.findData(""))  # «Aucun»
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    order = [r.id for r in view.model.visible_rows()]
    assert {first.id, second.id} <= set(order)
    click_row(qtbot, view, first.id)
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))

    tag = f"Suivi {mark}"
    view.tags_edit.setText(tag)
    click(qtbot, view.save_notes_button)
    assert not resets and not view.is_working()  # in place, nothing left to work out
    assert cell(view, first.id, "Étiquettes") == tag
    assert cell(view, second.id, "Étiquettes") == tag
    assert [r.id for r in view.model.visible_rows()] == order
    assert [r.id for r in view.selected_rows()] == [first.id]
    assert view.holder_filter.currentData() == ""
    assert view.tag_filter.findData(tag.casefold()) >= 0
    # The search finds the client by its tag.
    qtbot.keyClicks(view.search, f"suivi {mark}")
    assert {r.id for r in view.model.visible_rows()} == {first.id, second.id}
    view.search.clear()

    # Sorted on «Étiquettes»: another tag moves the client's rows; the selection follows.
    tags = column(view, "Étiquettes")
    view.table.sortByColumn(tags, Qt.SortOrder.AscendingOrder)
    click_row(qtbot, view, second.id)
    view.tags_edit.setText(f"Zz dernier {mark}")
    click(qtbot, view.save_notes_button)
    assert view.notes_task is not None
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    kept = [r for r in view.model.rows() if not r.holders]
    expected = sorted(
        kept, key=lambda r: default_sort_key(", ".join(view.notes.tags_of(r.client_id)))
    )
    assert [r.id for r in view.model.visible_rows()] == [r.id for r in expected]
    assert cell(view, first.id, "Étiquettes") == f"Zz dernier {mark}"
    assert [r.id for r in view.selected_rows()] == [second.id]
    assert view.holder_filter.currentData() == ""

    # Filtered on a tag: a client whose tag is taken off leaves the list.
    view.tag_filter.setCurrentIndex(view.tag_filter.findData(f"zz dernier {mark}"))
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    assert {r.id for r in view.model.visible_rows()} == {first.id, second.id}
    view.tags_edit.setText(f"Autre {mark}")
    click(qtbot, view.save_notes_button)
    qtbot.waitUntil(lambda: not view.is_working(), timeout=10_000)
    assert view.tag_filter.findData(f"zz dernier {mark}") < 0
    assert first.id in {r.id for r in view.model.visible_rows()}  # the filter's choice gone


def test_the_list_as_filtered_exported_for_excel(
    firm: AppContext, open_portfolio: Callable[[AppContext], PortfolioView], tmp_path: Path
) -> None:
    view = open_portfolio(firm)
    view.choose_group(GroupBy.CLIENT, BAKERY_ID)
    path = view.export_csv(tmp_path / "bakery.csv")
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode())
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0][:3] == ["Entreprise mandante", "Numéro d'identification", "Nom ou description"]
    assert len(rows) - 1 == view.model.visible_count()
    assert all(r[0] == BAKERY and r[1] == BAKERY_ID for r in rows[1:])
    end = rows[0].index("Date de fin (AAAA-MM-JJ)")
    assert all(len(r[end]) == 10 and r[end][4] == "-" for r in rows[1:])
    assert "\r\n" in text


def test_offline_data_says_so_and_only_reading_works(
    qtbot: QtBot,
    firm: AppContext,
    open_portfolio: Callable[[AppContext], PortfolioView],
    tmp_path: Path,
) -> None:
    view = open_portfolio(firm)
    read = view.data
    synced = datetime(2024, 5, 1, 18, 32, tzinfo=UTC)
    firm.online = False
    view.set_online(False)
    view.set_data(
        PortfolioData(
            enterprise_id=read.enterprise_id,
            own=read.own,
            received=read.received,
            assignments=read.assignments,
            users=read.users,
            as_of=synced,
            offline=True,
        )
    )
    assert view.offline_label.isVisible()
    assert view.offline_label.text() == "Hors ligne — données au 1er mai 2024 à 14 h 32"
    view.table.selectAll()
    assert not view.buttons["assign"].isEnabled()
    assert "injoignable" in view.buttons["assign"].toolTip()
    assert view.buttons["export"].isEnabled()
    raw = view.export_csv(tmp_path / "hors-ligne.csv").read_bytes()
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Hors ligne — données au 1er mai 2024 à 14 h 32"
    assert lines[1].startswith("Entreprise mandante;")


def test_bulk_actions_fit_what_is_selected(
    qtbot: QtBot, firm: AppContext, open_portfolio: Callable[[AppContext], PortfolioView]
) -> None:
    view = open_portfolio(firm)
    assert not view.buttons["assign"].isEnabled()
    assert "Sélectionnez" in view.buttons["assign"].toolTip()
    view.table.selectAll()
    assert view.buttons["assign"].isEnabled() and view.buttons["refuse"].isEnabled()
    # The firm gave no procuration of its own in this list: nothing to extend or revoke.
    assert not view.buttons["extend"].isEnabled()
    assert "Seule l'entreprise mandante" in view.buttons["extend"].toolTip()
    assert "sélectionnée(s)" in view.selection_label.text()


# ---- the expiry board ----------------------------------------------------------------------------


@pytest.fixture
def mandant(live_service: Any, run_async: RunAsync) -> Iterator[AppContext]:
    """A new enterprise registered to Revenu Québec, with procurations of its own ending in
    1, 5, 10, 20 and 40 days."""
    made = run_async(onboard(live_service.database_url, f"Érablière Essai {uuid.uuid4().hex[:6]}"))
    ctx: AppContext = run_async(open_context(live_service.base_url, made.user_code, made.password))
    # Registered through a first external procuration (the helper registers as needed).
    give(run_async, ctx, "Mandat au cabinet", days=300)
    for days in (1, 5, 10, 20, 40):
        body = ProcurationCreate(
            type="interne",
            start_date=today() - timedelta(days=3),
            end_date=today() + timedelta(days=days),
            description=f"Interne {days} jours",
            rights=[RightIn(ministry="RQ", access="restricted", services=["RQ-TVQ-DECL"])],
        )
        run_async(ctx.api.create_procuration(body, idempotency_key=new_idempotency_key()))
    yield ctx
    run_async(ctx.api.aclose())


def select_item(view: ExpiryView, predicate: Callable[[Any], bool]) -> Any:
    assert view.select(predicate), "not shown"
    [item] = view.selected_items()
    return item


def test_what_ends_soon_sits_in_its_bucket_one_click_from_renewing_or_extending(
    qtbot: QtBot,
    mandant: AppContext,
    open_expiry: Callable[[AppContext], ExpiryView],
    tmp_path: Path,
) -> None:
    view = open_expiry(mandant)
    own = {i.description: i for i in view.items if i.kind is ItemKind.PROCURATION}
    assert own["Interne 1 jours"].bucket is Bucket.D1
    assert own["Interne 5 jours"].bucket is Bucket.D7
    assert own["Interne 10 jours"].bucket is Bucket.D14
    assert own["Interne 20 jours"].bucket is Bucket.D30
    assert "Interne 40 jours" not in own
    assert view.bucket_buttons[Bucket.D7].accessibleName() == "D'ici 7 jours : 1"

    # A bucket switched off hides its items.
    click(qtbot, view.bucket_buttons[Bucket.D1])
    assert "Interne 1 jours" not in {i.description for i in view.model.visible_rows()}
    click(qtbot, view.bucket_buttons[Bucket.D1])

    frames = Frames(qtbot, mandant)
    select_item(view, lambda i: i.description == "Interne 5 jours")
    assert view.buttons["extend"].isEnabled() and view.buttons["renew"].isEnabled()
    click(qtbot, view.buttons["extend"])
    qtbot.waitUntil(lambda: bool(frames.opened), timeout=8000)
    modify = frames.current_of(ModifyProcurationWizard)
    assert modify.opened.description == "Interne 5 jours"
    mandant.close_transaction(modify)

    click(qtbot, view.buttons["renew"])
    qtbot.waitUntil(lambda: len(frames.opened) == 2, timeout=8000)
    renew = frames.current_of(CreateProcurationWizard)
    assert renew.windowTitle()

    # The calendar: one all-day event per item shown, on its end date, with a stable UID.
    item = own["Interne 10 jours"]
    text = view.export_ics(tmp_path / "echeances.ics").read_text("utf-8")
    unfolded = text.replace("\r\n ", "")
    assert f"UID:procura-procuration-{item.id}@{mandant.me.enterprise.id}.procura" in unfolded
    assert f"DTSTART;VALUE=DATE:{item.end_date:%Y%m%d}" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == view.model.visible_count()


def test_a_received_procuration_can_only_be_extended_by_its_client(
    qtbot: QtBot,
    firm: AppContext,
    client: Callable[[str], AppContext],
    run_async: RunAsync,
    open_expiry: Callable[[AppContext], ExpiryView],
) -> None:
    customer = client(f"Traiteur Essai {uuid.uuid4().hex[:6]} inc.")
    p = give(run_async, customer, "Retenues", days=10)
    view = open_expiry(firm)
    item = select_item(view, lambda i: i.id == p.id)
    assert item.bucket is Bucket.D14 and item.received
    for name in ("extend", "renew"):
        button = view.buttons[name]
        assert not button.isEnabled()
        assert f"donnée par {p.mandant.name}" in button.toolTip()
        assert "Communiquez avec elle" in button.toolTip()
    assert view.action_hint.isVisible()
    assert not view.buttons["bulk_extend"].isEnabled()
    # Only procurations received from the clients, then only assignations.
    view.origin_filter.setCurrentIndex(view.origin_filter.findData("received"))
    assert all(i.received for i in view.model.visible_rows())
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("assignment"))
    assert all(i.kind is ItemKind.ASSIGNMENT for i in view.model.visible_rows())


def test_offline_the_portfolio_is_read_from_the_cache_with_the_time_of_its_last_sync(
    qtbot: QtBot,
    firm: AppContext,
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.cache import CacheOwner, CacheStore
    from app.domain.changes import ChangeKind

    online = open_portfolio(firm)
    read = online.data
    store = CacheStore.in_memory(CacheOwner("test://portfolio", firm.me.user_code))
    synced = datetime(2024, 5, 1, 18, 32, tzinfo=UTC)
    store.put_many(ChangeKind.RECEIVED, read.received)
    store.put_many(ChangeKind.PROCURATIONS, read.own)
    store.put_many(ChangeKind.ASSIGNMENTS, read.assignments)
    store.put_many(ChangeKind.USERS, read.users)
    store.set_cursor("cursor", synced)
    firm.cache = store  # type: ignore[attr-defined]  # what the shell's offline mode sets
    firm.online = False
    # A long list shows its first rows before the rest is read: here, batches of 100.
    monkeypatch.setattr("ui.views.portfolio.FIRST_BATCH", 100)
    counts: list[str] = []
    original = PortfolioView._update_count

    def noted(self: PortfolioView) -> None:
        original(self)
        counts.append(self.count_label.text())

    monkeypatch.setattr(PortfolioView, "_update_count", noted)

    view = open_portfolio(firm)
    assert "Chargement des données hors ligne… 100 sur " in " ".join(counts)
    assert view.data.offline and view.data.as_of == synced
    assert view.offline_label.text() == "Hors ligne — données au 1er mai 2024 à 14 h 32"
    assert view.model.total_count() == online.model.total_count()
    assert sorted(r.id for r in view.model.rows()) == sorted(r.id for r in online.model.rows())
    assert not view.buttons["refresh"].isEnabled()


def test_offline_a_cache_found_altered_part_way_takes_its_first_rows_back_off_the_screen(
    qtbot: QtBot,
    firm: AppContext,
    run_async: RunAsync,
    open_portfolio: Callable[[AppContext], PortfolioView],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import os
    import sqlite3

    from app.cache import CacheCorrupt, CacheOwner, CacheStore
    from app.domain.changes import ChangeKind
    from ui.errors import error_message

    read = open_portfolio(firm).data
    assert len(read.received) > 200
    path, key = tmp_path / "offline.sqlite", os.urandom(32)
    owner = CacheOwner("test://portfolio", firm.me.user_code)
    store = CacheStore.open(path, key, owner)
    store.put_many(ChangeKind.RECEIVED, read.received)
    store.put_many(ChangeKind.USERS, read.users)
    store.close()
    # One of the last rows altered: its tag (sealed in the manifest) kept, its content not.
    with sqlite3.connect(path) as db:
        oid, blob = db.execute(
            "SELECT id, blob FROM objects WHERE kind = 'received' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        flipped = blob[:30] + bytes([blob[30] ^ 1]) + blob[31:]
        db.execute("UPDATE objects SET blob = ? WHERE id = ?", (flipped, oid))
    firm.cache = CacheStore.open(path, key, owner)  # type: ignore[attr-defined]
    firm.online = False
    monkeypatch.setattr("ui.views.portfolio.FIRST_BATCH", 100)
    shown: list[int] = []
    original = PortfolioView.set_data

    def noted(self: PortfolioView, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        shown.append(self.model.total_count())

    monkeypatch.setattr(PortfolioView, "set_data", noted)

    view = PortfolioView(firm)
    qtbot.addWidget(view)
    view.show()
    with pytest.raises(CacheCorrupt) as found:
        run_async(view.refresh(), timeout=20000)
    assert shown == [100, 0]  # the first rows, checked, were on screen; then none
    assert view.model.total_count() == 0 and view.data.received == ()
    assert firm.cache.discarded and not firm.cache.count(ChangeKind.RECEIVED)  # type: ignore[attr-defined]
    assert "écartées" in error_message(found.value)


def test_an_enterprise_that_received_nothing_opens_on_its_own_procurations(
    open_portfolio: Callable[[AppContext], PortfolioView],
    client: Callable[[str], AppContext],
    firm: AppContext,
    run_async: RunAsync,
) -> None:
    ctx = client("Quincaillerie Sans Mandat inc.")
    give(run_async, ctx, "Déclarations TPS/TVQ")  # its own, to the firm; it received none
    view = open_portfolio(ctx)
    assert view.scope_value() is Scope.OWN
    assert view.model.rowCount() == 1
    # The firm, which received procurations, still opens on them.
    firm_view = open_portfolio(firm)
    assert firm_view.scope_value() is Scope.RECEIVED
    # A scope the person chose is kept through a refresh.
    firm_view.scope.setCurrentIndex(firm_view.scope.findData(Scope.ALL.value))
    run_async(firm_view.refresh(), timeout=20000)
    assert firm_view.scope_value() is Scope.ALL
