"""`procura`: the client's entry point: log, crash dialog, language, qasync loop, controller."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.app_controller import AppController

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    """The options of `procura`; the rest (Qt's own, such as `-platform`) is returned apart."""
    parser = argparse.ArgumentParser(
        prog="procura",
        description=(
            "Procura : administration des accès délégués des entreprises. Sans option, le "
            "service est démarré sur cet ordinateur avec les données de démonstration."
        ),
    )
    parser.add_argument(
        "--service-url",
        metavar="URL",
        help="adresse d'un service distant (https://…; http:// seulement pour cet ordinateur)",
    )
    parser.add_argument(
        "--language",
        choices=("fr", "en", "pseudo"),
        help="langue de l'interface pour cette exécution (par défaut : PROCURA_LANGUAGE, sinon "
        "celle des paramètres ; pseudo : textes accentués et allongés de 40 %%, pour les essais)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DOSSIER",
        type=Path,
        help="dossier du service intégré (base de données) au lieu du dossier de la plateforme",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="vérifier l'installation sans écran : démarrer le service intégré dans un dossier "
        "temporaire, se connecter avec les données de démonstration, produire un accusé de "
        "réception en PDF, puis quitter (code 0 si tout fonctionne)",
    )
    args, rest = parser.parse_known_args(argv)
    # A --service-url that breaks the rule (https, or http on this computer only) is shown at
    # its field in the sign-in dialog, which never signs in to it.
    unknown = [a for a in rest if a.startswith("--")]
    if unknown:
        parser.error("option inconnue : " + " ".join(unknown))
    return args, rest


def read_preferences(path: Path | None = None) -> dict[str, object]:
    """The settings file's values as they are, without validation ({} when unreadable):
    enough to choose the language and fill in the sign-in dialog while the settings are
    validated in the background (`app.settings.load_settings`, which also deals with a
    corrupt file)."""
    import json

    if path is None:
        from app import paths

        path = paths.config_dir() / "settings.json"  # app.settings.SETTINGS_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def main(
    argv: Sequence[str] | None = None,
    *,
    on_controller: Callable[[AppController], object] | None = None,
) -> int:
    """Run the client until the person quits; return the exit code.

    `on_controller(controller)` is called before the controller starts (the start-up
    benchmark listens to its signals there).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--serve-embedded"]:
        # The frozen program's embedded service (app.embedded.service_cli): no Qt at all.
        from app.embedded import run_service_cli

        return run_service_cli(arguments[1:])
    args, qt_args = parse_args(arguments)
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test()
    data_dir: Path | None = None
    if args.data_dir is not None:
        data_dir = args.data_dir.expanduser().resolve()
        # app.paths reads it: the embedded service's database and state file go there.
        os.environ["PROCURA_DATA_DIR"] = str(data_dir)

    from app.logs import close_logging, setup_logging

    log_path = setup_logging()
    log.info("Démarrage de Procura (pid %s)", os.getpid())
    # The validated settings (pydantic, slow to import) are read once the sign-in dialog is
    # on screen; the language and the dialog's first values come from the raw file.
    preferences = read_preferences()
    language = (
        args.language
        or os.environ.get("PROCURA_LANGUAGE")
        or str(preferences.get("language") or "fr")
    )

    import qasync
    from PySide6.QtWidgets import QApplication

    from ui import style
    from ui.errors import install_excepthook
    from ui.i18n import install_translator

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Procura")
    app.setOrganizationName("Procura")
    # The controller decides when the program ends: the sign-in dialog closing as the main
    # window opens must not end it.
    app.setQuitOnLastWindowClosed(False)
    style.apply(app)  # Procura's palette and shared rules, whatever the system's theme
    install_translator(app, language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    install_excepthook(log_path, loop=loop)

    from ui.app_controller import AppController

    controller = AppController(
        preferences=preferences, service_url=args.service_url, data_dir=data_dir, parent=app
    )
    if on_controller is not None:
        on_controller(controller)
    code = 1
    try:
        with loop:
            code = int(loop.run_until_complete(controller.run()))
    finally:
        controller.stop_now()
        log.info("Procura fermé (code %s)", code)
        close_logging()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
