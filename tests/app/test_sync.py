"""The synchronizer against the real service in process: a full load, then only the changes
(removals included), a full reload when the cursor is too old, and the last good data kept
when the service stops answering half-way."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import ApiClient, Offline, new_idempotency_key
from app.cache import CacheOwner, CacheStore
from app.domain.changes import ChangeKind
from app.domain.models import ProcurationCreate, RightIn, UserCreate
from app.sync import Synchronizer, SyncProgress
from server import changes as change_log
from server.provisioning import create_enterprise
from server.testing import RunningService
from tests.app.conftest import PASSWORD, SERVICE_URL, Account, ClientFactory

FIRM_ID = "2200000001"
MELCC = {"deja_client": "oui", "numero_client": ""}


def person(last_name: str) -> UserCreate:
    email = f"{last_name.lower()}@leschampions.com"
    return UserCreate(
        last_name=last_name,
        first_name="Julie",
        email=email,
        email_confirmation=email,
        phone="514 522-6699",
        role="utilisateur",
    )


def halocarbures(**changes: object) -> ProcurationCreate:
    fields: dict[str, object] = {
        "type": "interne",
        "end_date": date.today() + timedelta(days=365),
        "description": "Gestion des halocarbures",
        "rights": [RightIn(ministry="MELCC", access="restricted", services=["HALO-DECL"])],
        **changes,
    }
    return ProcurationCreate.model_validate(fields)


class Cut(httpx.AsyncBaseTransport):
    """The real app, until `cut_after` more requests have gone through: then the connection
    drops (a service that stops answering half-way)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.left: int | None = None
        self.seen: list[str] = []

    def cut_after(self, requests: int) -> None:
        self.left = requests

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.left is not None:
            if self.left <= 0:
                raise httpx.ConnectError("the service went away", request=request)
            self.left -= 1
        self.seen.append(f"{request.method} {request.url.path}")
        return await self.inner.handle_async_request(request)


@pytest.fixture
def store(tmp_path: Path, rse_account: Account) -> CacheStore:
    return CacheStore.open(
        tmp_path / "cache.sqlite", bytes(range(32)), CacheOwner(SERVICE_URL, rse_account.user_code)
    )


@pytest.fixture
async def world(rse: ApiClient) -> dict[str, Any]:
    """Les Champions inc.: registered, two users, an internal procuration held by one."""
    await rse.register("MELCC", MELCC, idempotency_key=new_idempotency_key())
    julie = await rse.create_user(person("Tremblay"), idempotency_key=new_idempotency_key())
    marc = await rse.create_user(person("Côté"), idempotency_key=new_idempotency_key())
    given = await rse.create_procuration(halocarbures(), idempotency_key=new_idempotency_key())
    held = await rse.assign(
        given.procuration.id, [julie.user_code], idempotency_key=new_idempotency_key()
    )
    return {
        "julie": julie.user_code,
        "marc": marc.user_code,
        "procuration": given.procuration.id,
        "assignment": held.assignments[0].id,
    }


async def lists_of(api: ApiClient) -> dict[ChangeKind, dict[str, Any]]:
    """What the service's lists show now, kind → id → object."""
    return {
        ChangeKind.ENTERPRISE: {e.id: e for e in [await api.enterprise()]},
        ChangeKind.REGISTRATIONS: {r.ministry: r for r in await api.registrations()},
        ChangeKind.USERS: {u.user_code: u for u in await api.all_users()},
        ChangeKind.PROCURATIONS: {p.id: p for p in await api.all_procurations()},
        ChangeKind.RECEIVED: {p.id: p for p in await api.all_procurations(received=True)},
        ChangeKind.ASSIGNMENTS: {a.id: a for a in await api.all_current_assignments()},
        ChangeKind.RECEIPTS: {r.reference: r for r in await api.all_receipts()},
        ChangeKind.MESSAGES: {m.id: m for m in (await api.messages(limit=1000)).items},
    }


def cached(store: CacheStore) -> dict[ChangeKind, dict[str, Any]]:
    from app.domain.changes import object_id

    return {kind: {object_id(kind, o): o for o in store.all(kind)} for kind in ChangeKind}


async def test_a_first_sync_loads_every_list_then_only_changes_follow(
    rse: ApiClient, store: CacheStore, world: dict[str, Any]
) -> None:
    progress: list[SyncProgress] = []
    told: list[frozenset[ChangeKind]] = []
    sync = Synchronizer(
        rse, store, page_size=2, on_progress=progress.append, on_changed=told.append
    )
    first = await sync.sync()
    assert first.full and first.changed == frozenset(ChangeKind)
    assert cached(store) == await lists_of(rse)
    assert store.me is not None and store.me.user_code == store.owner.user_code
    assert store.synced_at is not None and store.cursor == first.cursor
    full = [p for p in progress if p.phase == "full"]
    assert {p.kind for p in full} == set(ChangeKind)
    assert max(p.loaded for p in full if p.kind is ChangeKind.USERS) == 3  # over 2 pages

    # A day's work: a user created, the assignment revoked (it leaves the cache), a message.
    told.clear()
    await rse.create_user(person("Roy"), idempotency_key=new_idempotency_key())
    await rse.revoke_assignment(world["assignment"], idempotency_key=new_idempotency_key())
    second = await sync.sync()
    assert not second.full
    assert {ChangeKind.USERS, ChangeKind.ASSIGNMENTS, ChangeKind.RECEIPTS} <= second.changed
    assert world["assignment"] not in {a.id for a in store.assignments()}
    [julie] = [u for u in store.users() if u.user_code == world["julie"]]
    assert julie.procuration_id is None
    assert cached(store) == await lists_of(rse)
    assert set().union(*told) == second.changed

    third = await sync.sync()  # nothing new
    assert not third.full and third.changed == frozenset()


async def test_the_mandataire_cache_follows_a_revoked_procuration(
    rse: ApiClient,
    service: RunningService,
    make_client: ClientFactory,
    tmp_path: Path,
) -> None:
    await rse.register("MELCC", MELCC, idempotency_key=new_idempotency_key())
    firm = await create_enterprise(
        service.db,
        enterprise_id=FIRM_ID,
        name="Comptables associés",
        rse_last_name="Roy",
        rse_first_name="Julie",
        rse_email="julie.roy@comptables.example",
        password=PASSWORD,
    )
    mandataire = make_client()
    await mandataire.login(firm.user_code, PASSWORD)
    staff = await mandataire.create_user(person("Lavoie"), idempotency_key=new_idempotency_key())
    given = await rse.create_procuration(
        halocarbures(type="externe", mandataire_id=FIRM_ID), idempotency_key=new_idempotency_key()
    )
    await mandataire.assign(
        given.procuration.id, [staff.user_code], idempotency_key=new_idempotency_key()
    )
    store = CacheStore.open(
        tmp_path / "firm.sqlite", bytes(32), CacheOwner(SERVICE_URL, firm.user_code)
    )
    sync = Synchronizer(mandataire, store)
    await sync.sync()
    [received] = store.received()
    assert received.assigned and len(store.assignments()) == 1

    await rse.procuration_action(
        given.procuration.id, "revoke", idempotency_key=new_idempotency_key()
    )
    result = await sync.sync()
    assert {ChangeKind.RECEIVED, ChangeKind.ASSIGNMENTS, ChangeKind.MESSAGES} <= result.changed
    [received] = store.received()
    assert received.state.value == "RV" and not received.assigned
    assert store.assignments() == []
    assert cached(store) == await lists_of(mandataire)


async def test_a_cursor_too_old_for_the_service_brings_a_full_reload(
    rse: ApiClient, store: CacheStore, world: dict[str, Any], service: RunningService
) -> None:
    sync = Synchronizer(rse, store)
    await sync.sync()
    await rse.create_user(person("Roy"), idempotency_key=new_idempotency_key())
    # A month later the service has forgotten the changes this cursor points into.
    assert await change_log.prune(service.db, now=datetime.now(UTC) + timedelta(days=31)) > 0
    result = await sync.sync()
    assert result.full
    assert cached(store) == await lists_of(rse)


async def test_a_service_gone_mid_sync_leaves_the_last_good_data(
    service: RunningService,
    make_client: ClientFactory,
    rse_account: Account,
    store: CacheStore,
    world: dict[str, Any],
    rse: ApiClient,
) -> None:
    link = Cut(service.transport())
    api = make_client(transport=link)
    await api.login(rse_account.user_code, rse_account.password)

    # The first load is cut in the middle of the users' pages: nothing is kept of it.
    link.cut_after(8)
    with pytest.raises(Offline):
        await Synchronizer(api, store, page_size=1).sync()
    assert store.cursor is None and store.users() == [] and store.procurations() == []

    link.left = None
    sync = Synchronizer(api, store, page_size=1)
    await sync.sync()
    good = cached(store)
    cursor = store.cursor

    # Three changes, then the service goes away after the first page of them.
    for name in ("Roy", "Gagnon", "Lavoie"):
        await rse.create_user(person(name), idempotency_key=new_idempotency_key())
    link.cut_after(2)  # GET /me, then one page of the feed
    with pytest.raises(Offline):
        await sync.sync()
    assert sync.last_error is not None
    partly = cached(store)
    assert store.cursor != cursor  # the page that arrived is applied, with its cursor
    assert len(partly[ChangeKind.USERS]) == len(good[ChangeKind.USERS]) + 1
    assert store.all(ChangeKind.PROCURATIONS) == list(good[ChangeKind.PROCURATIONS].values())

    link.left = None  # back: the next sync takes up where it stopped
    await sync.sync()
    assert cached(store) == await lists_of(rse)


async def test_a_cancelled_sync_changes_nothing_and_the_loop_kept_turning(
    rse: ApiClient, store: CacheStore, world: dict[str, Any]
) -> None:
    ticks = 0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0)

    half_way = asyncio.Event()

    def on_progress(progress: SyncProgress) -> None:
        if progress.kind is ChangeKind.RECEIPTS:  # users and procurations are staged by now
            half_way.set()

    sync = Synchronizer(rse, store, page_size=1, on_progress=on_progress)
    beat = asyncio.ensure_future(ticker())
    task = sync.start()
    await half_way.wait()
    sync.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    stop.set()
    await beat
    assert store.cursor is None and store.users() == []
    assert ticks > 20  # the loop ran other work all along


async def test_a_utilisateur_cache_holds_only_their_view(
    service: RunningService,
    rse: ApiClient,
    world: dict[str, Any],
    make_client: ClientFactory,
    tmp_path: Path,
) -> None:
    from sqlalchemy import update

    from server.models import UserRow
    from server.security import hash_password

    password = "Un-mot-de-passe-final-42"
    async with service.db.write() as s:
        await s.execute(
            update(UserRow)
            .where(UserRow.user_code == world["julie"])
            .values(password_hash=await hash_password(password), password_is_temporary=False)
        )
    julie = make_client()
    await julie.login(world["julie"], password)
    store = CacheStore.open(
        tmp_path / "julie.sqlite", bytes(32), CacheOwner(SERVICE_URL, world["julie"])
    )
    await Synchronizer(julie, store).sync()
    assert [a.id for a in store.assignments()] == [world["assignment"]]
    assert store.users() == [] and store.procurations() == []
    assert store.count(ChangeKind.REGISTRATIONS) == 13


async def test_a_list_unchanged_since_its_tag_is_not_fetched_again(
    rse: ApiClient, world: dict[str, Any]
) -> None:
    from app.domain.models import Procuration, Registration, User

    first = await rse.all_if_changed("/users", User, None, page_size=1)
    assert first is not None and len(first.value) == 3 and first.etag
    assert await rse.all_if_changed("/users", User, first.etag, page_size=1) is None
    await rse.create_user(person("Roy"), idempotency_key=new_idempotency_key())
    again = await rse.all_if_changed("/users", User, first.etag, page_size=1)
    assert again is not None and len(again.value) == 4 and again.etag != first.etag
    plain = await rse.all_if_changed("/registrations", Registration, None)
    assert plain is not None and len(plain.value) == 13
    received = await rse.all_if_changed(
        "/procurations", Procuration, None, params={"received": True}
    )
    assert received is not None and received.value == []


async def test_offline_reads_answer_what_the_service_answered(
    rse: ApiClient, store: CacheStore, world: dict[str, Any]
) -> None:
    from app.cache.offline_api import OfflineApi

    await rse.create_procuration(
        halocarbures(description="Bilan de phosphore", end_date=date.today() + timedelta(days=20)),
        idempotency_key=new_idempotency_key(),
    )
    await Synchronizer(rse, store).sync()
    offline = OfflineApi(rse, store)
    assert await offline.enterprise() == await rse.enterprise()
    assert await offline.registrations() == await rse.registrations()
    assert await offline.me() == await rse.me()
    for filters in ({}, {"has_procuration": False}, {"search": "tremb"}, {"sort": "-user_code"}):
        assert await offline.all_users(**filters) == await rse.all_users(**filters), filters
    for query in ({}, {"search": "phosphore"}, {"assigned": True}, {"ending_within_days": 30}):
        assert await offline.all_procurations(**query) == await rse.all_procurations(**query)
    page = await offline.procurations(limit=1)
    assert len(page.items) == 1 and page.next_cursor
    rest = await offline.procurations(limit=1, cursor=page.next_cursor)
    assert rest.items != page.items
    pid = world["procuration"]
    assert await offline.assignments(pid) == [a for a in await rse.assignments(pid) if a.active]
    assert (await offline.procuration(pid)).value == (await rse.procuration(pid)).value
    assert (await offline.user(world["julie"])).value == (await rse.user(world["julie"])).value
    assert await offline.all_receipts() == await rse.all_receipts()
    assert await offline.all_receipts(kind="procuration") == await rse.all_receipts(
        kind="procuration"
    )
    some = (await rse.all_receipts())[0]
    assert await offline.receipt(some.reference) == some
    assert (await offline.messages(limit=1000)).items == (await rse.messages(limit=1000)).items
    assert await offline.unread_count() == await rse.unread_count()
    # Everything else is the real client's (a transaction still goes to the service).
    assert (await offline.health()).status == "ok"
