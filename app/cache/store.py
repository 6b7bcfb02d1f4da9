"""The offline cache: the lists of one person's view, encrypted in a local SQLite file.

One file per person and service (`app.cache.keys.cache_path`), mode 0600, holding:

- `objects(kind, id, blob)`: one row per object of a list (`app.domain.changes.ChangeKind`),
  `blob` = nonce ‖ AES-256-GCM(JSON of the object) with (kind, id) as associated data: a row
  altered, or moved under another id, fails to decrypt;
- `manifest(kind, ids, tags)`: per kind, the ids of its rows in order (one per line) and the
  GCM tag of each (16 bytes, same order);
- `header`: one row, AES-GCM too, with who the cache belongs to (service, user, enterprise,
  `me`), the change feed's cursor, when the last sync succeeded, and per kind the number of
  rows and an HMAC-SHA256 of its manifest: a row deleted, added or put back in an older
  version no longer matches it.

Anything that does not check out — a file that is not SQLite, a truncated one, a wrong key,
a tampered row, another person's header — is never used: the store logs a warning (never a
key, never content), deletes the file, starts empty (`discarded` says why) and raises
`CacheCorrupt` from the read that found it; the synchronizer then rebuilds it from the
service. Each kind is checked when it is read (`all`, `batches`, `get`) and before it is
written, so opening stays cheap and what is returned has always been checked: the kind's
manifest against the header first (one small read and an HMAC: a few ms for 100 000 rows),
then each row read against the manifest (the ids in order, none missing, none added between
them, the tags) and decrypted. Since a row's tag is sealed in the manifest and the tag
authenticates the row, a row that passed both checks is the one the header sealed: `batches`
can return the first rows of a long list at once, before the others are even read, and what
it returns has been fully checked (a row found altered later still discards the cache, and
the caller gets `CacheCorrupt` from that batch).

Without a file (`CacheStore.in_memory`, used when there is no keyring to keep a key) the same
store lives in memory for the session only.

Writes are transactions: `apply` (a page of the change feed, with its cursor) and
`commit_full` (a full reload, staged kind by kind) change the rows and the header together,
so a sync that fails half-way leaves the last good data and its cursor. The store is
thread-safe (one lock): call it from a worker thread (`asyncio.to_thread`) for big reads and
writes, so the Qt thread never waits on decryption.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import heapq
import hmac
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ValidationError

from app import gc_policy
from app.domain.changes import KIND_MODELS, ChangeKind, object_id
from app.domain.models import (
    Assignment,
    Enterprise,
    Me,
    Message,
    Procuration,
    Receipt,
    Registration,
    User,
)

log = logging.getLogger(__name__)

FORMAT = 2
_LEGACY_FORMAT = 1  # no manifest: the set checked from the rows themselves (migrated at opening)
KEY_BYTES = 32
_NONCE = 12
_TAG = 16
_HEADER_AAD = b"procura-cache/header/v1"
M = TypeVar("M", bound=BaseModel)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS header (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    blob BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS objects (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    blob BLOB NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS manifest (
    kind TEXT PRIMARY KEY,
    ids BLOB NOT NULL,
    tags BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staging (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    blob BLOB NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
"""


class CacheError(Exception):
    """The offline cache cannot be used (see the subclasses)."""


class CacheCorrupt(CacheError):
    """The cache failed its integrity check: it has been discarded (emptied, file deleted and
    started again) and must be rebuilt from the service. `reason` says what failed (for the
    log); `message_fr`/`message_en` tell the person."""

    message_fr = (
        "Les données hors ligne de cet ordinateur n'étaient pas celles enregistrées : elles ont "
        "été écartées et seront rechargées depuis le service dès qu'il répondra."
    )
    message_en = (
        "The offline data on this computer was not what had been saved: it was discarded and "
        "will be loaded again from the service as soon as it answers."
    )

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class CacheOwner:
    """Whose cache: a service (its address, or «embedded://<folder>» for the one on this
    computer: see `AppController.session_key`) and a user code (unique across enterprises)."""

    service: str
    user_code: str


@dataclass(slots=True)
class _Header:
    owner: CacheOwner
    enterprise_id: str | None = None
    me: dict[str, Any] | None = None
    cursor: str | None = None
    synced_at: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    macs: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "service": self.owner.service,
                "user_code": self.owner.user_code,
                "enterprise_id": self.enterprise_id,
                "me": self.me,
                "cursor": self.cursor,
                "synced_at": self.synced_at,
                "counts": self.counts,
                "macs": self.macs,
            },
            separators=(",", ":"),
        ).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> _Header:
        data = json.loads(raw)
        return cls(
            owner=CacheOwner(str(data["service"]), str(data["user_code"])),
            enterprise_id=data.get("enterprise_id"),
            me=data.get("me"),
            cursor=data.get("cursor"),
            synced_at=data.get("synced_at"),
            counts={str(k): int(v) for k, v in (data.get("counts") or {}).items()},
            macs={str(k): str(v) for k, v in (data.get("macs") or {}).items()},
        )


@dataclass(frozen=True, slots=True)
class CacheMeta:
    """What the cache holds, for the status bar and the synchronizer.

    cursor: the change feed's cursor the rows are at (None: never synced, load every list).
    synced_at: when the last sync succeeded (UTC), for «données au …».
    enterprise_id, me: whose view it is (None until the first sync).
    counts: rows per kind.
    persistent: False when the cache lives in memory only (no keyring).
    discarded: why a previous cache was discarded since this store was opened, or None.
    """

    cursor: str | None
    synced_at: datetime | None
    enterprise_id: str | None
    me: Me | None
    counts: Mapping[ChangeKind, int]
    persistent: bool
    discarded: str | None


def _derive(key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(key)


def _aad(kind: str, oid: str) -> bytes:
    return f"{kind}\0{oid}".encode()


_SORT_PIECE = 10_000


def _sorted_in_pieces(items: Iterable[str]) -> list[str]:
    """`sorted(items)` without holding the interpreter lock for long: one sort of 100 000
    shuffled ids is one call of 30 ms and more (the window's thread waits meanwhile); pieces
    of 10 000 sorted, then merged, let it in between."""
    values = list(items)
    if len(values) <= _SORT_PIECE:
        return sorted(values)
    pieces = [sorted(values[i : i + _SORT_PIECE]) for i in range(0, len(values), _SORT_PIECE)]
    return list(heapq.merge(*pieces))


@dataclass(frozen=True, slots=True)
class _Manifest:
    """The rows of one kind as the header sealed them: their ids in order and the GCM tag of
    each (`tags[16 * i : 16 * i + 16]` is the tag of `ids[i]`)."""

    ids: list[str]
    tags: bytes

    @classmethod
    def of(cls, tags: Mapping[str, bytes], *, shuffled: bool = False) -> _Manifest:
        """The manifest of these rows. `shuffled`: the ids come in no particular order (a full
        reload's pages); else mostly in order already (a manifest and a page of changes)."""
        # Python orders str by code point, SQLite's BINARY collation by UTF-8 bytes: the same.
        ids = _sorted_in_pieces(tags) if shuffled else sorted(tags)
        return cls(ids, b"".join(tags[oid] for oid in ids))

    def tag(self, i: int) -> bytes:
        return self.tags[i * _TAG : (i + 1) * _TAG]

    def position(self, oid: str) -> int:
        """Where `oid` is in the manifest, or -1."""
        i = bisect.bisect_left(self.ids, oid)
        return i if i < len(self.ids) and self.ids[i] == oid else -1

    def as_dict(self) -> dict[str, bytes]:
        return {oid: self.tag(i) for i, oid in enumerate(self.ids)}

    def ids_blob(self) -> bytes:
        return "\n".join(self.ids).encode()


class CacheStore:
    """The encrypted store of one person's lists: see the module docstring.

    Open it with `CacheStore.open(path, key, owner)` or `CacheStore.in_memory(owner)` (or,
    simpler, `app.cache.open_cache(owner)`, which finds the key in the keyring). Read with
    `all(kind)` (or the typed `procurations()`, `received()`, `users()`...), `get(kind, id)`
    and `count(kind)`; `meta` says what it holds. The synchronizer writes with `apply` and
    `begin_full`/`stage`/`commit_full`. `wipe()` erases it for good (sign-out), `close()`
    releases the file.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        key: bytes,
        owner: CacheOwner,
        path: Path | None,
    ) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the cache key must be 32 bytes")
        self._db = connection
        self._aead = AESGCM(_derive(key, b"procura-cache/aead/v1"))
        self._mac_key = _derive(key, b"procura-cache/mac/v1")
        self._owner = owner
        self._path = path
        self._lock = threading.RLock()
        self._header = _Header(owner)
        self._discarded: str | None = None
        # Staged full reload: kind → id → GCM tag of what *we* staged (the table could be
        # written by someone else in between; the header's MAC is computed from this).
        self._staged: dict[str, dict[str, bytes]] = {}
        # Per kind, the manifest once checked against the header (the file is not read for it
        # again; each write of this store replaces it with the one it seals).
        self._manifests: dict[str, _Manifest] = {}
        self._closed = False

    # ---- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, key: bytes, owner: CacheOwner) -> CacheStore:
        """Open (or create) the cache file at `path`, readable by its owner only. A file that
        fails its checks is discarded and replaced by an empty one (`meta.discarded`)."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        connection: sqlite3.Connection | None = None
        try:
            connection = _connect(path)
            store = cls(connection, key, owner, path)
            store._load_header()
            return store
        except CacheCorrupt as exc:
            reason = exc.reason
        except sqlite3.DatabaseError as exc:
            reason = f"fichier illisible ({type(exc).__name__})"
        if connection is not None:
            connection.close()
        log.warning("Cache hors ligne écarté (%s) : il sera reconstruit depuis le service", reason)
        _delete_files(path)
        store = cls(_connect(path), key, owner, path)
        store._load_header()
        store._discarded = reason
        return store

    @classmethod
    def in_memory(cls, owner: CacheOwner) -> CacheStore:
        """A cache for this session only (no keyring to keep a key): nothing touches the disk,
        and the key is random and never leaves this object."""
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        connection.executescript(_SCHEMA)
        store = cls(connection, os.urandom(KEY_BYTES), owner, None)
        store._write_header()
        return store

    def _load_header(self) -> None:
        row = self._db.execute("SELECT format, blob FROM header WHERE id = 1").fetchone()
        if row is None:
            if self._db.execute("SELECT 1 FROM objects LIMIT 1").fetchone() is not None:
                raise CacheCorrupt("en-tête absent")
            self._write_header()
            return
        fmt, blob = row
        if fmt not in (FORMAT, _LEGACY_FORMAT):
            raise CacheCorrupt(f"format {fmt} inconnu")
        try:
            raw = self._aead.decrypt(blob[:_NONCE], blob[_NONCE:], _HEADER_AAD)
            header = _Header.from_json(raw)
        except (InvalidTag, ValueError, KeyError, TypeError) as exc:
            raise CacheCorrupt(f"en-tête invalide ({type(exc).__name__})") from None
        if header.owner != self._owner:
            raise CacheCorrupt("cache d'une autre personne ou d'un autre service")
        counts = dict(self._db.execute("SELECT kind, count(*) FROM objects GROUP BY kind"))
        if {k: v for k, v in counts.items() if v} != {k: v for k, v in header.counts.items() if v}:
            raise CacheCorrupt("nombre de lignes inattendu")
        self._header = header
        if fmt == _LEGACY_FORMAT:
            self._migrate_legacy()

    def _migrate_legacy(self) -> None:
        """A file of the first format (no manifest: the header's MAC was over the rows' ids and
        tags as the table holds them): each kind checked that way, then its manifest written,
        in one transaction — once, at opening."""
        with self._transaction():
            for name in list(self._header.counts):
                try:
                    kind = ChangeKind(name)
                except ValueError:
                    raise CacheCorrupt(f"liste « {name} » inconnue") from None
                tags = self._tags(kind)
                expected = self._header.macs.get(name, "")
                if len(tags) != self._header.counts[name] or not hmac.compare_digest(
                    expected, self._legacy_mac(name, tags.items())
                ):
                    raise CacheCorrupt(f"les lignes « {kind} » ne sont pas celles enregistrées")
                self._seal_set(kind, tags)
            self._write_header()
        log.info("Cache hors ligne mis au format %d", FORMAT)

    # ---- what it holds -------------------------------------------------------------------------

    @property
    def owner(self) -> CacheOwner:
        return self._owner

    @property
    def path(self) -> Path | None:
        """The file, or None for a cache in memory."""
        return self._path

    @property
    def persistent(self) -> bool:
        return self._path is not None

    @property
    def discarded(self) -> str | None:
        """Why a cache was discarded since this store was opened (None: nothing was)."""
        return self._discarded

    @property
    def cursor(self) -> str | None:
        return self._header.cursor

    @property
    def synced_at(self) -> datetime | None:
        value = self._header.synced_at
        return datetime.fromisoformat(value) if value else None

    @property
    def me(self) -> Me | None:
        me = self._header.me
        return Me.model_validate(me) if me else None

    @property
    def meta(self) -> CacheMeta:
        with self._lock:
            h = self._header
            return CacheMeta(
                cursor=h.cursor,
                synced_at=self.synced_at,
                enterprise_id=h.enterprise_id,
                me=self.me,
                counts={k: h.counts.get(k.value, 0) for k in ChangeKind},
                persistent=self.persistent,
                discarded=self._discarded,
            )

    def count(self, kind: ChangeKind) -> int:
        return self._header.counts.get(kind.value, 0)

    # ---- reading -------------------------------------------------------------------------------

    def all(self, kind: ChangeKind) -> list[BaseModel]:
        """Every object of `kind`, as its model (`KIND_MODELS[kind]`), checked. Raises
        `CacheCorrupt` (the cache is then already discarded). 100 000 procurations take about
        a second, most of it building the models: see `batches` for a first screen sooner."""
        with gc_policy.bulk():
            with self._lock, self._reading():
                manifest = self._manifest(kind)
                plain = self._read(kind, manifest, 0, len(manifest.ids))
            return self._models(kind, plain)

    def batches(self, kind: ChangeKind, size: int = 2000) -> Iterator[list[BaseModel]]:
        """The objects of `kind` in batches of `size`, in id order, each read, checked and
        parsed when asked for: a list can show its first rows at once (the kind's manifest and
        the first `size` rows checked) and add the others between turns of the event loop.

        Raises `CacheCorrupt` from the batch that found a fault (the cache is then already
        discarded). Written meanwhile (a sync), the batches that follow come from the new
        content, after the last id returned: every row returned was the sealed one when read.
        """
        after: str | None = None
        while True:
            with gc_policy.bulk():
                with self._lock, self._reading():
                    manifest = self._manifest(kind)
                    start = 0 if after is None else bisect.bisect_right(manifest.ids, after)
                    stop = min(start + size, len(manifest.ids))
                    plain = self._read(kind, manifest, start, stop)
                models = self._models(kind, plain)
            if models:
                yield models
            if stop >= len(manifest.ids):
                return
            after = manifest.ids[stop - 1]

    def _read(self, kind: ChangeKind, manifest: _Manifest, start: int, stop: int) -> list[bytes]:
        """The decrypted JSON of the objects `start:stop` of the manifest, checked: the rows
        from the one after `ids[start - 1]` on are exactly `ids[start:stop]` with their tags
        (none missing, none added between them, none after the last) and each decrypts."""
        last = stop >= len(manifest.ids)
        limit = stop - start + (1 if last else 0)  # the last batch: one more means one too many
        if start > 0:
            rows = self._db.execute(
                "SELECT id, blob FROM objects WHERE kind = ? AND id > ? ORDER BY id LIMIT ?",
                (kind.value, manifest.ids[start - 1], limit),
            ).fetchall()
        else:
            rows = self._db.execute(
                "SELECT id, blob FROM objects WHERE kind = ? ORDER BY id LIMIT ?",
                (kind.value, limit),
            ).fetchall()
        if [oid for oid, _blob in rows] != manifest.ids[start:stop] or (
            b"".join(blob[-_TAG:] for _oid, blob in rows)
            != manifest.tags[start * _TAG : stop * _TAG]
        ):
            self._corrupt(f"les lignes « {kind} » ne sont pas celles enregistrées")
        return self._decrypt_rows(kind, rows)

    def _models(self, kind: ChangeKind, plain: Sequence[bytes]) -> list[BaseModel]:
        # One object at a time: the interpreter can switch threads between two (a list parsed
        # at once holds it for the whole list), so the window keeps its turns.
        parse = KIND_MODELS[kind].model_validate_json
        try:
            return [parse(p) for p in plain]
        except ValidationError:
            pass  # authentic bytes that no longer fit the model: written by another version
        with self._lock:
            self._corrupt(f"objets « {kind} » d'un autre format")

    def get(self, kind: ChangeKind, oid: str) -> BaseModel | None:
        """One object of `kind`, or None."""
        with self._lock, self._reading():
            manifest = self._manifest(kind)
            i = manifest.position(oid)
            if i < 0:
                return None
            row = self._db.execute(
                "SELECT blob FROM objects WHERE kind = ? AND id = ?", (kind.value, oid)
            ).fetchone()
            if row is None or row[0][-_TAG:] != manifest.tag(i):
                self._corrupt(f"les lignes « {kind} » ne sont pas celles enregistrées")
            [plain] = self._decrypt_rows(kind, [(oid, row[0])])
        return KIND_MODELS[kind].model_validate_json(plain)

    def ids(self, kind: ChangeKind) -> set[str]:
        """The ids of the objects of `kind` (checked like the objects)."""
        with self._lock, self._reading():
            return set(self._manifest(kind).ids)

    def typed(self, kind: ChangeKind, model: type[M]) -> list[M]:
        """`all(kind)` with its type: `store.typed(ChangeKind.USERS, User)`."""
        if not issubclass(KIND_MODELS[kind], model):
            raise TypeError(f"{kind} holds {KIND_MODELS[kind].__name__}, not {model.__name__}")
        return cast(list[M], self.all(kind))

    def enterprise(self) -> Enterprise | None:
        found = self.typed(ChangeKind.ENTERPRISE, Enterprise)
        return found[0] if found else None

    def registrations(self) -> list[Registration]:
        return self.typed(ChangeKind.REGISTRATIONS, Registration)

    def users(self) -> list[User]:
        return self.typed(ChangeKind.USERS, User)

    def procurations(self) -> list[Procuration]:
        """The procurations the enterprise gave."""
        return self.typed(ChangeKind.PROCURATIONS, Procuration)

    def received(self) -> list[Procuration]:
        """The external procurations the enterprise received as mandataire."""
        return self.typed(ChangeKind.RECEIVED, Procuration)

    def assignments(self) -> list[Assignment]:
        """The assignments in force (given and received procurations)."""
        return self.typed(ChangeKind.ASSIGNMENTS, Assignment)

    def receipts(self) -> list[Receipt]:
        return self.typed(ChangeKind.RECEIPTS, Receipt)

    def messages(self) -> list[Message]:
        return self.typed(ChangeKind.MESSAGES, Message)

    # ---- writing -------------------------------------------------------------------------------

    def set_identity(self, me: Me) -> None:
        """Say whose view this is (at each sign-in). A cache of another enterprise for the same
        user code (it cannot happen with the real service) is emptied first."""
        with self._lock:
            self._check_open()
            if self._header.enterprise_id not in (None, me.enterprise.id):
                log.warning("Cache hors ligne d'une autre entreprise : vidé")
                self._reset()
            self._header.enterprise_id = me.enterprise.id
            self._header.me = me.model_dump(mode="json")
            self._write_header()

    def apply(
        self,
        upserts: Mapping[ChangeKind, Iterable[BaseModel]],
        removals: Mapping[ChangeKind, Iterable[str]],
        *,
        cursor: str | None,
        synced_at: datetime | None,
    ) -> set[ChangeKind]:
        """Add or replace objects and remove ids, and move the cursor, in one transaction.
        Returns the kinds whose rows changed."""
        sealed = {kind: self._seal(kind, objects) for kind, objects in upserts.items()}
        gone = {kind: [str(i) for i in ids] for kind, ids in removals.items()}
        touched = {k for k, rows in sealed.items() if rows} | {k for k, ids in gone.items() if ids}
        with self._lock:
            self._check_open()
            with self._reading():
                tags = {kind: self._manifest(kind).as_dict() for kind in touched}
            with self._transaction():
                for kind in touched:
                    rows = sealed.get(kind, [])
                    ids = gone.get(kind, [])
                    self._db.executemany(
                        "INSERT OR REPLACE INTO objects (kind, id, blob) VALUES (?, ?, ?)",
                        [(kind.value, oid, blob) for oid, blob in rows],
                    )
                    self._db.executemany(
                        "DELETE FROM objects WHERE kind = ? AND id = ?",
                        [(kind.value, oid) for oid in ids],
                    )
                    current = tags[kind]
                    for oid, blob in rows:
                        current[oid] = blob[-_TAG:]
                    for oid in ids:
                        current.pop(oid, None)
                    self._seal_set(kind, current)
                self._header.cursor = cursor
                self._header.synced_at = synced_at.isoformat() if synced_at else None
                self._write_header()
        return touched

    def put_many(self, kind: ChangeKind, objects: Iterable[BaseModel]) -> None:
        """Add or replace objects of `kind` (the cursor stays as it is)."""
        self.apply({kind: objects}, {}, cursor=self.cursor, synced_at=self.synced_at)

    def remove(self, kind: ChangeKind, ids: Iterable[str]) -> None:
        """Remove objects of `kind` by id (the cursor stays as it is)."""
        self.apply({}, {kind: ids}, cursor=self.cursor, synced_at=self.synced_at)

    def set_cursor(self, cursor: str | None, synced_at: datetime | None) -> None:
        """Record a sync that found nothing to change."""
        self.apply({}, {}, cursor=cursor, synced_at=synced_at)

    def begin_full(self) -> None:
        """Start a full reload: `stage` each kind's objects (in as many calls as pages), then
        `commit_full`. Until then the cache answers with its previous content."""
        with self._lock:
            self._check_open()
            self._staged = {}
            self._db.execute("DELETE FROM staging")

    def stage(self, kind: ChangeKind, objects: Iterable[BaseModel]) -> int:
        """Stage objects of a full reload (kept out of sight until `commit_full`). Returns
        how many objects of `kind` are staged so far."""
        rows = self._seal(kind, objects)
        with self._lock:
            self._check_open()
            with self._transaction():  # one commit per page, not per row
                self._db.executemany(
                    "INSERT OR REPLACE INTO staging (kind, id, blob) VALUES (?, ?, ?)",
                    [(kind.value, oid, blob) for oid, blob in rows],
                )
            staged = self._staged.setdefault(kind.value, {})
            for oid, blob in rows:
                staged[oid] = blob[-_TAG:]
            return len(staged)

    def commit_full(
        self, kinds: Iterable[ChangeKind], *, cursor: str | None, synced_at: datetime | None
    ) -> None:
        """Replace `kinds` by what was staged for them (none staged: the kind is emptied) and
        set the cursor, in one transaction."""
        kinds = list(kinds)
        with self._lock:
            self._check_open()
            staged_rows = {
                k: v
                for k, v in self._db.execute(
                    "SELECT kind, count(*) FROM staging GROUP BY kind"
                ).fetchall()
            }
            for kind in kinds:
                if staged_rows.get(kind.value, 0) != len(self._staged.get(kind.value, {})):
                    self._discard("lignes en attente inattendues")
                    raise CacheCorrupt("lignes en attente inattendues")
            try:
                self._replace_staged(kinds, cursor, synced_at)
            except CacheCorrupt as exc:
                self._discard(exc.reason)
                raise
            self._staged = {}
            self._compact()

    def _replace_staged(
        self, kinds: list[ChangeKind], cursor: str | None, synced_at: datetime | None
    ) -> None:
        with self._transaction():
            for kind in kinds:
                self._db.execute("DELETE FROM objects WHERE kind = ?", (kind.value,))
                self._db.execute(
                    "INSERT INTO objects (kind, id, blob) "
                    "SELECT kind, id, blob FROM staging WHERE kind = ?",
                    (kind.value,),
                )
                staged = self._staged.get(kind.value, {})
                self._seal_set(kind, staged, shuffled=True)
                # What was copied must be what we staged (tags included).
                if self._tags(kind) != staged:
                    raise CacheCorrupt("lignes en attente modifiées")
            self._db.execute("DELETE FROM staging")
            self._header.cursor = cursor
            self._header.synced_at = synced_at.isoformat() if synced_at else None
            self._write_header()

    def wipe(self) -> None:
        """Erase the cache for good (sign-out «effacer les données hors ligne»): the file is
        deleted and the store closed."""
        with self._lock:
            self._closed = True
            with contextlib.suppress(Exception):
                self._db.close()
            if self._path is not None:
                _delete_files(self._path)
            log.info("Cache hors ligne effacé")

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._db.close()

    # ---- internals -----------------------------------------------------------------------------

    def _compact(self) -> None:
        """Give back the pages a full reload's staged copy used (the file would otherwise keep
        twice the data after each reload)."""
        free = self._db.execute("PRAGMA freelist_count").fetchone()[0]
        total = self._db.execute("PRAGMA page_count").fetchone()[0]
        if total and free > total // 4:
            self._db.execute("VACUUM")

    def _check_open(self) -> None:
        if self._closed:
            raise CacheError("the offline cache is closed")

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A read of the file: SQLite's own errors (a truncated file) discard the cache."""
        self._check_open()
        try:
            yield
        except sqlite3.DatabaseError as exc:
            reason = f"fichier illisible ({type(exc).__name__})"
            self._discard(reason)
            raise CacheCorrupt(reason) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            self._manifests = {}  # checked again from the file when next read
            header = self._db.execute("SELECT blob FROM header WHERE id = 1").fetchone()
            if header is not None:  # the header in memory goes back with the rows
                raw = self._aead.decrypt(header[0][:_NONCE], header[0][_NONCE:], _HEADER_AAD)
                self._header = _Header.from_json(raw)
            raise
        self._db.execute("COMMIT")

    def _seal(self, kind: ChangeKind, objects: Iterable[BaseModel]) -> list[tuple[str, bytes]]:
        model = KIND_MODELS[kind]
        encrypt = self._aead.encrypt
        out = []
        for obj in objects:
            if not isinstance(obj, model):
                raise TypeError(f"{kind} holds {model.__name__}, not {type(obj).__name__}")
            oid = object_id(kind, obj)
            if not oid or "\n" in oid:  # the manifest lists ids one per line
                raise ValueError(f"{kind}: an object id must be one line, not empty")
            nonce = os.urandom(_NONCE)
            plain = obj.model_dump_json().encode()  # defaults written: faster to read back
            out.append((oid, nonce + encrypt(nonce, plain, _aad(kind.value, oid))))
        return out

    def _decrypt_rows(self, kind: ChangeKind, rows: Sequence[tuple[str, bytes]]) -> list[bytes]:
        decrypt = self._aead.decrypt
        prefix = kind.value.encode() + b"\0"
        try:
            return [decrypt(b[:_NONCE], b[_NONCE:], prefix + oid.encode()) for oid, b in rows]
        except (InvalidTag, ValueError, TypeError):
            pass
        self._corrupt(f"une ligne « {kind} » ne se déchiffre pas")

    def _mac(self, kind: str, ids: bytes, tags: bytes) -> str:
        """The HMAC of a kind's manifest (its ids one per line, its tags)."""
        mac = hmac.new(self._mac_key, b"manifest\0" + kind.encode() + b"\0", hashlib.sha256)
        mac.update(len(ids).to_bytes(8, "big"))
        mac.update(ids)
        mac.update(tags)
        return mac.hexdigest()

    def _legacy_mac(self, kind: str, pairs: Iterable[tuple[str, bytes]]) -> str:
        """The first format's HMAC: over the (id, tag) pairs of the rows in id order."""
        stream = b"".join(oid.encode() + b"\0" + tag for oid, tag in pairs)
        return hmac.new(self._mac_key, kind.encode() + b"\0" + stream, hashlib.sha256).hexdigest()

    def _manifest(self, kind: ChangeKind) -> _Manifest:
        """The ids and tags of `kind` as the header sealed them: the file's manifest, checked
        against the header's count and HMAC the first time (call it inside `_reading`)."""
        found = self._manifests.get(kind.value)
        if found is not None:
            return found
        row = self._db.execute(
            "SELECT ids, tags FROM manifest WHERE kind = ?", (kind.value,)
        ).fetchone()
        ids_blob, tags = (bytes(row[0]), bytes(row[1])) if row is not None else (b"", b"")
        count = self._header.counts.get(kind.value, 0)
        expected = self._header.macs.get(kind.value)
        try:
            ids = ids_blob.decode().split("\n") if ids_blob else []
        except UnicodeDecodeError:
            ids = []
        if (
            len(ids) != count
            or len(tags) != count * _TAG
            or (expected is None and count)
            or (
                expected is not None
                and not hmac.compare_digest(expected, self._mac(kind.value, ids_blob, tags))
            )
        ):
            self._corrupt(f"les lignes « {kind} » ne sont pas celles enregistrées")
        found = self._manifests[kind.value] = _Manifest(ids, tags)
        return found

    def _tags(self, kind: ChangeKind) -> dict[str, bytes]:
        """(id → tag) of the rows of `kind` as the table holds them (not checked)."""
        rows = self._db.execute(
            "SELECT id, substr(blob, -16) FROM objects WHERE kind = ? ORDER BY id", (kind.value,)
        ).fetchall()
        return dict(rows)

    def _seal_set(
        self, kind: ChangeKind, tags: Mapping[str, bytes], *, shuffled: bool = False
    ) -> None:
        """Write the manifest of `kind` for these rows and seal it in the header (in memory:
        `_write_header` writes it, in the same transaction)."""
        manifest = _Manifest.of(tags, shuffled=shuffled)
        ids = manifest.ids_blob()
        self._db.execute(
            "INSERT OR REPLACE INTO manifest (kind, ids, tags) VALUES (?, ?, ?)",
            (kind.value, ids, manifest.tags),
        )
        self._header.counts[kind.value] = len(manifest.ids)
        self._header.macs[kind.value] = self._mac(kind.value, ids, manifest.tags)
        self._manifests[kind.value] = manifest

    def _corrupt(self, reason: str) -> NoReturn:
        self._discard(reason)
        raise CacheCorrupt(reason)

    def _write_header(self) -> None:
        nonce = os.urandom(_NONCE)
        blob = nonce + self._aead.encrypt(nonce, self._header.to_json(), _HEADER_AAD)
        self._db.execute(
            "INSERT OR REPLACE INTO header (id, format, blob) VALUES (1, ?, ?)", (FORMAT, blob)
        )

    def _reset(self) -> None:
        self._db.execute("DELETE FROM objects")
        self._db.execute("DELETE FROM manifest")
        self._db.execute("DELETE FROM staging")
        self._header = _Header(self._owner)
        self._staged = {}
        self._manifests = {}
        self._write_header()

    def _discard(self, reason: str) -> None:
        """Never use this content again: delete the file, start empty, remember why."""
        log.warning("Cache hors ligne écarté (%s) : il sera reconstruit depuis le service", reason)
        self._discarded = reason
        if self._path is None:
            with contextlib.suppress(sqlite3.Error):
                self._reset()
            return
        with contextlib.suppress(Exception):
            self._db.close()
        _delete_files(self._path)
        self._db = _connect(self._path)
        self._header = _Header(self._owner)
        self._staged = {}
        self._manifests = {}
        self._write_header()


def _connect(path: Path) -> sqlite3.Connection:
    """The cache file, created 0600 before SQLite opens it (its journal gets the same mode)."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    connection = sqlite3.connect(
        str(path), check_same_thread=False, isolation_level=None, timeout=10
    )
    try:
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.executescript(_SCHEMA)
    except BaseException:
        connection.close()
        raise
    return connection


def _delete_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
