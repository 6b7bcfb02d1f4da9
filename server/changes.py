"""The change feed's writing side: what changed in whose view, noted in the same transaction.

Every route, background job and command changes the domain through SQLAlchemy sessions, so the
one place that sees every change is the session itself. `install()` hooks it:

- `after_flush` notes the tracked rows a flush inserted, updated or deleted;
- `do_orm_execute` notes the rows a bulk `update()`/`delete()` is about to touch (they are
  read with the statement's own WHERE just before it runs);
- `before_commit` turns the notes into `changes` rows — one per (enterprise whose view it
  affects, kind, object) — and writes them in the committing transaction. A rolled-back
  transaction writes nothing; a savepoint rolled back may leave a note behind, which only
  makes the feed send an object's current state once more.

Whose view a change affects (`_entries`): a procuration's mandant («procurations») and, for an
external one, its mandataire («received»); an assignment's procuration parties («assignments»,
and the procuration itself, whose `assigned` may flip, and the holder's user record, which
names the procuration it holds); a user's enterprise («users», and «enterprise» for an RSE,
listed in the enterprise record); a registration's, receipt's or message's enterprise.

The rows are written at commit, after every row lock the transaction takes, under the same
PostgreSQL advisory lock as the audit chain: `seq` is then handed out in commit order, so a
reader that has seen `seq` N will never later find a smaller one committed (on SQLite writers
are serialised anyway). What dates alone change (a procuration falling due, an assignment
reaching its end) is not written here: `GET /changes` derives it from the cursor's day.

Insert-only bulk statements (`insert(Model)` executed on a session) are NOT seen: add tracked
objects with `session.add`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, delete, event, func, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.session import SessionTransaction

if TYPE_CHECKING:
    from server.db import Database

from app.domain.changes import ChangeKind, ChangeOp
from app.domain.common import ProcurationType, Role
from server.db import Prepared, run_in_sync
from server.models import (
    AssignmentRow,
    ChangeRow,
    EnterpriseRow,
    MessageRow,
    ProcurationRow,
    ReceiptRow,
    RegistrationRow,
    UserRow,
)

log = logging.getLogger(__name__)

# How long changes are kept: a cursor older than this answers 410 (the client resyncs fully).
RETENTION = timedelta(days=30)
PRUNE_EVERY_SECONDS = 6 * 3600.0

_INFO_KEY = "procura.changes"

# The columns each tracked row's entries need (bulk statements read exactly these).
_COLUMNS: dict[type[Any], tuple[str, ...]] = {
    ProcurationRow: ("id", "type", "mandant_id", "mandataire_id"),
    AssignmentRow: ("id", "procuration_id", "user_id", "mandant_id"),
    UserRow: ("id", "user_code", "enterprise_id", "role"),
    RegistrationRow: ("enterprise_id", "ministry"),
    ReceiptRow: ("reference", "enterprise_id"),
    MessageRow: ("id", "enterprise_id"),
    EnterpriseRow: ("id",),
}
# Attributes whose change no list shows: updating only these is no change of the view.
_UNSEEN: dict[type[Any], frozenset[str]] = {
    UserRow: frozenset({"password_hash", "temporary_expires_at", "password_changed_at"}),
    EnterpriseRow: frozenset({"express_code_hash"}),
}
_USER_NAME_ATTRS = ("last_name", "first_name")


@dataclass(frozen=True, slots=True)
class _Touched:
    """A tracked row a transaction inserted, updated or deleted."""

    cls: type[Any]
    values: Mapping[str, Any]
    op: ChangeOp
    role_changed: bool = False
    names_changed: bool = False


Entry = tuple[str, ChangeKind, str]  # (enterprise_id, kind, object_id)


def _notes(session: Session) -> list[_Touched]:
    notes: list[_Touched] = session.info.setdefault(_INFO_KEY, [])
    return notes


def _values(obj: Any, cls: type[Any]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in _COLUMNS[cls]}


def _attr_changed(obj: Any, names: Iterable[str]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in names)


def _seen_change(obj: Any, cls: type[Any]) -> bool:
    """True when the update touches something a list shows."""
    unseen = _UNSEEN.get(cls, frozenset())
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs if attr.key not in unseen)


def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    notes = _notes(session)
    for obj in session.new:
        cls = type(obj)
        if cls in _COLUMNS:
            notes.append(_Touched(cls, _values(obj, cls), ChangeOp.CREATED))
    for obj in session.dirty:
        cls = type(obj)
        if cls not in _COLUMNS or not session.is_modified(obj) or not _seen_change(obj, cls):
            continue
        notes.append(
            _Touched(
                cls,
                _values(obj, cls),
                ChangeOp.CHANGED,
                role_changed=cls is UserRow and _attr_changed(obj, ("role", "state")),
                names_changed=cls is UserRow and _attr_changed(obj, _USER_NAME_ATTRS),
            )
        )
    for obj in session.deleted:
        cls = type(obj)
        if cls in _COLUMNS:
            notes.append(_Touched(cls, _values(obj, cls), ChangeOp.REMOVED))


def _on_execute(state: ORMExecuteState) -> None:
    """Before a bulk UPDATE or DELETE of tracked rows: note which rows it is about to touch."""
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    cls = mapper.class_ if mapper is not None else None
    if cls not in _COLUMNS:
        return
    where = getattr(state.statement, "whereclause", None)
    columns = [getattr(cls, name) for name in _COLUMNS[cls]]
    query = select(*columns)
    if where is not None:
        query = query.where(where)
    # Plain Core on the session's connection: no autoflush, no recursion into this hook.
    rows = state.session.connection().execute(query).all()
    op = ChangeOp.REMOVED if state.is_delete else ChangeOp.CHANGED
    notes = _notes(state.session)
    for row in rows:
        # Bulk updates never rename people (that goes through the ORM), but any of them may
        # change what the enterprise record lists (an RSE's state).
        notes.append(_Touched(cls, dict(row._mapping), op, role_changed=True))


def _before_commit(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # what is still pending gets noted before the notes are written
    notes = session.info.pop(_INFO_KEY, None)
    if not notes:
        return
    conn = session.connection()
    entries = _entries(conn, notes, session)
    if not entries:
        return
    if conn.dialect.name == "postgresql":
        # The audit chain's lock (one lock for both: two would deadlock each other). Imported
        # here: server.audit imports the models, which import this module.
        from server.audit import _PG_AUDIT_LOCK

        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    now = datetime.now(UTC)
    run_in_sync(
        conn,
        _INSERT,
        [
            {"enterprise_id": e, "kind": k.value, "object_id": oid, "op": op.value, "at": now}
            for (e, k, oid), op in entries.items()
        ],
    )


_CHANGES = cast(Table, ChangeRow.__table__)
# Run with `run_in_sync` in the committing transaction (the ORM never holds change rows).
_INSERT = Prepared(
    insert(_CHANGES).values(
        {
            name: bindparam(name, type_=_CHANGES.c[name].type)
            for name in ("enterprise_id", "kind", "object_id", "op", "at")
        }
    )
)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the root transaction ended (committed or rolled back)
        session.info.pop(_INFO_KEY, None)


def _merge(out: dict[Entry, ChangeOp], entry: Entry, op: ChangeOp) -> None:
    """Several notes of one object in one transaction: created wins over changed, removed
    over both (the reader recomputes the op from the current state anyway)."""
    before = out.get(entry)
    if before is None or op is ChangeOp.REMOVED:
        out[entry] = op
    elif op is ChangeOp.CREATED:
        out[entry] = ChangeOp.CHANGED if before is ChangeOp.REMOVED else ChangeOp.CREATED


def _loaded(session: Session | None, cls: type[Any], ids: set[Any]) -> dict[Any, Any]:
    """The rows of `ids` the session already holds, with the columns `_COLUMNS` names loaded:
    the transaction has usually just read them (an assignment's procuration and holder), and
    reading them again cost a fifth of an assignment's time."""
    if session is None:
        return {}
    mapper = inspect(cls)
    found: dict[Any, Any] = {}
    for one in ids:
        obj = session.identity_map.get(mapper.identity_key_from_primary_key((one,)))
        if obj is None:
            continue
        state = inspect(obj)
        if state.expired or state.deleted or not state.expired_attributes.isdisjoint(_COLUMNS[cls]):
            continue
        found[one] = obj
    return found


def _entries(
    conn: Connection, notes: list[_Touched], session: Session | None = None
) -> dict[Entry, ChangeOp]:
    """The (enterprise, kind, object) entries of a transaction's notes."""
    out: dict[Entry, ChangeOp] = {}
    proc_ids = {n.values["procuration_id"] for n in notes if n.cls is AssignmentRow}
    user_ids = {n.values["user_id"] for n in notes if n.cls is AssignmentRow}
    renamed = {n.values["id"] for n in notes if n.cls is UserRow and n.names_changed}
    procs: dict[str, tuple[str, str, str | None]] = {
        pid: (p.type, p.mandant_id, p.mandataire_id)
        for pid, p in _loaded(session, ProcurationRow, proc_ids).items()
    }
    proc_ids -= procs.keys()
    if proc_ids:
        for pid, ptype, mandant, mandataire in conn.execute(
            select(
                ProcurationRow.id,
                ProcurationRow.type,
                ProcurationRow.mandant_id,
                ProcurationRow.mandataire_id,
            ).where(ProcurationRow.id.in_(proc_ids))
        ):
            procs[pid] = (ptype, mandant, mandataire)
    users: dict[int, tuple[str, str]] = {
        uid: (u.user_code, u.enterprise_id)
        for uid, u in _loaded(session, UserRow, user_ids).items()
    }
    user_ids -= users.keys()
    if user_ids:
        for uid, code, enterprise_id in conn.execute(
            select(UserRow.id, UserRow.user_code, UserRow.enterprise_id).where(
                UserRow.id.in_(user_ids)
            )
        ):
            users[uid] = (code, enterprise_id)

    def procuration(
        pid: str, ptype: str, mandant: str, mandataire: str | None, op: ChangeOp
    ) -> None:
        _merge(out, (mandant, ChangeKind.PROCURATIONS, pid), op)
        if ptype == ProcurationType.EXTERNE.value and mandataire:
            _merge(out, (mandataire, ChangeKind.RECEIVED, pid), op)

    def assignment(aid: int, pid: str, user_id: int, op: ChangeOp) -> None:
        found = procs.get(pid)
        if found is None:
            return
        ptype, mandant, mandataire = found
        parties = [mandant]
        if ptype == ProcurationType.EXTERNE.value and mandataire:
            parties.append(mandataire)
        for party in parties:
            _merge(out, (party, ChangeKind.ASSIGNMENTS, str(aid)), op)
        procuration(pid, ptype, mandant, mandataire, ChangeOp.CHANGED)
        holder = users.get(user_id)
        if holder is not None:
            # The user record names the procuration of its own enterprise it holds.
            _merge(out, (holder[1], ChangeKind.USERS, holder[0]), ChangeOp.CHANGED)

    for n in notes:
        v = n.values
        if n.cls is ProcurationRow:
            procuration(v["id"], v["type"], v["mandant_id"], v["mandataire_id"], n.op)
        elif n.cls is AssignmentRow:
            assignment(v["id"], v["procuration_id"], v["user_id"], n.op)
        elif n.cls is UserRow:
            _merge(out, (v["enterprise_id"], ChangeKind.USERS, v["user_code"]), n.op)
            if v["role"] == Role.RSE.value or n.role_changed:
                # The enterprise record lists its RSEs.
                _merge(
                    out,
                    (v["enterprise_id"], ChangeKind.ENTERPRISE, v["enterprise_id"]),
                    ChangeOp.CHANGED,
                )
        elif n.cls is RegistrationRow:
            # Every ministry is always listed: a registration is only ever changed.
            _merge(
                out, (v["enterprise_id"], ChangeKind.REGISTRATIONS, v["ministry"]), ChangeOp.CHANGED
            )
        elif n.cls is ReceiptRow:
            _merge(out, (v["enterprise_id"], ChangeKind.RECEIPTS, v["reference"]), n.op)
        elif n.cls is MessageRow:
            _merge(out, (v["enterprise_id"], ChangeKind.MESSAGES, str(v["id"])), n.op)
        elif n.cls is EnterpriseRow:
            _merge(out, (v["id"], ChangeKind.ENTERPRISE, v["id"]), n.op)

    if renamed:
        # An assignment shows its holder's name: renaming a person changes theirs.
        held = conn.execute(
            select(AssignmentRow.id, AssignmentRow.procuration_id, AssignmentRow.user_id).where(
                AssignmentRow.user_id.in_(renamed), AssignmentRow.active
            )
        ).all()
        missing = {pid for _, pid, _ in held} - procs.keys()
        if missing:
            for pid, ptype, mandant, mandataire in conn.execute(
                select(
                    ProcurationRow.id,
                    ProcurationRow.type,
                    ProcurationRow.mandant_id,
                    ProcurationRow.mandataire_id,
                ).where(ProcurationRow.id.in_(missing))
            ):
                procs[pid] = (ptype, mandant, mandataire)
        for aid, pid, _uid in held:
            found = procs.get(pid)
            if found is None:
                continue
            ptype, mandant, mandataire = found
            _merge(out, (mandant, ChangeKind.ASSIGNMENTS, str(aid)), ChangeOp.CHANGED)
            if ptype == ProcurationType.EXTERNE.value and mandataire:
                _merge(out, (mandataire, ChangeKind.ASSIGNMENTS, str(aid)), ChangeOp.CHANGED)
    return out


_installed = False


def install() -> None:
    """Hook every session of this process (idempotent; done when this module is imported,
    which `server.models` does)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "do_orm_execute", _on_execute)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_transaction_end", _after_transaction_end)
    _installed = True


install()


# ---- retention ---------------------------------------------------------------------------------


async def prune(db: Database, *, now: datetime | None = None) -> int:
    """Delete the changes older than `RETENTION`, always keeping the newest row (the head a
    cursor is compared with). Deletion is a prefix by seq, so `min(seq) - 1` bounds what a
    valid cursor may be. Returns how many rows went."""
    cutoff = (now or datetime.now(UTC)) - RETENTION
    async with db.write() as s:
        head = await s.scalar(select(func.max(ChangeRow.seq)))
        upto = await s.scalar(select(func.max(ChangeRow.seq)).where(ChangeRow.at < cutoff))
        if head is None or upto is None:
            return 0
        upto = min(upto, head - 1)
        if upto < 1:
            return 0
        result = await s.execute(delete(ChangeRow).where(ChangeRow.seq <= upto))
        return int(getattr(result, "rowcount", 0) or 0)
