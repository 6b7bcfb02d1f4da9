"""The audit trail: append-only rows chained by SHA-256, and the check that finds tampering."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

from server.db import Prepared, run_in_sync
from server.models import AuditRow

GENESIS = "0" * 64
_TABLE = cast(Table, AuditRow.__table__)
_COLUMNS = tuple(c.key for c in _TABLE.columns if c.key != "id")
# Run with `run_in_sync` (in the committing transaction, past the ORM): the chain's head and
# the rows, on the table, not the mapped class (the ORM's bulk-insert path would come back).
_LAST_HASH = Prepared(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1))
_INSERT = Prepared(
    insert(_TABLE).values({name: bindparam(name, type_=_TABLE.c[name].type) for name in _COLUMNS})
)
_PG_AUDIT_LOCK = 0x50524F43  # "PROC": serialises appends so the chain never forks


def canonical(row: AuditRow) -> str:
    return json.dumps(
        {
            "at": row.at.astimezone(UTC).isoformat(),
            "enterprise_id": row.enterprise_id,
            "actor": row.actor,
            "action": row.action,
            "object_type": row.object_type,
            "object_id": row.object_id,
            "before": row.before,
            "after": row.after,
            "outcome": row.outcome,
            "request_id": row.request_id,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )


def chain_hash(prev_hash: str, row: AuditRow) -> str:
    return hashlib.sha256((prev_hash + canonical(row)).encode("utf-8")).hexdigest()


async def append(
    session: AsyncSession,
    *,
    action: str,
    object_type: str,
    object_id: str | None = None,
    actor: str | None = None,
    enterprise_id: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    outcome: str = "success",
    request_id: str | None = None,
) -> None:
    """Add one row to the caller's write transaction. It is chained and written just before
    the commit (`_write_pending`): the lock that keeps the chain from forking is then held
    for two statements and the commit, not for the whole transaction."""
    pending: list[AuditRow] = session.info.setdefault(_PENDING, [])
    pending.append(
        AuditRow(
            at=datetime.now(UTC),
            enterprise_id=enterprise_id,
            actor=actor,
            action=action,
            object_type=object_type,
            object_id=object_id,
            before=_jsonable(before),
            after=_jsonable(after),
            outcome=outcome,
            request_id=request_id,
            prev_hash="",
            hash="",
        )
    )


_PENDING = "procura.audit.pending"


def _write_pending(session: Session) -> None:
    rows: list[AuditRow] | None = session.info.pop(_PENDING, None)
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    head = run_in_sync(conn, _LAST_HASH, {}).rows
    prev = head[0][0] if head else GENESIS
    values = []
    for row in rows:
        row.prev_hash = prev
        row.hash = prev = chain_hash(prev, row)
        values.append({name: getattr(row, name) for name in _COLUMNS})
    # A plain INSERT on the table, not the unit of work: cheaper, and never flushed twice.
    run_in_sync(conn, _INSERT, values)


def _forget_pending(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the root transaction ended: a rollback drops its rows
        session.info.pop(_PENDING, None)


event.listen(Session, "before_commit", _write_pending)
event.listen(Session, "after_transaction_end", _forget_pending)


def _jsonable(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    loaded: dict[str, Any] = json.loads(json.dumps(value, default=str))
    return loaded


@dataclass(slots=True)
class Verdict:
    rows: int
    first_bad_id: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


async def verify(session: AsyncSession, batch: int = 5000) -> Verdict:
    """Walk the chain in id order; name the first row whose hash or link does not hold."""
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = (
            await session.scalars(
                select(AuditRow).where(AuditRow.id > last_id).order_by(AuditRow.id).limit(batch)
            )
        ).all()
        if not rows:
            return Verdict(count, None)
        for row in rows:
            count += 1
            if row.prev_hash != prev:
                return Verdict(count, row.id, "le lien vers la ligne précédente est rompu")
            if chain_hash(prev, row) != row.hash:
                return Verdict(count, row.id, "le contenu de la ligne a été modifié")
            prev = row.hash
            last_id = row.id
