"""Two complete languages: every text of the interface has its English translation, with the
same placeholders and an Alt shortcut, and no French text reaches the screen around `tr()`.

The first test runs lupdate on the current sources into a copy of the committed
`resources/translations/procura_en.ts`: a `self.tr("Nouveau texte")` added without its
English fails it, with the list of what to translate (`make translations`, then fill in
`procura_en.ts`, with Qt Linguist or by hand).
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import i18n_build
from app.i18n_pseudo import pseudo_text
from ui import i18n

COMMITTED_EN = i18n_build.TS_DIR / "procura_en.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%[nvm]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str | None
    finished: bool
    where: str


def messages(ts: Path) -> list[Message]:
    found: list[Message] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            location = message.find("location")
            where = (
                f"{location.get('filename', '?')}:{location.get('line', '?')}"
                if location is not None
                else "?"
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.text if translation is not None else None,
                    translation is not None and translation.get("type") is None,
                    re.sub(r"^.*?(?=ui/)", "", where),
                )
            )
    return found


@pytest.fixture(scope="module")
def current_english(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The committed English file brought up to date with the sources of now."""
    ts = tmp_path_factory.mktemp("ts") / "procura_en.ts"
    shutil.copy(COMMITTED_EN, ts)
    i18n_build.update_ts(ts, "en")
    return messages(ts)


def test_every_text_of_the_interface_has_its_english_translation(
    current_english: list[Message],
) -> None:
    untranslated = [
        m for m in current_english if not m.finished or not (m.translation or "").strip()
    ]
    assert len(current_english) > 1000
    assert not untranslated, (
        f"{len(untranslated)} text(s) without English: run `make translations`, then translate "
        "them in resources/translations/procura_en.ts (Qt Linguist, or by hand):\n"
        + "\n".join(f"  {m.where} [{m.context}] {m.source!r}" for m in untranslated)
    )


def test_translations_keep_the_placeholders_the_shortcuts_and_the_spaces(
    current_english: list[Message],
) -> None:
    wrong: list[str] = []
    for m in current_english:
        english = m.translation or ""
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(english)):
            wrong.append(f"placeholders differ: {m.source!r} → {english!r}")
        if ("&" in m.source.replace("&&", "")) != ("&" in english.replace("&&", "")):
            wrong.append(f"Alt shortcut (&) lost or added: {m.source!r} → {english!r}")
        # Texts glued to others («{0} jours», «Cette procuration est « {0} » : ») keep their
        # edges; a space before French punctuation (« : elle ne peut… ») is French only.
        if m.source.endswith(" ") != english.endswith(" ") or (
            re.match(r" \w", m.source) and not english.startswith(" ")
        ):
            wrong.append(f"space at an edge differs: {m.source!r} → {english!r}")
        if m.source.count("\n") != english.count("\n"):
            wrong.append(f"line breaks differ: {m.source!r} → {english!r}")
    assert not wrong, "\n".join(wrong)


def test_the_english_file_is_built_and_used(
    qapp: QApplication, tmp_path: Path, current_english: list[Message]
) -> None:
    ts = tmp_path / "procura_en.ts"
    shutil.copy(COMMITTED_EN, ts)
    i18n_build.release(ts, tmp_path / "procura_en.qm")
    try:
        assert i18n.install_translator(qapp, "en", translations_dir=tmp_path)
        assert QCoreApplication.translate("MainWindow", "Accueil") == "Home"
        assert QCoreApplication.translate("TransactionWizard", "&Transmettre") == "&Submit"
    finally:
        i18n.install_translator(qapp, "fr")
    assert QCoreApplication.translate("MainWindow", "Accueil") == "Accueil"


# ---- French that does not go through tr() ---------------------------------------------------

UI = Path(__file__).resolve().parents[2] / "ui"
# Calls that put their text on screen, and how many of their first arguments are text.
SHOWN = {
    "QLabel": 1,
    "QPushButton": 1,
    "QCheckBox": 1,
    "QRadioButton": 1,
    "QGroupBox": 1,
    "QAction": 1,
    "QListWidgetItem": 1,
    "QTreeWidgetItem": 1,
    "setText": 1,
    "setWindowTitle": 1,
    "setToolTip": 1,
    "setStatusTip": 1,
    "setPlaceholderText": 1,
    "setAccessibleName": 1,
    "setAccessibleDescription": 1,
    "setInformativeText": 1,
    "setSuffix": 1,
    "setPrefix": 1,
    "addItem": 1,
    "addTab": 2,
    "addMenu": 1,
    "addButton": 1,
    "showMessage": 1,
    "setHeaderLabels": 1,
    "setHorizontalHeaderLabels": 1,
}
# Words that are the same in both languages, or names that are never translated.
SAME_IN_BOTH = {"Procura", "Français", "English", "NEQ", "RSE", "clicSÉQUR", "PDF", "CSV", "ICS"}
WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


def literal_texts(node: ast.AST) -> Iterator[ast.Constant]:
    """String constants that reach the call as they are (not through tr, translate, pick)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from literal_texts(part)
    elif isinstance(node, ast.BinOp):
        yield from literal_texts(node.left)
        yield from literal_texts(node.right)
    elif isinstance(node, ast.IfExp):
        yield from literal_texts(node.body)
        yield from literal_texts(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from literal_texts(element)


def visible_literals() -> list[str]:
    found: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            count = SHOWN.get(name)
            if count is None:
                continue
            for argument in call.args[:count]:
                for constant in literal_texts(argument):
                    words = set(WORDS.findall(str(constant.value))) - SAME_IN_BOTH
                    text = str(constant.value)
                    markup_or_address = text.lstrip().startswith("<") or "://" in text
                    if words and not markup_or_address:
                        found.append(
                            f"ui/{path.relative_to(UI)}:{constant.lineno}: {name}({text!r})"
                        )
    return found


def test_no_text_reaches_the_screen_without_translation() -> None:
    found = visible_literals()
    assert not found, "Texts shown without self.tr() / QCoreApplication.translate():\n" + "\n".join(
        found
    )


def test_the_pseudo_locale_keeps_what_the_program_reads() -> None:
    for text in ("&Annuler", "Procura — {0} — {1}", "%v sur %m", "R&&D\n{n} jours", "Co&rriger"):
        shown = pseudo_text(text)
        assert shown.startswith("[") and "]" in shown
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(shown))
        assert text.count("&") == shown.count("&") and text.count("\n") == shown.count("\n")
    for text in ("Annuler", "Inscription aux services électroniques", "* Champ obligatoire"):
        assert len(pseudo_text(text)) >= 1.4 * len(text)
    # The letter of an Alt shortcut is not accented: the shortcut stays the same.
    assert "&A" in pseudo_text("&Annuler") and "&r" in pseudo_text("Co&rriger")
    # A file dialog's patterns stay outside, where Qt looks for them.
    assert pseudo_text("Documents PDF (*.pdf)").endswith("] (*.pdf)")
