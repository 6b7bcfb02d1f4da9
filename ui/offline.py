"""Offline mode: the encrypted cache kept in step behind a session, read while the service is
silent, and «Ouvrir hors ligne» when it does not answer at sign-in.

`OfflineMode.attach(window, ctx, owner)` (the controller calls it for every main window):

- opens the person's cache (`app.cache.open_cache`: the key in the keyring, or in memory only
  without a keyring) and puts it in `ctx.cache`;
- syncs it in the background (`app.sync.Synchronizer`) at once, then every minute while the
  service answers, and as soon as it answers again; lists that changed on the service are
  announced with `ctx.changed(kind)` so the screens showing them refresh;
- when the service stops answering (`ctx.events.online_changed(False)`), puts an
  `app.cache.offline_api.OfflineApi` in `ctx.api`: the screens' reads come from the cache at
  once, their transactions stay disabled (`View.set_online(False)`, with a tooltip saying
  why); when it answers again, the real client comes back and a sync runs;
- shows in the status bar «Hors ligne — données au 22 novembre 2026 à 14 h 03», the sync's
  progress, and when there is no keyring, that the data is kept in memory only;
- adds «Se déconnecter et effacer les données hors ligne» to the Fichier menu: the cache file
  and its key are erased at sign-out when the person asks.

`offer_offline(controller, dialog, mode, url, code)` is called by the sign-in when the service
does not answer: when this person has a cache on this computer (and its key in the keyring),
the dialog offers «Ouvrir hors ligne», which checks the password typed in the dialog against
the hash kept at the last sign-in with the service (`app.cache.verifier`, in a worker thread;
after 5 wrong ones in a row each try waits longer) and only then opens the main window on the
cached lists, read-only. Without that hash (a cache made before it existed) nothing opens:
the dialog says one sign-in with the service is needed first. A remembered session (its token
in the keyring) comes back by itself when the service answers; otherwise the first call to the
service asks to sign in again.

`freshness_note(ctx)`: the sentence to print on a list while offline («Hors ligne — données
au …»), or "" online.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from app.cache import CacheOwner, CacheStore, memory_only_label, offline_label, open_cache
from app.cache.keys import has_cache, wipe_cache
from app.cache.label import data_time
from app.cache.offline_api import OfflineApi
from app.domain.changes import ChangeKind
from app.sync import Synchronizer, SyncProgress
from ui.asyncutil import run_task
from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.app_controller import AppController
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.sign_in import ServiceMode, SignInDialog

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 60_000


def _kind_label(kind: ChangeKind) -> str:
    """What a sync step loads, in the interface language («procurations reçues»)."""
    labels = {
        ChangeKind.ENTERPRISE: QCoreApplication.translate("OfflineMode", "dossier de l'entreprise"),
        ChangeKind.REGISTRATIONS: QCoreApplication.translate("OfflineMode", "inscriptions"),
        ChangeKind.USERS: QCoreApplication.translate("OfflineMode", "utilisateurs"),
        ChangeKind.PROCURATIONS: QCoreApplication.translate("OfflineMode", "procurations"),
        ChangeKind.RECEIVED: QCoreApplication.translate("OfflineMode", "procurations reçues"),
        ChangeKind.ASSIGNMENTS: QCoreApplication.translate("OfflineMode", "assignations"),
        ChangeKind.RECEIPTS: QCoreApplication.translate("OfflineMode", "accusés de réception"),
        ChangeKind.MESSAGES: QCoreApplication.translate("OfflineMode", "messages"),
    }
    return labels.get(kind, "")


def freshness_note(ctx: AppContext) -> str:
    """«Hors ligne — données au 22 novembre 2026 à 14 h 03» while the service is silent (to
    print or export with a list), "" when it answers."""
    if ctx.online:
        return ""
    cache = getattr(ctx, "cache", None)
    return offline_label(cache.synced_at if cache is not None else None, current_language())


async def _in_thread(call: Any) -> Any:
    # The controller's worker threads: quitting waits for them (a store write mid-quit).
    from ui.app_controller import in_thread

    return await in_thread(call)


class OfflineMode(QObject):
    """See the module docstring. Signals (on the Qt thread): `progress(SyncProgress)`,
    `synced(SyncResult)`, `sync_failed(str)` (the error's class name)."""

    progress = Signal(object)
    synced = Signal(object)
    sync_failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        ctx: AppContext,
        owner: CacheOwner,
        *,
        store: CacheStore | None = None,
        sync_every_ms: int = SYNC_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self.setObjectName("offlineMode")
        self.window = window
        self.ctx = ctx
        self.owner = owner
        self.store = store
        self.synchronizer: Synchronizer | None = None
        self._wipe = False
        self._stopped = False
        self._syncing: asyncio.Task[None] | None = None
        self._first_full = True

        self.label = QLabel(window.statusBar())
        self.label.setObjectName("offlineStatus")
        window.statusBar().addWidget(self.label)

        self.wipe_action = QAction(
            self.tr("Se déconnecter et &effacer les données hors ligne"), self
        )
        self.wipe_action.setObjectName("wipeOfflineAction")
        self.wipe_action.setToolTip(
            self.tr(
                "Efface de cet ordinateur les listes gardées pour consultation hors ligne, "
                "puis ferme la session."
            )
        )
        self.wipe_action.triggered.connect(self.sign_out_and_wipe)
        menus = [a.menu() for a in window.menuBar().actions()]
        for menu in menus:
            if isinstance(menu, QMenu) and window.sign_out_action in menu.actions():
                actions = menu.actions()
                after = actions.index(window.sign_out_action) + 1
                if after < len(actions):
                    menu.insertAction(actions[after], self.wipe_action)
                else:
                    menu.addAction(self.wipe_action)
                break

        self._timer = QTimer(self)
        self._timer.setInterval(sync_every_ms)
        self._timer.timeout.connect(self.sync_now)

        ctx.events.online_changed.connect(self._on_online_changed)
        window.sign_out_requested.connect(self._on_leaving)
        window.quit_requested.connect(self._on_leaving)
        if store is not None:
            ctx.cache = store
        self._show()

    @classmethod
    def attach(
        cls, window: MainWindow, ctx: AppContext, owner: CacheOwner, **kwargs: Any
    ) -> OfflineMode:
        """Build it for `window` and start it (the cache opens in a worker thread)."""
        mode = cls(window, ctx, owner, store=getattr(ctx, "cache", None), **kwargs)
        if mode.store is not None and not ctx.online:
            mode._use_cache(True)  # before the first screen reads: an offline start
        mode.start()
        return mode

    # ---- life ----------------------------------------------------------------------------------

    def start(self) -> None:
        run_task(self._start(), owner=self, on_error=None, name="hors-ligne")

    async def _start(self) -> None:
        if self.store is None:
            try:
                self.store = await _in_thread(lambda: open_cache(self.owner))
            except Exception:  # no cache is no reason to refuse the session
                log.warning("Le cache hors ligne n'a pas pu être ouvert", exc_info=True)
                self.label.setText("")
                return
            if self._stopped or not shiboken6.isValid(self):
                if self.store is not None:
                    self.store.close()
                return
        assert self.store is not None
        self.ctx.cache = self.store
        if self.store.discarded:
            log.info("Cache hors ligne reconstruit (%s)", self.store.discarded)
        self.synchronizer = Synchronizer(
            self.ctx.api if not isinstance(self.ctx.api, OfflineApi) else self.ctx.api.online,
            self.store,
            on_progress=self._on_progress,
            on_changed=self._on_changed,
            run_blocking=_in_thread,
        )
        self._timer.start()
        if self.ctx.online:
            self.sync_now()
        else:
            self._use_cache(True)
        self._show()

    def stop(self) -> None:
        """Stop syncing (the store stays open for the session's last reads)."""
        self._stopped = True
        self._timer.stop()
        if self._syncing is not None and not self._syncing.done():
            self._syncing.cancel()

    def sign_out_and_wipe(self) -> None:
        """«Se déconnecter et effacer les données hors ligne»."""
        self._wipe = True
        self.window.sign_out_requested.emit()

    def _on_leaving(self) -> None:
        self.stop()
        store, self.store = self.store, None
        wipe = self._wipe
        owner = self.owner

        def finish() -> None:
            if wipe:
                wipe_cache(owner, store)
                log.info("Données hors ligne effacées à la déconnexion")
            elif store is not None:
                store.close()

        run_task(_in_thread(finish), owner=None, on_error=None, name="hors-ligne-fin")

    # ---- syncing -------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync in the background now (nothing if one is running or the service is silent)."""
        if self._stopped or self.synchronizer is None or not self.ctx.online:
            return
        if self._syncing is not None and not self._syncing.done():
            return
        self._syncing = run_task(self._sync(), owner=self, on_error=None, name="synchronisation")

    async def _sync(self) -> None:
        assert self.synchronizer is not None
        api = self.ctx.api
        self.synchronizer.api = api.online if isinstance(api, OfflineApi) else api
        try:
            result = await self.synchronizer.sync()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the last good data stays; the status bar says so
            from app.api.errors import Offline, SessionExpired

            log.info("Synchronisation hors ligne manquée : %s", type(exc).__name__)
            if isinstance(exc, Offline):
                self.window.monitor.report_offline()
            if not isinstance(exc, SessionExpired) and shiboken6.isValid(self):
                self.sync_failed.emit(type(exc).__name__)
                self._show(failed=True)
            return
        if shiboken6.isValid(self):
            self._first_full = False
            self.synced.emit(result)
            self._show()

    def _on_progress(self, progress: SyncProgress) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.emit(progress)
        if progress.phase == "full":
            what = _kind_label(progress.kind) if progress.kind else ""
            self.label.setText(
                self.tr("Préparation des données hors ligne… {0} ({1}/{2})").format(
                    what, progress.kinds_done + 1, progress.kinds_total
                )
            )
        else:
            self.label.setText(self.tr("Synchronisation des données hors ligne…"))

    def _on_changed(self, kinds: frozenset[ChangeKind]) -> None:
        # The first full load brings nothing the screens have not just read from the service.
        if self._first_full or not shiboken6.isValid(self):
            return
        for kind in kinds:
            self.ctx.changed(kind.value)

    # ---- the service comes and goes ------------------------------------------------------------

    def _on_online_changed(self, online: bool) -> None:
        if self.store is None:
            return
        self._use_cache(not online)
        self._show()
        if online:
            self.sync_now()

    def _use_cache(self, offline: bool) -> None:
        api = self.ctx.api
        if offline and not isinstance(api, OfflineApi) and self.store is not None:
            self.ctx.api = OfflineApi(api, self.store)  # type: ignore[assignment]
            log.info("Hors ligne : les listes viennent du cache")
        elif not offline and isinstance(api, OfflineApi):
            self.ctx.api = api.online

    def _show(self, *, failed: bool = False) -> None:
        if not shiboken6.isValid(self):
            return
        store, language = self.store, current_language()
        if store is None:
            self.label.setText("")
            return
        if not self.ctx.online:
            text = offline_label(store.synced_at, language)
        elif failed:
            when = store.synced_at
            text = (
                self.tr("Synchronisation impossible : données hors ligne au {0}").format(
                    data_time(when, language)
                )
                if when
                else self.tr("Synchronisation impossible pour le moment")
            )
        elif store.synced_at is not None:
            text = self.tr("Données hors ligne au {0}").format(data_time(store.synced_at, language))
        else:
            text = ""
        if not store.persistent:
            text = (
                f"{text} — {memory_only_label(language)}" if text else memory_only_label(language)
            )
        self.label.setText(text)
        self.label.setAccessibleName(text)


# ---- «Ouvrir hors ligne» at sign-in ------------------------------------------------------------


def offer_offline(
    controller: AppController, dialog: SignInDialog, mode: ServiceMode, url: str, code: str
) -> None:
    """The service did not answer the sign-in: offer «Ouvrir hors ligne» when `code` has a
    cache on this computer whose key is in the keyring."""
    owner = CacheOwner(controller.session_key(mode, url), code.strip().upper())

    async def check() -> None:
        from app.cache.verifier import has_verifier

        if not await _in_thread(lambda: has_cache(owner)):
            return
        checkable = await _in_thread(lambda: has_verifier(owner))
        if not shiboken6.isValid(dialog):
            return
        if not checkable:
            dialog.set_service_status(no_check_text(dialog))
            return
        dialog.set_service_status(
            dialog.tr(
                "Le service ne répond pas. Avec votre mot de passe, vous pouvez consulter les "
                "listes gardées sur cet ordinateur, sans rien modifier, jusqu'à son retour."
            ),
            action=dialog.tr("Ouvrir hors ligne"),
            on_action=open_now,
        )

    def open_now() -> None:
        if dialog.working:
            return
        password = dialog.password()
        opening = open_offline(controller, dialog, mode, url, owner, password)
        run_task(opening, owner=dialog, name="hors-ligne")

    run_task(check(), owner=dialog, on_error=None, name="hors-ligne-offre")


def no_check_text(dialog: SignInDialog) -> str:
    return dialog.tr(
        "Le service ne répond pas. Les listes gardées sur cet ordinateur pourront être "
        "ouvertes hors ligne après une connexion avec le service : le mot de passe ne peut pas "
        "encore y être vérifié sans lui."
    )


async def open_offline(
    controller: AppController,
    dialog: SignInDialog,
    mode: ServiceMode,
    url: str,
    owner: CacheOwner,
    password: str,
) -> None:
    """Check `password` against the hash kept on this computer, then open the main window on
    the cached lists, read-only, until the service answers."""
    from app import secrets
    from app.cache.verifier import NoVerifier, TooManyAttempts, WrongPassword
    from app.domain import catalogue
    from ui.context import AppContext
    from ui.errors import error_message

    if not password:
        dialog.show_failure(
            dialog.tr("Inscrivez votre mot de passe pour ouvrir les données hors ligne.")
        )
        return
    dialog.set_working(True, dialog.tr("Vérification du mot de passe sur cet ordinateur…"))
    try:
        await controller.check_offline_password(owner, password)
    except WrongPassword:
        dialog.set_working(False)
        dialog.show_failure(
            dialog.tr(
                "Mot de passe incorrect : les données hors ligne n'ont pas été ouvertes. "
                "Inscrivez le mot de passe de votre dernière connexion sur cet ordinateur."
            )
        )
        return
    except TooManyAttempts as exc:
        dialog.set_working(False)
        dialog.show_failure(
            dialog.tr(
                "Trop d'essais avec un mauvais mot de passe : réessayez dans {0} secondes."
            ).format(exc.wait_s)
        )
        return
    except NoVerifier:
        dialog.set_working(False)
        dialog.show_failure(no_check_text(dialog))
        dialog.set_service_status(no_check_text(dialog))
        return
    except asyncio.CancelledError:
        if shiboken6.isValid(dialog):
            dialog.set_working(False)
        raise
    log.info("Mot de passe vérifié hors ligne pour %s", owner.user_code)
    dialog.password_edit.clear()
    dialog.set_working(True, dialog.tr("Ouverture des données hors ligne…"))
    try:
        store = await _in_thread(lambda: open_cache(owner, create=False))
        me = store.me if store is not None else None
        enterprise = await _in_thread(store.enterprise) if store is not None else None
    except Exception as exc:
        dialog.set_working(False)
        dialog.show_failure(error_message(exc), clear_password=False)
        return
    if store is None or me is None or enterprise is None:
        if store is not None:
            store.close()
        dialog.set_working(False)
        dialog.show_failure(
            dialog.tr("Aucune donnée hors ligne utilisable n'est gardée sur cet ordinateur."),
            clear_password=False,
        )
        return
    token: str | None = None
    with contextlib.suppress(secrets.SecretStoreError):
        token = await _in_thread(lambda: secrets.load_session(owner.service, me.user_code))
    if mode == "remote":
        base = url
    elif controller.api is not None:
        base = controller.api.service_url
    else:  # the service of this computer did not start: the status bar keeps trying
        base = "http://127.0.0.1:9"
    api = await controller._api_for(base)
    api.use_token(token)
    ctx = AppContext(
        api=api,
        me=me,
        settings=controller.settings,
        enterprise=enterprise,
        ministries=list(catalogue.ministries()),
        online=False,
    )
    ctx.cache = store
    dialog.set_working(False)
    dialog.set_service_status("")
    log.info("Session ouverte hors ligne pour %s", me.user_code)
    await controller._enter(ctx, remember=controller.settings.remember_me, mode=mode, url=url)
    window = controller.main_window
    if window is not None:
        window.monitor.report_offline()  # the banner, the disabled actions, the cache
