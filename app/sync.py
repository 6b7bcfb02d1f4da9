"""Background synchronisation of the offline cache with the service's change feed.

    sync = Synchronizer(api, store, on_progress=show, on_changed=refresh_views)
    result = await sync.sync()            # full the first time, then only what changed
    task = asyncio.ensure_future(sync.keep_in_sync(every_seconds=60))   # until cancelled

A first sync (no cursor in the store) takes the feed's cursor, loads every list of the
person's view page by page into the store's staging area, swaps them in at once with that
cursor, then pulls what changed meanwhile. Later syncs pull `GET /changes` pages, each applied
to the store with its cursor in one transaction. A 410 (cursor too old) starts a full reload.
Whatever fails (no answer, an error), the store keeps its last good content and cursor: a
full reload only replaces the lists once every page has arrived, and a page of changes is
applied whole or not at all.

Nothing here blocks the event loop: every store call runs in a worker thread, and the loop
gets a turn between pages. A sync starts by settling the session's objects out of the cyclic
collector's sight (`app.gc_policy`): a full sync's pages would otherwise set off full
collections over the whole program, 40 to 110 ms each with the interpreter lock held.
Progress and changes are told through plain callbacks (the UI turns them into Qt signals).
Cancelling the task (or `cancel()`) stops between two steps; what was applied stays applied.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, ParamSpec, TypeVar

from pydantic import BaseModel

from app import gc_policy
from app.api.client import ApiClient
from app.api.errors import ApiError, Gone, SessionExpired
from app.cache.store import CacheStore
from app.domain.changes import ChangeKind, ChangeOp, ChangesPage, kinds_for
from app.domain.common import Page, Role
from app.domain.models import Me

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_PAGE_SIZE = 500


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """Where a sync stands, for the status bar.

    phase: "full" while every list is loaded, "changes" while the feed is pulled.
    kind: the list being loaded (full), or None.
    loaded: objects loaded for `kind` so far (full), or changes applied so far (changes).
    kinds_done, kinds_total: lists finished and lists to load (full); 0 and 0 for changes.
    """

    phase: Literal["full", "changes"]
    kind: ChangeKind | None
    loaded: int
    kinds_done: int = 0
    kinds_total: int = 0


@dataclass(frozen=True, slots=True)
class SyncResult:
    """A sync that succeeded: whether it reloaded everything, which lists changed (refresh
    the screens showing them), the cursor reached and when."""

    full: bool
    changed: frozenset[ChangeKind]
    cursor: str
    synced_at: datetime


ProgressCallback = Callable[[SyncProgress], None]
ChangedCallback = Callable[[frozenset[ChangeKind]], None]


class Synchronizer:
    """Keeps one `CacheStore` in step with the service, for the person signed in on `api`.

    Args:
        api: the signed-in client.
        store: the person's cache (see `app.cache.open_cache`).
        page_size: objects per page, for the lists and the feed.
        on_progress: told where each sync stands (called on the event loop).
        on_changed: told which lists changed after each step that changed some.
        run_blocking: how a store call runs off the event loop (default `asyncio.to_thread`;
            the client passes its own, which quitting waits for).
    """

    def __init__(
        self,
        api: ApiClient,
        store: CacheStore,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        on_progress: ProgressCallback | None = None,
        on_changed: ChangedCallback | None = None,
        run_blocking: Callable[..., Awaitable[Any]] | None = None,
    ) -> None:
        self.api = api
        self._run_blocking = run_blocking
        self.store = store
        self.page_size = page_size
        self.on_progress = on_progress
        self.on_changed = on_changed
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[SyncResult] | None = None
        self.last_error: BaseException | None = None

    # ---- running -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._lock.locked()

    def start(self) -> asyncio.Task[SyncResult]:
        """Run `sync()` as a task (the one already running, if any)."""
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self.sync())
        return self._task

    def cancel(self) -> None:
        """Stop the sync started by `start()` between two steps (what is applied stays)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def keep_in_sync(
        self, every_seconds: float = 60.0, *, retry_seconds: float = 15.0
    ) -> None:
        """Sync now, then every `every_seconds`, until cancelled. A failed sync (the service
        silent, an error) is logged and tried again after `retry_seconds`; an ended session
        stops the loop (the window goes back to sign-in anyway)."""
        while True:
            try:
                await self.sync()
                delay = every_seconds
            except asyncio.CancelledError:
                raise
            except SessionExpired:
                log.info("Synchronisation arrêtée : la session a pris fin")
                return
            except Exception as exc:  # kept: the last good data stays in the store
                log.info(
                    "Synchronisation manquée (%s) : nouvel essai plus tard", type(exc).__name__
                )
                delay = retry_seconds
            await asyncio.sleep(delay)

    async def sync(self) -> SyncResult:
        """Bring the store up to date: everything when it has no cursor (or the service
        forgot it), otherwise only what changed. Raises the `ApiError` that stopped it;
        the store then keeps its last good content."""
        async with self._lock:
            gc_policy.settle()
            try:
                result = await self._sync()
            except BaseException as exc:
                self.last_error = exc
                raise
            self.last_error = None
            return result

    async def full_sync(self) -> SyncResult:
        """Reload every list, whatever the store holds."""
        async with self._lock:
            gc_policy.settle()
            return await self._full()

    # ---- the steps -----------------------------------------------------------------------------

    async def _sync(self) -> SyncResult:
        await self._identify()
        if self.store.cursor is None:
            return await self._full()
        try:
            return await self._pull(self.store.cursor)
        except Gone:
            log.info("Curseur de synchronisation périmé : rechargement complet")
            return await self._full()

    async def _identify(self) -> Me:
        me = await self.api.me()
        if self.store.me != me:
            await self._blocking(self.store.set_identity, me)
        return me

    def _kinds(self) -> tuple[ChangeKind, ...]:
        me = self.store.me
        return kinds_for(me.role if me is not None else Role.UTILISATEUR)

    async def _full(self) -> SyncResult:
        kinds = self._kinds()
        # The cursor first: what changes while the lists load comes again in the feed.
        cursor = (await self.api.changes()).next_cursor
        await self._blocking(self.store.begin_full)
        for done, kind in enumerate(kinds):
            self._progress(SyncProgress("full", kind, 0, done, len(kinds)))
            loaded = 0
            async for items in self._pages(kind):
                loaded = await self._blocking(self.store.stage, kind, items)
                self._progress(SyncProgress("full", kind, loaded, done, len(kinds)))
                await asyncio.sleep(0)  # a turn for the window between pages
            log.debug("liste %s chargée : %d", kind, loaded)
        synced_at = datetime.now(UTC)
        await self._blocking(self.store.commit_full, kinds, cursor=cursor, synced_at=synced_at)
        self._changed(frozenset(kinds))
        after = await self._pull(cursor)
        return SyncResult(True, frozenset(kinds) | after.changed, after.cursor, after.synced_at)

    async def _pull(self, since: str) -> SyncResult:
        changed: set[ChangeKind] = set()
        applied = 0
        self._progress(SyncProgress("changes", None, 0))
        while True:
            page = await self.api.changes(since, limit=self.page_size)
            upserts, removals = _split(page)
            synced_at = datetime.now(UTC)
            touched = await self._blocking(
                self.store.apply,
                upserts,
                removals,
                cursor=page.next_cursor,
                synced_at=synced_at,
            )
            applied += len(page.items)
            self._progress(SyncProgress("changes", None, applied))
            if touched:
                changed |= touched
                self._changed(frozenset(touched))
            since = page.next_cursor
            if not page.has_more:
                return SyncResult(False, frozenset(changed), since, synced_at)
            await asyncio.sleep(0)

    async def _pages(self, kind: ChangeKind) -> AsyncIterator[Sequence[BaseModel]]:
        """The objects of one list, a page at a time, as its list route gives them."""
        api, size = self.api, self.page_size
        if kind is ChangeKind.ENTERPRISE:
            yield [await api.enterprise()]
            return
        if kind is ChangeKind.REGISTRATIONS:
            yield await api.registrations()
            return
        if kind is ChangeKind.ASSIGNMENTS and not _is_rse(self.store.me):
            yield [a for a in await api.my_assignments() if a.active]
            return
        fetch: Callable[[str | None], Awaitable[Page[Any]]]
        if kind is ChangeKind.USERS:
            fetch = lambda c: api.users(limit=size, cursor=c)  # noqa: E731
        elif kind is ChangeKind.PROCURATIONS:
            fetch = lambda c: api.procurations(limit=size, cursor=c)  # noqa: E731
        elif kind is ChangeKind.RECEIVED:
            fetch = lambda c: api.procurations(received=True, limit=size, cursor=c)  # noqa: E731
        elif kind is ChangeKind.ASSIGNMENTS:
            fetch = lambda c: api.current_assignments(limit=size, cursor=c)  # noqa: E731
        elif kind is ChangeKind.RECEIPTS:
            fetch = lambda c: api.receipts(limit=size, cursor=c)  # noqa: E731
        else:
            fetch = lambda c: api.messages(limit=size, cursor=c)  # noqa: E731
        cursor: str | None = None
        while True:
            page = await fetch(cursor)
            yield page.items
            if not page.next_cursor or page.next_cursor == cursor:
                return
            cursor = page.next_cursor

    async def _blocking(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """A store call in a worker thread (decryption and SQLite stay off the event loop)."""
        if self._run_blocking is not None:
            result: T = await self._run_blocking(functools.partial(function, *args, **kwargs))
            return result
        return await asyncio.to_thread(function, *args, **kwargs)

    def _progress(self, progress: SyncProgress) -> None:
        if self.on_progress is not None:
            self.on_progress(progress)

    def _changed(self, kinds: frozenset[ChangeKind]) -> None:
        if kinds and self.on_changed is not None:
            self.on_changed(kinds)


def _is_rse(me: Me | None) -> bool:
    return me is not None and me.role is Role.RSE


def _split(
    page: ChangesPage,
) -> tuple[dict[ChangeKind, list[BaseModel]], dict[ChangeKind, list[str]]]:
    upserts: dict[ChangeKind, list[BaseModel]] = {}
    removals: dict[ChangeKind, list[str]] = {}
    for change in page.items:
        if change.op is ChangeOp.REMOVED:
            removals.setdefault(change.kind, []).append(change.id)
            continue
        model = change.model()
        if model is None:
            raise ApiError(status=200, problem={"detail": f"{change.kind} {change.id} sans objet"})
        upserts.setdefault(change.kind, []).append(model)
    return upserts, removals


__all__ = [
    "ChangedCallback",
    "ProgressCallback",
    "SyncProgress",
    "SyncResult",
    "Synchronizer",
]
