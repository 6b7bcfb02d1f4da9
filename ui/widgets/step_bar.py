"""The numbered step bar of a transaction (1 2 3 4) with the current step's title (clicSÉQUR)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

STEP_BAR_STYLE = """
QLabel[stepNumber="true"] {
    min-width: 26px; max-width: 26px; min-height: 26px; max-height: 26px;
    border: 1px solid #8e96a3; background: #ffffff; color: #4e5662; font-weight: bold;
}
QLabel[stepNumber="true"][state="done"] { background: #e6ecf4; color: #223654;
    border-color: #7a8fb0; }
QLabel[stepNumber="true"][state="current"] { background: #095797; color: #ffffff;
    border: 1px solid #095797; }
QLabel#stepTitle { font-weight: bold; font-size: 12pt; color: #223654; padding-left: 10px; }
"""


class StepBar(QWidget):
    """Numbered boxes, one per step, the current one filled, then the current step's title.

    `set_steps(titles)` defines the steps («Inscription des données», «Vérification des
    données», «Accusé de réception», …); `set_current(index)` moves the highlight (0-based).
    Steps before the current one are shown as done. Not focusable: the accessible name says
    «Étape 2 sur 4 : Vérification des données» for screen readers.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STEP_BAR_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._titles: list[str] = []
        self._current = 0
        self._numbers: list[QLabel] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("stepTitle")
        self._layout.addWidget(self.title_label)
        self._layout.addStretch(1)

    def set_steps(self, titles: Sequence[str]) -> None:
        """Replace the steps; keeps the current index when it still exists."""
        for label in self._numbers:
            self._layout.removeWidget(label)
            label.hide()  # until deleted, not drawn over the new ones
            label.deleteLater()
        self._numbers = []
        self._titles = list(titles)
        for index in range(len(self._titles)):
            number = QLabel(str(index + 1), self)
            number.setProperty("stepNumber", True)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setToolTip(self._titles[index])
            self._layout.insertWidget(index, number)
            self._numbers.append(number)
        self._current = min(self._current, max(len(self._titles) - 1, 0))
        self._refresh()

    def set_current(self, index: int) -> None:
        if not 0 <= index < len(self._titles):
            raise IndexError(index)
        self._current = index
        self._refresh()

    def current(self) -> int:
        return self._current

    def count(self) -> int:
        return len(self._titles)

    def titles(self) -> list[str]:
        return list(self._titles)

    def current_title(self) -> str:
        return self._titles[self._current] if self._titles else ""

    def number_state(self, index: int) -> str:
        """ "done", "current" or "todo": how step `index` is drawn."""
        return str(self._numbers[index].property("state"))

    def _refresh(self) -> None:
        for index, number in enumerate(self._numbers):
            if index < self._current:
                state = "done"
            elif index == self._current:
                state = "current"
            else:
                state = "todo"
            number.setProperty("state", state)
            number.style().unpolish(number)
            number.style().polish(number)
        title = self.current_title()
        self.title_label.setText(title)
        if self._titles:
            self.setAccessibleName(
                self.tr("Étape {0} sur {1} : {2}").format(
                    self._current + 1, len(self._titles), title
                )
            )
