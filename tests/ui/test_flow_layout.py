"""The row that wraps: one line while it fits, more lines when narrow, a label with its field."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.screen_checks import overlap_problems
from tests.ui.screen_walk import settle
from ui.widgets.flow_layout import FlowLayout


def build(qtbot: QtBot) -> tuple[QWidget, FlowLayout, dict[str, QWidget]]:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    search_label = QLabel("Rec&hercher", host)
    search = QLineEdit(host)
    search_label.setBuddy(search)
    ending = QCheckBox("Se terminant d'ici", host)
    days = QSpinBox(host)
    buttons = [QPushButton(text, host) for text in ("Ajouter", "Assigner", "Consulter")]
    count = QLabel("Nombre : 9", host)
    row.addWidget(search_label)
    row.addWidget(search, 1)
    row.addWidget(ending)
    row.addWidget(days)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(count)
    widgets = {"label": search_label, "search": search, "ending": ending, "days": days}
    widgets.update({b.text(): b for b in buttons})
    widgets["count"] = count
    return host, row, widgets


def middle(widget: QWidget) -> int:
    return widget.geometry().center().y()


def test_one_line_while_it_fits_then_lines_that_keep_pairs_together(qtbot: QtBot) -> None:
    host, row, w = build(qtbot)
    wide = row.sizeHint().width() + 40
    host.resize(wide, row.heightForWidth(wide))
    host.show()
    settle()
    middles = [middle(x) for x in w.values()]
    assert max(middles) - min(middles) <= 2  # one line
    # The stretch takes the room left: the count sits at the right edge.
    assert w["count"].geometry().right() == host.width() - 1
    one_line = row.heightForWidth(wide)

    narrow = row.minimumSize().width() + 10
    host.resize(narrow, row.heightForWidth(narrow))
    settle()
    assert row.heightForWidth(narrow) > 2 * one_line
    assert abs(middle(w["label"]) - middle(w["search"])) <= 2  # a label stays with its field
    assert abs(middle(w["ending"]) - middle(w["days"])) <= 2  # a check box with its value
    assert not overlap_problems(host)


def test_a_longer_text_asks_for_another_layout(qtbot: QtBot) -> None:
    host, row, w = build(qtbot)
    before = row.sizeHint().width()
    button = w["Consulter"]
    assert isinstance(button, QPushButton)
    button.setText("Consulter la procuration sélectionnée et tous ses droits d'accès")
    host.show()
    settle()
    assert row.sizeHint().width() > before + 100
