"""The columns of the lists of procurations: those the enterprise gave, and those it received."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.domain.common import (
    PROCURATION_TYPE_CODES,
    ProcurationState,
    ProcurationType,
)
from app.domain.models import Procuration
from ui.models.table import Column, TableModel, display_text, fold

CENTER = Qt.AlignmentFlag.AlignCenter


def state_label(state: ProcurationState) -> str:
    """«Actif», «Refusée», «Révoquée», «Échue», in the interface language."""
    return {
        ProcurationState.AC: QCoreApplication.translate("ProcurationTableModel", "Actif"),
        ProcurationState.RF: QCoreApplication.translate("ProcurationTableModel", "Refusée"),
        ProcurationState.RV: QCoreApplication.translate("ProcurationTableModel", "Révoquée"),
        ProcurationState.EC: QCoreApplication.translate("ProcurationTableModel", "Échue"),
    }[state]


def type_label(kind: ProcurationType) -> str:
    return (
        QCoreApplication.translate("ProcurationTableModel", "Interne")
        if kind is ProcurationType.INTERNE
        else QCoreApplication.translate("ProcurationTableModel", "Externe")
    )


def legend_text() -> str:
    """The legend under the list, as the original's «Légende»."""
    return QCoreApplication.translate(
        "ProcurationTableModel",
        "Légende : IN interne · EX externe · AC actif · RF refusée · RV révoquée · EC échue",
    )


def other_party_id(p: Procuration, received: bool) -> str:
    """The number the list shows: the mandant's for an internal one (the enterprise's own, as
    the original shows 1006237700), the mandataire's for an external one given, the mandant's
    for one received."""
    if received:
        return p.mandant.id
    if p.type is ProcurationType.EXTERNE and p.mandataire is not None:
        return p.mandataire.id
    return p.mandant.id


def other_party_name(p: Procuration, received: bool) -> str:
    if received:
        return p.mandant.name
    if p.type is ProcurationType.EXTERNE and p.mandataire is not None:
        return p.mandataire.name
    return ""


def days_left(p: Procuration, today: date) -> int:
    return (p.end_date - today).days


class ProcurationTableModel(TableModel[Procuration]):
    """Numéro d'identification · Nom ou description · Mandataire (or Mandant) · Type · État ·
    Proc. assignée · Date de fin (AAAA-MM-JJ), with the codes' meanings as tooltips.

    `received=False` (the mandant's «Gestion des procurations»): the number is the
    mandataire's for an external procuration, and the Mandataire column names it.
    `received=True` («Procurations reçues»): the number and name are the mandant's.
    """

    def __init__(self, parent: QObject | None = None, *, received: bool = False) -> None:
        super().__init__(parent=parent)
        self.received = received
        legend_types = self.tr("IN : interne · EX : externe")
        legend_states = self.tr("AC : actif · RF : refusée · RV : révoquée · EC : échue")
        party = self.tr("Mandant") if received else self.tr("Mandataire")
        self.set_columns(
            [
                Column(
                    self.tr("Numéro\nd'identification"),
                    lambda p: other_party_id(p, received),
                    header_tooltip=(
                        self.tr("Numéro d'identification de l'entreprise mandante")
                        if received
                        else self.tr(
                            "Votre entreprise pour une procuration interne; le mandataire "
                            "pour une procuration externe"
                        )
                    ),
                ),
                Column(
                    self.tr("Nom ou description"),
                    lambda p: p.description,
                    tooltip=lambda p: p.description or None,
                ),
                Column(
                    party,
                    lambda p: other_party_name(p, received),
                    tooltip=lambda p: other_party_name(p, received) or None,
                ),
                Column(
                    self.tr("Type"),
                    lambda p: PROCURATION_TYPE_CODES[p.type],
                    alignment=CENTER,
                    tooltip=lambda p: type_label(p.type),
                    header_tooltip=legend_types,
                ),
                Column(
                    self.tr("État"),
                    lambda p: p.state.value,
                    alignment=CENTER,
                    tooltip=lambda p: state_label(p.state),
                    header_tooltip=legend_states,
                ),
                Column(
                    self.tr("Proc.\nassignée"),
                    lambda p: self.tr("Oui") if p.assigned else self.tr("Non"),
                    alignment=CENTER,
                    header_tooltip=self.tr("Procuration assignée à au moins un utilisateur"),
                ),
                Column(
                    self.tr("Date de fin\n(AAAA-MM-JJ)"),
                    lambda p: p.end_date,
                    alignment=CENTER,
                ),
            ]
        )

    def search_predicate(self, text: str) -> Callable[[Procuration], bool]:
        """Rows whose shown text holds every word of `text` (no accents, no case), to combine
        with other criteria in one predicate (`set_filter` takes one or the other)."""
        words = fold(text).split()
        if not words:
            return lambda _p: True
        columns = [c for c in self.columns() if c.searchable]

        def matches(p: Procuration) -> bool:
            haystack = fold(" ".join(display_text(c.value(p)) for c in columns))
            return all(w in haystack for w in words)

        return matches
