"""«Échéances»: what ends within 30, 14, 7 or 1 day, and what has ended, across every client.

Procurations (the enterprise's own and those received from clients) and the assignments in
force, in buckets — Échues · 1 jour · 7 jours · 14 jours · 30 jours — each a toggle with its
count, over one list sorted by end date (`app.portfolio.expiry_items`).

One click from what to do next:
- «Renouveler» (a new procuration like the old one: `CreateProcurationWizard(renew_from=…)`)
  and «Prolonger» (Modifier the end date: `ModifyProcurationWizard`) for the enterprise's own
  procurations; «Prolonger la sélection…» extends many at once (`ui.wizards.bulk`).
- A procuration received can only be extended or renewed by the client that gave it: both
  buttons stay disabled and say so. An assignment keeps its end date when its procuration is
  extended: «Prolonger» says what to do instead (extend the procuration if need be, revoke
  the assignment, assign the procuration again), and who may.
- «Exporter au calendrier (ICS)…», «Exporter (CSV)…» and «Imprimer la liste…»: offline data
  is marked «Hors ligne — données au …».
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bulk import BulkAction
from app.domain.common import ProcurationState, ProcurationType
from app.export import CalendarEvent, offline_note, write_ics
from app.portfolio import (
    BUCKET_ORDER,
    Bucket,
    ExpiryItem,
    ExtendBlock,
    ItemKind,
    PortfolioData,
    RenewBlock,
    bucket_counts,
    expiry_items,
    is_own_active,
)
from ui.asyncutil import LatestWins, busy, run_task
from ui.context import AppContext
from ui.errors import show_error
from ui.list_export import ListExport
from ui.models.procurations import state_label
from ui.models.table import Column, TableModel, fold
from ui.views.base import View, list_heading
from ui.views.portfolio import STYLE, load_portfolio
from ui.widgets.column_fit import fit_columns
from ui.widgets.flow_layout import FlowLayout
from ui.wizards.create_procuration import today

log = logging.getLogger(__name__)

CENTER = Qt.AlignmentFlag.AlignCenter
PROVENANCE = 7  # the column «Provenance»
EXPIRY_STYLE = (
    STYLE.replace("QWidget#view-portfolio", "QWidget#view-expiry")
    + """
QPushButton[bucket="true"] { min-height: 40px; padding: 2px 12px; }
QPushButton[bucket="true"]:checked { background: #095797; color: #ffffff; }
QPushButton[bucket="ended"] { min-height: 40px; padding: 2px 12px; }
QPushButton[bucket="ended"]:checked { background: #cb381f; border-color: #cb381f;
    color: #ffffff; }
"""
)


def bucket_label(bucket: Bucket) -> str:
    from PySide6.QtCore import QCoreApplication

    # Literal calls: lupdate finds the texts only there.
    return {
        Bucket.ENDED: QCoreApplication.translate("ExpiryView", "Échues"),
        Bucket.D1: QCoreApplication.translate("ExpiryView", "D'ici 1 jour"),
        Bucket.D7: QCoreApplication.translate("ExpiryView", "D'ici 7 jours"),
        Bucket.D14: QCoreApplication.translate("ExpiryView", "D'ici 14 jours"),
        Bucket.D30: QCoreApplication.translate("ExpiryView", "D'ici 30 jours"),
    }[bucket]


class ExpiryTableModel(TableModel[ExpiryItem]):
    """Échéance · Date de fin · Jours · Élément · Entreprise mandante · Description ·
    Détenteur · Provenance · État."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        order = {b: i for i, b in enumerate(BUCKET_ORDER)}
        self.set_columns(
            [
                Column(
                    self.tr("Échéance"),
                    lambda i: bucket_label(i.bucket),
                    sort_key=lambda i: (order[i.bucket], i.end_date),
                ),
                Column(
                    self.tr("Date de fin\n(AAAA-MM-JJ)"), lambda i: i.end_date, alignment=CENTER
                ),
                Column(
                    self.tr("Jours"),
                    lambda i: i.days_left,
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    searchable=False,
                ),
                Column(
                    self.tr("Élément"),
                    lambda i: (
                        self.tr("Procuration")
                        if i.kind is ItemKind.PROCURATION
                        else self.tr("Assignation")
                    ),
                ),
                Column(
                    self.tr("Entreprise mandante"),
                    lambda i: i.client_name,
                    tooltip=lambda i: i.client_name or None,
                ),
                Column(
                    self.tr("Nom ou description"),
                    lambda i: i.description,
                    tooltip=lambda i: i.description or None,
                ),
                Column(
                    self.tr("Détenteur"), lambda i: i.holder, tooltip=lambda i: i.holder or None
                ),
                Column(
                    self.tr("Provenance"),
                    lambda i: self.tr("Reçue") if i.received else self.tr("Mon entreprise"),
                ),
                Column(
                    self.tr("État"),
                    lambda i: i.procuration.state.value,
                    alignment=CENTER,
                    tooltip=lambda i: state_label(i.procuration.state),
                ),
            ]
        )


class ExpiryView(View):
    """The expiry board; see the module docstring."""

    key = "expiry"
    depends_on = ("received", "procurations", "assignments")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(EXPIRY_STYLE)
        self.data = PortfolioData(enterprise_id=ctx.me.enterprise.id)
        self.items: list[ExpiryItem] = []
        self.current_wizard: QWidget | None = None
        self.file_dialog: QFileDialog | None = None  # the calendar's (the CSV's: self.export)
        self._loaded = False
        self._loader = LatestWins(owner=self)

        title, intro = list_heading(
            self,
            self.tr("Échéances"),
            self.tr(
                "Les procurations et les assignations qui se terminent d'ici 30 jours, et celles "
                "qui sont échues, pour tous vos clients. Renouvelez ou prolongez celles de votre "
                "entreprise d'un clic; une procuration reçue ne peut être prolongée que par le "
                "client qui l'a donnée."
            ),
        )
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("offlineNote")
        self.offline_label.setVisible(False)

        self.bucket_buttons: dict[Bucket, QPushButton] = {}
        buckets = FlowLayout()
        buckets.setSpacing(8)
        for bucket in BUCKET_ORDER:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setProperty("bucket", "ended" if bucket is Bucket.ENDED else True)
            button.setObjectName(f"bucket_{bucket.value}")
            button.toggled.connect(lambda _on: self.apply_filters())
            self.bucket_buttons[bucket] = button
            buckets.addWidget(button)
        buckets.addStretch(1)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("expiryKind")
        self.kind_filter.addItem(self.tr("Procurations et assignations"), None)
        self.kind_filter.addItem(self.tr("Procurations"), ItemKind.PROCURATION.value)
        self.kind_filter.addItem(self.tr("Assignations"), ItemKind.ASSIGNMENT.value)
        self.kind_filter.setAccessibleName(self.tr("Élément"))
        kind_label = QLabel(self.tr("É&lément"), self)
        kind_label.setBuddy(self.kind_filter)
        self.origin_filter = QComboBox(self)
        self.origin_filter.setObjectName("expiryOrigin")
        self.origin_filter.addItem(self.tr("Reçues et de mon entreprise"), None)
        self.origin_filter.addItem(self.tr("Reçues des clients"), "received")
        self.origin_filter.addItem(self.tr("De mon entreprise"), "own")
        self.origin_filter.setAccessibleName(self.tr("Provenance"))
        origin_label = QLabel(self.tr("Pro&venance"), self)
        origin_label.setBuddy(self.origin_filter)
        self.search = QLineEdit(self)
        self.search.setObjectName("expirySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Entreprise, description, détenteur…"))
        self.search.setAccessibleName(self.tr("Rechercher"))
        search_label = QLabel(self.tr("Rec&hercher"), self)
        search_label.setBuddy(self.search)
        filters = FlowLayout()  # wraps when the texts are longer (English, large fonts)
        filters.setSpacing(8)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)
        filters.addSpacing(12)
        filters.addWidget(origin_label)
        filters.addWidget(self.origin_filter)
        filters.addSpacing(12)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)

        self.model = ExpiryTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("expiryTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Échéances"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # The client and the description are what people read: they share the room left.
        # Nine columns: in a narrow window they keep less of it, so that the short values
        # (the bucket, «Procuration», a date) stay whole.
        self.column_fit = fit_columns(self.table, stretch=(4, 5), shrink=(6,), weight=1.5)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("portfolioCount")
        self.action_hint = QLabel(self)
        self.action_hint.setProperty("actionHint", True)
        self.action_hint.setWordWrap(True)

        self.buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()
        actions.setSpacing(8)
        for name, text in (
            ("renew", self.tr("Re&nouveler")),
            ("extend", self.tr("&Prolonger")),
            ("bulk_extend", self.tr("Prolonger la &sélection…")),
            ("ics", self.tr("Exporter au &calendrier (ICS)…")),
            ("refresh", self.tr("Actualiser")),
        ):
            if name == "refresh":
                # «Exporter (CSV)…» and «Imprimer la liste…», made here: Tab reaches them here.
                self.export = ListExport(self, self.model, name="echeances", view=self.table)
                self.buttons["csv"], self.buttons["print"] = self.export.buttons
                actions.addWidget(self.buttons["csv"])
                actions.addWidget(self.buttons["print"])
            button = QPushButton(text, self)
            button.setObjectName(f"expiry_{name}")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            self.buttons[name] = button
            if name == "ics":
                actions.addStretch(1)
            actions.addWidget(button)
        self.buttons["renew"].setProperty("primary", True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.offline_label)
        layout.addLayout(buckets)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(actions)
        layout.addWidget(self.action_hint)

        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.origin_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.table.doubleClicked.connect(lambda _i: self.renew_or_extend())
        self.buttons["renew"].clicked.connect(self.renew)
        self.buttons["extend"].clicked.connect(self.extend)
        self.buttons["bulk_extend"].clicked.connect(self.bulk_extend)
        self.buttons["ics"].clicked.connect(self.ask_ics_path)
        self.buttons["refresh"].clicked.connect(self.reload)
        self._update_buckets()
        self.update_actions()

    # ---- View --------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Échéances")

    async def refresh(self) -> None:
        self.set_data(await load_portfolio(self.ctx))

    def reload(self) -> None:
        self._loader.run(self.refresh(), name="echeances")

    def set_online(self, online: bool) -> None:
        self.update_actions()

    def set_data(self, data: PortfolioData) -> None:
        chosen = {(i.kind, i.id) for i in self.selected_items()}
        self.data = data
        self.items = expiry_items(data, today())
        self._loaded = True
        self.export.rows_read(offline=data.offline, as_of=data.as_of)
        self.offline_label.setVisible(data.offline)
        self.offline_label.setText(offline_note(data.as_of) if data.offline else "")
        self.model.set_rows(self.items)
        self._update_buckets()
        self.apply_filters()
        if chosen:
            self.select(lambda i: (i.kind, i.id) in chosen)

    # ---- filters -----------------------------------------------------------------------------

    def _update_buckets(self) -> None:
        counts = bucket_counts(self.items)
        for bucket, button in self.bucket_buttons.items():
            text = f"{bucket_label(bucket)}\n{counts[bucket]}"
            button.setText(text)
            button.setAccessibleName(f"{bucket_label(bucket)} : {counts[bucket]}")

    def apply_filters(self) -> None:
        wanted = {b for b, button in self.bucket_buttons.items() if button.isChecked()}
        kind = self.kind_filter.currentData()
        origin = self.origin_filter.currentData()
        words = fold(self.search.text()).split()

        def keep(i: ExpiryItem) -> bool:
            if i.bucket not in wanted:
                return False
            if kind is not None and i.kind.value != kind:
                return False
            if origin == "received" and not i.received:
                return False
            if origin == "own" and i.received:
                return False
            if words:
                text = fold(f"{i.client_name} {i.client_id} {i.description} {i.holder}")
                return all(w in text for w in words)
            return True

        everything = len(wanted) == len(BUCKET_ORDER) and kind is None and origin is None
        # «Provenance» says something only when both kinds are listed (as on the portfolio);
        # hidden before the rows change, so that the columns are fitted without it.
        both = origin is None and len({i.received for i in self.items}) > 1
        self.table.setColumnHidden(PROVENANCE, not both)
        self.model.set_filter(None if everything and not words else keep)
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(
            self.tr("Éléments : {0}").format(total)
            if shown == total
            else self.tr("Éléments : {0} sur {1}").format(shown, total)
        )

    # ---- selection and actions ---------------------------------------------------------------

    def selected_items(self) -> list[ExpiryItem]:
        selection = self.table.selectionModel()
        return [self.model.row_at(i.row()) for i in selection.selectedRows()] if selection else []

    def select(self, predicate: Any) -> bool:
        row = self.model.find(predicate)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def why_not_extend(self, item: ExpiryItem) -> str:
        block = item.extend_block(today())
        return {
            None: "",
            ExtendBlock.RECEIVED: self.tr(
                "Cette procuration a été donnée par {0} : seule cette entreprise peut la "
                "prolonger ou la renouveler. Communiquez avec elle."
            ).format(item.client_name),
            ExtendBlock.ASSIGNMENT: self.why_not_extend_assignment(item),
            ExtendBlock.NOT_ACTIVE: self.tr(
                "Une procuration échue, révoquée ou refusée ne se prolonge plus : renouvelez-la."
            ),
            ExtendBlock.AT_LIMIT: self.tr(
                "Sa date de fin est déjà à sa limite (début + 3 ans − 1 jour) : renouvelez-la."
            ),
        }[block]

    def why_not_extend_assignment(self, item: ExpiryItem) -> str:
        """What can be done instead (app.domain rules): an assignment keeps its end date when
        its procuration is extended, and its holder gets none of that enterprise again while
        it runs; so extend the procuration (who may), revoke the assignment, assign again."""
        keeps = self.tr(
            "Une assignation garde sa date de fin : prolonger la procuration ne la prolonge "
            "pas, et la personne ne peut recevoir de nouveau cette procuration (ni une autre "
            "de cette entreprise) tant que l'assignation est en cours."
        )
        p = item.procuration
        if item.received:
            then = self.tr(
                "Pour qu'elle continue d'agir : au besoin, demandez à {0} de prolonger la "
                "procuration; puis, dans « Procurations reçues », révoquez l'assignation "
                "(« Assignations ») et assignez de nouveau la procuration."
            ).format(item.client_name)
        elif p.type is ProcurationType.EXTERNE:
            then = self.tr(
                "Pour qu'elle continue d'agir : au besoin, prolongez la procuration; seul le "
                "mandataire, {0}, peut ensuite révoquer l'assignation et assigner de nouveau "
                "la procuration."
            ).format(p.mandataire.name if p.mandataire else "")
        else:
            then = self.tr(
                "Pour qu'elle continue d'agir : au besoin, prolongez la procuration; puis, dans "
                "« Gestion des procurations », révoquez l'assignation (« Assignations ») et "
                "assignez de nouveau la procuration."
            )
        return f"{keeps} {then}"

    def why_not_renew(self, item: ExpiryItem) -> str:
        block = item.renew_block(today())
        return {
            None: "",
            RenewBlock.RECEIVED: self.tr(
                "Cette procuration a été donnée par {0} : seule cette entreprise peut la "
                "prolonger ou la renouveler. Communiquez avec elle."
            ).format(item.client_name),
            RenewBlock.ASSIGNMENT: self.tr(
                "Choisissez la procuration elle-même pour la renouveler."
            ),
            RenewBlock.NOT_RENEWABLE: self.tr(
                "Une procuration révoquée ou refusée ne se renouvelle pas : créez-en une "
                "nouvelle dans « Gestion des procurations »."
            ),
        }[block]

    def update_actions(self) -> None:
        items = self.selected_items()
        online, rse = self.ctx.online, self.ctx.is_rse
        offline = self.tr("Service injoignable : cette action reprendra avec la connexion.")
        pick_one = self.tr("Sélectionnez une seule ligne.")
        none = self.tr("Sélectionnez d'abord une ligne.")
        renew_why = extend_why = ""
        if not items:
            renew_why = extend_why = none
        elif len(items) > 1:
            renew_why = extend_why = pick_one
        else:
            renew_why = self.why_not_renew(items[0])
            extend_why = self.why_not_extend(items[0])
        eid = self.ctx.me.enterprise.id
        own = [
            i for i in items if i.kind is ItemKind.PROCURATION and is_own_active(i.procuration, eid)
        ]
        bulk_why = (
            ""
            if own
            else self.tr(
                "Sélectionnez des procurations actives de votre entreprise (une procuration reçue "
                "ne peut être prolongée que par le client qui l'a donnée)."
            )
        )
        for name in ("renew", "extend", "bulk_extend"):
            if not online:
                why = offline
            elif not rse:
                why = self.tr("Seul le ou la RSE peut faire cette action.")
            else:
                why = {"renew": renew_why, "extend": extend_why, "bulk_extend": bulk_why}[name]
            button = self.buttons[name]
            button.setEnabled(not why)
            button.setToolTip(why or self._what(name))
            button.setAccessibleDescription(why or self._what(name))
        for name in ("ics", "csv", "print"):
            self.buttons[name].setEnabled(self._loaded)
        self.buttons["refresh"].setEnabled(online)
        hint = ""
        if len(items) == 1 and renew_why and extend_why == renew_why:
            hint = renew_why
        self.action_hint.setText(hint)
        self.action_hint.setVisible(bool(hint))

    def _what(self, name: str) -> str:
        return {
            "renew": self.tr("Créer une nouvelle procuration semblable à celle-ci"),
            "extend": self.tr("Modifier la date de fin de cette procuration"),
            "bulk_extend": self.tr("Reporter la date de fin de toutes les procurations choisies"),
        }[name]

    def renew_or_extend(self) -> None:
        if self.buttons["extend"].isEnabled():
            self.extend()
        elif self.buttons["renew"].isEnabled():
            self.renew()

    def renew(self) -> None:
        items = self.selected_items()
        if len(items) == 1 and self.buttons["renew"].isEnabled():
            self.action_task = run_task(self._renew(items[0]), owner=self, name="renouveler")

    async def _renew(self, item: ExpiryItem) -> None:
        from ui.wizards.create_procuration import CreateProcurationWizard

        with busy(self.buttons["renew"], cursor=True):
            registrations = await self.ctx.api.registrations()
        self._open(CreateProcurationWizard(self.ctx, registrations, renew_from=item.procuration))

    def extend(self) -> None:
        items = self.selected_items()
        if len(items) == 1 and self.buttons["extend"].isEnabled():
            self.action_task = run_task(self._extend(items[0]), owner=self, name="prolonger")

    async def _extend(self, item: ExpiryItem) -> None:
        from ui.wizards.modify_procuration import ModifyProcurationWizard

        with busy(self.buttons["extend"], cursor=True):
            current, etag = await self.ctx.api.procuration(item.procuration.id)
        if current.state is not ProcurationState.AC:
            self.reload()
            from app.api.errors import ValidationFailed
            from app.domain.errors import field_error

            show_error(self, ValidationFailed([field_error("state", "procuration_not_active")]))
            return
        self._open(ModifyProcurationWizard(self.ctx, current, etag))

    def bulk_extend(self) -> None:
        if not self.buttons["bulk_extend"].isEnabled():
            return
        eid = self.ctx.me.enterprise.id
        chosen = [
            i.procuration
            for i in self.selected_items()
            if i.kind is ItemKind.PROCURATION and is_own_active(i.procuration, eid)
        ]
        from ui.wizards.bulk import BulkWizard

        self._open(BulkWizard(self.ctx, BulkAction.EXTEND, chosen))

    def _open(self, wizard: Any) -> None:
        wizard.transmitted.connect(lambda _r: self._after_transmit())
        for signal in (wizard.finished, wizard.cancelled):
            signal.connect(lambda *_a, w=wizard: self._close(w))
        self.current_wizard = wizard
        self.ctx.open_transaction(wizard)

    def _close(self, wizard: QWidget) -> None:
        self.ctx.close_transaction(wizard)
        if self.current_wizard is wizard:
            self.current_wizard = None

    def _after_transmit(self) -> None:
        for kind in ("procurations", "assignments", "receipts"):
            self.ctx.changed(kind)
        if shiboken6.isValid(self):
            self.reload()

    # ---- export and print --------------------------------------------------------------------

    def note(self) -> str | None:
        """«Hors ligne — données au …» on what leaves the screen (see `ui.list_export`)."""
        return self.export.note()

    def calendar_events(self) -> list[CalendarEvent]:
        """One all-day event per item shown, on its end date."""
        events = []
        for i in self.model.visible_rows():
            what = (
                self.tr("Procuration") if i.kind is ItemKind.PROCURATION else self.tr("Assignation")
            )
            summary = self.tr("Fin — {0} : {1} ({2})").format(what, i.description, i.client_name)
            lines = [
                self.tr("Entreprise mandante : {0} ({1})").format(i.client_name, i.client_id),
                self.tr("Description : {0}").format(i.description),
                self.tr("Date de fin : {0}").format(i.end_date.isoformat()),
                self.tr("État : {0}").format(state_label(i.procuration.state)),
            ]
            if i.holder:
                lines.append(self.tr("Détenteur : {0} ({1})").format(i.holder, i.user_code))
            lines.append(
                self.tr("Provenance : {0}").format(
                    self.tr("reçue du client") if i.received else self.tr("votre entreprise")
                )
            )
            events.append(
                CalendarEvent(
                    uid=f"{i.uid}@{self.ctx.me.enterprise.id}.procura",
                    day=i.end_date,
                    summary=summary,
                    description="\n".join(lines),
                    categories=(what,),
                )
            )
        return events

    def export_ics(self, path: str | Path) -> Path:
        return write_ics(
            path,
            self.calendar_events(),
            name=self.tr("Procura — Échéances — {0}").format(self.ctx.me.enterprise.name),
            note=self.note(),
        )

    def export_csv(self, path: str | Path, *, separator: str = ";") -> Path:
        """The items shown, as shown (`ui.list_export`)."""
        return self.export.export_csv(path, separator=separator)

    def ask_ics_path(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = f"echeances-{date.today().isoformat()}.ics"
        dialog = QFileDialog(self, self.tr("Exporter les échéances"), str(Path(folder) / name))
        dialog.setNameFilters([self.tr("Calendrier iCalendar (*.ics)")])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(path: str) -> None:
            try:
                self.export_ics(path)
            except OSError as error:
                show_error(self, error)

        dialog.fileSelected.connect(chosen)
        dialog.destroyed.connect(self._forget_file_dialog)
        self.file_dialog = dialog
        dialog.open()

    def _forget_file_dialog(self) -> None:
        self.file_dialog = None

    def open_print_preview(self) -> None:
        """«Imprimer la liste…»: the items shown, as shown (`ui.list_export`)."""
        self.export.open_print_preview()
