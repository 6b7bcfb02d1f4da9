"""The program's look, set once on the application by `procura` (`apply(app)`): Procura's own
light palette whatever the system's, and the rules every screen shares (a visible keyboard
focus on every control).

Screens style their own parts (`setStyleSheet` on the screen): a screen's rule wins over these
(Qt prefers a widget's own style sheet to the application's), so these are the defaults that
hold where a screen says nothing, for instance in message boxes and menus.

Why a fixed light palette: every screen draws white surfaces with navy text, as the Québec
government's transaction sites do. With a dark system palette (Windows, macOS and KDE dark
modes), a text the screens do not colour would take the system's light text colour on those
white surfaces and become unreadable. The palette below keeps every text dark on light, at a
contrast of at least 4.5:1 (WCAG 2.1 AA, which SGQRI 008 requires).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

NAVY = "#223654"  # text, headings
BLUE = "#095797"  # buttons, links, selection
FOCUS = "#4a98d9"  # the keyboard focus ring
GREY_TEXT = "#4e5662"  # secondary text (7.3:1 on white)
DISABLED_TEXT = "#8e96a3"  # disabled controls (no contrast required)
LINE = "#808a9d"  # borders of fields (3.4:1 on white: WCAG 1.4.11)
SURFACE = "#ffffff"
SHADE = "#f1f1f2"

APP_STYLE = f"""
QToolTip {{ color: {NAVY}; background: #ffffff; border: 1px solid {LINE}; padding: 4px; }}
QMenuBar {{ background: {SHADE}; color: {NAVY}; }}
QMenuBar::item:selected {{ background: {BLUE}; color: #ffffff; }}
QMenu {{ background: #ffffff; color: {NAVY}; border: 1px solid {LINE}; }}
QMenu::item:selected {{ background: {BLUE}; color: #ffffff; }}
QMenu::item:disabled {{ color: {DISABLED_TEXT}; }}
QMessageBox, QDialog {{ background: #ffffff; }}
QMessageBox QLabel {{ color: {NAVY}; }}

QPushButton {{ min-height: 28px; padding: 2px 16px; border: 1px solid {BLUE};
    background: #ffffff; color: {BLUE}; font-weight: bold; }}
QPushButton:hover {{ background: #e6ecf4; }}
QPushButton:disabled {{ color: {DISABLED_TEXT}; border-color: #c5cad2; background: {SHADE}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit {{ border: 1px solid {LINE};
    padding: 3px; background: #ffffff; color: #1f1f1f; }}
QCheckBox, QRadioButton {{ padding: 2px; border: 2px solid transparent; }}
QScrollArea {{ border: 2px solid transparent; }}

QPushButton:focus, QToolButton:focus {{ border: 3px solid {FOCUS}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus, QAbstractItemView:focus, QScrollArea:focus {{ border: 2px solid {FOCUS}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS}; }}
"""


def palette() -> QPalette:
    """Procura's palette: dark navy text on white, blue selection (every pair ≥ 4.5:1)."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: SURFACE,
        QPalette.ColorRole.WindowText: NAVY,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f5f7fa",
        QPalette.ColorRole.Text: "#1f1f1f",
        QPalette.ColorRole.PlaceholderText: GREY_TEXT,
        QPalette.ColorRole.Button: SHADE,
        QPalette.ColorRole.ButtonText: NAVY,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: BLUE,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: NAVY,
        QPalette.ColorRole.Link: BLUE,
        QPalette.ColorRole.LinkVisited: "#6b2c91",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#e0e3e8",
        QPalette.ColorRole.Mid: "#c5cad2",
        QPalette.ColorRole.Dark: LINE,
        QPalette.ColorRole.Shadow: "#4e5662",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return p


def apply(app: QApplication) -> None:
    """Give `app` Procura's palette and shared rules (once, before building any window)."""
    # Styles that draw by colour scheme (Windows 11, macOS) draw light too.
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(palette())
    app.setStyleSheet(APP_STYLE)
