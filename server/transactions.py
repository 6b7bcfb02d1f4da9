"""Exactly-once transactions: Idempotency-Key claim and replay, receipt and audit in the same
database transaction as the change they acknowledge, and ETag / If-Match for PATCH."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, cast

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import String, Table, bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import rules
from app.domain.errors import RuleViolation, field_error
from app.domain.models import Receipt
from server import audit
from server.db import Database, Prepared, run_in
from server.deps import Caller
from server.errors import Problem
from server.models import IdempotencyRow, ReceiptRow

# A claim left 'running' this long belongs to a worker that died: the retry takes it over.
_ABANDONED_AFTER = timedelta(seconds=60)

# (user id, key digest) of the transactions running in this process: a repeat gets 409.
_IN_FLIGHT: set[tuple[int, str]] = set()


_SECRET_FIELDS = ("temporary_password", "code")


def _cipher(raw_key: str) -> AESGCM:
    return AESGCM(hashlib.sha256(b"procura-idempotency\0" + raw_key.encode()).digest())


def seal(body: dict[str, Any], raw_key: str) -> dict[str, Any]:
    """Encrypt the one-time secrets of a stored answer with a key only the caller holds (its
    Idempotency-Key, of which the database keeps only a digest): a replay can still show the
    temporary password, a reader of the database cannot."""
    out = dict(body)
    for name in _SECRET_FIELDS:
        value = out.get(name)
        if isinstance(value, str):
            nonce = os.urandom(12)
            sealed = nonce + _cipher(raw_key).encrypt(nonce, value.encode(), name.encode())
            out[name] = "sealed:" + base64.b64encode(sealed).decode()
    return out


def unseal(body: dict[str, Any], raw_key: str) -> dict[str, Any]:
    out = dict(body)
    for name in _SECRET_FIELDS:
        value = out.get(name)
        if isinstance(value, str) and value.startswith("sealed:"):
            blob = base64.b64decode(value.removeprefix("sealed:"))
            out[name] = _cipher(raw_key).decrypt(blob[:12], blob[12:], name.encode()).decode()
    return out


def key_digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


class Replay(Exception):
    """The stored answer of an earlier request with the same key and body."""

    def __init__(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


# The answer's own headers (its ETag), kept beside the stored body: a client that retries after
# a lost answer gets the whole answer, and can go on to a PATCH without reading again.
_STORED_HEADERS = "__headers__"


def replay_response(exc: Replay) -> JSONResponse:
    headers = {**exc.headers, "Idempotent-Replayed": "true"}
    return JSONResponse(exc.body, status_code=exc.status, headers=headers)


def fingerprint(request: Request, body: BaseModel | None) -> str:
    payload = body.model_dump(mode="json") if body is not None else None
    text = json.dumps(
        [request.method, request.url.path, payload], sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Marks the session of a transaction (see `reads_to_change`).
_CHANGING = "procura.changing"


def reads_to_change(session: AsyncSession) -> bool:
    """True inside `Transaction.run`: what a route reads there, it reads to change, and the
    loaders lock it (SELECT ... FOR UPDATE) until the commit. Without the lock two PATCHes
    with the same If-Match both passed the check on PostgreSQL and both answered 200 with the
    same new version: the first change was lost (found by bench/server_soak.py). SQLite has a
    single writer at a time and ignores the clause."""
    return bool(session.info.get(_CHANGING))


class Transaction:
    """One change made by one caller, keyed by its Idempotency-Key."""

    def __init__(self, request: Request, db: Database, key: str | None) -> None:
        self.request = request
        self.db = db
        self.key = key
        self.caller: Caller | None = None
        self._row_key: tuple[int, str] | None = None
        self._session: AsyncSession | None = None
        self._done = False

    @asynccontextmanager
    async def run(
        self, caller: Caller, body: BaseModel | None = None
    ) -> AsyncIterator[AsyncSession]:
        """Open the write transaction and claim the key in it. Raises `Replay` for a repeat.

        The claim is the transaction's first statement and the stored answer its last
        (`done`): one commit makes the change, its receipt, its audit row and the key's answer
        durable together, and a failure rolls the claim back with the rest, so the key is free
        for a retry. A second request with the same key while the first runs in this process
        gets 409 at once; one in another process waits for the write lock (SQLite) or for the
        first claim's commit (PostgreSQL), then gets the stored answer.

        A transaction without a body model refuses any body: FastAPI would ignore it, so a
        field the route does not take (a password an RSE would like to choose on
        reset-password) would pass silently instead of being an unknown field (422)."""
        self.caller = caller
        if body is None:
            await self._refuse_body()
        key = self._checked_key()
        fp = fingerprint(self.request, body)
        flight = (caller.user_id, key_digest(key))
        if flight in _IN_FLIGHT:
            raise _in_progress()
        _IN_FLIGHT.add(flight)
        try:
            async with self.db.write() as session:
                session.info[_CHANGING] = True
                self._session = session
                await self._claim(caller, fp)
                yield session
                if not self._done:
                    raise RuntimeError("transaction ended without done()")
        finally:
            _IN_FLIGHT.discard(flight)

    async def _refuse_body(self) -> None:
        raw = await self.request.body()
        if not raw.strip():
            return
        try:
            data = json.loads(raw)
        except ValueError:
            raise RuleViolation([field_error("body", "invalid_value")]) from None
        if data is None or data == {}:
            return
        if isinstance(data, dict):
            raise RuleViolation([field_error(str(name), "unknown_field") for name in data])
        raise RuleViolation([field_error("body", "invalid_value")])

    def _checked_key(self) -> str:
        if not self.key:
            raise Problem(
                400,
                "idempotency-key-missing",
                "En-tête Idempotency-Key manquant",
                "Toute transaction doit porter un en-tête Idempotency-Key.",
                detail_en="Every transaction must carry an Idempotency-Key header.",
            )
        if len(self.key) > 255:
            raise Problem(
                400,
                "idempotency-key-too-long",
                "Idempotency-Key trop long",
                "L'en-tête Idempotency-Key ne peut dépasser 255 caractères.",
                detail_en="The Idempotency-Key header cannot exceed 255 characters.",
            )
        return self.key

    async def _claim(self, caller: Caller, fp: str) -> None:
        """The key's row, written first in the transaction (`run`)."""
        key = self._checked_key()
        s = self.session
        now = datetime.now(UTC)
        row_key = (caller.user_id, key_digest(key))
        # The common case, a new key, is one INSERT that does nothing on a conflict (on
        # PostgreSQL it waits for a concurrent first claim to commit, then does nothing).
        claim = _CLAIM[s.get_bind().dialect.name]
        params: dict[str, Any] = {
            "user_id": caller.user_id,
            "key": row_key[1],
            "fingerprint": fp,
            "state": "running",
            "created_at": now,
        }
        if (await run_in(s, claim, params)).rowcount == 1:
            self._row_key = row_key
            return
        row = await s.get(IdempotencyRow, row_key, with_for_update=True)
        if row is None:  # pragma: no cover - a claim is only deleted by the 30-day purge
            raise _in_progress()
        if row.fingerprint != fp:
            raise Problem(
                422,
                "idempotency-key-reused",
                "Idempotency-Key déjà utilisé",
                "Cette clé a déjà servi pour une autre demande : générez-en une nouvelle.",
                detail_en="This key was already used for another request: generate a new one.",
            )
        if row.state == "done" and row.response is not None and row.status_code:
            stored = dict(row.response)
            headers = stored.pop(_STORED_HEADERS, None)
            raise Replay(row.status_code, unseal(stored, key), headers)
        # A 'running' row committed on its own: written by a version of the service that
        # claimed keys in a separate transaction, and left by a worker that died. Taken over
        # once old enough; until then the first attempt may still finish.
        if now - row.created_at < _ABANDONED_AFTER:
            raise _in_progress()
        row.created_at = now
        self._row_key = row_key

    @property
    def session(self) -> AsyncSession:
        assert self._session is not None, "use inside run()"
        return self._session

    async def receipt(
        self,
        kind: str,
        recap: dict[str, Any],
        *,
        enterprise_id: str | None = None,
        enterprise_name: str | None = None,
    ) -> Receipt:
        """Write the receipt in this transaction; a random reference, retried on collision."""
        caller = self.caller
        assert caller is not None
        now = datetime.now(UTC)
        for _ in range(20):
            reference = rules.new_reference_number()
            # Looked up first instead of a savepoint around the INSERT: a savepoint (and its
            # flush) on every transaction cost more than this one primary-key read; two
            # transactions drawing the same of 10⁹ numbers at the same moment stays possible
            # but negligible.
            if (await run_in(self.session, _REFERENCE_TAKEN, {"ref": reference})).rows:
                continue
            row = ReceiptRow(
                reference=reference,
                enterprise_id=enterprise_id or caller.enterprise_id,
                user_id=caller.user_id,
                kind=kind,
                transmitted_at=now,
                transmitted_by=caller.full_name,
                recap=recap,
            )
            self.session.add(row)
            return receipt_model(row, enterprise_name or caller.enterprise_name)
        raise RuntimeError("no free reference number after 20 attempts")

    async def audit(
        self,
        action: str,
        object_type: str,
        object_id: str | None,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        enterprise_id: str | None = None,
    ) -> None:
        caller = self.caller
        assert caller is not None
        await audit.append(
            self.session,
            action=action,
            object_type=object_type,
            object_id=object_id,
            actor=caller.user_code,
            enterprise_id=enterprise_id or caller.enterprise_id,
            before=before,
            after=after,
            request_id=caller.request_id,
        )

    async def done(
        self, result: BaseModel, status: int = 200, headers: dict[str, str] | None = None
    ) -> JSONResponse:
        """Store the answer with the key, in the same transaction, and return it."""
        body = result.model_dump(mode="json")
        if self._row_key is not None:
            assert self.key is not None
            stored = seal(body, self.key)
            if headers:
                stored[_STORED_HEADERS] = headers
            user_id, key = self._row_key
            await run_in(
                self.session, _DONE, {"uid": user_id, "k": key, "st": status, "resp": stored}
            )
        self._done = True
        self._row_key = None  # committed with the change: never released
        return JSONResponse(body, status_code=status, headers=headers)


_IDEMPOTENCY = cast(Table, IdempotencyRow.__table__)
# Built once (constructing statements per call showed in every transaction's cost) and run
# with `run_in`: the key's row and the receipt numbers are no ORM object's.
_CLAIM_VALUES = {c.key: bindparam(c.key, type_=c.type) for c in _IDEMPOTENCY.columns}
for _unset in ("status_code", "response"):
    del _CLAIM_VALUES[_unset]
_CLAIM = {
    "sqlite": Prepared(sqlite_insert(_IDEMPOTENCY).values(_CLAIM_VALUES).on_conflict_do_nothing()),
    "postgresql": Prepared(pg_insert(_IDEMPOTENCY).values(_CLAIM_VALUES).on_conflict_do_nothing()),
}
_DONE = Prepared(
    update(_IDEMPOTENCY)
    .where(
        _IDEMPOTENCY.c.user_id == bindparam("uid", type_=_IDEMPOTENCY.c.user_id.type),
        _IDEMPOTENCY.c.key == bindparam("k", type_=_IDEMPOTENCY.c.key.type),
    )
    .values(
        state="done",
        status_code=bindparam("st", type_=_IDEMPOTENCY.c.status_code.type),
        response=bindparam("resp", type_=_IDEMPOTENCY.c.response.type),
    )
)
_REFERENCE_TAKEN = Prepared(
    select(ReceiptRow.reference).where(ReceiptRow.reference == bindparam("ref", type_=String))
)


def _in_progress() -> Problem:
    return Problem(
        409,
        "idempotency-in-progress",
        "Demande déjà en cours",
        "Une demande avec la même clé est encore en traitement : patientez, puis réessayez.",
        detail_en="A request with the same key is still being processed: wait, then retry.",
        headers={"Retry-After": "1"},
    )


async def get_transaction(
    request: Request,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", description="Clé unique de la transaction (≤ 255)"),
    ] = None,
) -> Transaction:
    # The database straight from the app, not a sub-dependency (see deps._caller).
    return Transaction(request, request.app.state.db, idempotency_key)


Tx = Annotated[Transaction, Depends(get_transaction)]


def receipt_model(row: ReceiptRow, enterprise_name: str = "") -> Receipt:
    return Receipt(
        reference=row.reference,
        transmitted_at=row.transmitted_at,
        transmitted_by=row.transmitted_by,
        kind=row.kind,
        enterprise_id=row.enterprise_id,
        enterprise_name=enterprise_name,
        recap=row.recap,
    )


# ---- ETag / If-Match ---------------------------------------------------------------------------


def etag(kind: str, object_id: str, version: int) -> str:
    return f'"{kind}-{object_id}-v{version}"'


def check_if_match(if_match: str | None, current: str, current_body: BaseModel) -> None:
    if not if_match:
        raise Problem(
            428,
            "if-match-required",
            "En-tête If-Match requis",
            "Une modification doit porter l'ETag de la version lue (en-tête If-Match).",
            detail_en="A change must carry the ETag of the version read (If-Match header).",
        )
    tags = {t.strip().removeprefix("W/") for t in if_match.split(",")}
    if current not in tags and "*" not in tags:
        raise Problem(
            412,
            "stale",
            "Modifié entre-temps",
            "Quelqu'un a modifié ce dossier depuis que vous l'avez ouvert. Voyez ses valeurs "
            "actuelles, puis appliquez de nouveau vos changements.",
            detail_en="Someone changed this record since you opened it. See its current values, "
            "then apply your changes again.",
            headers={"ETag": current},
            extra={"current": current_body.model_dump(mode="json")},
        )


IfMatch = Annotated[str | None, Header(alias="If-Match")]


# ---- recaps: the receipt's content, labels in both languages --------------------------------


def recap(title_fr: str, title_en: str, *sections: dict[str, Any]) -> dict[str, Any]:
    return {"title_fr": title_fr, "title_en": title_en, "sections": list(sections)}


def section(title_fr: str, title_en: str, rows: list[tuple[str, str, str]]) -> dict[str, Any]:
    return {
        "title_fr": title_fr,
        "title_en": title_en,
        "rows": [{"label_fr": fr, "label_en": en, "value": v} for fr, en, v in rows],
    }


def table_section(
    title_fr: str, title_en: str, columns: list[tuple[str, str]], table: list[list[str]]
) -> dict[str, Any]:
    return {
        "title_fr": title_fr,
        "title_en": title_en,
        "columns_fr": [fr for fr, _ in columns],
        "columns_en": [en for _, en in columns],
        "table": table,
    }


async def find_receipt(
    session: AsyncSession, enterprise_id: str, reference: str
) -> ReceiptRow | None:
    return await session.scalar(
        select(ReceiptRow).where(
            ReceiptRow.reference == reference, ReceiptRow.enterprise_id == enterprise_id
        )
    )
