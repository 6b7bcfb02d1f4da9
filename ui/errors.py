"""The one way errors reach the person: `show_error` for expected ones, a crash dialog for the rest.

Every screen hands what went wrong to `show_error(parent, error)`; nothing else opens an error
box. It reads errors by their shape, not their class, so `app.api.errors.ApiError`,
`app.domain.errors.RuleViolation` and future error types all work:

- an object with a non-empty `errors` list of field errors (`field`, `code`, `message_fr`,
  `message_en`): «Des renseignements sont à corriger», followed by each message;
- an object with `message_fr` / `message_en`: that sentence (it already says what to do next);
- `TimeoutError` / `ConnectionError`: the service did not answer, the data is kept, retry;
- anything else: «Une erreur inattendue est survenue.», logged with its traceback, and the
  path of the log file to give to support.

Boxes are opened with `open()` (never `exec()` nor the static helpers), so this is safe to call
from a coroutine running on the qasync loop. `install_excepthook()` routes uncaught exceptions
to the crash dialog.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import logs
from ui.i18n import pick

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


@runtime_checkable
class FieldErrorLike(Protocol):
    """What `show_error` and forms need of a field error (see app.domain.errors.FieldError)."""

    # Read-only: frozen dataclasses and pydantic models qualify.
    @property
    def field(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def message_fr(self) -> str: ...
    @property
    def message_en(self) -> str: ...


def field_errors(error: object) -> list[FieldErrorLike]:
    """The field errors `error` carries in its `errors` list, or [] when it has none.

    (A pydantic `ValidationError` has an `errors()` *method*: that is not a list and gives [].)
    """
    items = getattr(error, "errors", None)
    if not isinstance(items, Sequence) or isinstance(items, str):
        return []
    return [item for item in items if isinstance(item, FieldErrorLike)]


def field_message(item: FieldErrorLike) -> str:
    """The message of one field error, in the interface language."""
    return pick(item.message_fr, item.message_en)


def error_message(error: object) -> str:
    """The main sentence `show_error` would show for `error`, in the interface language."""
    fr = getattr(error, "message_fr", None)
    if isinstance(fr, str) and fr:
        en = getattr(error, "message_en", None)
        return pick(fr, en if isinstance(en, str) else "")
    items = field_errors(error)
    if items:
        return QCoreApplication.translate("errors", "Des renseignements sont à corriger.")
    if isinstance(error, TimeoutError):
        return QCoreApplication.translate(
            "errors",
            "Le service n'a pas répondu à temps. Vos données sont conservées : vérifiez "
            "votre connexion réseau, puis réessayez.",
        )
    if isinstance(error, ConnectionError):
        return QCoreApplication.translate(
            "errors",
            "Impossible de joindre le service. Vos données sont conservées : vérifiez votre "
            "connexion réseau, puis réessayez.",
        )
    return QCoreApplication.translate("errors", "Une erreur inattendue est survenue.")


def _is_expected(error: object) -> bool:
    return (
        isinstance(getattr(error, "message_fr", None), str)
        or bool(field_errors(error))
        or isinstance(error, TimeoutError | ConnectionError)
    )


def _dialog_parent(parent: QWidget | None) -> QWidget | None:
    if parent is not None and shiboken6.isValid(parent):
        return parent.window()
    return QApplication.activeWindow()


def _new_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str) -> QMessageBox:
    box = QMessageBox(_dialog_parent(parent))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("procuraErrorBox")
    return box


def show_error(parent: QWidget | None, error: object) -> QMessageBox:
    """Tell the person, in their language, what went wrong and what to do next.

    `parent` is the widget the error concerns (the box is window-modal on its window; None uses
    the active window). `error` is any object: see the module docstring for the shapes read.
    Unexpected errors are logged with their traceback. The box is opened with `open()` and
    deletes itself when closed; it is returned so a caller can connect to `finished` or a test
    can read `text()` / `informativeText()`.
    """
    items = field_errors(error)
    box = _new_box(
        parent,
        QMessageBox.Icon.Warning if _is_expected(error) else QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Procura"),
    )
    box.setText(error_message(error))
    informative: list[str] = []
    if items:
        main = box.text()
        informative.extend(
            "• " + field_message(item) for item in items if field_message(item) != main
        )
        informative.append(
            QCoreApplication.translate(
                "errors", "Corrigez les renseignements indiqués, puis transmettez de nouveau."
            )
        )
    if not _is_expected(error):
        log.error(
            "Erreur inattendue montrée à la personne",
            exc_info=error if isinstance(error, BaseException) else None,
        )
        informative.append(_support_sentence())
    else:
        log.info("Erreur montrée à la personne : %s", _describe(error))
    request_id = getattr(error, "request_id", None)
    if isinstance(request_id, str) and request_id:
        informative.append(
            QCoreApplication.translate("errors", "Référence pour le soutien : {0}").format(
                request_id
            )
        )
    box.setInformativeText("\n".join(informative))
    box.open()
    return box


def _describe(error: object) -> str:
    codes = ", ".join(f"{e.field}:{e.code}" for e in field_errors(error))
    return f"{type(error).__name__} {codes}".strip()


def _support_sentence() -> str:
    path = _log_path or logs.log_file()
    if path is None:
        return QCoreApplication.translate(
            "errors", "Réessayez. Si le problème persiste, communiquez avec le soutien technique."
        )
    return QCoreApplication.translate(
        "errors",
        "Réessayez. Si le problème persiste, communiquez avec le soutien technique et "
        "joignez le journal : {0}",
    ).format(str(path))


# ---- unexpected exceptions -------------------------------------------------------------------

_log_path: Path | None = None
_crash_box: QMessageBox | None = None


def show_crash(
    parent: QWidget | None, error: BaseException, log_path: Path | None = None
) -> QMessageBox | None:
    """The crash dialog: an unexpected failure, the log file to send to support, the details.

    Opened with `open()`. While one crash dialog is on screen, further crashes are only
    logged (a failing paint handler must not open a hundred boxes): then None is returned.
    The details (the traceback) are passed through the log's secret filter.
    """
    global _crash_box
    if _crash_box is not None and shiboken6.isValid(_crash_box) and _crash_box.isVisible():
        return None
    path = log_path or _log_path or logs.log_file()
    box = _new_box(
        parent, QMessageBox.Icon.Critical, QCoreApplication.translate("errors", "Procura")
    )
    box.setObjectName("procuraCrashBox")
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Une erreur inattendue est survenue. Le travail transmis est conservé ; ce qui "
            "n'était pas transmis peut devoir être refait.",
        )
    )
    if path is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "errors",
                "Les détails sont enregistrés dans le journal :\n{0}\n\nVous pouvez continuer. "
                "Si le problème se reproduit, transmettez ce fichier au soutien technique.",
            ).format(str(path))
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "errors",
                "Vous pouvez continuer. Si le problème se reproduit, communiquez avec le "
                "soutien technique.",
            )
        )
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    box.setDetailedText(logs.redact(details))
    _crash_box = box
    box.open()
    return box


def install_excepthook(
    log_path: Path | None = None, *, loop: asyncio.AbstractEventLoop | None = None
) -> ExceptHook:
    """Route uncaught exceptions to the log and the crash dialog; return the previous hook.

    `log_path` is the file named in the dialog (default: the file `app.logs.setup_logging()`
    opened). With `loop`, the exceptions the asyncio loop could not deliver to anyone (a
    callback that raised, a task nobody awaited) take the same route. Ctrl+C (KeyboardInterrupt)
    keeps Python's default behaviour.
    """
    global _log_path
    _log_path = log_path
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Exception non traitée", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            show_crash(None, exc, _log_path)

    sys.excepthook = hook

    if loop is not None:

        def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            exc = context.get("exception")
            if isinstance(exc, BaseException) and not isinstance(exc, asyncio.CancelledError):
                hook(type(exc), exc, exc.__traceback__)
            else:
                log.error("Boucle asyncio : %s", context.get("message"))

        loop.set_exception_handler(loop_handler)
    return previous
