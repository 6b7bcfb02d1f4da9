"""«Ajout d'une procuration» (interne or externe) and «Renouvellement d'une procuration».

One entry page as in the procedure: Type de procuration* (Interne | Externe); for Externe the
«Numéro d'identification du mandataire*» (10 chiffres), checked at the field and looked up in
the directory to show the firm's name; Date de début, Date de fin* (at most start + 3 years −
1 day, shown next to it and one click away); Description; Remarque; then the access rights per
ministry whose registration is Actif. Vérification shows the procuration as it will read,
with its rights tree (for a renewal, side by side with the one it replaces), then
«Transmettre» and the accusé de réception.

    registrations = await ctx.api.registrations()
    wizard = CreateProcurationWizard(ctx, registrations)            # Ajouter
    wizard = CreateProcurationWizard(ctx, registrations, renew_from=old)   # Renouveler
    ctx.open_transaction(wizard)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.api.errors import NotFound, Offline, ValidationFailed
from app.domain import rules, validation
from app.domain.common import Access, ProcurationState, ProcurationType, RegistrationState
from app.domain.errors import FieldError, field_error
from app.domain.models import (
    EnterpriseRef,
    Procuration,
    ProcurationCreate,
    ProcurationResult,
    Registration,
    Right,
)
from app.receipts.french import QUEBEC
from ui.asyncutil import LatestWins
from ui.context import AppContext
from ui.errors import FieldErrorLike, field_message
from ui.i18n import current_language
from ui.receipt_view import ReceiptView
from ui.widgets.form import ChoiceGroup
from ui.widgets.procuration_recap import ProcurationRecap, install_verification_widget
from ui.widgets.rights_editor import RightsEditor
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard

DATE_FORMAT = "yyyy-MM-dd"
RENEWAL_WINDOW_DAYS = 60  # Renouveler is offered this many days before the end


def today() -> date:
    """Today in Québec, as the service counts days."""
    return datetime.now(QUEBEC).date()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget | None = None, value: date | None = None) -> QDateEdit:
    """A date typed AAAA-MM-JJ or picked in a calendar popup."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumWidth(140)
    edit.setMaximumWidth(160)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2199, 12, 31))
    edit.setDate(to_qdate(value or today()))
    return edit


class EndDateField(QWidget):
    """«Date de fin*»: the date, «Au plus tard le 2022-11-28» and a «Date maximale» button.

    The latest date is shown, not enforced by the widget: a later date stays typed and the
    rule says why at the field, as every rule of the form does.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, value: date | None = None) -> None:
        super().__init__(parent)
        self.edit = date_edit(self, value)
        self.hint = QLabel(self.tr("(AAAA-MM-JJ)"), self)
        self.hint.setProperty("fieldHint", True)
        self.latest_label = QLabel(self)
        self.latest_label.setObjectName("latestEndDate")
        self.latest_label.setProperty("fieldHint", True)
        self.max_button = QPushButton(self.tr("Date ma&ximale"), self)
        self.max_button.setObjectName("maxEndDate")
        self.max_button.setAutoDefault(False)
        self.max_button.clicked.connect(self.use_latest)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.latest_label)
        layout.addWidget(self.max_button)
        layout.addStretch(1)
        # Focus given to the field (its label's Alt+F, an error) goes to the date. Not a focus
        # proxy: Qt would then take this composite for a Tab stop after «Date maximale» and
        # send Tab back to the date, a keyboard trap.
        self._latest: date | None = None
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.edit.setFocus(event.reason())

    def day(self) -> date:
        return to_date(self.edit.date())

    def set_day(self, day: date) -> None:
        self.edit.setDate(to_qdate(day))

    def latest(self) -> date | None:
        return self._latest

    def set_latest(self, latest: date | None) -> None:
        self._latest = latest
        self.latest_label.setText(
            self.tr("Au plus tard le {0}").format(latest.isoformat()) if latest else ""
        )
        self.max_button.setEnabled(latest is not None)
        self.max_button.setAccessibleDescription(
            self.tr("Mettre la date de fin au {0}").format(latest.isoformat()) if latest else ""
        )

    def set_invalid(self, invalid: bool) -> None:
        """Red border on the date itself (the form marks this composite, not the date)."""
        self.edit.setProperty("invalid", invalid)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def use_latest(self) -> None:
        if self._latest is not None:
            self.set_day(self._latest)

    # Read by the Form like any field.
    def value(self) -> str:
        return self.day().isoformat()

    def display_text(self) -> str:
        return self.value()


class ProcurationPage(EntryPage):
    """The entry page of Ajouter / Renouveler; `payload()` is what the service receives."""

    def __init__(
        self,
        ctx: AppContext,
        registrations: Sequence[Registration],
        *,
        renew_from: Procuration | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            heading=self.tr("Procuration"),
            intro=(
                self.tr(
                    "La nouvelle procuration reprend le type, le mandataire et les droits "
                    "d'accès de celle qu'elle remplace, pour la plus longue période permise. "
                    "Modifiez ce qui doit l'être, puis continuez."
                )
                if renew_from is not None
                else self.tr(
                    "Une procuration ne peut être valide pendant plus de trois ans : sa période "
                    "de validité ne peut excéder trois ans moins un jour. Choisissez ensuite, "
                    "pour chaque ministère ou organisme, les droits d'accès qu'elle accorde."
                )
            ),
        )
        self.ctx = ctx
        self.renew_from = renew_from
        self.active_ministries = [
            r.ministry for r in registrations if r.state is RegistrationState.ACTIF
        ]
        self._errors: dict[str, list[FieldErrorLike]] = {}
        self._mandataire: EnterpriseRef | None = None
        self._mandataire_unknown = False
        self._lookup = LatestWins(owner=self, on_error=None)
        form = self.form

        self.type = ChoiceGroup(
            [
                (ProcurationType.INTERNE, self.tr("Interne")),
                (ProcurationType.EXTERNE, self.tr("Externe")),
            ]
        )
        form.add_field("type", self.tr("T&ype de procuration"), self.type, required=True)
        self.mandataire_id = QLineEdit()
        self.mandataire_id.setMaxLength(14)  # room for a mistyped number, which is explained
        self.mandataire_id.setMaximumWidth(160)
        self.mandataire_id.setPlaceholderText("1234567890")
        form.add_field(
            "mandataire_id",
            self.tr("&Numéro d'identification du mandataire"),
            self.mandataire_id,
            required=True,
            hint=self.tr("(10 chiffres)"),
        )
        self.mandataire_name = QLabel()
        self.mandataire_name.setObjectName("mandataireName")
        self.mandataire_name.setAccessibleName(self.tr("Nom du mandataire"))
        form.add_companion("mandataire_id", "mandataire_name_shown", "", self.mandataire_name)

        start = today()
        self.start_date = date_edit(value=start)
        form.add_field(
            "start_date", self.tr("Date de &début"), self.start_date, hint=self.tr("(AAAA-MM-JJ)")
        )
        self.end_date = EndDateField(value=rules.latest_end_date(start))
        self.end_date.edit.setAccessibleName(self.tr("Date de fin"))
        form.add_field("end_date", self.tr("Date de &fin"), self.end_date, required=True)
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        form.add_field("description", self.tr("Descr&iption"), self.description)
        self.remark = QLineEdit()
        self.remark.setMaxLength(500)
        form.add_field("remark", self.tr("Rema&rque"), self.remark)

        form.add_section(self.tr("Droits d'accès"))
        note = QLabel(
            self.tr(
                "Sélectionnez un ministère ou organisme aux services duquel votre entreprise est "
                "inscrite, puis cliquez sur « Modifier » pour choisir ses droits d'accès."
            )
        )
        note.setWordWrap(True)
        note.setProperty("fieldHint", True)
        form.add_widget(note)
        self.rights = RightsEditor(ctx.ministries)
        form.add_widget(self.rights, name="rights")
        self.rights.set_ministries(
            self.active_ministries, renew_from.rights if renew_from is not None else ()
        )

        # The mandataire's rows show only for an external procuration.
        line = self.mandataire_id.parentWidget()
        assert line is not None  # the form puts each field in a line of its own
        self._mandataire_widgets = [form.label("mandataire_id"), line]
        self.type.changed.connect(self._on_type)
        self.mandataire_id.textChanged.connect(self._on_mandataire_text)
        self.mandataire_id.editingFinished.connect(self._check_mandataire)
        self.start_date.dateChanged.connect(self._on_start)
        self.end_date.changed.connect(self._check_end)
        self.rights.changed.connect(lambda: self._set_errors("rights", []))

        if renew_from is not None:
            self.type.set_value(renew_from.type)
            if renew_from.mandataire is not None:
                self.mandataire_id.setText(renew_from.mandataire.id)
            self.description.setText(renew_from.description)
            self.remark.setText(renew_from.remark)
        self._on_start()
        self._on_type(self.type.value())

    # ---- what the service receives -----------------------------------------------------------

    def kind(self) -> ProcurationType | None:
        value = self.type.value()
        return value if isinstance(value, ProcurationType) else None

    def payload(self) -> ProcurationCreate:
        kind = self.kind()
        number = self.mandataire_id.text().strip()
        return ProcurationCreate(
            type=kind.value if kind is not None else "",
            mandataire_id=(number or None) if kind is ProcurationType.EXTERNE else None,
            start_date=to_date(self.start_date.date()),
            end_date=self.end_date.day(),
            description=self.description.text().strip() or None,
            remark=self.remark.text().strip() or None,
            rights=self.rights.rights(),
        )

    def draft(self) -> Procuration:
        """The procuration as it will read once transmitted (for the verification step)."""
        body = self.payload()
        me = self.ctx.me.enterprise
        mandataire = None
        if body.mandataire_id:
            name = self._mandataire.name if self._mandataire is not None else ""
            mandataire = EnterpriseRef(id=body.mandataire_id, name=name)
        return Procuration(
            id="",
            type=self.kind() or ProcurationType.INTERNE,
            mandant=me,
            mandataire=mandataire,
            start_date=body.start_date or today(),
            end_date=body.end_date or today(),
            description=body.description or "",
            remark=body.remark or "",
            rights=[
                Right(ministry=r.ministry, access=Access(r.access), services=r.services)
                for r in body.rights
            ],
            state=ProcurationState.AC,
        )

    # ---- the wizard's calls ------------------------------------------------------------------

    def validate(self) -> list[FieldErrorLike]:
        """The same checks as the service (app.domain.validation), and the directory's answer
        about the mandataire."""
        errors: list[FieldErrorLike] = list(
            validation.check_procuration_create(
                self.payload(),
                today=today(),
                own_enterprise_id=self.ctx.me.enterprise.id,
                active_ministries=self.active_ministries,
            )
        )
        if (
            self.kind() is ProcurationType.EXTERNE
            and self._mandataire_unknown
            and not any(e.field == "mandataire_id" for e in errors)
        ):
            errors.append(field_error("mandataire_id", "mandataire_unknown"))
        return errors

    def recap(self) -> list[RecapSection]:
        return []  # the verification step shows a ProcurationRecap instead (rights tree)

    def snapshot(self) -> object:
        return (self.payload().model_dump_json(),)

    def show_errors(self, errors: Sequence[FieldErrorLike]) -> list[FieldErrorLike]:
        unplaced: list[FieldErrorLike] = []
        for error in errors:
            name = self.form.resolve(error.field)
            if name is None:
                unplaced.append(error)
            else:
                self._errors.setdefault(name, []).append(error)
        self._render_errors()
        return unplaced

    def clear_errors(self) -> None:
        self._errors.clear()
        self._render_errors()
        self.show_summary("")

    def errors_at(self, name: str) -> list[str]:
        """The messages shown at a field now (for tests: «mandataire_id», «end_date»...)."""
        return self.form.errors().get(name, [])

    # ---- live checks -------------------------------------------------------------------------

    def _set_errors(self, name: str, errors: Iterable[FieldErrorLike]) -> None:
        items = list(errors)
        if not items and name not in self._errors:
            return
        if items:
            self._errors[name] = items
        else:
            self._errors.pop(name, None)
        self._render_errors()

    def _render_errors(self) -> None:
        # The form has no per-field clear: redraw every error this page holds.
        self.form.clear_errors()
        self.rights.clear_errors()
        for name, errors in self._errors.items():
            if name == "rights":
                messages, _others = self.rights.show_errors(errors)
                for message in messages:
                    self.form.set_error("rights", message)
                continue
            for error in errors:
                self.form.set_error(name, field_message(error))
        self.end_date.set_invalid(bool(self.form.errors().get("end_date")))

    def _on_type(self, value: object) -> None:
        external = value is ProcurationType.EXTERNE
        for widget in self._mandataire_widgets:
            widget.setVisible(external)
        if not external:
            self._set_errors("mandataire_id", [])
        self._set_errors("type", [])

    def _on_mandataire_text(self, text: str) -> None:
        self._mandataire = None
        self._mandataire_unknown = False
        self.mandataire_name.setText("")
        value = text.strip()
        if rules.check_identification_number(value, "mandataire_id"):
            self._lookup.cancel()
            if len(value) > 10:
                self._check_mandataire()
            return
        self._set_errors("mandataire_id", [])
        self.mandataire_name.setText(self.tr("Recherche du mandataire…"))
        self._lookup.run(self._look_up(value), name="mandataire")

    def _check_mandataire(self) -> None:
        """When the field is left: the number's rule, said at the field."""
        if self.kind() is not ProcurationType.EXTERNE:
            return
        value = self.mandataire_id.text().strip()
        if not value:
            return  # «obligatoire» is said at Continuer, not while moving through the form
        errors = rules.check_identification_number(value, "mandataire_id")
        if value == self.ctx.me.enterprise.id:
            errors = [field_error("mandataire_id", "mandataire_is_self")]
        self._set_errors("mandataire_id", errors)

    async def _look_up(self, number: str) -> None:
        try:
            found = await self.ctx.api.directory_enterprise(number)
        except NotFound:
            self._mandataire_unknown = True
            self.mandataire_name.setText(self.tr("Aucune entreprise ne porte ce numéro"))
            self.mandataire_name.setStyleSheet("color: #cb381f; font-weight: bold;")
            return
        except Offline:
            self.mandataire_name.setText(
                self.tr("Le nom ne peut être vérifié hors connexion; le service le vérifiera.")
            )
            self.mandataire_name.setStyleSheet("color: #4e5662;")
            return
        except ValidationFailed as error:
            self._set_errors("mandataire_id", error.errors)
            self.mandataire_name.setText("")
            return
        self._mandataire = found
        self.mandataire_name.setText("✔ " + found.name)
        self.mandataire_name.setStyleSheet("color: #1f6f3f; font-weight: bold;")
        if found.id == self.ctx.me.enterprise.id:
            self._set_errors("mandataire_id", [field_error("mandataire_id", "mandataire_is_self")])

    def lookup_done(self) -> bool:
        """Whether the directory lookup of the mandataire has answered (for tests)."""
        return not self._lookup.is_running()

    def mandataire(self) -> EnterpriseRef | None:
        return self._mandataire

    def _on_start(self, *_args: object) -> None:
        start = to_date(self.start_date.date())
        previous = self.end_date.latest()
        latest = rules.latest_end_date(start)
        # An end date left at the previous maximum follows the start date.
        if previous is not None and self.end_date.day() == previous:
            self.end_date.set_latest(latest)
            self.end_date.set_day(latest)
        else:
            self.end_date.set_latest(latest)
        self._check_end()

    def _check_end(self) -> None:
        start = to_date(self.start_date.date())
        end = self.end_date.day()
        errors: list[FieldError] = rules.check_period(start, end)
        if not errors and end < today():
            errors = [field_error("end_date", "end_date_in_past")]
        self._set_errors("end_date", errors)


class CreateProcurationWizard(TransactionWizard):
    """Ajouter (or, with `renew_from`, Renouveler) a procuration; see the module docstring.

    `registrations` are the enterprise's (`api.registrations()`): only ministries whose
    registration is Actif are offered. Emits `transmitted(ProcurationResult)`.
    """

    def __init__(
        self,
        ctx: AppContext,
        registrations: Sequence[Registration],
        parent: QWidget | None = None,
        *,
        renew_from: Procuration | None = None,
    ) -> None:
        title = (
            self.tr("Renouvellement d'une procuration")
            if renew_from is not None
            else self.tr("Ajout d'une procuration")
        )
        super().__init__(
            title,
            self._submit,
            parent,
            receipt=lambda r: ReceiptView(r.receipt, language=current_language()),
        )
        self.setObjectName("transactionWizard")
        self.ctx = ctx
        self.renew_from = renew_from
        self.page = ProcurationPage(ctx, registrations, renew_from=renew_from)
        self.add_entry_page(self.page)
        self.verification_widget = install_verification_widget(self, self._verification)

    async def _submit(self, idempotency_key: str) -> ProcurationResult:
        return await self.ctx.api.create_procuration(
            self.page.payload(), idempotency_key=idempotency_key
        )

    def _verification(self) -> QWidget:
        draft = self.page.draft()
        if self.renew_from is None:
            return ProcurationRecap(draft, self.ctx.ministries, show_state=False)
        return RenewalComparison(self.renew_from, draft, self.ctx)


class RenewalComparison(QWidget):
    """Renouveler's verification: the procuration replaced and the new one, side by side."""

    def __init__(
        self, old: Procuration, new: Procuration, ctx: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("renewalComparison")
        ended = old.state is ProcurationState.EC or old.end_date < today()
        old_title = (
            self.tr("Procuration remplacée (échue le {0})")
            if ended
            else self.tr("Procuration remplacée (se termine le {0})")
        ).format(old.end_date.isoformat())
        self.old = ProcurationRecap(old, ctx.ministries, title=old_title)
        self.new = ProcurationRecap(
            new,
            ctx.ministries,
            title=self.tr("Nouvelle procuration"),
            changed=("start_date", "end_date"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.old, 1, Qt.AlignmentFlag.AlignTop)
        separator = QWidget(self)
        separator.setFixedWidth(1)
        separator.setStyleSheet("background: #c5cad2;")
        layout.addWidget(separator)
        layout.addWidget(self.new, 1, Qt.AlignmentFlag.AlignTop)


def renewable(p: Procuration, on: date | None = None) -> bool:
    """Renouveler applies to a procuration that has ended (EC) or that is active and ends
    within RENEWAL_WINDOW_DAYS days."""
    day = on or today()
    if p.state is ProcurationState.EC:
        return True
    return p.state is ProcurationState.AC and p.end_date <= day + timedelta(
        days=RENEWAL_WINDOW_DAYS
    )
