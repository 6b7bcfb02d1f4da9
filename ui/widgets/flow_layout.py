"""A row of widgets that wraps onto the next line when the screen is too narrow for it.

A drop-in for the `QHBoxLayout` of a row of buttons or filters whose texts grow with the
language (English, the pseudo-locale, a large font): it takes `addWidget(widget, stretch)`,
`addLayout`, `addSpacing` and `addStretch` like a box layout and lays everything on one line
while it fits. When it does not, the row continues on the next line instead of widening the
window; a label stays on the same line as its buddy (the field right after it), a check box
with the value it switches on. On each line
the room left is shared by the items given a stretch (a search field, `addStretch()`), so a
row laid out as «buttons, stretch, count» keeps the count at the right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
)


@dataclass
class _Entry:
    item: QLayoutItem
    stretch: int = 0
    fixed_space: bool = False  # an addSpacing(): dropped at the start of a line
    # The item's sizes, read once per layout pass (see _units).
    hint: QSize = field(default_factory=QSize)
    minimum: QSize = field(default_factory=QSize)


def _keep_together(first: QWidget | None, second: QWidget | None) -> bool:
    """A label and its buddy, a check box and the value it switches on («Se terminant d'ici
    [60 jours]»), stay on one line."""
    if first is None or second is None:
        return False
    if isinstance(first, QLabel):
        return first.buddy() is not None and first.buddy() in (second, second.focusProxy())
    return isinstance(first, QCheckBox) and isinstance(
        second, QComboBox | QAbstractSpinBox | QLineEdit
    )


class FlowLayout(QLayout):
    """See the module docstring. `setSpacing` sets the space between items on a line,
    `setVerticalSpacing` the space between lines (the same by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._vertical_spacing = -1
        # Qt asks for the same sizes many times per layout pass: computed once until the
        # next invalidate() (items added, a child's size hint changed).
        self._cache: dict[object, object] = {}

    # ---- QBoxLayout-like building ----------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._entries.append(_Entry(item))
        self.invalidate()

    def addWidget(
        self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag | None = None
    ) -> None:
        super().addWidget(widget)
        if alignment is not None:
            self._entries[-1].item.setAlignment(alignment)
        self._entries[-1].stretch = stretch

    def addLayout(self, layout: QLayout, stretch: int = 0) -> None:
        self.addChildLayout(layout)
        self._entries.append(_Entry(layout, stretch))
        self.invalidate()

    def addSpacing(self, size: int) -> None:
        spacer = QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self._entries.append(_Entry(spacer, fixed_space=True))
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:
        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._entries.append(_Entry(spacer, max(stretch, 1)))
        self.invalidate()

    def setVerticalSpacing(self, spacing: int) -> None:
        self._vertical_spacing = spacing
        self.invalidate()

    # ---- QLayout -------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._entries)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._entries[index].item if 0 <= index < len(self._entries) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._entries):
            entry = self._entries.pop(index)
            self.invalidate()
            return entry.item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def invalidate(self) -> None:
        self._cache.clear()
        super().invalidate()

    def heightForWidth(self, width: int) -> int:
        height = self._cache.get(width)
        if not isinstance(height, int):
            height = self._arrange(QRect(0, 0, width, 0), apply=False)
            self._cache[width] = height
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        cached = self._cache.get("hint")
        if isinstance(cached, QSize):
            return cached
        hint = self._size_hint()
        self._cache["hint"] = hint
        return hint

    def minimumSize(self) -> QSize:
        cached = self._cache.get("minimum")
        if isinstance(cached, QSize):
            return cached
        minimum = self._minimum_size()
        self._cache["minimum"] = minimum
        return minimum

    def _size_hint(self) -> QSize:
        units = self._units()
        width = sum(self._width(u, hint=True) for u in units)
        width += self._h_space() * max(len(units) - 1, 0)
        height = max((e.hint.height() for u in units for e in u), default=0)
        return self._with_margins(QSize(width, height))

    def _minimum_size(self) -> QSize:
        units = self._units()
        width = max((self._width(u, hint=False) for u in units), default=0)
        height = max((e.minimum.height() for u in units for e in u), default=0)
        return self._with_margins(QSize(width, height))

    # ---- arranging -----------------------------------------------------------------------------

    def _with_margins(self, size: QSize) -> QSize:
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        value = style.pixelMetric(metric, None, parent)
        return value if value >= 0 else 6

    def _h_space(self) -> int:
        own = self.spacing()
        return own if own >= 0 else self._spacing(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _v_space(self) -> int:
        if self._vertical_spacing >= 0:
            return self._vertical_spacing
        own = self.spacing()
        return own if own >= 0 else self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def _units(self) -> list[list[_Entry]]:
        """The shown items, a label glued to its buddy that follows it, their sizes read."""
        cached = self._cache.get("units")
        if isinstance(cached, list):
            return cached
        shown = [
            e for e in self._entries if isinstance(e.item, QSpacerItem) or not e.item.isEmpty()
        ]
        for entry in shown:
            entry.hint = entry.item.sizeHint()
            entry.minimum = entry.item.minimumSize()
        units: list[list[_Entry]] = []
        glued = False
        for index, entry in enumerate(shown):
            if glued:
                units[-1].append(entry)
            else:
                units.append([entry])
            glued = index + 1 < len(shown) and _keep_together(
                entry.item.widget(), shown[index + 1].item.widget()
            )
        self._cache["units"] = units
        return units

    def _width(self, unit: list[_Entry], *, hint: bool) -> int:
        sizes = [(e.hint if hint else e.minimum).width() for e in unit]
        return sum(sizes) + self._h_space() * max(len(unit) - 1, 0)

    def _lines(self, units: list[list[_Entry]], width: int) -> list[list[_Entry]]:
        lines: list[list[list[_Entry]]] = [[]]
        used = 0
        space = self._h_space()
        for unit in units:
            if unit[0].fixed_space and not lines[-1]:
                continue  # no indent at the start of a line
            need = self._width(unit, hint=True)
            if lines[-1] and used + space + need > width:
                if unit[0].fixed_space:
                    lines.append([])
                    used = 0
                    continue
                lines.append([])
                used = 0
            used += (space if lines[-1] else 0) + need
            lines[-1].append(unit)
        return [[e for unit in line for e in unit] for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        space = self._h_space()
        y = area.y()
        lines = self._lines(self._units(), area.width())
        for number, line in enumerate(lines):
            widths = [e.hint.width() for e in line]
            room = area.width() - sum(widths) - space * (len(line) - 1)
            if room > 0:
                weights = [e.stretch for e in line]
                total = sum(weights)
                if total:
                    given = 0
                    for i, weight in enumerate(weights):
                        share = room * weight // total
                        widths[i] += share
                        given += share
                    last = max(i for i, weight in enumerate(weights) if weight)
                    widths[last] += room - given
            elif room < 0:
                # One item wider than the line: let it shrink down to its minimum.
                for i, entry in enumerate(line):
                    spare = widths[i] - entry.minimum.width()
                    take = min(spare, -room)
                    if take > 0:
                        widths[i] -= take
                        room += take
            height = max(e.hint.height() for e in line)
            if apply:
                x = area.x()
                for entry, width in zip(line, widths, strict=True):
                    item_height = min(height, max(entry.hint.height(), 0))
                    if entry.item.expandingDirections() & Qt.Orientation.Vertical:
                        item_height = height
                    top = y + (height - item_height) // 2
                    entry.item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                    x += width + space
            y += height + (self._v_space() if number + 1 < len(lines) else 0)
        return y - rect.y() + m.bottom()
