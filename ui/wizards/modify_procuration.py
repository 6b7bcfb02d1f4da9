"""«Modification d'une procuration»: move its end date, before it expires.

The procedure: «il peut éviter de créer une nouvelle procuration en modifiant sa date de fin
avant l'échéance». Only the end date changes, never past start + 3 years − 1 day, never before
today; an échue, révoquée or refusée procuration is not modified (the service answers 422
`procuration_not_active`, shown at «État de la procuration»).

The change is sent with the ETag of the version opened. If someone changed the procuration in
the meantime (412), `ui.widgets.stale_dialog` shows theirs against yours; «Réappliquer» sends
your date again on top of the current version, «Revoir» comes back to the form with the
current version shown, «Abandonner» closes the transaction.

    procuration, etag = await ctx.api.procuration(pid)
    wizard = ModifyProcurationWizard(ctx, procuration, etag)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from app.api.errors import StaleObject
from app.domain import rules, validation
from app.domain.errors import FieldError
from app.domain.models import Procuration, ProcurationResult
from ui.context import AppContext
from ui.errors import FieldErrorLike
from ui.i18n import current_language
from ui.models.procurations import state_label, type_label
from ui.receipt_view import ReceiptView
from ui.widgets.procuration_recap import (
    ProcurationRecap,
    install_verification_widget,
    long_date,
)
from ui.widgets.stale_dialog import StaleDecision, StaleDialog, ask_stale, compare_fields
from ui.widgets.wizard import EntryPage, RecapSection, TransactionWizard
from ui.wizards.create_procuration import EndDateField, today


class StaleDropped(Exception):
    """The person kept the other version: nothing was sent (said in both languages)."""

    def __init__(self, current_end: date) -> None:
        super().__init__("stale: dropped")
        self.message_fr = (
            "Votre modification n'a pas été transmise : la procuration garde la date de fin "
            f"du {current_end.isoformat()}. Cliquez sur « Annuler » pour quitter."
        )
        self.message_en = (
            "Your change was not sent: the procuration keeps its end date of "
            f"{current_end.isoformat()}. Click «Annuler» to leave."
        )


class StaleReview(Exception):
    """Back to the form with the current version; nothing was sent."""

    def __init__(self) -> None:
        super().__init__("stale: review")
        self.errors = [
            FieldError(
                "end_date",
                "stale_review",
                "Quelqu'un a modifié cette procuration entre-temps : voyez sa version actuelle "
                "ci-dessus, vérifiez votre date de fin, puis continuez.",
                "Someone changed this procuration in the meantime: see its current version "
                "above, check your end date, then continue.",
            )
        ]


class EndDatePage(EntryPage):
    """The procuration, read-only, and «Nouvelle date de fin*»."""

    def __init__(self, ctx: AppContext, procuration: Procuration) -> None:
        super().__init__(
            heading=self.tr("Procuration"),
            intro=self.tr(
                "Vous pouvez modifier la date de fin d'une procuration tant qu'elle n'est pas "
                "échue, ce qui évite d'en créer une nouvelle. Sa période de validité ne peut "
                "excéder trois ans moins un jour."
            ),
        )
        self.ctx = ctx
        form = self.form
        self.description_label = QLabel()
        form.add_field("description", self.tr("Description"), self.description_label)
        self.type_label = QLabel()
        form.add_field("type", self.tr("Type de procuration"), self.type_label)
        self.start_label = QLabel()
        form.add_field("start_date", self.tr("Date de début"), self.start_label)
        self.current_end_label = QLabel()
        self.current_end_label.setObjectName("currentEndDate")
        form.add_field("current_end_date", self.tr("Date de fin actuelle"), self.current_end_label)
        # Named «state»: the service's `procuration_not_active` lands here.
        self.state_label = QLabel()
        form.add_field("state", self.tr("État de la procuration"), self.state_label)
        self.end_date = EndDateField()
        self.end_date.edit.setAccessibleName(self.tr("Nouvelle date de fin"))
        form.add_field("end_date", self.tr("&Nouvelle date de fin"), self.end_date, required=True)
        self.end_date.changed.connect(self._check)
        self.procuration = procuration
        self.show_procuration(procuration)
        self.end_date.set_day(procuration.end_date)

    def show_procuration(self, p: Procuration) -> None:
        """Show `p` as it is now (after a 412, the current version)."""
        self.procuration = p
        self.description_label.setText(p.description)
        self.type_label.setText(type_label(p.type))
        self.start_label.setText(p.start_date.isoformat())
        self.current_end_label.setText(p.end_date.isoformat())
        self.state_label.setText(state_label(p.state))
        self.end_date.set_latest(rules.latest_end_date(p.start_date))

    def new_end(self) -> date:
        return self.end_date.day()

    def validate(self) -> list[FieldErrorLike]:
        errors: list[FieldErrorLike] = list(
            validation.check_end_date_change(
                self.procuration.start_date, self.new_end(), today=today()
            )
        )
        if not errors and self.new_end() == self.procuration.end_date:
            errors.append(
                FieldError(
                    "end_date",
                    "unchanged",
                    "Choisissez une date de fin différente de la date actuelle.",
                    "Choose an end date other than the current one.",
                )
            )
        return errors

    def _check(self) -> None:
        self.form.clear_errors()
        errors = validation.check_end_date_change(
            self.procuration.start_date, self.new_end(), today=today()
        )
        self.form.show_errors(errors)
        self.end_date.set_invalid(bool(errors))

    def show_errors(self, errors: Sequence[FieldErrorLike]) -> list[FieldErrorLike]:
        unplaced = super().show_errors(errors)
        self.end_date.set_invalid(bool(self.form.errors().get("end_date")))
        return unplaced

    def clear_errors(self) -> None:
        super().clear_errors()
        self.end_date.set_invalid(False)

    def recap(self) -> list[RecapSection]:
        return []

    def snapshot(self) -> object:
        return (self.new_end(),)


class ModifyProcurationWizard(TransactionWizard):
    """Modifier the end date of `procuration` (read with `etag`); see the module docstring.

    `stale_dialog` is the comparison while it is open (for tests).
    """

    def __init__(
        self,
        ctx: AppContext,
        procuration: Procuration,
        etag: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Modification d'une procuration"),
            self._submit,
            parent,
            receipt=lambda r: ReceiptView(r.receipt, language=current_language()),
        )
        self.ctx = ctx
        self.etag = etag
        self.opened = procuration
        self.stale_dialog: StaleDialog | None = None
        self.page = EndDatePage(ctx, procuration)
        self.add_entry_page(self.page)
        self.verification_widget = install_verification_widget(self, self._verification)

    def _verification(self) -> QWidget:
        p = self.page.procuration
        changed = p.model_copy(update={"end_date": self.page.new_end()})
        return ProcurationRecap(
            changed,
            self.ctx.ministries,
            changed=("end_date",),
            extra_rows=[(self.tr("Date de fin actuelle"), long_date(p.end_date))],
        )

    async def _submit(self, idempotency_key: str) -> ProcurationResult:
        mine = self.page.new_end()
        try:
            return await self.ctx.api.patch_procuration(
                self.page.procuration.id, mine, self.etag, idempotency_key=idempotency_key
            )
        except StaleObject as stale:
            current = stale.current if isinstance(stale.current, Procuration) else None
            if current is None or not stale.current_etag:
                raise
            decision = await self._ask(current, mine)
            self.etag = stale.current_etag
            self.page.show_procuration(current)
            if decision is StaleDecision.REAPPLY:
                # The failed attempt released its key: the same key sends the same body again.
                return await self.ctx.api.patch_procuration(
                    current.id, mine, self.etag, idempotency_key=idempotency_key
                )
            if decision is StaleDecision.DROP:
                raise StaleDropped(current.end_date) from stale
            raise StaleReview() from stale

    async def _ask(self, current: Procuration, mine: date) -> StaleDecision:
        opened = self.page.procuration
        fields = [
            ("end_date", self.tr("Date de fin")),
            ("state", self.tr("État de la procuration")),
            ("description", self.tr("Description")),
        ]

        def texts(p: Procuration, end: date) -> dict[str, str]:
            return {
                "end_date": end.isoformat(),
                "state": state_label(p.state),
                "description": p.description,
            }

        changes = compare_fields(
            fields,
            original=texts(opened, opened.end_date),
            yours=texts(opened, mine),
            theirs=texts(current, current.end_date),
        )

        def keep(dialog: object) -> None:
            self.stale_dialog = dialog if isinstance(dialog, StaleDialog) else None

        try:
            return await ask_stale(
                self,
                changes,
                subject=self.tr("la procuration « {0} »").format(opened.description),
                on_open=keep,
            )
        finally:
            self.stale_dialog = None
