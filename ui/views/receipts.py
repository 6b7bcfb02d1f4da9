"""Accusés de réception: every receipt of the enterprise, found by its reference, reprinted.

The list shows the date, the kind of transaction (in words), what it was about and the
reference number, newest first. Typing in «Numéro de référence» filters at each keystroke;
nine digits ask the service for that exact receipt (`api.receipt`), which may be newer than the
list. The selected receipt is shown by a `ReceiptView`, whose «Imprimer» and «Enregistrer en
PDF» render the very same HTML and PDF as when it was first issued.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QWidget,
)

from app.api.errors import NotFound
from app.domain.models import Receipt
from app.receipts.french import quebec_time
from ui.asyncutil import LatestWins
from ui.context import AppContext
from ui.i18n import current_language, pick
from ui.list_export import ListExport
from ui.models.table import Column, TableModel
from ui.receipt_view import ReceiptView
from ui.views.base import (
    View,
    make_current_row,
    screen_layout,
    selected_row,
    set_up_list_table,
)
from ui.views.users import SCREEN_STYLE
from ui.widgets.column_fit import fit_columns
from ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)


def kind_labels() -> dict[str, str]:
    """The kinds of transaction the service issues receipts for, in words."""
    return {
        "user.create": QCoreApplication.translate(
            "receipts", "Création du dossier d'un utilisateur"
        ),
        "user.modify": QCoreApplication.translate(
            "receipts", "Modification du dossier d'un utilisateur"
        ),
        "user.suspend": QCoreApplication.translate(
            "receipts", "Suspension du dossier d'un utilisateur"
        ),
        "user.reactivate": QCoreApplication.translate(
            "receipts", "Réactivation du dossier d'un utilisateur"
        ),
        "user.revoke": QCoreApplication.translate(
            "receipts", "Révocation du dossier d'un utilisateur"
        ),
        "user.reset-password": QCoreApplication.translate(
            "receipts", "Modification du mot de passe de l'utilisateur"
        ),
        "procuration.create": QCoreApplication.translate("receipts", "Ajout d'une procuration"),
        "procuration.modify": QCoreApplication.translate(
            "receipts", "Modification d'une procuration"
        ),
        "procuration.revoke": QCoreApplication.translate(
            "receipts", "Révocation d'une procuration"
        ),
        "procuration.refuse": QCoreApplication.translate("receipts", "Refus d'une procuration"),
        "assignment.create": QCoreApplication.translate(
            "receipts", "Assignation d'une procuration"
        ),
        "assignment.revoke": QCoreApplication.translate("receipts", "Révocation d'une assignation"),
        "registration.create": QCoreApplication.translate(
            "receipts", "Inscription à des services électroniques"
        ),
        "registration.delete": QCoreApplication.translate(
            "receipts", "Désinscription des services électroniques"
        ),
        "express_code.suspend": QCoreApplication.translate(
            "receipts", "Suspension du code clicSÉQUR express"
        ),
        "express_code.reactivate": QCoreApplication.translate(
            "receipts", "Réactivation du code clicSÉQUR express"
        ),
        "express_code.cancel": QCoreApplication.translate(
            "receipts", "Annulation du code clicSÉQUR express"
        ),
        "express_code.reissue": QCoreApplication.translate(
            "receipts", "Nouveau code clicSÉQUR express"
        ),
    }


def family_labels() -> list[tuple[str, str]]:
    """(family, label) of the kind filter; '' is every kind."""
    return [
        ("", QCoreApplication.translate("receipts", "Toutes les transactions")),
        ("user", QCoreApplication.translate("receipts", "Dossiers des utilisateurs")),
        ("procuration", QCoreApplication.translate("receipts", "Procurations")),
        ("assignment", QCoreApplication.translate("receipts", "Assignations")),
        ("registration", QCoreApplication.translate("receipts", "Inscriptions aux services")),
        ("express_code", QCoreApplication.translate("receipts", "Code clicSÉQUR express")),
    ]


def receipt_kind_label(receipt: Receipt) -> str:
    """The kind in words: ours, else the receipt's own title, else the code."""
    label = kind_labels().get(receipt.kind)
    if label:
        return label
    recap = receipt.recap if isinstance(receipt.recap, Mapping) else {}
    title = pick(str(recap.get("title_fr") or ""), str(recap.get("title_en") or ""))
    return title or receipt.kind


def _rows(recap: Mapping[str, Any]) -> dict[str, str]:
    rows: dict[str, str] = {}
    sections = recap.get("sections")
    for section in sections if isinstance(sections, list) else []:
        if not isinstance(section, Mapping) or not isinstance(section.get("rows"), list):
            continue
        for row in section["rows"]:
            if isinstance(row, Mapping) and row.get("label_fr"):
                rows.setdefault(str(row["label_fr"]), str(row.get("value") or ""))
    return rows


def receipt_subject(receipt: Receipt) -> str:
    """What the transaction was about: the person, the procuration, the ministry."""
    rows = _rows(receipt.recap if isinstance(receipt.recap, Mapping) else {})
    if rows.get("Nom de famille"):
        name = f"{rows.get('Prénom', '')} {rows['Nom de famille']}".strip()
        code = rows.get("Code d'utilisateur")
        return f"{name} ({code})" if code else name
    for label in ("Description", "Ministère ou organisme", "Mandataire", "NEQ"):
        if rows.get(label):
            return rows[label]
    return ""


def local_time(receipt: Receipt) -> str:
    return quebec_time(receipt.transmitted_at).strftime("%Y-%m-%d %H:%M")


class ReceiptTableModel(TableModel[Receipt]):
    """Date, Référence, Transaction, Objet, Transmis par."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_columns(
            [
                Column(
                    self.tr("Date"),
                    local_time,
                    sort_key=lambda r: (r.transmitted_at, r.reference),
                    alignment=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(
                    self.tr("Référence"),
                    lambda r: r.reference,
                    sort_key=lambda r: r.reference,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                    header_tooltip=self.tr("Numéro de référence (9 chiffres)"),
                ),
                Column(self.tr("Transaction"), receipt_kind_label, tooltip=receipt_kind_label),
                Column(
                    self.tr("Objet"), receipt_subject, tooltip=lambda r: receipt_subject(r) or None
                ),
                Column(
                    self.tr("Transmis par"),
                    lambda r: r.transmitted_by,
                    tooltip=lambda r: r.transmitted_by or None,
                ),
            ]
        )


class ReceiptsView(View):
    """The enterprise's receipts; the selected one shown, printable and savable as a PDF."""

    key = "receipts"
    depends_on = (
        "receipts",
        "users",
        "procurations",
        "received",
        "assignments",
        "registrations",
        "enterprise",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SCREEN_STYLE)
        self._online = ctx.online
        self._lookup = LatestWins(owner=self)
        self._exact: str | None = None  # the 9-digit reference looked for, if any

        heading = QLabel(self.title(), self)
        heading.setObjectName("screenTitle")
        rule = QFrame(self)
        rule.setObjectName("screenRule")
        intro = QLabel(
            self.tr(
                "Les accusés de réception des transactions de l'entreprise, du plus récent au "
                "plus ancien. Retrouvez-en un par son numéro de référence (9 chiffres), puis "
                "réimprimez-le ou enregistrez-le en PDF : il est identique à l'original."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("screenIntro", True)

        self.reference = QLineEdit(self)
        self.reference.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self.reference)
        )
        self.reference.setMaxLength(9)
        self.reference.setPlaceholderText(self.tr("p. ex. 002909985"))
        self.reference.setClearButtonEnabled(True)
        self.reference.setAccessibleName(self.tr("Numéro de référence"))
        self.reference.setAccessibleDescription(
            self.tr("Neuf chiffres retrouvent un accusé ; moins de chiffres filtrent la liste.")
        )
        self.reference.setFixedWidth(170)
        reference_label = QLabel(self.tr("Numéro de &référence :"), self)
        reference_label.setBuddy(self.reference)
        self.family = QComboBox(self)
        for family, label in family_labels():
            self.family.addItem(label, family)
        self.family.setAccessibleName(self.tr("Genre de transaction"))
        family_label = QLabel(self.tr("&Genre :"), self)
        family_label.setBuddy(self.family)
        self.count_label = QLabel(self)
        self.count_label.setProperty("countLabel", True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("lookupStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)

        self.model = ReceiptTableModel(self)
        self.export = ListExport(self, self.model, name="accuses-de-reception")
        self.table = set_up_list_table(
            QTableView(self), self.model, self.tr("Accusés de réception"), row_height=26
        )
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # The transaction and its object are what people read: they share the room left.
        self.column_fit = fit_columns(self.table, stretch=(2, 3), shrink=(4,))

        self.receipt_view = ReceiptView(None, language=current_language())
        # Narrower, the receipt's title would break inside its words (and its buttons hold
        # their texts, however long in the language shown).
        self.receipt_view.setMinimumWidth(max(350, self.receipt_view.minimumSizeHint().width()))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.receipt_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Three fifths to the list (its five columns), two to the receipt, from the start.
        splitter.setSizes([3000, 2000])
        splitter.setChildrenCollapsible(False)

        search_row = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        search_row.addWidget(reference_label)
        search_row.addWidget(self.reference)
        search_row.addSpacing(16)
        search_row.addWidget(family_label)
        search_row.addWidget(self.family)
        search_row.addStretch(1)
        search_row.addWidget(self.count_label)
        search_row.addLayout(self.export.button_row())

        layout = screen_layout(self)
        layout.addWidget(heading)
        layout.addWidget(rule)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

        self.reference.textChanged.connect(self._on_reference)
        self.family.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.table.activated.connect(lambda _i: self.receipt_view.browser.setFocus())
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def title(self) -> str:
        return self.tr("Accusés de réception")

    # ---- data ----------------------------------------------------------------------------------

    async def refresh(self) -> None:
        receipts = await self.export.read(self.ctx.api.all_receipts(page_size=500))
        self.set_receipts(receipts)

    def set_receipts(self, receipts: list[Receipt]) -> None:
        selected = self.selected_receipt()
        self.model.set_rows(receipts)
        self._apply_filter(keep=selected.reference if selected else None)

    def set_online(self, online: bool) -> None:
        # Reading and reprinting what is loaded needs no service; finding a receipt that is
        # not in the list does.
        self._online = online

    def selected_receipt(self) -> Receipt | None:
        return selected_row(self.table, self.model)

    def select_reference(self, reference: str) -> bool:
        return make_current_row(self.table, self.model, lambda r: r.reference == reference)

    # ---- finding -------------------------------------------------------------------------------

    def _on_reference(self, text: str) -> None:
        digits = "".join(c for c in text if c.isdigit())
        self._exact = digits if len(digits) == 9 else None
        self._show_status("")
        self._apply_filter()
        if self._exact is not None:
            self.select_reference(self._exact)
            if self._online:
                self._lookup.run(self._find(self._exact), name="receipt-lookup")
        else:
            self._lookup.cancel()

    async def _find(self, reference: str) -> None:
        try:
            receipt = await self.ctx.api.receipt(reference)
        except NotFound:
            if self.model.find(lambda r: r.reference == reference) < 0:
                self._show_status(
                    self.tr(
                        "Aucun accusé de réception de l'entreprise ne porte le numéro {0}. "
                        "Vérifiez le numéro."
                    ).format(reference)
                )
            return
        if self.model.find(lambda r: r.reference == reference) < 0:
            # Newer than the list: add it.
            self.model.set_rows([receipt, *self.model.rows()])
            self._apply_filter(keep=reference)
        self.select_reference(reference)

    def _apply_filter(self, keep: str | None = None) -> None:
        digits = "".join(c for c in self.reference.text() if c.isdigit())
        family = str(self.family.currentData() or "")
        prefix = family + "." if family else ""
        if keep is None:
            current = self.selected_receipt()
            keep = current.reference if current else None

        def wanted(receipt: Receipt) -> bool:
            if prefix and not receipt.kind.startswith(prefix):
                return False
            return digits in receipt.reference

        self.model.set_filter(wanted if (digits or prefix) else None)
        if keep is None or not self.select_reference(keep):
            self._show_selected()

    def _show_selected(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not self.receipt_view.receipt():
            self.receipt_view.set_receipt(receipt)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("Nombre d'accusés : {0}").format(total))
        else:
            self.count_label.setText(self.tr("Accusés affichés : {0} sur {1}").format(shown, total))
