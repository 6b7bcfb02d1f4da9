"""`procura --self-test`: proves an installation works, without a screen and without touching
the person's data.

In a temporary folder it loads the demo data through the service's own command line (the
sign-ins come from what the seeding answers), starts the embedded service as the program does
(`app.embedded.EmbeddedService`), signs in as the RSE of Les Champions inc., creates a user
record, reads its receipt back by reference number and renders it to PDF
(`app.receipts.pdf.write_pdf`). It prints a short summary in French and returns 0; on any
failure it says which step failed, shows the end of the service's log, keeps the folder for a
look and returns 1. The same code runs from a source checkout and from the frozen build, where
the service runs from the program's own executable (`app.embedded.service_cli`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Where the folders of `app.paths` point during the self-test: all inside the temporary one.
_FOLDERS = {
    "PROCURA_DATA_DIR": "data",
    "PROCURA_CONFIG_DIR": "config",
    "PROCURA_LOG_DIR": "logs",
    "PROCURA_CACHE_DIR": "cache",
}
DEMO_RSE_ROLE = "RSE — Les Champions"  # the start of the role in server/demo.py's sign-ins
SEED_TIMEOUT = 180.0
START_TIMEOUT = 120.0
LOG_TAIL_LINES = 30


class SelfTestFailure(Exception):
    """A step failed; the message (French) says which and why."""


@dataclass
class Report:
    """What the summary prints; `step` names the step under way, for the failure message."""

    folder: Path
    step: str = "préparation"
    lines: list[str] = field(default_factory=list)
    service_log: Path | None = None

    def ok(self, text: str) -> None:
        self.lines.append(text)
        print(f"  • {text}", flush=True)

    @contextlib.contextmanager
    def doing(self, step: str) -> Iterator[None]:
        self.step = step
        yield


def run_self_test() -> int:
    """Run the self-test; print the summary; return the exit code (0: everything works)."""
    from app.version import version

    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="procura-self-test-"))
    for variable, name in _FOLDERS.items():
        os.environ[variable] = str(folder / name)
    # No screen is needed, whatever the computer has; nothing is shown.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for stream in (sys.stdout, sys.stderr):
        # A console or file in a legacy code page (Windows) must not turn a summary into a crash.
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    report = Report(folder)
    print(f"Procura {version()} — autotest de l'installation", flush=True)
    try:
        _run(report)
    except Exception as exc:
        message = exc.args[0] if isinstance(exc, SelfTestFailure) else _describe(exc)
        print(f"Autotest ÉCHOUÉ à l'étape « {report.step} » : {message}", file=sys.stderr)
        _print_log_tail(report.service_log)
        print(f"Les fichiers de l'autotest sont conservés dans {folder}", file=sys.stderr)
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    print(f"Autotest réussi en {time.monotonic() - started:.1f} s.", flush=True)
    return 0


def _run(report: Report) -> None:
    from PySide6.QtGui import QGuiApplication

    with report.doing("interface graphique hors écran"):
        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        _check_translations(app, report)
    with report.doing("données de démonstration"):
        sign_in = _seed_demo(report)
    asyncio.run(_with_service(report, sign_in))


def _check_translations(app: Any, report: Report) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ui.i18n import TRANSLATIONS_DIR, install_translator

    if not install_translator(app, "en"):
        raise SelfTestFailure(f"traduction anglaise introuvable dans {TRANSLATIONS_DIR}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_fr", qt_folder):
        raise SelfTestFailure(f"traduction française de Qt (qtbase_fr) absente de {qt_folder}")
    install_translator(app, "fr")
    report.ok("Traductions de Procura et de Qt présentes")


def _seed_demo(report: Report) -> dict[str, str]:
    """Load the demo data with `procura-server seed-demo --json` and return the RSE's sign-in
    from its answer (user_code, password)."""
    from app.embedded import DATABASE_FILE, database_url_for, service_cli
    from app.paths import data_dir

    database_url = database_url_for(data_dir())
    command = [*service_cli(), "seed-demo", "--json", "--database-url", database_url]
    started = time.monotonic()
    try:
        done = subprocess.run(  # noqa: S603 - our own program, our own arguments
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=SEED_TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SelfTestFailure(f"« {' '.join(command[:3])} » n'a pas pu s'exécuter : {exc}") from exc
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-LOG_TAIL_LINES:])
        raise SelfTestFailure(
            f"le chargement s'est terminé avec le code {done.returncode}\n{tail}".rstrip()
        )
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
        sign_in = next(s for s in result["sign_ins"] if str(s["role"]).startswith(DEMO_RSE_ROLE))
    except (ValueError, IndexError, KeyError, TypeError, StopIteration) as exc:
        raise SelfTestFailure(f"réponse inattendue du chargement : {done.stdout[:200]!r}") from exc
    report.ok(
        f"Base de données créée et données de démonstration chargées ({DATABASE_FILE}, "
        f"{time.monotonic() - started:.1f} s)"
    )
    return {
        "role": str(sign_in["role"]),
        "user_code": str(sign_in["user_code"]),
        "password": str(sign_in["password"]),
    }


async def _with_service(report: Report, sign_in: dict[str, str]) -> None:
    from app.embedded import EmbeddedService
    from app.paths import data_dir, log_dir

    report.service_log = log_dir() / "embedded-service.log"
    service = EmbeddedService(
        data_dir(),
        log_path=report.service_log,
        startup_timeout=START_TIMEOUT,
        seed_demo_if_empty=False,
    )
    try:
        with report.doing("démarrage du service intégré"):
            started = time.monotonic()
            base_url = await service.start()
            report.ok(
                f"Service intégré démarré : {base_url} (processus {service.pid}, "
                f"{time.monotonic() - started:.1f} s)"
            )
        await _transaction(report, base_url, sign_in)
    except BaseException:
        # The step that failed is the one to report; stopping is only tidying up.
        with contextlib.suppress(Exception):
            await service.stop()
        raise
    with report.doing("arrêt du service intégré"):
        await service.stop()
    report.ok("Service intégré arrêté")


async def _transaction(report: Report, base_url: str, sign_in: dict[str, str]) -> None:
    from app.api.client import ApiClient, new_idempotency_key
    from app.domain.models import UserCreate
    from app.receipts.pdf import write_pdf

    api = ApiClient(base_url, timeout=60.0)
    try:
        with report.doing("connexion"):
            login = await api.login(sign_in["user_code"], sign_in["password"])
            if login.password_change_required:
                raise SelfTestFailure("le mot de passe de démonstration est marqué temporaire")
            me = await api.me()
            report.ok(
                f"Connexion de {me.first_name} {me.last_name} ({me.user_code}), {sign_in['role']}"
            )
        with report.doing("catalogue des ministères"):
            ministries = await api.ministries()
            if not ministries:
                raise SelfTestFailure("le service ne connaît aucun ministère")
            report.ok(f"Catalogue : {len(ministries)} ministères et organismes")
        with report.doing("création d'un utilisateur"):
            created = await api.create_user(
                UserCreate(
                    last_name="Autotest",
                    first_name="Installation",
                    email="installation.autotest@example.com",
                    email_confirmation="installation.autotest@example.com",
                    phone="4185550123",
                    phone_extension=None,
                    role="utilisateur",
                ),
                idempotency_key=new_idempotency_key(),
            )
            reference = created.receipt.reference
            report.ok(f"Utilisateur {created.user_code} créé, numéro de référence {reference}")
        with report.doing("accusé de réception"):
            receipt = await api.receipt(reference)
            pdf = write_pdf(receipt, report.folder / f"accuse-{reference}.pdf", language="fr")
            data = pdf.read_bytes()
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
                raise SelfTestFailure(f"{pdf.name} n'est pas un PDF complet")
            report.ok(f"Accusé de réception {reference} rendu en PDF ({len(data) // 1024} Kio)")
        with report.doing("déconnexion"):
            await api.logout()
    finally:
        await api.aclose()


def _describe(exc: BaseException) -> str:
    """A French sentence for an error of the program (ApiError, EmbeddedServiceError carry
    one), else the exception's type and text."""
    message = getattr(exc, "message_fr", None)
    detail = getattr(exc, "detail", None)
    if isinstance(message, str) and message:
        return f"{message} ({detail})" if isinstance(detail, str) and detail else message
    return f"{type(exc).__name__}: {exc}"


def _print_log_tail(path: Path | None) -> None:
    if path is None or not path.exists():
        return
    with contextlib.suppress(OSError):
        lines = path.read_text("utf-8", errors="replace").splitlines()[-LOG_TAIL_LINES:]
        print(f"--- fin du journal du service ({path}) ---", file=sys.stderr)
        for line in lines:
            print(line, file=sys.stderr)
