"""The interface language: installs Procura's and Qt's translators, and tells which one is active.

French is the source language of every string (`self.tr("…")` holds French); English comes from
`resources/translations/procura_en.qm`, built by `make translations`. Call
`install_translator(app, language)` once, after creating the QApplication and before building
any window: strings already shown are not retranslated.

"pseudo" is the pseudo-locale (`app.i18n_pseudo`, `procura --language pseudo` or
`PROCURA_LANGUAGE=pseudo`): every text accented, framed by [ ] and 40 % longer, to see clipped
labels and texts that bypass the translation. It formats and picks like French.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
PSEUDO = "pseudo"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

_language: Language = "fr"
# QCoreApplication does not own installed translators: keep them alive here.
_installed: list[QTranslator] = []


def current_language() -> Language:
    """The language of the interface: "fr" (the default) or "en"."""
    return _language


def install_translator(
    app: QCoreApplication, language: str, *, translations_dir: Path | None = None
) -> bool:
    """Make `language` ("fr", "en", or "pseudo") the interface language of `app`.

    Loads `procura_<language>.qm` from `translations_dir` (default
    `resources/translations/`) and Qt's own `qtbase_<language>.qm` (the texts of standard
    buttons and dialogs) when present, replacing the translators a previous call installed.
    Also sets the default QLocale (fr_CA or en_CA), which formats dates and numbers.
    An unknown language falls back to French. Returns True when Procura's own translation file
    was loaded; French works without one, as French is the source language.
    """
    global _language
    lang: Language = "en" if language == "en" else "fr"
    pseudo = language == PSEUDO
    if language not in LANGUAGES and not pseudo:
        log.warning("Langue inconnue %r : le français est utilisé.", language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    folder = translations_dir if translations_dir is not None else TRANSLATIONS_DIR
    loaded = False
    ours = QTranslator(app)
    name = PSEUDO if pseudo else lang
    if ours.load(str(folder / f"procura_{name}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    elif name != "fr":
        log.warning("Traduction %s introuvable dans %s.", name, folder)

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)

    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if lang == "en" else QLocale.Language.French,
            QLocale.Country.Canada,
        )
    )
    _language = lang
    return loaded


def pick(french: str, english: str) -> str:
    """The one of two texts that matches the interface language (for messages the service
    sends in both languages, such as `message_fr` / `message_en`)."""
    return english if _language == "en" and english else french
