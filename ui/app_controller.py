"""The client's life: start the service, sign in (or resume), the main window, sign out, quit.

`AppController.run()` is the program once the QApplication and the qasync loop exist
(`ui.main`). In order:

1. The sign-in dialog is shown at once. In the background: the heavy modules are imported in a
   worker thread, the keyring is probed (no keyring: «Se souvenir de moi» is not offered), and,
   when the service is the one on this computer, `app.embedded.EmbeddedService` starts it (or
   reuses the one another window started), the progress shown under the service choice with
   «Annuler».
2. A session remembered in the keyring is resumed (checked with `me()`); otherwise the person
   signs in. A temporary password leads to the change-password dialog first.
3. The main window opens; signing out comes back to step 2, quitting logs out (unless the
   session is remembered), closes the client and stops the service this client started.

Nothing here blocks the Qt loop: every call to the service, the keyring and the embedded
service is awaited on the qasync loop or run in a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import logging
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from ui.asyncutil import run_task
from ui.errors import error_message, show_error
from ui.i18n import current_language
from ui.sign_in import ChangePasswordDialog, ServiceMode, SignInDialog

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.cache import CacheOwner
    from app.cache.verifier import Attempts
    from app.embedded import EmbeddedService
    from app.settings import Settings
    from ui.context import AppContext
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

T = TypeVar("T")

# Imported in a worker thread while the sign-in dialog is on screen, so neither signing in nor
# the first visit of a screen pays for them on the Qt thread. The screens follow.
WARM_UP_MODULES = (
    "app.settings",
    "app.api.client",
    "app.secrets",
    "app.embedded",
    "ui.context",
    "ui.main_window",
)


# What signing in needs, loaded (in a worker thread) before it starts.
SESSION_MODULES = (
    "app.settings",
    "app.secrets",
    "app.api.client",
    "app.api.errors",
    "ui.context",
    "ui.main_window",
    "ui.views.home",
    "ui.offline",
)


# Work handed to worker threads, so quitting can wait for it: a thread that finishes after the
# event loop is closed would report to a loop that no longer exists.
_thread_work: set[asyncio.Future[Any]] = set()


async def in_thread(func: Callable[..., T], *args: Any) -> T:
    """`func(*args)` in a worker thread, awaited on the qasync loop. Cancelling the caller does
    not forget the thread: `wait_for_threads()` still waits for it."""
    future = asyncio.get_running_loop().run_in_executor(None, functools.partial(func, *args))
    _thread_work.add(future)
    future.add_done_callback(_thread_work.discard)
    return await asyncio.shield(future)


async def wait_for_threads() -> None:
    """Until the work handed to worker threads has finished (imports, the keyring, the
    settings file: short; the caller bounds the wait with `asyncio.timeout` if it must)."""
    pending = [f for f in _thread_work if not f.done()]
    if pending:
        await asyncio.wait(pending)


def _import(name: str) -> None:
    """Import a module as a bulk of long-lived objects (`app.gc_policy`): the collector does
    not walk the program again and again while its modules load (each full pass of the 200 000
    objects a client has once signed in stalls the window for 100 ms on a 2-core machine)."""
    if name in sys.modules:
        return
    from app import gc_policy

    with gc_policy.bulk():
        importlib.import_module(name)


async def load_modules(*names: str) -> None:
    """Import `names` in a worker thread: a module's first import never runs on the Qt thread
    (a module another thread is importing is waited for there too, not here)."""

    def load() -> None:
        for name in names:
            _import(name)

    await in_thread(load)


def _warm_up() -> None:
    from ui.views import VIEWS

    for name in (*WARM_UP_MODULES, *(entry.module for entry in VIEWS)):
        # A pause between modules hands the interpreter lock back to the Qt thread.
        time.sleep(0.005)
        try:
            _import(name)
        except ModuleNotFoundError:
            pass  # a screen not written yet: the main window shows a placeholder
        except Exception:  # the main window reports it when the screen is opened
            log.warning("Préchargement de %s impossible", name, exc_info=True)


class AppController(QObject):
    """Runs the client: see the module docstring.

    Args:
        settings: the person's settings (language, service, last user code, remember me…).
            None: they are read from their file in a worker thread once the sign-in dialog
            is on screen (pydantic takes a few hundred ms to import), the dialog being
            filled in from `preferences` meanwhile.
        preferences: the settings file's raw values, read without validation (`ui.main`),
            for the sign-in dialog's first display when `settings` is None.
        service_url: a remote service for this run (`--service-url`); not saved unless the
            person signs in after changing it in the dialog.
        store_settings: saves the settings (tests pass a no-op or their own).
        embedded_factory: builds the `EmbeddedService` (tests point it at a temporary folder).
        idle_lock_ms: the idle lock's delay (tests use a fraction of a second); default
            `settings.idle_lock_minutes`.
        data_dir: the embedded service's folder (`--data-dir`); default `app.paths.data_dir()`.

    Signals: `sign_in_shown()`, `main_window_shown()`, `signed_out()`, `finished(int)`.
    """

    sign_in_shown = Signal()
    main_window_shown = Signal()
    signed_out = Signal()
    finished = Signal(int)

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        preferences: Mapping[str, object] | None = None,
        service_url: str | None = None,
        store_settings: Callable[[Settings], None] | None = None,
        embedded_factory: Callable[[], EmbeddedService] | None = None,
        idle_lock_ms: int | None = None,
        data_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._preferences = dict(preferences or {})
        self.service_url_override = service_url.strip() if service_url else None
        self._store = store_settings
        self._embedded_factory = embedded_factory
        self.idle_lock_ms = idle_lock_ms
        self.data_dir = data_dir
        self.sign_in_dialog: SignInDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.main_window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.api: ApiClient | None = None
        self.embedded: EmbeddedService | None = None
        self._embedded_task: asyncio.Task[str] | None = None
        self._keyring: bool | None = None
        self._keyring_task: asyncio.Task[bool] | None = None
        self._warm_task: asyncio.Task[None] | None = None
        self._sign_in_task: asyncio.Task[None] | None = None
        self._remembered = False
        self._session_key = ""
        self._offline_attempts: Attempts | None = None
        self._mode: ServiceMode = "embedded"
        self._leaving = False
        self._quitting = False
        self._done: asyncio.Future[int] | None = None

    # ---- settings ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The person's settings (read now, on the Qt thread, if the background read has not
        finished: a fallback, not the usual path)."""
        if self._settings is None:
            from app.settings import load_settings

            self._settings = load_settings()
        return self._settings

    async def _ensure_settings(self) -> Settings:
        if self._settings is None:
            await load_modules("app.settings")
            from app.settings import load_settings

            loaded = await in_thread(load_settings)
            if self._settings is None:
                self._settings = loaded
        return self._settings

    def _pref(self, name: str, default: Any) -> Any:
        """A setting for the sign-in dialog: the validated one if read, else the raw value."""
        if self._settings is not None:
            return getattr(self._settings, name)
        value = self._preferences.get(name, default)
        return value if isinstance(value, type(default)) else default

    def _store_settings(self, settings: Settings) -> None:
        if self._store is not None:
            self._store(settings)
            return
        from app.settings import save_settings

        save_settings(settings)

    # ---- running -------------------------------------------------------------------------------

    async def run(self) -> int:
        """Start, and return the exit code once the person quits."""
        self._done = asyncio.get_running_loop().create_future()
        self.start()
        return await self._done

    def start(self) -> None:
        """Show the sign-in dialog and start what runs behind it (see the module docstring)."""
        self.show_sign_in()
        # Once the dialog is on screen: the work behind it must not delay its first paint.
        QTimer.singleShot(0, self, self._start_background)

    def _start_background(self) -> None:
        if self._quitting:
            return
        self._warm_task = run_task(in_thread(_warm_up), owner=self, on_error=None)
        if self._settings is None:
            run_task(self._ensure_settings(), owner=self, on_error=None, name="paramètres")
        if self._keyring_task is None:
            self._keyring_task = run_task(self._probe_keyring(), owner=self, on_error=None)
        dialog = self.sign_in_dialog
        if dialog is not None and dialog.service_mode() == "embedded":
            self.start_embedded()
        run_task(self._resume(), owner=self, name="reprendre-session")

    def quit(self) -> None:
        """End the program: log out (unless remembered), close, stop the service we started."""
        if self._quitting:
            return
        self._quitting = True
        run_task(self._shutdown(), owner=None, on_error=None, name="quitter")

    def stop_now(self) -> None:
        """Last resort when the loop is gone (a crash): stop the service we started."""
        if self.embedded is not None:
            self.embedded.stop_now()

    async def _shutdown(self) -> None:
        log.info("Fermeture de Procura")
        try:
            if self.main_window is not None:
                window, self.main_window = self.main_window, None
                window.stop()
                if window.isVisible():
                    window.close_for_sign_out()
                window.deleteLater()
            if self.sign_in_dialog is not None:
                self.sign_in_dialog.hide()
                self.sign_in_dialog.deleteLater()
                self.sign_in_dialog = None
            if self._embedded_task is not None and not self._embedded_task.done():
                self._embedded_task.cancel()
                with contextlib.suppress(BaseException):
                    await self._embedded_task
            if self.api is not None:
                if self.api.signed_in and not self._remembered:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(self.api.logout(), 3)
                await self.api.aclose()
            if self.embedded is not None:
                await self.embedded.stop()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(15):
                    await wait_for_threads()
        finally:
            self.finished.emit(0)
            if self._done is not None and not self._done.done():
                self._done.set_result(0)

    # ---- the service -----------------------------------------------------------------------------

    def _initial_mode(self) -> ServiceMode:
        if self.service_url_override:
            return "remote"
        if self._pref("service_mode", "embedded") == "remote" and self._pref("remote_url", ""):
            return "remote"
        return "embedded"

    def _initial_url(self) -> str:
        return self.service_url_override or str(self._pref("remote_url", ""))

    def _the_data_dir(self) -> Path:
        if self.embedded is not None:
            return self.embedded.data_dir
        if self.data_dir is not None:
            return self.data_dir
        from app import paths

        return paths.data_dir()

    def session_key(self, mode: ServiceMode, url: str) -> str:
        """Where the keyring keeps the remembered session: one per service. The embedded
        service's port changes at each start, so it is named by its data folder instead."""
        if mode == "remote":
            return url
        return "embedded://" + self._the_data_dir().resolve().as_posix()

    def start_embedded(self) -> asyncio.Task[str]:
        """Start (or reuse) the service on this computer; the dialog shows the progress."""
        if self._embedded_task is not None and not self._embedded_task.done():
            return self._embedded_task
        self._status(
            self.tr(
                "Démarrage du service sur cet ordinateur… La première fois, les données de "
                "démonstration sont préparées ; cela peut prendre quelques secondes."
            ),
            busy=True,
            action=self.tr("Annuler"),
            on_action=self.cancel_embedded,
        )
        self._embedded_task = run_task(
            self._run_embedded(), owner=self, on_error=None, name="service-local"
        )
        self._embedded_task.add_done_callback(self._embedded_done)
        return self._embedded_task

    def cancel_embedded(self) -> None:
        if self._embedded_task is not None and not self._embedded_task.done():
            self._embedded_task.cancel()

    def _status(self, text: str, **kwargs: Any) -> None:
        dialog = self.sign_in_dialog
        if dialog is not None and dialog.service_mode() == "embedded":
            dialog.set_service_status(text, **kwargs)

    async def _run_embedded(self) -> str:
        if self.embedded is None:
            await load_modules("app.embedded")
            from app.embedded import EmbeddedService

            factory = self._embedded_factory or (lambda: EmbeddedService(self.data_dir))
            self.embedded = factory()
        return await self.embedded.start()

    def _embedded_done(self, task: asyncio.Task[str]) -> None:
        # Said here rather than in the coroutine: a start cancelled before it ran says it too.
        if self.sign_in_dialog is None or not shiboken6.isValid(self.sign_in_dialog):
            return
        if task.cancelled():
            self._status(
                self.tr("Démarrage du service annulé."),
                action=self.tr("Réessayer"),
                on_action=self.start_embedded,
            )
        elif task.exception() is not None:
            self._status(
                error_message(task.exception()),
                action=self.tr("Réessayer"),
                on_action=self.start_embedded,
            )
        else:
            self._status(self.tr("Service prêt sur cet ordinateur."))

    async def _service_base_url(self, mode: ServiceMode, url: str) -> str:
        if mode == "remote":
            return url
        task = self._embedded_task
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = self.start_embedded()
        # Shielded: a sign-in given up does not stop the service's start.
        return await asyncio.shield(task)

    def _on_service_changed(self) -> None:
        dialog = self.sign_in_dialog
        if dialog is None:
            return
        if dialog.service_mode() == "remote":
            dialog.set_service_status("")
            return
        task = self._embedded_task
        if task is None or task.cancelled() or (task.done() and task.exception() is not None):
            self.start_embedded()
        elif task.done():
            dialog.set_service_status(self.tr("Service prêt sur cet ordinateur."))
        else:
            dialog.set_service_status(
                self.tr("Démarrage du service sur cet ordinateur…"),
                busy=True,
                action=self.tr("Annuler"),
                on_action=self.cancel_embedded,
            )

    async def _api_for(self, base_url: str) -> ApiClient:
        """The one client of this service address (a new one when the address changed), made
        in a worker thread: its TLS context reads and parses the certificate bundle, 40 ms and
        more the window would wait."""
        from app.api.client import ApiClient

        found = self._api_of(base_url)
        if found is not None:
            return found
        made = await in_thread(
            functools.partial(
                ApiClient,
                base_url,
                on_session_expired=self._on_session_expired,
                language=current_language(),
            )
        )
        found = self._api_of(base_url)  # made meanwhile by another call
        if found is not None:
            run_task(made.aclose(), on_error=None)
            return found
        if self.api is not None and not self.api.is_closed:
            run_task(self.api.aclose(), on_error=None)
        self.api = made
        return made

    def _api_of(self, base_url: str) -> ApiClient | None:
        """The client of this service address if there is one, open."""
        api = self.api
        if api is None or api.is_closed:
            return None
        if api.service_url != base_url.rstrip("/").removesuffix("/api/v1"):
            return None
        api.language = current_language()
        return api

    async def ping(self) -> None:
        """The status bar's check: the service answers `health()`. The service on this
        computer is started again if it went away (the window that started it closed)."""
        from app.api.errors import Offline

        ctx = self.ctx
        if ctx is None:
            return
        try:
            await ctx.api.health()
            return
        except Offline:
            if self.embedded is None or self._mode != "embedded":
                raise
        url = await self.embedded.ensure_running()
        if ctx.api.service_url != url:
            log.info("Le service local a changé d'adresse : %s", url)
            old = ctx.api
            api = await self._api_for(url)
            api.use_token(old.token)
            ctx.api = api
        await ctx.api.health()

    # ---- the keyring -----------------------------------------------------------------------------

    async def _probe_keyring(self) -> bool:
        await load_modules("app.secrets")
        from app import secrets

        available = await in_thread(secrets.keyring_available)
        self._keyring = available
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.set_keyring_available(available)
        if not available:
            log.info("Aucun trousseau de clés : « Se souvenir de moi » n'est pas offert")
        return available

    async def keyring_available(self) -> bool:
        if self._keyring is not None:
            return self._keyring
        task = self._keyring_task
        if task is None or task.done():
            return await self._probe_keyring()
        return await asyncio.shield(task)

    async def _remember(self, key: str, user_code: str, token: str | None) -> None:
        from app import secrets

        if token is None or not await self.keyring_available():
            return
        await in_thread(secrets.store_session, key, user_code, token)

    async def _forget(self, key: str, user_code: str) -> None:
        from app import secrets

        if not user_code:
            return
        try:
            await in_thread(secrets.forget_session, key, user_code)
        except secrets.SecretStoreError:
            log.warning("La session mémorisée n'a pas pu être effacée du trousseau")

    # ---- sign-in ---------------------------------------------------------------------------------

    def show_sign_in(self, *, info: str = "") -> SignInDialog:
        """Show the sign-in dialog (again, after a sign-out)."""
        if self.sign_in_dialog is None:
            dialog = SignInDialog(
                user_code=str(self._pref("last_user_code", "")),
                remember=bool(self._pref("remember_me", False)),
                keyring_available=self._keyring if self._keyring is not None else True,
                service_mode=self._initial_mode(),
                remote_url=self._initial_url(),
            )
            dialog.sign_in_requested.connect(self._on_sign_in_requested)
            dialog.quit_requested.connect(self.quit)
            dialog.service_changed.connect(self._on_service_changed)
            self.sign_in_dialog = dialog
        dialog = self.sign_in_dialog
        dialog.password_edit.clear()
        dialog.clear_messages()
        if info:
            dialog.show_info(info)
        if self._warm_task is not None:  # not on the first show: start() does it after
            self._on_service_changed()
        dialog.show()
        # Back in front after a sign-out (the offscreen platform has no stacking to change).
        if QGuiApplication.platformName() != "offscreen":
            dialog.raise_()
        dialog.activateWindow()
        self.sign_in_shown.emit()
        return dialog

    def _on_sign_in_requested(self) -> None:
        if self._sign_in_task is not None and not self._sign_in_task.done():
            return
        self._sign_in_task = run_task(self._sign_in(), owner=self.sign_in_dialog, name="connexion")

    async def _sign_in(self) -> None:
        dialog = self.sign_in_dialog
        assert dialog is not None
        code, password, remember = dialog.user_code(), dialog.password(), dialog.remember()
        mode, url = dialog.service_mode(), dialog.remote_url()
        embedded_starting = mode == "embedded" and not (
            self._embedded_task is not None and self._embedded_task.done()
        )
        dialog.set_working(
            True,
            self.tr("Le service démarre sur cet ordinateur ; la connexion suivra.")
            if embedded_starting
            else "",
        )
        try:
            await load_modules(*SESSION_MODULES)
            await self._ensure_settings()
        except BaseException:
            if shiboken6.isValid(dialog):
                dialog.set_working(False)
            raise
        from app.api.errors import ApiError, Offline

        try:
            base_url = await self._service_base_url(mode, url)
            api = await self._api_for(base_url)
            login = await api.login(code, password)
            log.info("Connexion de %s", code)
            if login.password_change_required:
                dialog.show_info(
                    self.tr("Votre mot de passe est temporaire : choisissez-en un nouveau.")
                )
                changed = await self._ask_new_password(api, password)
                if changed is None:
                    await api.logout()
                    dialog.set_working(False)
                    dialog.show_info(
                        self.tr(
                            "Le mot de passe temporaire doit être remplacé avant d'ouvrir une "
                            "session. Connectez-vous de nouveau lorsque vous serez prêt."
                        )
                    )
                    return
                password = changed
            ctx = await self._open_session(api)
        except Offline as exc:
            from ui.offline import offer_offline

            dialog.set_working(False)
            # The password stays typed: «Ouvrir hors ligne» checks it against the local hash.
            dialog.show_failure(error_message(exc), clear_password=False)
            offer_offline(self, dialog, mode, url, code)  # «Ouvrir hors ligne» if cached here
            return
        except (ApiError, ConnectionError, TimeoutError) as exc:
            dialog.set_working(False)
            dialog.show_failure(error_message(exc))
            return
        except asyncio.CancelledError:
            if shiboken6.isValid(dialog):
                dialog.set_working(False)
            raise
        except Exception as exc:
            dialog.set_working(False)
            if isinstance(getattr(exc, "message_fr", None), str):  # EmbeddedServiceError…
                dialog.show_failure(error_message(exc), clear_password=False)
                return
            raise
        dialog.set_working(False)
        await self._enter(ctx, remember=remember, mode=mode, url=url)
        self.keep_offline_check(ctx.me.user_code, password)

    @property
    def offline_attempts(self) -> Attempts:
        """Wrong offline passwords in a row («Ouvrir hors ligne», the lock while offline)."""
        if self._offline_attempts is None:
            from app.cache.verifier import Attempts

            self._offline_attempts = Attempts()
        return self._offline_attempts

    def keep_offline_check(self, user_code: str, password: str) -> None:
        """The service accepted `password`: keep its argon2id hash in the keyring beside the
        cache key, so «Ouvrir hors ligne» and the lock can check it while the service is
        silent (`app.cache.verifier`). In a worker thread (about 150 ms). Without a keyring
        (the cache is then in memory only: nothing to open offline) the hash stays in this
        program's memory, for the lock of the session."""
        from app.cache import CacheOwner
        from app.cache.verifier import store_verifier
        from app.secrets import SecretStoreError

        owner = CacheOwner(self._session_key, user_code)
        self.offline_attempts.succeeded(owner)

        async def keep() -> None:
            try:
                # A closure: the thread pool logs its callbacks' arguments at DEBUG.
                await in_thread(lambda: store_verifier(owner, password))
            except SecretStoreError:
                log.warning("La vérification hors ligne du mot de passe n'a pas été gardée")

        run_task(keep(), owner=self, on_error=None, name="vérification-hors-ligne")

    async def _ask_new_password(self, api: ApiClient, current: str) -> str | None:
        """The new password once changed, None when the person gave up."""
        chosen: list[str] = []

        async def change(old: str, new: str) -> object:
            result = await api.change_password(old, new)
            chosen.append(new)
            return result

        dialog = ChangePasswordDialog(change, self.sign_in_dialog, current_password=current)
        self.password_dialog = dialog
        answer: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def answered(result: int) -> None:
            if not answer.done():
                answer.set_result(result)

        dialog.finished.connect(answered)
        dialog.open()
        try:
            result = await answer
        finally:
            self.password_dialog = None
            if shiboken6.isValid(dialog):
                dialog.hide()
                dialog.deleteLater()
        return chosen[-1] if result == QDialog.DialogCode.Accepted and chosen else None

    async def _open_session(self, api: ApiClient) -> AppContext:
        from ui.context import AppContext

        me, enterprise, ministries = await asyncio.gather(
            api.me(), api.enterprise(), api.ministries()
        )
        return AppContext(
            api=api, me=me, settings=self.settings, enterprise=enterprise, ministries=ministries
        )

    async def _resume(self) -> None:
        """Open the session remembered in the keyring, if any, without asking the password."""
        await load_modules(*SESSION_MODULES)
        from app import secrets
        from app.api.errors import ApiError, Offline, SessionExpired

        settings = await self._ensure_settings()
        dialog = self.sign_in_dialog
        if dialog is None:
            return
        if not dialog.check_remote_url():
            return  # an unsafe address (--service-url): said at its field, never used
        if not (settings.remember_me and settings.last_user_code):
            return
        if not await self.keyring_available():
            return
        code = settings.last_user_code
        mode, url = dialog.service_mode(), dialog.remote_url()
        key = self.session_key(mode, url)
        try:
            token = await in_thread(secrets.load_session, key, code)
        except secrets.SecretStoreError as exc:
            dialog.show_info(error_message(exc))
            return
        if not token:
            return
        dialog.set_working(True, self.tr("Reprise de votre session…"))
        try:
            api = await self._api_for(await self._service_base_url(mode, url))
            api.use_token(token)
            ctx = await self._open_session(api)
        except SessionExpired:
            api.use_token(None)
            await self._forget(key, code)
            dialog.set_working(False)
            dialog.show_info(
                self.tr("Votre session mémorisée a pris fin : connectez-vous de nouveau.")
            )
            return
        except Offline as exc:
            from ui.offline import offer_offline

            dialog.set_working(False)
            dialog.show_failure(error_message(exc), clear_password=False)
            offer_offline(self, dialog, mode, url, code)  # «Ouvrir hors ligne» if cached here
            return
        except (ApiError, ConnectionError, TimeoutError) as exc:
            dialog.set_working(False)
            dialog.show_failure(error_message(exc), clear_password=False)
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            dialog.set_working(False)
            if isinstance(getattr(exc, "message_fr", None), str):
                dialog.show_failure(error_message(exc), clear_password=False)
                return
            raise
        dialog.set_working(False)
        log.info("Session mémorisée reprise pour %s", code)
        await self._enter(ctx, remember=True, mode=mode, url=url)

    async def _enter(self, ctx: AppContext, *, remember: bool, mode: ServiceMode, url: str) -> None:
        """Signed in: remember what should be, open the main window, close the dialog."""
        from app.secrets import SecretStoreError
        from app.settings import check_service_url

        code = ctx.me.user_code
        settings = self.settings
        settings.last_user_code = code
        settings.remember_me = remember
        if mode == "embedded" or url != self.service_url_override:
            settings.service_mode = mode
            if mode == "remote" and check_service_url(url) is None:
                settings.remote_url = url
        try:
            self._store_settings(settings)
        except OSError:
            log.warning("Les paramètres n'ont pas pu être enregistrés", exc_info=True)

        key = self.session_key(mode, url)
        keyring_error: Exception | None = None
        if remember:
            try:
                await self._remember(key, code, ctx.api.token)
            except SecretStoreError as exc:
                keyring_error = exc
        else:
            await self._forget(key, code)
        self._remembered = remember and keyring_error is None
        self._session_key = key
        self._mode = mode

        self.ctx = ctx
        self._leaving = False
        self.main_window = self._build_main_window(ctx)
        self.main_window.start()
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.hide()
        self.main_window_shown.emit()
        if keyring_error is not None:
            show_error(self.main_window, keyring_error)

    def _build_main_window(self, ctx: AppContext) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(
            ctx,
            verify_password=self.verify_password,
            ping=self.ping,
            idle_lock_ms=self.idle_lock_ms,
            store_settings=self._store_settings,
        )
        window.sign_out_requested.connect(self.sign_out)
        window.quit_requested.connect(self.quit)
        from app.cache import CacheOwner
        from ui.offline import OfflineMode

        # The session's offline cache: synced behind it, read while the service is silent.
        OfflineMode.attach(window, ctx, CacheOwner(self._session_key, ctx.me.user_code))
        return window

    async def verify_password(self, password: str) -> None:
        """The idle lock's check: sign in once more with the same user code, on a separate
        client, so the open session and its token stay as they are. Only when the service
        cannot be reached, the password is checked against the local hash kept at the last
        sign-in (`app.cache.verifier`; wrong ones in a row are slowed down)."""
        from app.api.client import ApiClient
        from app.api.errors import Offline

        ctx = self.ctx
        assert ctx is not None
        probe = ApiClient(ctx.api.service_url, language=current_language())
        try:
            await probe.login(ctx.me.user_code, password)
            await probe.logout()
        except Offline:
            from app.cache import CacheOwner

            owner = CacheOwner(self._session_key, ctx.me.user_code)
            await self.check_offline_password(owner, password)
            log.info("Écran déverrouillé hors ligne (mot de passe vérifié sur cet ordinateur)")
            return
        finally:
            await probe.aclose()
        self.keep_offline_check(ctx.me.user_code, password)

    async def check_offline_password(self, owner: CacheOwner, password: str) -> None:
        """Return when `password` matches `owner`'s local hash (in a worker thread); raise
        `WrongPassword`, `TooManyAttempts` (after too many wrong ones in a row) or
        `NoVerifier` (none kept: a cache made before the check existed)."""
        from app.cache.verifier import WrongPassword, check_password

        self.offline_attempts.check_allowed(owner)
        try:
            await in_thread(lambda: check_password(owner, password))  # no args to log
        except WrongPassword:
            self.offline_attempts.failed(owner)
            raise
        self.offline_attempts.succeeded(owner)

    # ---- leaving the session ---------------------------------------------------------------------

    def sign_out(self) -> None:
        """«Se déconnecter»: close the session on the service, wipe the remembered one."""
        if self._leaving or self.ctx is None:
            return
        self._leaving = True
        run_task(self._leave(expired=False), owner=self, name="déconnexion")

    def _on_session_expired(self) -> None:
        # Called by the API client inside a failing call: act once the call has unwound.
        if self._leaving or self.main_window is None:
            return
        self._leaving = True
        QTimer.singleShot(
            0, lambda: run_task(self._leave(expired=True), owner=self, name="session-échue")
        )

    async def _leave(self, *, expired: bool) -> None:
        ctx, window = self.ctx, self.main_window
        self.ctx, self.main_window = None, None
        if window is not None:
            window.stop()
            window.close_for_sign_out()
            window.deleteLater()
        code = ctx.me.user_code if ctx is not None else ""
        if ctx is not None and not expired:
            await ctx.api.logout()
        await self._forget(self._session_key, code)
        self._remembered = False
        log.info("Session fermée (%s)", "échue" if expired else "déconnexion")
        self.show_sign_in(
            info=self.tr("Votre session a pris fin. Reconnectez-vous pour continuer.")
            if expired
            else self.tr("Vous êtes déconnecté. À bientôt !")
        )
        self.signed_out.emit()
