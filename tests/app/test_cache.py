"""The offline cache: encrypted rows that round-trip, a private file, and no trust in a file
that was tampered with, truncated, opened with another key or made for someone else."""

from __future__ import annotations

import base64
import logging
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

import keyring
import pytest
from keyring.backends import null

from app.cache import (
    CacheCorrupt,
    CacheOwner,
    CacheStore,
    cache_path,
    has_cache,
    memory_only_label,
    offline_label,
    open_cache,
    wipe_cache,
)
from app.cache import store as store_module
from app.cache.keys import KEYRING_SERVICE_PREFIX
from app.domain.changes import ChangeKind
from app.domain.common import ProcurationState, ProcurationType, Role
from app.domain.models import EnterpriseRef, Me, Procuration, Right, User
from tests.conftest import MemoryKeyring

OWNER = CacheOwner("https://procura.example", "FGR97HL")
KEY = bytes(range(32))
SYNCED = datetime(2026, 11, 22, 19, 3, tzinfo=UTC)


def procuration(n: int, **over: object) -> Procuration:
    values: dict[str, object] = {
        "id": f"{n:032x}",
        "type": ProcurationType.EXTERNE,
        "mandant": EnterpriseRef(id=f"{1000000000 + n}", name=f"Client n° {n} inc."),
        "mandataire": EnterpriseRef(id="1171035577", name="Gagnon Comptables CPA inc."),
        "start_date": date(2026, 1, 1),
        "end_date": date(2027, 12, 31),
        "description": f"Déclarations secrètes {n}",
        "rights": [Right(ministry="RQ", access="unrestricted")],
        "state": ProcurationState.AC,
        "assigned": n % 2 == 0,
    }
    values.update(over)
    return Procuration.model_validate(values)


def user(code: str) -> User:
    return User(
        user_code=code,
        last_name="Tremblay",
        first_name="Julie",
        role=Role.UTILISATEUR,
        state="actif",
        email="julie@example.com",
        phone="5145226699",
    )


def filled(path: Path, n: int = 20) -> CacheStore:
    store = CacheStore.open(path, KEY, OWNER)
    store.begin_full()
    store.stage(ChangeKind.RECEIVED, [procuration(i) for i in range(n)])
    store.stage(ChangeKind.USERS, [user("ABC12DE"), user("XYZ34FG")])
    store.commit_full(
        [ChangeKind.RECEIVED, ChangeKind.USERS, ChangeKind.PROCURATIONS],
        cursor="cursor-1",
        synced_at=SYNCED,
    )
    return store


def rows(path: Path) -> list[tuple[str, str, bytes]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT kind, id, blob FROM objects ORDER BY kind, id").fetchall()


def received_batches(store: CacheStore, size: int) -> Iterator[list[Procuration]]:
    return cast(Iterator[list[Procuration]], store.batches(ChangeKind.RECEIVED, size=size))


def tamper(path: Path, sql: str, *params: object) -> None:
    db = sqlite3.connect(path)
    db.execute(sql, params)
    db.commit()
    db.close()


# ---- round trip --------------------------------------------------------------------------------


def test_objects_round_trip_through_the_file_with_their_cursor(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    store = filled(path)
    store.apply(
        {ChangeKind.RECEIVED: [procuration(3, state=ProcurationState.RV, assigned=False)]},
        {ChangeKind.RECEIVED: [procuration(4).id], ChangeKind.USERS: ["ABC12DE"]},
        cursor="cursor-2",
        synced_at=SYNCED,
    )
    store.close()

    again = CacheStore.open(path, KEY, OWNER)
    assert again.discarded is None
    received = again.received()
    assert len(received) == 19
    assert {p.id for p in received} == {procuration(i).id for i in range(20) if i != 4}
    changed = again.get(ChangeKind.RECEIVED, procuration(3).id)
    assert isinstance(changed, Procuration) and changed.state is ProcurationState.RV
    assert again.get(ChangeKind.RECEIVED, procuration(4).id) is None
    assert [u.user_code for u in again.users()] == ["XYZ34FG"]
    assert again.procurations() == []
    assert again.cursor == "cursor-2" and again.synced_at == SYNCED
    meta = again.meta
    assert meta.persistent and meta.counts[ChangeKind.RECEIVED] == 19
    assert sum(len(b) for _, _, b in rows(path)) > 0
    # In batches, every object once.
    assert sum(len(b) for b in again.batches(ChangeKind.RECEIVED, size=7)) == 19


def test_nothing_of_an_object_is_readable_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path).close()
    raw = path.read_bytes()
    for clear in (b"secr", b"Gagnon", "Déclarations".encode(), b"1171035577", b"cursor-1"):
        assert clear not in raw


def test_the_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"")
    path.chmod(0o644)  # even a file that was there before
    store = filled(path)
    store.put_many(ChangeKind.USERS, [user("NEW12AB")])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store.close()


def test_a_full_reload_that_does_not_finish_leaves_the_previous_lists(tmp_path: Path) -> None:
    store = filled(tmp_path / "cache.sqlite", n=5)
    store.begin_full()
    store.stage(ChangeKind.RECEIVED, [procuration(100)])
    # (the sync failed here: no commit_full)
    assert len(store.received()) == 5 and store.cursor == "cursor-1"
    store.begin_full()
    store.stage(ChangeKind.RECEIVED, [procuration(100)])
    store.commit_full([ChangeKind.RECEIVED], cursor="cursor-9", synced_at=SYNCED)
    assert [p.id for p in store.received()] == [procuration(100).id]
    assert len(store.users()) == 2  # a kind not reloaded stays


# ---- never trusted ------------------------------------------------------------------------------


def test_a_tampered_row_is_found_and_the_cache_discarded(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path).close()
    kind, oid, blob = rows(path)[0]
    flipped = blob[:20] + bytes([blob[20] ^ 1]) + blob[21:]
    tamper(path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", flipped, kind, oid)
    store = CacheStore.open(path, KEY, OWNER)
    with caplog.at_level(logging.WARNING), pytest.raises(CacheCorrupt):
        store.all(ChangeKind(kind))
    assert store.discarded
    assert store.all(ChangeKind.RECEIVED) == [] and store.cursor is None  # rebuilt from zero
    assert rows(path) == []
    assert "écarté" in caplog.text
    for secret in (base64.b64encode(KEY).decode(), KEY.hex(), "Gagnon", "Client n°"):
        assert secret not in caplog.text


def test_a_row_swapped_under_another_id_does_not_decrypt(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path).close()
    (k1, id1, b1), (_k2, id2, b2) = rows(path)[:2]
    tamper(path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", b2, k1, id1)
    tamper(path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", b1, k1, id2)
    store = CacheStore.open(path, KEY, OWNER)
    with pytest.raises(CacheCorrupt):
        store.received()


def test_a_deleted_row_or_an_older_version_of_one_is_found(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path).close()
    _, oid, _ = rows(path)[3]
    tamper(path, "DELETE FROM objects WHERE id = ?", oid)
    store = CacheStore.open(path, KEY, OWNER)  # the row count no longer matches
    assert store.discarded and store.received() == []
    store.close()

    filled(path).close()
    kind, oid, old = rows(path)[2]
    store = CacheStore.open(path, KEY, OWNER)
    store.put_many(ChangeKind(kind), [procuration(2, description="Modifiée")])
    store.close()
    tamper(path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", old, kind, oid)
    store = CacheStore.open(path, KEY, OWNER)
    with pytest.raises(CacheCorrupt):
        store.get(ChangeKind(kind), oid)  # authentic, but not the version the header sealed


def test_a_row_removed_and_another_put_in_its_place_is_found_before_any_row_is_returned(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path, n=30).close()
    received = [r for r in rows(path) if r[0] == "received"]
    kind, _oid, blob = received[25]
    tamper(path, "DELETE FROM objects WHERE kind = ? AND id = ?", kind, received[25][1])
    tamper(path, "INSERT INTO objects VALUES (?, ?, ?)", kind, "0" * 31, blob)  # same count
    store = CacheStore.open(path, KEY, OWNER)
    with pytest.raises(CacheCorrupt):
        next(store.batches(ChangeKind.RECEIVED, size=10))
    assert store.discarded and rows(path) == []


def test_a_row_added_after_the_file_was_opened_is_found(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path, n=30).close()
    kind, _oid, blob = rows(path)[0]
    store = CacheStore.open(path, KEY, OWNER)  # the counts checked here still match
    tamper(path, "INSERT INTO objects VALUES (?, ?, ?)", kind, "f" * 32, blob)
    with pytest.raises(CacheCorrupt):
        store.received()
    assert store.discarded


def test_a_manifest_that_is_not_the_one_sealed_is_found(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path).close()
    with sqlite3.connect(path) as db:
        ids, tags = db.execute("SELECT ids, tags FROM manifest WHERE kind = 'received'").fetchone()
    # The tags of two rows swapped: each row still decrypts, but not under the manifest sealed.
    swapped = tags[16:32] + tags[:16] + tags[32:]
    tamper(path, "UPDATE manifest SET tags = ? WHERE kind = 'received'", swapped)
    store = CacheStore.open(path, KEY, OWNER)
    with pytest.raises(CacheCorrupt):
        store.get(ChangeKind.RECEIVED, procuration(0).id)
    assert store.discarded

    filled(path).close()
    tamper(path, "DELETE FROM manifest WHERE kind = 'received'")
    store = CacheStore.open(path, KEY, OWNER)
    with pytest.raises(CacheCorrupt):
        store.ids(ChangeKind.RECEIVED)
    assert store.discarded and ids


def test_the_first_batch_comes_checked_before_the_rest_is_read_and_a_fault_further_discards(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path, n=30).close()
    received = [r for r in rows(path) if r[0] == "received"]
    kind, oid, blob = received[25]
    flipped = blob[:20] + bytes([blob[20] ^ 1]) + blob[21:]  # its tag, in the manifest, unchanged
    tamper(path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", flipped, kind, oid)
    store = CacheStore.open(path, KEY, OWNER)
    batches = received_batches(store, size=10)
    assert [p.id for p in next(batches)] == [r[1] for r in received[:10]]
    assert [p.id for p in next(batches)] == [r[1] for r in received[10:20]]
    assert store.discarded is None
    with pytest.raises(CacheCorrupt):
        next(batches)  # rows 20 to 29: the altered one is there
    assert store.discarded and rows(path) == []

    # A row put back in an older version (authentic, another tag) is found in its batch too.
    filled(path, n=30).close()
    received = [r for r in rows(path) if r[0] == "received"]
    kind, oid, old = received[25]
    store = CacheStore.open(path, KEY, OWNER)
    store.put_many(ChangeKind.RECEIVED, [procuration(25, description="Modifiée")])
    tamper(path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", old, kind, oid)
    batches = received_batches(store, size=10)
    assert len(next(batches)) == 10 and len(next(batches)) == 10
    with pytest.raises(CacheCorrupt):
        next(batches)
    assert store.discarded


def test_batches_read_while_a_sync_writes_go_on_with_the_new_content(tmp_path: Path) -> None:
    store = filled(tmp_path / "cache.sqlite", n=30)
    batches = received_batches(store, size=10)
    assert [p.id for p in next(batches)] == [procuration(i).id for i in range(10)]
    store.apply(
        {ChangeKind.RECEIVED: [procuration(25, description="Modifiée"), procuration(100)]},
        {ChangeKind.RECEIVED: [procuration(5).id, procuration(12).id]},
        cursor="cursor-2",
        synced_at=SYNCED,
    )
    rest = [p for batch in batches for p in batch]
    assert store.discarded is None
    assert [p.id for p in rest] == [procuration(i).id for i in [*range(10, 30), 100] if i != 12]
    assert next(p for p in rest if p.id == procuration(25).id).description == "Modifiée"


def test_a_file_of_the_first_format_is_checked_the_old_way_then_given_its_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def first_format(path: Path) -> None:
        """What the first format wrote: no manifest, the header's MACs over the rows' ids and
        tags as the table holds them."""
        store = filled(path)
        for name in list(store._header.macs):
            tags = store._tags(ChangeKind(name)).items()
            store._header.macs[name] = store._legacy_mac(name, tags)
        store._db.execute("DELETE FROM manifest")
        with monkeypatch.context() as patch:
            patch.setattr(store_module, "FORMAT", 1)
            store._write_header()
        store.close()

    path = tmp_path / "cache.sqlite"
    first_format(path)
    store = CacheStore.open(path, KEY, OWNER)
    assert store.discarded is None
    assert len(store.received()) == 20 and store.cursor == "cursor-1"
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT format FROM header").fetchone() == (store_module.FORMAT,)
        assert db.execute("SELECT count(*) FROM manifest").fetchone()[0] >= 2

    first_format(path)
    kind, oid, _blob = rows(path)[0]
    tamper(
        path, "UPDATE objects SET blob = ? WHERE kind = ? AND id = ?", rows(path)[1][2], kind, oid
    )
    store = CacheStore.open(path, KEY, OWNER)
    assert store.discarded and store.received() == []


def test_a_truncated_file_is_discarded_at_opening(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path, n=300).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    store = CacheStore.open(path, KEY, OWNER)
    if store.discarded is None:  # SQLite may only notice when the lost pages are read
        with pytest.raises(CacheCorrupt):
            store.received()
    assert store.discarded
    assert store.received() == [] and store.cursor is None


def test_a_file_that_is_not_a_cache_is_discarded(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    store = CacheStore.open(path, KEY, OWNER)
    assert store.discarded and store.cursor is None
    store.put_many(ChangeKind.USERS, [user("ABC12DE")])
    assert [u.user_code for u in store.users()] == ["ABC12DE"]


def test_another_key_or_another_persons_file_is_discarded(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    filled(path).close()
    store = CacheStore.open(path, bytes(32), OWNER)
    assert store.discarded and store.received() == []
    store.close()

    filled(path).close()
    someone = CacheOwner(OWNER.service, "ZZZ99ZZ")
    store = CacheStore.open(path, KEY, someone)
    assert store.discarded and store.received() == []


def test_a_cache_of_another_enterprise_is_emptied_at_sign_in(tmp_path: Path) -> None:
    store = filled(tmp_path / "cache.sqlite")
    me = Me(
        user_code=OWNER.user_code,
        last_name="Grégoire",
        first_name="François",
        role=Role.RSE,
        enterprise=EnterpriseRef(id="1006237700", name="Les Champions inc."),
    )
    store.set_identity(me)
    assert len(store.received()) == 20 and store.me == me
    store.set_identity(me.model_copy(update={"enterprise": EnterpriseRef(id="2", name="B")}))
    assert store.received() == [] and store.cursor is None


# ---- the key in the keyring ---------------------------------------------------------------------


def test_the_key_lives_in_the_keyring_and_the_file_opens_again(
    memory_keyring: MemoryKeyring,
) -> None:
    assert open_cache(OWNER, create=False) is None and not has_cache(OWNER)
    store = open_cache(OWNER)
    assert store is not None and store.persistent
    store.put_many(ChangeKind.USERS, [user("ABC12DE")])
    store.close()
    [(service, account)] = memory_keyring.passwords
    assert service == f"{KEYRING_SERVICE_PREFIX}:{OWNER.service}" and account == OWNER.user_code
    assert has_cache(OWNER)
    again = open_cache(OWNER, create=False)
    assert again is not None and [u.user_code for u in again.users()] == ["ABC12DE"]
    assert OWNER.user_code not in cache_path(OWNER).name


def test_without_a_keyring_the_cache_lives_in_memory_only(procura_dirs: object) -> None:
    keyring.set_keyring(null.Keyring())
    assert open_cache(OWNER, create=False) is None
    store = open_cache(OWNER)
    assert store is not None and not store.persistent and store.path is None
    store.put_many(ChangeKind.USERS, [user("ABC12DE")])
    assert [u.user_code for u in store.users()] == ["ABC12DE"]
    assert not store.meta.persistent
    assert not cache_path(OWNER).exists()
    assert list(cache_path(OWNER).parent.iterdir()) == []


def test_wiping_erases_the_file_and_the_key(memory_keyring: MemoryKeyring) -> None:
    store = open_cache(OWNER)
    assert store is not None
    store.put_many(ChangeKind.USERS, [user("ABC12DE")])
    wipe_cache(OWNER, store)
    assert not cache_path(OWNER).exists()
    assert memory_keyring.passwords == {}
    fresh = open_cache(OWNER)
    assert fresh is not None and fresh.users() == []


# ---- wording ------------------------------------------------------------------------------------


def test_the_offline_sentence_gives_the_date_and_time_of_the_data_in_quebec() -> None:
    assert offline_label(SYNCED) == "Hors ligne — données au 22 novembre 2026 à 14 h 03"
    assert offline_label(SYNCED, "en") == "Offline — data as of November 22, 2026 at 2:03 p.m."
    assert offline_label(None).startswith("Hors ligne — aucune donnée")
    assert "mémoire" in memory_only_label() and "memory" in memory_only_label("en")
