"""The service's read methods, answered from the offline cache while the service is silent.

`OfflineApi(api, store)` stands where the screens expect the `ApiClient` (`ctx.api`): the
methods that read a list or a record (`all_procurations`, `users`, `registrations`, `receipt`,
`messages`, `unread_count`...) answer at once from the cache — decrypted in a worker thread —
with the same filters, sorts and pages as the service applies, as far as a cache can; every
other attribute is the real client's, so a transaction raises `Offline` while the service is
silent (the screens disable them anyway) and `health()` still asks the service.

What cannot be known offline: the `ETag` of a record (`user()` and `procuration()` give an
empty one: modifying needs the service), the ended assignments of a procuration (the cache
keeps those in force), and anything the last sync did not bring. States follow the calendar:
an active procuration whose end date has passed reads EC, as the service would show it.
"""

from __future__ import annotations

import asyncio
import base64
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from pydantic import BaseModel

from app.api.client import ApiClient, Tagged
from app.api.errors import NotFound
from app.cache.store import CacheStore
from app.domain import catalogue
from app.domain.changes import ChangeKind
from app.domain.common import MessageKind, Page, ProcurationState
from app.domain.models import (
    Assignment,
    Enterprise,
    Me,
    Message,
    Ministry,
    Procuration,
    Receipt,
    Registration,
    User,
)
from app.receipts.french import QUEBEC

M = TypeVar("M", bound=BaseModel)


def _today() -> date:
    return datetime.now(QUEBEC).date()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _page(items: Sequence[M], limit: int | None, cursor: str | None) -> Page[M]:
    """A page of `items` as the service pages lists (opaque cursor, default 100)."""
    start = 0
    if cursor:
        try:
            start = int(base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("o:"))
        except ValueError:
            start = 0
    size = limit or 100
    end = start + size
    following = base64.urlsafe_b64encode(f"o:{end}".encode()).decode() if end < len(items) else None
    return Page(items=list(items[start:end]), next_cursor=following)


def shown(p: Procuration, today: date | None = None) -> Procuration:
    """The procuration as the service would show it today (AC past its end date is EC)."""
    if p.state is ProcurationState.AC and p.end_date < (today or _today()):
        return p.model_copy(update={"state": ProcurationState.EC})
    return p


class OfflineApi:
    """Reads from `store`, everything else from `api` (see the module docstring).

    `online` is the real client, to put back in `ctx.api` when the service answers again.
    """

    def __init__(self, api: ApiClient, store: CacheStore) -> None:
        self.online = api
        self.store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self.online, name)

    def __repr__(self) -> str:
        return f"<OfflineApi over {self.online!r}>"

    async def _all(self, kind: ChangeKind) -> list[Any]:
        return await asyncio.to_thread(self.store.all, kind)

    # ---- who, what -----------------------------------------------------------------------------

    async def me(self) -> Me:
        me = self.store.me
        if me is None:
            raise NotFound()
        return me

    async def enterprise(self) -> Enterprise:
        found: list[Enterprise] = await self._all(ChangeKind.ENTERPRISE)
        if not found:
            raise NotFound()
        return found[0]

    async def ministries(self) -> list[Ministry]:
        return list(catalogue.ministries())  # the catalogue ships with the program

    async def registrations(self) -> list[Registration]:
        rows: list[Registration] = await self._all(ChangeKind.REGISTRATIONS)
        order = {m.code: i for i, m in enumerate(catalogue.ministries())}
        return sorted(rows, key=lambda r: order.get(r.ministry, len(order)))

    # ---- users ---------------------------------------------------------------------------------

    async def users(
        self,
        *,
        search: str | None = None,
        role: Any = None,
        state: Any = None,
        has_procuration: bool | None = None,
        sort: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[User]:
        rows: list[User] = await self._all(ChangeKind.USERS)
        if search:
            needle = _fold(search.strip())
            rows = [
                u for u in rows if needle in _fold(f"{u.last_name} {u.first_name} {u.user_code}")
            ]
        if role:
            rows = [u for u in rows if u.role == str(role)]
        if state:
            rows = [u for u in rows if u.state == str(state)]
        if has_procuration is not None:
            rows = [u for u in rows if (u.procuration_id is not None) == has_procuration]
        keys: dict[str, Callable[[User], Any]] = {
            "last_name": lambda u: (_fold(u.last_name), _fold(u.first_name)),
            "user_code": lambda u: u.user_code,
            "role": lambda u: u.role.value,
            "state": lambda u: u.state.value,
            "created": lambda u: u.created_on or date.min,
        }
        field = (sort or "last_name").lstrip("-")
        rows.sort(key=keys.get(field, keys["last_name"]), reverse=(sort or "").startswith("-"))
        return _page(rows, limit, cursor)

    async def all_users(self, *, page_size: int | None = None, **filters: Any) -> list[User]:
        return (await self.users(limit=10**9, **filters)).items

    async def user(self, user_code: str) -> Tagged[User]:
        found = await asyncio.to_thread(self.store.get, ChangeKind.USERS, user_code.upper())
        if not isinstance(found, User):
            raise NotFound()
        return Tagged(found, "")

    # ---- procurations --------------------------------------------------------------------------

    async def procurations(
        self,
        *,
        received: bool = False,
        type: Any = None,
        state: Any = None,
        ministry: str | None = None,
        assigned: bool | None = None,
        ending_within_days: int | None = None,
        search: str | None = None,
        sort: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Procuration]:
        kind = ChangeKind.RECEIVED if received else ChangeKind.PROCURATIONS
        today = _today()
        rows = [shown(p, today) for p in await self._all(kind)]
        if type:
            rows = [p for p in rows if p.type == str(type)]
        if state:
            rows = [p for p in rows if p.state == str(state)]
        if ministry:
            code = ministry.strip().upper()
            rows = [p for p in rows if any(r.ministry == code for r in p.rights)]
        if assigned is not None:
            rows = [p for p in rows if p.assigned == assigned]
        if ending_within_days is not None:
            horizon = today + timedelta(days=ending_within_days)
            rows = [p for p in rows if p.state is ProcurationState.AC and p.end_date <= horizon]
        if search:
            needle = _fold(search.strip())
            rows = [p for p in rows if needle in _haystack(p)]
        keys: dict[str, Callable[[Procuration], Any]] = {
            "end_date": lambda p: p.end_date,
            "start_date": lambda p: p.start_date,
            "description": lambda p: _fold(p.description),
            "state": lambda p: p.state.value,
            "type": lambda p: p.type.value,
            "mandant": lambda p: _fold(p.mandant.name),
            "mandataire": lambda p: _fold(p.mandataire.name if p.mandataire else ""),
            "created": lambda p: (p.created_at is not None, p.created_at),
        }
        field = (sort or "end_date").lstrip("-")
        key = keys.get(field, keys["end_date"])
        rows.sort(key=lambda p: (key(p), p.id), reverse=(sort or "").startswith("-"))
        return _page(rows, limit, cursor)

    async def all_procurations(
        self, *, page_size: int | None = None, **filters: Any
    ) -> list[Procuration]:
        return (await self.procurations(limit=10**9, **filters)).items

    async def procuration(self, procuration_id: str) -> Tagged[Procuration]:
        for kind in (ChangeKind.PROCURATIONS, ChangeKind.RECEIVED):
            found = await asyncio.to_thread(self.store.get, kind, procuration_id)
            if isinstance(found, Procuration):
                return Tagged(shown(found), "")
        raise NotFound()

    # ---- assignments ---------------------------------------------------------------------------

    async def _in_force(self) -> list[Assignment]:
        today = _today()
        return [a for a in await self._all(ChangeKind.ASSIGNMENTS) if a.end_date >= today]

    async def assignments(self, procuration_id: str) -> list[Assignment]:
        rows = [a for a in await self._in_force() if a.procuration_id == procuration_id]
        return sorted(rows, key=lambda a: (_fold(a.last_name), _fold(a.first_name), a.id))

    async def user_assignments(self, user_code: str) -> list[Assignment]:
        code = user_code.upper()
        return [a for a in await self._in_force() if a.user_code == code]

    async def my_assignments(self) -> list[Assignment]:
        me = self.store.me
        return await self.user_assignments(me.user_code) if me is not None else []

    async def current_assignments(
        self, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Assignment]:
        rows = sorted(await self._in_force(), key=lambda a: int(a.id) if a.id.isdigit() else 0)
        return _page(rows, limit, cursor)

    async def all_current_assignments(self, *, page_size: int | None = None) -> list[Assignment]:
        return (await self.current_assignments(limit=10**9)).items

    # ---- receipts and messages -----------------------------------------------------------------

    async def receipts(
        self,
        *,
        kind: str | None = None,
        reference_prefix: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Receipt]:
        rows: list[Receipt] = await self._all(ChangeKind.RECEIPTS)
        if kind:
            rows = [
                r
                for r in rows
                if r.kind == kind or ("." not in kind and r.kind.startswith(kind + "."))
            ]
        if reference_prefix:
            rows = [r for r in rows if r.reference.startswith(reference_prefix)]
        if since is not None:
            rows = [r for r in rows if r.transmitted_at.astimezone(QUEBEC).date() >= since]
        if until is not None:
            rows = [r for r in rows if r.transmitted_at.astimezone(QUEBEC).date() <= until]
        rows.sort(key=lambda r: (r.transmitted_at, r.reference), reverse=True)
        return _page(rows, limit, cursor)

    async def all_receipts(self, *, page_size: int | None = None, **filters: Any) -> list[Receipt]:
        return (await self.receipts(limit=10**9, **filters)).items

    async def receipt(self, reference: str) -> Receipt:
        found = await asyncio.to_thread(self.store.get, ChangeKind.RECEIPTS, reference)
        if not isinstance(found, Receipt):
            raise NotFound()
        return found

    async def messages(
        self,
        *,
        unread: bool | None = None,
        kind: MessageKind | str | None = None,
        sort: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Message]:
        rows: list[Message] = await self._all(ChangeKind.MESSAGES)
        if unread is not None:
            rows = [m for m in rows if m.read != unread]
        if kind:
            rows = [m for m in rows if m.kind == str(kind)]
        newest = sorted(rows, key=lambda m: (m.created_at, int(m.id) if m.id.isdigit() else 0))
        newest.reverse()
        if sort == "unread_first":
            newest.sort(key=lambda m: m.read)  # stable: newest first within each group
        return _page(newest, limit, cursor)

    async def unread_count(self) -> int:
        return sum(not m.read for m in await self._all(ChangeKind.MESSAGES))


def _haystack(p: Procuration) -> str:
    parts = [p.description, p.mandant.name, p.mandant.id]
    if p.mandataire is not None:
        parts += [p.mandataire.name, p.mandataire.id]
    return _fold(" ".join(parts))
