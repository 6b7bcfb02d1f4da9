"""Labelled form fields with the required `*`, an error line under each, service errors placed.

A screen builds its entry page with a `Form`:

    form = Form()
    self.last_name = form.add_field("last_name", self.tr("&Nom de famille"), QLineEdit(),
                                    required=True)
    self.phone = form.add_field("phone", self.tr("&Téléphone (travail)"), QLineEdit(),
                                required=True, hint=self.tr("(10 chiffres)"),
                                display=lambda: format_phone(self.phone.text(), self.ext.text()))
    self.ext = form.add_companion("phone", "phone_extension", self.tr("p&oste"), QLineEdit())
    self.role = form.add_field("role", self.tr("&Rôle"), ChoiceGroup([
        ("utilisateur", self.tr("Utilisateur")),
        ("rse", self.tr("Responsable des services électroniques"))]), required=True)
    form.add_alias("rights", "rights_table")    # rights[2].services → the rights table

Field names are the service's field names (`phone_extension`, `email_confirmation`), so the
errors the service returns (`[{field, code, message_fr, message_en}]`) and those of
`app.domain.validation` land next to their field with `show_errors(errors)`. Nested names
(`rights[0].services`, `rights.0.services`) fall back to their parent (`rights`) when the form
has no field of that exact name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FieldError, field_error
from ui.errors import FieldErrorLike, field_message

QWIDGETSIZE_MAX = (1 << 24) - 1
ERROR_COLOR = "#cb381f"

FORM_STYLE = f"""
QLabel[fieldError="true"] {{ color: {ERROR_COLOR}; font-weight: bold; }}
QLabel[fieldHint="true"] {{ color: #4e5662; }}
QLabel[requiredLegend="true"] {{ color: #4e5662; }}
QLabel[formSection="true"] {{ font-weight: bold; font-size: 11pt; color: #223654;
    padding: 6px 0 2px 0; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QDateEdit[invalid="true"] {{ border: 2px solid {ERROR_COLOR}; }}
"""


def plain_label(text: str) -> str:
    """A label's text as read aloud or shown in a recap: no mnemonic `&`, no `*`, no `:`."""
    text = re.sub(r"&(.)", r"\1", text)
    return text.rstrip(" *:").strip()


def normalize_field_name(name: str) -> str:
    """`rights[0].services` → `rights.0.services`: one spelling for indexed field names."""
    return re.sub(r"\[(\d+)\]", r".\1", name)


class ChoiceGroup(QWidget):
    """Radio buttons for one choice among a few («Utilisateur | Responsable des services…»).

    `value()` is the value of the checked button, None while none is checked. Arrow keys move
    between the buttons, Space checks the focused one.
    """

    changed = Signal(object)

    def __init__(
        self,
        choices: Sequence[tuple[object, str]],
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._values: list[object] = []
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, (value, text) in enumerate(choices):
            button = QRadioButton(text, self)
            self._group.addButton(button, index)
            self._values.append(value)
            layout.addWidget(button)
        if not vertical:
            layout.addStretch(1)
        self._group.idToggled.connect(self._on_toggled)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Focus given to the group (its label's Alt+letter, an error) goes to the choice made,
        # else the first. Not a focus proxy: Qt would take the group for a Tab stop after its
        # last button and send Tab back to the first one, a keyboard trap.
        buttons = self._group.buttons()
        if buttons:
            (self._group.checkedButton() or buttons[0]).setFocus(event.reason())

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.changed.emit(self._values[index])

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def button(self, value: object) -> QRadioButton:
        """The radio button of `value` (KeyError when no choice has it)."""
        button = self._group.button(self._values.index(value)) if value in self._values else None
        if not isinstance(button, QRadioButton):
            raise KeyError(value)
        return button

    def value(self) -> object | None:
        index = self._group.checkedId()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: object | None) -> None:
        """Check the button of `value`; None unchecks them all."""
        if value is None:
            self._group.setExclusive(False)
            for button in self._group.buttons():
                button.setChecked(False)
            self._group.setExclusive(True)
            return
        self.button(value).setChecked(True)

    def display_text(self) -> str:
        checked = self._group.checkedButton()
        return plain_label(checked.text()) if checked is not None else ""


def widget_value(widget: QWidget) -> object:
    """The value a person entered in a standard input widget (or one with a `value()` method)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else widget.currentText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    value = getattr(widget, "value", None)
    if callable(value):
        return value()
    return None


def widget_display(widget: QWidget) -> str:
    """The text a recap shows for a widget's value (the visible text, not the stored code)."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return "•" * 8 if widget.text() else ""
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return (
            QCoreApplication.translate("Form", "Oui")
            if widget.isChecked()
            else QCoreApplication.translate("Form", "Non")
        )
    if isinstance(widget, QDateTimeEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    display_text = getattr(widget, "display_text", None)
    if callable(display_text):
        return str(display_text())
    value = widget_value(widget)
    return "" if value is None else str(value)


def is_empty(value: object) -> bool:
    """Whether a required field with this value counts as not filled in."""
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | dict):
        return not value
    return False


@dataclass(eq=False)
class _Row:
    name: str
    label: QLabel
    error_label: QLabel
    required: bool
    in_recap: bool
    display: Callable[[], str] | None
    fields: list[str] = field(default_factory=list)
    errors: dict[str, list[str]] = field(default_factory=dict)
    line: QHBoxLayout | None = None


@dataclass(eq=False)
class _Field:
    name: str
    widget: QWidget
    row: _Row
    label_text: str
    required: bool
    display: Callable[[], str] | None
    value: Callable[[], object] | None


class Form(QWidget):
    """A column of labelled fields, each with its error line; see the module docstring.

    Layout per row: label (with `*` when required, buddy of the field so Alt+mnemonic jumps to
    it) | field, hint, companions | and under the field a red error line, hidden when empty.
    Each field's accessible name is its label; its accessible description carries the hint
    and, when set, the error.
    """

    def __init__(self, parent: QWidget | None = None, *, required_legend: bool = True) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self._fields: dict[str, _Field] = {}
        self._rows: list[_Row] = []
        self._aliases: dict[str, str] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self._next_row = 0
        self.legend: QLabel | None = None
        if required_legend:
            self.legend = QLabel(self.tr("* Champ obligatoire"), self)
            self.legend.setProperty("requiredLegend", True)
            self._grid.addWidget(self.legend, 0, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
            self._next_row = 1

    # ---- building ----------------------------------------------------------------------------

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        hint: str = "",
        in_recap: bool = True,
        display: Callable[[], str] | None = None,
        value: Callable[[], object] | None = None,
    ) -> QWidget:
        """Add a row: `label` (may hold a `&` mnemonic) and `widget`, known as `name`.

        `hint` is shown after the field («(10 chiffres)»). `in_recap=False` leaves the row out
        of the verification recap (a confirmation field). `display` overrides the recap text
        of the whole row; `value` overrides how the field's value is read. Returns `widget`.
        """
        if name in self._fields:
            raise ValueError(f"Form: field {name!r} already exists")
        text = label + ("*" if required else "")
        label_widget = QLabel(text, self)
        label_widget.setBuddy(widget)
        error_label = QLabel(self)
        error_label.setProperty("fieldError", True)
        error_label.setWordWrap(True)
        error_label.setVisible(False)
        error_label.setObjectName(f"error_{name}")
        row = _Row(name, label_widget, error_label, required, in_recap, display)
        self._rows.append(row)

        line = QHBoxLayout()
        line.setSpacing(8)
        self._size(widget)
        line.addWidget(widget)
        if hint:
            line.addWidget(self._hint(hint))
        line.addStretch(1)
        line_widget = QWidget(self)
        line_widget.setLayout(line)
        line.setContentsMargins(0, 0, 0, 0)
        row_index = self._next_row
        self._grid.addWidget(label_widget, row_index, 0, Qt.AlignmentFlag.AlignLeft)
        self._grid.addWidget(line_widget, row_index, 1)
        self._grid.addWidget(error_label, row_index + 1, 1)
        self._next_row += 2
        self._register(name, widget, row, plain_label(label), required, hint, None, value)
        row.line = line  # companions are added to this line
        return widget

    def add_companion(
        self,
        row_name: str,
        name: str,
        label: str,
        widget: QWidget,
        *,
        required: bool = False,
        hint: str = "",
        display: Callable[[], str] | None = None,
        value: Callable[[], object] | None = None,
    ) -> QWidget:
        """Add a second field on the row of `row_name` («poste» after the phone number).

        Its errors share the row's error line. In the recap it follows the main value as
        «<label> <value>» when filled in, unless the row has its own `display`.
        """
        row = self._fields[row_name].row
        line = row.line
        if line is None:
            raise ValueError(f"Form: {row_name!r} takes no companion")
        inline = QLabel(label + ("*" if required else ""), self)
        inline.setBuddy(widget)
        self._size(widget)
        at = line.count() - 1  # before the trailing stretch
        line.insertWidget(at, inline)
        line.insertWidget(at + 1, widget)
        if hint:
            line.insertWidget(at + 2, self._hint(hint))
        self._register(name, widget, row, plain_label(label), required, hint, display, value)
        return widget

    def add_section(self, title: str) -> QLabel:
        """A heading across the form («Renseignements sur l'utilisateur»)."""
        heading = QLabel(title, self)
        heading.setProperty("formSection", True)
        heading.setIndent(0)  # a styled border would otherwise indent the text
        heading.setWordWrap(True)
        self._grid.addWidget(heading, self._next_row, 0, 1, 2)
        self._next_row += 1
        return heading

    def add_widget(self, widget: QWidget, name: str | None = None) -> QWidget:
        """A full-width widget (a table of rights, a note). With `name`, it is also a field:
        errors on `name` (and `name.…`) go to an error line under it, and its `value()` /
        `display_text()` are read like any field's."""
        self._grid.addWidget(widget, self._next_row, 0, 1, 2)
        self._next_row += 1
        if name is not None:
            error_label = QLabel(self)
            error_label.setProperty("fieldError", True)
            error_label.setWordWrap(True)
            error_label.setVisible(False)
            error_label.setObjectName(f"error_{name}")
            self._grid.addWidget(error_label, self._next_row, 0, 1, 2)
            self._next_row += 1
            label = QLabel(self)
            label.setVisible(False)
            row = _Row(name, label, error_label, False, False, None)
            self._rows.append(row)
            self._register(name, widget, row, widget.accessibleName(), False, "", None, None)
        return widget

    def add_alias(self, service_field: str, name: str) -> None:
        """Place the service's errors on `service_field` (and its sub-fields) at field `name`."""
        self._aliases[normalize_field_name(service_field)] = name

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text, self)
        hint.setProperty("fieldHint", True)
        return hint

    @staticmethod
    def _size(widget: QWidget) -> None:
        # Text fields get a comfortable width unless the screen chose one (a 4-digit «poste»).
        if isinstance(widget, QLineEdit | QComboBox | QDateTimeEdit | QAbstractSpinBox) and (
            widget.maximumWidth() == QWIDGETSIZE_MAX and widget.minimumWidth() == 0
        ):
            widget.setMinimumWidth(280 if isinstance(widget, QLineEdit) else 160)

    def _register(
        self,
        name: str,
        widget: QWidget,
        row: _Row,
        label_text: str,
        required: bool,
        hint: str,
        display: Callable[[], str] | None,
        value: Callable[[], object] | None,
    ) -> None:
        if name in self._fields:
            raise ValueError(f"Form: field {name!r} already exists")
        self._fields[name] = _Field(name, widget, row, label_text, required, display, value)
        row.fields.append(name)
        if label_text:
            widget.setAccessibleName(label_text)
        widget.setProperty("fieldHintText", plain_label(hint) if hint else "")
        widget.setAccessibleDescription(self._description(widget, ""))
        widget.setProperty("formField", name)

    @staticmethod
    def _description(widget: QWidget, error: str) -> str:
        parts = [str(widget.property("fieldHintText") or ""), error]
        return " ".join(p for p in parts if p)

    # ---- looking up --------------------------------------------------------------------------

    def names(self) -> list[str]:
        """The field names, in reading order."""
        return list(self._fields)

    def field(self, name: str) -> QWidget:
        return self._fields[name].widget

    def label(self, name: str) -> QLabel:
        """The label of the row holding `name`."""
        return self._fields[name].row.label

    def error_label(self, name: str) -> QLabel:
        """The error line of the row holding `name`."""
        return self._fields[name].row.error_label

    def resolve(self, service_field: str) -> str | None:
        """The field that shows errors on `service_field`: the field of that name, an alias,
        else the nearest parent (`rights.0.services` → `rights.0` → `rights`); None if none."""
        name = normalize_field_name(service_field)
        while True:
            if name in self._fields:
                return name
            if name in self._aliases:
                return self._aliases[name]
            if "." not in name:
                return None
            name = name.rsplit(".", 1)[0]

    # ---- errors ------------------------------------------------------------------------------

    def set_error(self, field_name: str, message: str) -> bool:
        """Show `message` under the field `field_name` resolves to; False when none does.

        Several messages on one row are shown one per line. The field is marked invalid (red
        border) and its accessible description carries the message.
        """
        name = self.resolve(field_name)
        if name is None:
            return False
        entry = self._fields[name]
        messages = entry.row.errors.setdefault(name, [])
        if message not in messages:
            messages.append(message)
        self._refresh_row(entry.row)
        return True

    def show_errors(self, errors: Iterable[FieldErrorLike]) -> list[FieldErrorLike]:
        """Place each error at its field, in the interface language; return those with no field."""
        unplaced: list[FieldErrorLike] = []
        for error in errors:
            if not self.set_error(error.field, field_message(error)):
                unplaced.append(error)
        return unplaced

    def clear_errors(self) -> None:
        for row in self._rows:
            row.errors = {}
            self._refresh_row(row)

    def errors(self) -> dict[str, list[str]]:
        """The messages shown now, per field name."""
        shown: dict[str, list[str]] = {}
        for row in self._rows:
            for name, messages in row.errors.items():
                if messages:
                    shown[name] = list(messages)
        return shown

    def first_error_widget(self) -> QWidget | None:
        """The first field in reading order that shows an error."""
        shown = self.errors()
        return next((self._fields[n].widget for n in self._fields if n in shown), None)

    def focus_first_error(self) -> bool:
        """Put the keyboard focus on the first field in error; False when there is none."""
        widget = self.first_error_widget()
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _refresh_row(self, row: _Row) -> None:
        errors = row.errors
        lines = [m for name in row.fields for m in errors.get(name, [])]
        row.error_label.setText("\n".join(lines))
        row.error_label.setVisible(bool(lines))
        for name in row.fields:
            widget = self._fields[name].widget
            own = errors.get(name, [])
            widget.setProperty("invalid", bool(own))
            widget.setAccessibleDescription(self._description(widget, " ".join(own)))
            # A dynamic property only restyles after an unpolish/polish cycle.
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    # ---- values ------------------------------------------------------------------------------

    def value(self, name: str) -> object:
        entry = self._fields[name]
        return entry.value() if entry.value is not None else widget_value(entry.widget)

    def values(self) -> dict[str, object]:
        """Every field's value by name (what the wizard compares to know if data changed)."""
        return {name: self.value(name) for name in self._fields}

    def display_text(self, name: str) -> str:
        entry = self._fields[name]
        return entry.display() if entry.display is not None else widget_display(entry.widget)

    def recap(self) -> list[tuple[str, str]]:
        """(label, text) for each row shown on the verification page, in reading order."""
        rows: list[tuple[str, str]] = []
        for row in self._rows:
            if not row.in_recap or not row.fields:
                continue
            if row.display is not None:
                text = row.display()
            else:
                main, *companions = row.fields
                text = self.display_text(main)
                for name in companions:
                    shown = self.display_text(name)
                    if shown:
                        text = f"{text} {self._fields[name].label_text} {shown}".strip()
            rows.append((plain_label(row.label.text()), text))
        return rows

    def missing_required(self) -> list[FieldError]:
        """A `required` error for each required field left empty, in reading order."""
        return [
            field_error(name, "required")
            for name, entry in self._fields.items()
            if entry.required and is_empty(self.value(name))
        ]

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits, in reading order."""
        return [
            w
            for w in self.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
        ]
