"""«Gestion des procurations»: the original's list, its legend, search, filters and actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.domain.common import ProcurationState, ProcurationType
from app.domain.models import Procuration
from tests.ui.support_procurations import Transactions
from ui.context import AppContext
from ui.models.procurations import ProcurationTableModel
from ui.views.procurations import ConsultDialog, ProcurationsView
from ui.wizards.create_procuration import CreateProcurationWizard, today

RunAsync = Callable[..., Any]

REFUSE_TIP = "Seul le mandataire peut refuser une procuration externe"


@pytest.fixture
def champions(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


@pytest.fixture
def view(qtbot: QtBot, champions: AppContext, run_async: RunAsync) -> ProcurationsView:
    widget = ProcurationsView(champions)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    run_async(widget.refresh())
    return widget


def select(view: ProcurationsView, predicate: Callable[[Procuration], bool]) -> Procuration:
    row = view.model.find(predicate)
    assert row >= 0, "no such procuration in the list"
    view.table.selectRow(row)
    chosen = view.selected()
    assert chosen is not None
    return chosen


def cells(view: ProcurationsView, predicate: Callable[[Procuration], bool]) -> list[str]:
    row = view.model.find(predicate)
    assert row >= 0
    return [view.model.index(row, c).data() for c in range(view.model.columnCount())]


def state(view: ProcurationsView, action: str) -> tuple[bool, str]:
    button = view.buttons[action]
    return button.isEnabled(), button.toolTip()


def test_the_list_has_the_originals_columns_count_and_legend(
    view: ProcurationsView, champions: AppContext, run_async: RunAsync
) -> None:
    # Read as one line each (the longer ones are on two, to leave the description room).
    headers = [
        " ".join(view.model.headerData(c, Qt.Orientation.Horizontal).split())
        for c in range(view.model.columnCount())
    ]
    assert headers == [
        "Numéro d'identification",
        "Nom ou description",
        "Mandataire",
        "Type",
        "État",
        "Proc. assignée",
        "Date de fin (AAAA-MM-JJ)",
    ]
    given = run_async(champions.api.all_procurations())
    assert view.count_label.text() == f"Nombre de procurations : {len(given)}"
    assert view.legend.text() == (
        "Légende : IN interne · EX externe · AC actif · RF refusée · RV révoquée · EC échue"
    )
    halo = next(p for p in given if p.description == "Gestion des halocarbures")
    assert cells(view, lambda p: p.id == halo.id) == [
        "1006237700",
        "Gestion des halocarbures",
        "",
        "IN",
        "AC",
        "Oui",
        halo.end_date.isoformat(),
    ]
    # An external one names its mandataire and shows the mandataire's number.
    external = cells(view, lambda p: p.description == "Gestion des halocarbures — consultant")
    assert external[:4] == [
        "1164829357",
        "Gestion des halocarbures — consultant",
        "Gagnon Comptables CPA inc.",
        "EX",
    ]
    row = view.model.find(lambda p: p.id == halo.id)
    assert view.model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole) == "Actif"
    assert view.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == "Interne"


def test_sorting_search_and_filters_work_on_the_loaded_rows(
    qtbot: QtBot, view: ProcurationsView
) -> None:
    total = view.model.total_count()
    header = view.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(6) + 10, 5),
    )
    assert view.model.sort_column() == 6
    ends = [p.end_date for p in view.model.visible_rows()]
    assert ends == sorted(ends) or ends == sorted(ends, reverse=True)

    qtbot.keyClicks(view.search, "halocarbures")
    shown = view.model.visible_rows()
    assert shown and all("halocarbures" in p.description.lower() for p in shown)
    assert view.count_label.text() == f"Nombre de procurations : {len(shown)} (sur {total})"
    view.search.clear()

    view.type_filter.setCurrentIndex(view.type_filter.findData(ProcurationType.EXTERNE))
    assert {p.type for p in view.model.visible_rows()} == {ProcurationType.EXTERNE}
    view.type_filter.setCurrentIndex(0)

    view.state_filter.setCurrentIndex(view.state_filter.findData(ProcurationState.EC))
    échues = view.model.visible_rows()
    assert {p.description for p in échues} >= {"GES et GPE", "MAMH - Territoires", "SOMAEU"}
    assert {p.state for p in échues} == {ProcurationState.EC}
    view.state_filter.setCurrentIndex(0)

    view.ministry_filter.setCurrentIndex(view.ministry_filter.findData("SAAQ"))
    assert "SAAQ" in {p.description for p in view.model.visible_rows()}
    assert all(any(r.ministry == "SAAQ" for r in p.rights) for p in view.model.visible_rows())
    view.ministry_filter.setCurrentIndex(0)

    view.ending_filter.setChecked(True)
    view.ending_days.setValue(30)
    soon = view.model.visible_rows()
    limit = today() + timedelta(days=30)
    assert {"Bilan de phosphore", "Phosphore et GPE"} <= {p.description for p in soon}
    assert all(p.state is ProcurationState.AC and p.end_date <= limit for p in soon)

    qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert view.model.visible_count() == total
    assert view.count_label.text() == f"Nombre de procurations : {total}"


def test_actions_are_enabled_only_where_they_apply_each_disabled_one_saying_why(
    view: ProcurationsView,
) -> None:
    assert state(view, "add")[0]
    for action in ("assign", "consult", "modify", "revoke", "renew", "assignments"):
        assert state(view, action) == (False, "Sélectionnez d'abord une procuration dans la liste.")
    assert state(view, "refuse") == (False, REFUSE_TIP)

    # An échue one: only Consulter, Renouveler and Assignations.
    select(view, lambda p: p.description == "GES et GPE" and p.state is ProcurationState.EC)
    enabled, why = state(view, "modify")
    assert not enabled
    assert why == (
        "Une procuration échue ne peut plus être modifiée : créez-en une nouvelle (Renouveler)."
    )
    assert state(view, "assign") == (
        False,
        "Cette procuration est échue : elle ne peut plus être assignée.",
    )
    assert not state(view, "revoke")[0]
    assert state(view, "renew")[0] and state(view, "consult")[0]
    assert state(view, "refuse") == (False, REFUSE_TIP)

    # An external active one: the mandataire assigns it, not the mandant.
    select(view, lambda p: p.description == "Gestion des halocarbures — consultant")
    assert state(view, "assign") == (
        False,
        "Une procuration externe est assignée par le mandataire, à ses propres utilisateurs.",
    )
    assert state(view, "modify")[0] and state(view, "revoke")[0]
    assert state(view, "refuse") == (False, REFUSE_TIP)

    # An internal active one far from its end: assign, modify, revoke; not renew yet.
    select(view, lambda p: p.description == "GES" and p.state is ProcurationState.AC)
    assert state(view, "assign")[0] and state(view, "modify")[0] and state(view, "revoke")[0]
    enabled, why = state(view, "renew")
    assert not enabled and "d'ici 60 jours" in why

    # Ending within 60 days: Renouveler is offered.
    select(view, lambda p: p.description == "Bilan de phosphore" and p.state is ProcurationState.AC)
    assert state(view, "renew")[0]

    # A revoked one cannot be revoked again.
    select(view, lambda p: p.description == "Pesticide")
    assert state(view, "revoke") == (
        False,
        "Cette procuration est révoquée : elle ne peut plus être révoquée.",
    )


MANDATAIRE_REVOKES_TIP = (
    "Seul le mandataire gère les assignations d'une procuration externe : ce sont ses "
    "utilisateurs qui la détiennent, et lui seul peut les révoquer."
)


def test_the_mandant_sees_an_external_procurations_holders_but_cannot_revoke_them(
    qtbot: QtBot, view: ProcurationsView, signed_in: Callable[..., AppContext]
) -> None:
    from ui.dialogs.assignments import AssignmentsDialog

    chosen = select(view, lambda p: p.description == "Gestion des halocarbures — consultant")
    assert chosen.type is ProcurationType.EXTERNE and chosen.state is ProcurationState.AC
    dialog = view.show_assignments()
    assert isinstance(dialog, AssignmentsDialog)
    qtbot.waitUntil(lambda: dialog.model.total_count() > 0, timeout=8000)
    assert dialog.selected() is not None and dialog.selected().active  # type: ignore[union-attr]
    # The service would answer 403: the button says why instead of failing.
    assert not dialog.revoke_button.isEnabled()
    assert dialog.revoke_button.toolTip() == MANDATAIRE_REVOKES_TIP
    dialog.close()

    # The mandataire, whose users hold it, may revoke from the same dialog.
    firm = signed_in("RSE — Gagnon Comptables")
    theirs = AssignmentsDialog(firm, chosen)
    qtbot.addWidget(theirs)
    theirs.show()
    qtbot.waitUntil(lambda: theirs.model.total_count() > 0, timeout=8000)
    assert theirs.revoke_button.isEnabled(), theirs.revoke_button.toolTip()


def test_offline_every_service_action_is_disabled_and_consulter_still_works(
    view: ProcurationsView,
) -> None:
    select(view, lambda p: p.description == "GES" and p.state is ProcurationState.AC)
    view.set_online(False)
    offline = "Service injoignable : cette action reprendra lorsque la connexion sera rétablie."
    for action in ("add", "assign", "modify", "revoke", "assignments"):
        assert state(view, action) == (False, offline), action
    assert state(view, "consult")[0]
    view.set_online(True)
    assert state(view, "add")[0] and state(view, "assign")[0]


def test_consulter_shows_the_procuration_with_its_rights_tree(
    qtbot: QtBot, view: ProcurationsView
) -> None:
    select(view, lambda p: p.description == "Gestion des halocarbures")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter consults, as the button does
    qtbot.waitUntil(lambda: isinstance(view.dialog, ConsultDialog) and view.dialog.isVisible())
    dialog = view.dialog
    assert isinstance(dialog, ConsultDialog)
    text = dialog.recap.text()
    assert "Ministère de l'Environnement et de la Lutte contre les changements climatiques" in text
    assert "Avec restriction" in text
    assert "Transmettre la déclaration annuelle de gestion des halocarbures" in text
    assert dialog.recap.value("state") == "Actif"
    dialog.close()


def test_ajouter_opens_the_wizard_in_the_main_area(
    qtbot: QtBot, view: ProcurationsView, champions: AppContext
) -> None:
    host = Transactions(qtbot, champions)
    qtbot.mouseClick(view.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(host.opened))
    wizard = host.last
    assert isinstance(wizard, CreateProcurationWizard)
    assert wizard.windowTitle() == "Ajout d'une procuration"
    assert view.current_wizard is wizard
    wizard.cancel()  # nothing typed: closes without a question
    assert host.closed == [wizard]


def test_the_table_model_is_a_sound_qt_model(qtmodeltester: Any, view: ProcurationsView) -> None:
    qtmodeltester.check(view.model)
    received = ProcurationTableModel(received=True)
    received.set_rows(view.model.rows())
    qtmodeltester.check(received)
    assert received.headerData(2, Qt.Orientation.Horizontal) == "Mandant"
