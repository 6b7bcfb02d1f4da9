"""What the screen-wide tests look for in a widget tree: clipped texts, overlapping widgets,
controls a screen reader cannot name, and text too pale for its background.

Each check takes the widget on screen (a main window, a dialog) and returns the problems found,
one readable sentence each, empty when all is well. They only read the widgets: the walk that
shows every screen is `tests.ui.screen_walk`.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter
from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QRubberBand,
    QScrollBar,
    QSizeGrip,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

# One pixel of slack: layouts round, styles draw 1 px borders over their neighbours' edges.
SLACK = 1
# WCAG 2.1 AA (SGQRI 008 2.0 follows it): normal text 4.5:1; text of 18 pt, or 14 pt bold, and
# graphics (1.4.11), 3:1.
NORMAL_TEXT_CONTRAST = 4.5
LARGE_TEXT_CONTRAST = 3.0

CONTROL_TYPES: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
# Widgets that are parts of another control (a combo box's line edit, a spin box's) or that
# float above the others on purpose.
_INNER_OF = (QComboBox, QAbstractSpinBox, QCalendarWidget)
_FLOATING = (QFocusFrame, QRubberBand, QSizeGrip)
_FLOATING_NAMES = {"lockOverlay"}


def describe(widget: QWidget) -> str:
    """`QLabel#errorSummary «Des renseignements…» in UserEntryPage`: enough to find it."""
    kind = type(widget).__name__
    name = widget.objectName()
    text = ""
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    shown = f"{kind}#{name}" if name else kind
    if text:
        one_line = " ".join(text.split())
        shown += f" «{one_line[:48]}{'…' if len(one_line) > 48 else ''}»"
    owner = widget.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    if owner is not None:
        shown += f" in {type(owner).__name__}"
    return shown


def shown_widgets(root: QWidget) -> Iterator[QWidget]:
    """`root` and its descendants on screen (windows of their own excluded)."""
    yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and not child.isWindow() and root.isAncestorOf(child):
            yield child


def _shown_text(text: str, mnemonic: bool) -> str:
    if mnemonic:
        text = re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")
    return text


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )


def _label_room(label: QLabel) -> int:
    room = label.contentsRect().width() - 2 * label.margin()
    indent = label.indent()
    if indent < 0:
        indent = label.fontMetrics().horizontalAdvance("x") // 2 if label.frameWidth() > 0 else 0
    return room - indent


def _longest_word(label: QLabel) -> tuple[str, int]:
    if _is_rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(label.text())
        doc.setTextWidth(1)
        return "(longest word)", int(doc.idealWidth() + 0.5)
    words = _shown_text(label.text(), label.buddy() is not None).split()
    metrics = label.fontMetrics()
    return max(((w, metrics.horizontalAdvance(w)) for w in words), key=lambda p: p[1])


def label_problem(label: QLabel) -> str | None:
    """Why `label` does not show its whole text, or None."""
    if not label.text().strip():
        return None
    pixmap = label.pixmap()
    if pixmap is not None and not pixmap.isNull():
        return None
    room = _label_room(label)
    if label.wordWrap():
        word, advance = _longest_word(label)
        if advance > room + SLACK:
            return f"{describe(label)}: the word «{word}» needs {advance} px, {room} px given"
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"{describe(label)}: wrapped text needs {need} px high, {label.height()} given"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"{describe(label)}: text needs {hint.width()} px, {label.width()} px given"
    if hint.height() > label.height() + SLACK:
        return f"{describe(label)}: text needs {hint.height()} px high, {label.height()} given"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    """Why `button`'s text (and indicator) does not fit, or None."""
    if not button.text().strip():
        return None
    hint = button.sizeHint()
    if isinstance(button, QPushButton | QToolButton):
        # What the text itself needs: a push button's size hint also holds the style's
        # minimum width, which a layout may rightly refuse.
        metrics = button.fontMetrics()
        text = _shown_text(button.text(), True)
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if need + 8 > button.contentsRect().width() + SLACK:
            return f"{describe(button)}: text needs {need} px, {button.width()} px wide button"
        if hint.height() > button.height() + SLACK:
            return f"{describe(button)}: needs {hint.height()} px high, {button.height()} given"
        return None
    if hint.width() > button.width() + SLACK or hint.height() > button.height() + SLACK:
        return (
            f"{describe(button)}: needs {hint.width()}×{hint.height()} px, "
            f"{button.width()}×{button.height()} given"
        )
    return None


def field_problem(field: QComboBox | QAbstractSpinBox) -> str | None:
    """Why the value shown in a combo box or a spin box (number and unit) is cut, or None."""
    room: QRect
    if isinstance(field, QAbstractSpinBox):
        text = field.text()
        spin = QStyleOptionSpinBox()
        field.initStyleOption(spin)
        room = field.style().subControlRect(
            QStyle.ComplexControl.CC_SpinBox, spin, QStyle.SubControl.SC_SpinBoxEditField, field
        )
        # The line edit inside keeps a few pixels of its own.
        room.adjust(2, 0, -2, 0)
    else:
        text = field.currentText()
        if not text or field.isEditable():
            return None
        combo = QStyleOptionComboBox()
        field.initStyleOption(combo)
        room = field.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, combo, QStyle.SubControl.SC_ComboBoxEditField, field
        )
    need = field.fontMetrics().horizontalAdvance(text)
    if need > room.width() + SLACK:
        return f"{describe(field)}: «{text}» needs {need} px, {room.width()} px shown"
    return None


def list_item_problems(view: QListView) -> list[str]:
    """Entries of a list (the navigation) whose text does not fit their row: Qt would end
    them with «…»."""
    problems: list[str] = []
    model = view.model()
    if model is None:
        return problems
    base = QStyleOptionViewItem()
    view.initViewItemOption(base)
    shown = view.viewport().rect()
    for row in range(model.rowCount(view.rootIndex())):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        if view.isRowHidden(row):
            continue
        option = QStyleOptionViewItem(base)
        delegate = view.itemDelegateForIndex(index)
        if isinstance(delegate, QStyledItemDelegate):
            delegate.initStyleOption(option, index)
        option.rect = view.visualRect(index)
        if not option.text or not option.rect.intersects(shown):
            continue
        style = view.style()
        text_rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, option, view
        ).intersected(shown)
        # Qt keeps a margin on each side of an item's text (QCommonStyle's textMargin).
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        text_rect.adjust(margin, 0, -margin, 0)
        wrap = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
        need = option.fontMetrics.boundingRect(
            QRect(0, 0, text_rect.width(), 100_000), flags, option.text
        )
        if need.height() > text_rect.height() + SLACK or (
            not wrap and need.width() > text_rect.width() + SLACK
        ):
            problems.append(
                f"{describe(view)}: entry «{option.text}» needs {need.width()}×{need.height()} "
                f"px, {text_rect.width()}×{text_rect.height()} shown"
            )
    return problems


def text_problems(root: QWidget) -> list[str]:
    """Labels, buttons, fields and list entries on screen whose text is cut."""
    problems: list[str] = []
    for widget in shown_widgets(root):
        found: str | None = None
        if isinstance(widget, QLabel):
            found = label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            found = button_problem(widget)
        elif isinstance(widget, QComboBox | QAbstractSpinBox):
            found = field_problem(widget)
        elif isinstance(widget, QListView) and widget.wordWrap():
            # A list that wraps its entries (the navigation) means them whole; in one that
            # does not (names of clients), «…» is the list's way to fit.
            problems.extend(list_item_problems(widget))
        if found:
            problems.append(found)
    return problems


def _is_viewport(widget: QWidget) -> bool:
    owner = widget.parentWidget()
    return isinstance(owner, QAbstractScrollArea) and owner.viewport() is widget


def _floats(widget: QWidget) -> bool:
    return isinstance(widget, _FLOATING) or widget.objectName() in _FLOATING_NAMES


def overlap_problems(root: QWidget) -> list[str]:
    """Sibling widgets on screen drawn over one another, and children that stick out of their
    parent (cut off by it)."""
    problems: list[str] = []
    for parent in shown_widgets(root):
        kids = [
            c
            for c in parent.children()
            if isinstance(c, QWidget) and c.isVisible() and not c.isWindow() and not _floats(c)
        ]
        kids = [c for c in kids if c.width() > 0 and c.height() > 0]
        scrolling = _is_viewport(parent)
        bounds = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
        for index, first in enumerate(kids):
            if not scrolling and not bounds.contains(first.geometry()):
                g = first.geometry()
                problems.append(
                    f"{describe(first)} ({g.x()},{g.y()} {g.width()}×{g.height()}) sticks out "
                    f"of {describe(parent)} ({parent.width()}×{parent.height()})"
                )
            for second in kids[index + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    problems.append(f"{describe(first)} overlaps {describe(second)}")
    return problems


# ---- lists ----------------------------------------------------------------------------------


def _shown_tables(root: QWidget) -> Iterator[QTableView]:
    for widget in shown_widgets(root):
        if isinstance(widget, QTableView) and widget.model() is not None:
            yield widget


def column_problems(root: QWidget) -> list[str]:
    """Columns of a list on screen narrower than the longest word of their heading: a heading
    may wrap, but a column squeezed below that shows «N…» in every row."""
    problems: list[str] = []
    for table in _shown_tables(root):
        header = table.horizontalHeader()
        if not header.isVisible():
            continue
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            heading = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            words = heading.split()
            if not words:
                continue
            word = max(words, key=metrics.horizontalAdvance)
            need = metrics.horizontalAdvance(word) + 8  # the heading's padding, at least
            if header.sectionSize(column) + SLACK < need:
                problems.append(
                    f"{describe(table)}: column «{' '.join(words)}» is "
                    f"{header.sectionSize(column)} px wide, «{word}» needs {need} px"
                )
    return problems


def scrolling_lists(root: QWidget) -> list[str]:
    """Lists on screen that scroll sideways: a column is out of sight."""
    return [
        f"{describe(table)} scrolls sideways ({table.horizontalHeader().length()} px of "
        f"columns in {table.viewport().width()} px)"
        for table in _shown_tables(root)
        if table.horizontalScrollBar().isVisible()
    ]


# ---- accessibility --------------------------------------------------------------------------


def _inner_part(widget: QWidget, root: QWidget) -> bool:
    owner = widget.parentWidget()
    while owner is not None and owner is not root:
        if isinstance(owner, _INNER_OF):
            return True
        owner = owner.parentWidget()
    return isinstance(widget, QScrollBar)


def focusable_controls(root: QWidget) -> list[QWidget]:
    """The controls on screen that Tab reaches (or would, once enabled)."""
    controls: list[QWidget] = []
    for widget in shown_widgets(root):
        if widget is root and widget.isWindow():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if _inner_part(widget, root):
            continue
        if isinstance(widget, (*CONTROL_TYPES, QAbstractScrollArea)):
            controls.append(widget)
    return controls


def buddies(root: QWidget) -> dict[int, QLabel]:
    """id(widget) → the label whose buddy it is (through focus proxies too)."""
    found: dict[int, QLabel] = {}
    window = root.window()
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        while buddy is not None:
            if label.text().strip():
                found.setdefault(id(buddy), label)
            buddy = buddy.focusProxy()
    return found


def spoken_name(widget: QWidget, labels: dict[int, QLabel]) -> str:
    """The name a screen reader announces for `widget`: its accessible name, else its buddy
    label's text, else (buttons) its own text."""
    name = widget.accessibleName().strip()
    if name:
        return name
    label = labels.get(id(widget))
    if label is not None:
        return _shown_text(label.text(), True).strip(" *:")
    if isinstance(widget, QAbstractButton):
        text = _shown_text(widget.text(), True).strip()
        # «…», «>», «×» are not names.
        if len(re.findall(r"\w", text)) >= 2:
            return text
    return ""


def labels_without_buddy(root: QWidget) -> list[str]:
    """Labels with an Alt shortcut («&Nom») that point at no field: the shortcut does nothing
    and the «&» shows."""
    found: list[str] = []
    for label in shown_widgets(root):
        if not isinstance(label, QLabel) or label.buddy() is not None or _is_rich(label):
            continue
        if re.search(r"&[^&\s]", label.text().replace("&&", "")):
            found.append(f"{describe(label)} has an Alt shortcut but no buddy")
    return found


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls on screen that have no accessible name, no buddy label and no text."""
    labels = buddies(root)
    return [describe(w) for w in focusable_controls(root) if not spoken_name(w, labels)]


def tab_order(start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from `start` (included) until it comes back, following
    `nextInFocusChain` as QWidget.focusNextPrevChild does (visible, enabled, Tab-focusable)."""
    order = [start]
    widget = start.nextInFocusChain()
    while widget is not start and len(order) < limit:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.window() is start.window()
        ):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def reading_order_problems(widgets: list[QWidget]) -> list[str]:
    """Consecutive widgets of `widgets` (a Tab order) that go against reading order: up a
    line (unless into the next column, a box to the right), or to the left on a line."""
    problems: list[str] = []
    window = widgets[0].window() if widgets else None
    for first, second in itertools.pairwise(widgets):
        a = QRect(first.mapTo(window, first.rect().topLeft()), first.size())
        b = QRect(second.mapTo(window, second.rect().topLeft()), second.size())
        same_line = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
        if same_line:
            if b.left() < a.left():
                problems.append(f"Tab goes left, from {describe(first)} to {describe(second)}")
        elif b.top() < a.top():
            # Up is right only into the next column: a box of its own, to the right. A tab
            # widget's tabs come after its page in Qt's Tab order (Ctrl+Tab also reaches them).
            next_column = (
                b.left() >= a.right() - SLACK and first.parentWidget() is not second.parentWidget()
            )
            if not next_column and not isinstance(second, QTabBar):
                problems.append(f"Tab goes up, from {describe(first)} to {describe(second)}")
    return problems


# ---- contrast -------------------------------------------------------------------------------


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rendered_colours(image: QImage, area: QRect) -> tuple[QColor, QColor] | None:
    """(background, text) as drawn in `area` of `image`: the most frequent colour, and among
    the colours drawn at least 3 times the one that differs most from it (the cores of the
    glyphs; their anti-aliased edges differ less)."""
    area = area.intersected(image.rect())
    if area.width() < 2 or area.height() < 2:
        return None
    part = image.copy(area).convertToFormat(QImage.Format.Format_RGB32)
    words = array("I")
    words.frombytes(bytes(part.constBits())[: part.bytesPerLine() * part.height()])
    per_line = part.bytesPerLine() // 4
    counts: Counter[int] = Counter()
    for y in range(part.height()):
        counts.update(words[y * per_line : y * per_line + part.width()])
    (background_rgb, _n), *others = counts.most_common()
    background = QColor.fromRgb(background_rgb)
    candidates = [QColor.fromRgb(rgb) for rgb, n in others if n >= 3]
    if not candidates:
        return None
    text = max(candidates, key=lambda c: contrast_ratio(c, background))
    return background, text


def _large_text(widget: QWidget) -> bool:
    font = widget.font()
    points = font.pointSizeF()
    if points <= 0:
        points = font.pixelSize() * 0.75
    return points >= 18 or (points >= 14 and font.bold())


def contrast_problems(root: QWidget, image: QImage, *, scale: float = 1.0) -> list[str]:
    """Enabled labels and buttons of `root` whose text, as rendered in `image` (a grab of
    `root.window()`), is below WCAG AA contrast with its background."""
    problems: list[str] = []
    window = root.window()
    for widget in shown_widgets(root):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isEnabled():
            continue
        if not widget.text().strip() or isinstance(widget, QCheckBox | QRadioButton):
            continue
        pixmap = widget.pixmap() if isinstance(widget, QLabel) else None
        if pixmap is not None and not pixmap.isNull():
            continue
        inner = widget.contentsRect()
        top_left = widget.mapTo(window, inner.topLeft())
        area = QRect(
            int(top_left.x() * scale),
            int(top_left.y() * scale),
            int(inner.width() * scale),
            int(inner.height() * scale),
        )
        colours = rendered_colours(image, area)
        if colours is None:
            continue
        background, text = colours
        ratio = contrast_ratio(background, text)
        # A symbol alone («●» of the service's state, beside its words) is a graphic: 3:1.
        symbol = not re.search(r"\w", widget.text())
        needed = LARGE_TEXT_CONTRAST if _large_text(widget) or symbol else NORMAL_TEXT_CONTRAST
        if ratio < needed:
            problems.append(
                f"{describe(widget)}: {text.name()} on {background.name()} = {ratio:.2f}:1 "
                f"(needs {needed}:1)"
            )
    return problems
