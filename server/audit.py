"""The audit trail: append-only rows chained by SHA-256, and the check that finds tampering."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from server.models import AuditRow

GENESIS = "0" * 64
_LAST_HASH = select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
# On the table, not the mapped class: the ORM's bulk-insert path would come back.
_INSERT = insert(cast(Table, AuditRow.__table__))
_COLUMNS = tuple(c.key for c in AuditRow.__table__.columns if c.key != "id")
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
) -> AuditRow:
    """Append one row inside the caller's write transaction."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    prev = await session.scalar(_LAST_HASH)
    row = AuditRow(
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
        prev_hash=prev or GENESIS,
        hash="",
    )
    row.hash = chain_hash(row.prev_hash, row)
    # A plain INSERT built once, not the unit of work: every transaction appends a row, and
    # the ORM's flush (or a per-call values() construct) cost more than the rest of the append.
    await session.execute(_INSERT, {name: getattr(row, name) for name in _COLUMNS})
    return row


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
