"""«Quelqu'un l'a modifié avant vous»: yours vs theirs, field by field; re-apply, review or drop.

A modification is sent with the ETag of the version the person opened; when someone else changed
the object in the meantime, the service answers 412 with the object as it is now
(`app.api.errors.StaleObject.current`) and saves nothing. This module shows the person what
differs and lets them decide, for any object (a user record, a procuration's end date…):

    fields = [("first_name", self.tr("Prénom")), ("phone", self.tr("Téléphone (travail)"))]
    changes = compare_fields(fields, original=opened, yours=typed, theirs=current)
    decision = await ask_stale(self, changes, subject=self.tr("le dossier de Sharron McReady"))
    if decision is StaleDecision.REAPPLY:
        values = rebase(opened, typed, current)   # your changes on top of the current version
        ...send again with the current ETag...

Values are compared as the texts the person reads (already formatted: «514 522-6699»), so
what the dialog calls a difference is a difference on screen. `ask_stale` opens the dialog with
`open()` and awaits the person's choice, which is safe inside a coroutine (never `exec()`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

STALE_STYLE = """
QDialog#staleDialog, QWidget#staleGrid { background: #ffffff; }
QLabel#staleTitle { font-size: 14pt; font-weight: bold; color: #223654; }
QLabel#staleIntro { color: #223654; }
QLabel[staleHeader="true"] { font-weight: bold; color: #223654; border-bottom: 2px solid #223654;
    padding: 4px 6px; }
QLabel[staleCell="true"] { padding: 4px 6px; border-bottom: 1px solid #d0d5dc; }
QLabel[staleCell="true"][unchanged="true"] { color: #6b7380; font-style: italic; }
QLabel[staleCell="true"][conflict="true"] { background: #fff4e5; }
QLabel#staleConflictNote { color: #8a4b00; background: #fff4e5; border-left: 4px solid #e58a00;
    padding: 6px; }
QPushButton { min-height: 28px; padding: 2px 16px; border: 1px solid #095797;
    background: #ffffff; color: #095797; font-weight: bold; }
QPushButton:hover { background: #e6ecf4; }
QPushButton[primary="true"] { background: #095797; color: #ffffff; }
QPushButton[primary="true"]:hover { background: #223654; }
QPushButton:focus { border: 3px solid #4a98d9; }
"""


@dataclass(frozen=True)
class FieldChange:
    """One field of the object: the value opened, the value typed, the value now on the service."""

    name: str
    label: str
    original: str
    yours: str
    theirs: str

    @property
    def yours_changed(self) -> bool:
        return self.yours != self.original

    @property
    def theirs_changed(self) -> bool:
        return self.theirs != self.original

    @property
    def conflict(self) -> bool:
        """Both changed it, differently: re-applying replaces their value with yours."""
        return self.yours_changed and self.theirs_changed and self.yours != self.theirs

    @property
    def result(self) -> str:
        """The value after re-applying: yours where you changed it, else theirs."""
        return self.yours if self.yours_changed else self.theirs

    @property
    def differs(self) -> bool:
        """Worth a line in the comparison: someone changed it."""
        return self.yours_changed or self.theirs_changed


def compare_fields(
    fields: Sequence[tuple[str, str]],
    *,
    original: Mapping[str, str],
    yours: Mapping[str, str],
    theirs: Mapping[str, str],
) -> list[FieldChange]:
    """One `FieldChange` per `(name, label)` of `fields`, in that order (missing values: '')."""
    return [
        FieldChange(
            name,
            label,
            original.get(name, ""),
            yours.get(name, ""),
            theirs.get(name, ""),
        )
        for name, label in fields
    ]


def rebase(
    original: Mapping[str, object], yours: Mapping[str, object], theirs: Mapping[str, object]
) -> dict[str, object]:
    """Your changes on top of the current version: for each field of `theirs`, your value when
    you changed it (it differs from `original`), else theirs."""
    return {
        name: (yours[name] if name in yours and yours[name] != original.get(name) else value)
        for name, value in theirs.items()
    }


class StaleDecision(StrEnum):
    REAPPLY = "reapply"  # send your changes again, on top of the current version
    REVIEW = "review"  # back to the form: your changes on top of the current version, unsent
    DROP = "drop"  # forget your changes; the current version stays as it is


class StaleDialog(QDialog):
    """The comparison, window-modal, opened with `open()`; emits `decided(StaleDecision)` once.

    Esc and the window's close button mean «Revoir avant de transmettre»: nothing is lost and
    nothing is sent.
    """

    decided = Signal(object)

    def __init__(
        self,
        changes: Sequence[FieldChange],
        parent: QWidget | None = None,
        *,
        subject: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staleDialog")
        self.setStyleSheet(STALE_STYLE)
        self.setWindowTitle(self.tr("Modifié entre-temps"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._decision: StaleDecision | None = None
        self.changes = [c for c in changes if c.differs]

        title = QLabel(self.tr("Quelqu'un l'a modifié avant vous"), self)
        title.setObjectName("staleTitle")
        what = subject or self.tr("ce dossier")
        intro = QLabel(
            self.tr(
                "Quelqu'un a modifié {0} depuis que vous l'avez ouvert. Rien de ce que vous "
                "avez inscrit n'a été enregistré. Comparez votre modification avec la version "
                "actuelle, puis choisissez."
            ).format(what),
            self,
        )
        intro.setObjectName("staleIntro")
        intro.setWordWrap(True)

        grid_host = QWidget(self)
        grid_host.setObjectName("staleGrid")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        headers = [
            self.tr("Renseignement"),
            self.tr("Votre modification"),
            self.tr("Version actuelle"),
            self.tr("Après réapplication"),
        ]
        for column, text in enumerate(headers):
            header = QLabel(text, grid_host)
            header.setProperty("staleHeader", True)
            grid.addWidget(header, 0, column)
        unchanged = self.tr("(inchangé)")
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, change in enumerate(self.changes, start=1):
            name = QLabel(change.label + (" ⚠" if change.conflict else ""), grid_host)
            name.setProperty("staleCell", True)
            name.setProperty("conflict", change.conflict)
            grid.addWidget(name, row, 0)
            cells = []
            for column, (value, changed) in enumerate(
                [
                    (change.yours, change.yours_changed),
                    (change.theirs, change.theirs_changed),
                    (change.result, True),
                ],
                start=1,
            ):
                shown = value if changed else f"{value} {unchanged}".strip()
                cell = QLabel(shown, grid_host)
                cell.setProperty("staleCell", True)
                cell.setProperty("unchanged", not changed)
                cell.setProperty("conflict", change.conflict)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAccessibleName(f"{change.label} — {headers[column]}")
                grid.addWidget(cell, row, column)
                cells.append(cell)
            self.cells[change.name] = (cells[0], cells[1], cells[2])
        for column in range(1, 4):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(self.changes) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.windowTitle())  # Tab stops on it, to scroll
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)

        self.conflict_note = QLabel(
            self.tr(
                "⚠ Vous et l'autre personne avez modifié le même renseignement : si vous "
                "réappliquez, votre valeur remplacera la sienne."
            ),
            self,
        )
        self.conflict_note.setObjectName("staleConflictNote")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setVisible(any(c.conflict for c in self.changes))

        self.reapply_button = QPushButton(self.tr("&Réappliquer mes modifications"), self)
        self.reapply_button.setProperty("primary", True)
        self.reapply_button.setToolTip(
            self.tr("Transmettre vos modifications par-dessus la version actuelle.")
        )
        self.review_button = QPushButton(self.tr("Re&voir avant de transmettre"), self)
        self.review_button.setToolTip(
            self.tr(
                "Revenir au formulaire, avec vos modifications appliquées à la version "
                "actuelle ; rien n'est transmis."
            )
        )
        self.drop_button = QPushButton(self.tr("A&bandonner mes modifications"), self)
        self.drop_button.setToolTip(
            self.tr("Oublier vos modifications : la version actuelle reste telle quelle.")
        )
        for button, decision in (
            (self.reapply_button, StaleDecision.REAPPLY),
            (self.review_button, StaleDecision.REVIEW),
            (self.drop_button, StaleDecision.DROP),
        ):
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d))
        self.reapply_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.drop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.reapply_button)
        # Tab in reading order, left to right (the focus still starts on «Réappliquer»).
        QWidget.setTabOrder(self.drop_button, self.review_button)
        QWidget.setTabOrder(self.review_button, self.reapply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.conflict_note)
        layout.addLayout(buttons)
        self.resize(980, 380)
        self.reapply_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def decision(self) -> StaleDecision | None:
        return self._decision

    def decide(self, decision: StaleDecision) -> None:
        """Record the choice, close, and emit `decided` (once)."""
        if self._decision is not None:
            return
        self._decision = decision
        self.decided.emit(decision)
        self.done(QDialog.DialogCode.Accepted if decision is StaleDecision.REAPPLY else 0)

    def reject(self) -> None:
        # Esc: the choice that loses nothing and sends nothing.
        if self._decision is None:
            self.decide(StaleDecision.REVIEW)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._decision is None:
            self._decision = StaleDecision.REVIEW
            self.decided.emit(StaleDecision.REVIEW)
        super().closeEvent(event)


async def ask_stale(
    parent: QWidget | None,
    changes: Sequence[FieldChange],
    *,
    subject: str = "",
    on_open: object = None,
) -> StaleDecision:
    """Show the comparison and wait for the person's choice (REVIEW if the dialog is closed).

    `on_open`, if callable, receives the dialog once it is open (hosts keep it for tests).
    """
    dialog = StaleDialog(changes, parent, subject=subject)
    future: asyncio.Future[StaleDecision] = asyncio.get_running_loop().create_future()

    def settle(decision: object) -> None:
        if not future.done():
            future.set_result(StaleDecision(str(decision)))

    dialog.decided.connect(settle)
    dialog.open()
    if callable(on_open):
        on_open(dialog)
    try:
        return await future
    finally:
        # Cancelled while open (the wizard closed): the dialog goes with it.
        if dialog.decision() is None and shiboken6.isValid(dialog):
            dialog.blockSignals(True)
            dialog.close()
