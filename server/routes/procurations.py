"""Procurations: list (given or received), create, consult, change the end date, revoke, refuse."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Integer,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.domain import catalogue, validation
from app.domain.common import (
    ACCESS_LABELS_FR,
    PROCURATION_STATE_LABELS_FR,
    Access,
    Page,
    ProcurationState,
    ProcurationType,
    RegistrationState,
)
from app.domain.errors import MESSAGES, RuleViolation, field_error
from app.domain.models import (
    EnterpriseRef,
    Procuration,
    ProcurationCreate,
    ProcurationPatch,
    ProcurationResult,
    RefuseRequest,
    Right,
)
from app.receipts.french import french_date
from server import notify
from server.db import Prepared
from server.deps import DB, RSE, Config
from server.errors import Problem, forbidden, not_found
from server.models import AssignmentRow, EnterpriseRow, ProcurationRow, RegistrationRow
from server.pagination import decode_cursor, encode_cursor, page_limit
from server.records import absent, shape
from server.transactions import (
    IfMatch,
    Transaction,
    Tx,
    check_if_match,
    etag,
    reads_to_change,
    recap,
    section,
)

router = APIRouter(tags=["Gestion des procurations"])

Mandant = aliased(EnterpriseRow, name="mandant")
Mandataire = aliased(EnterpriseRow, name="mandataire")

# Procuration ids are 32 lowercase hexadecimal digits (a UUID's).
_ID = re.compile(r"[0-9a-f]{32}")

TYPE_LABELS = {
    ProcurationType.INTERNE: ("Interne", "Internal"),
    ProcurationType.EXTERNE: ("Externe", "External"),
}


# ---- reading ---------------------------------------------------------------------------------


def proc_etag(p: ProcurationRow) -> str:
    return etag("procuration", p.id, p.version)


def effective_state_sql(on: date | ColumnElement[date]) -> ColumnElement[str]:
    """The state as people see it: a stored AC whose end date has passed is EC (échue)."""
    return case(
        (and_(ProcurationRow.state == "AC", ProcurationRow.end_date < on), "EC"),
        else_=ProcurationRow.state,
    )


def effective_state(p: ProcurationRow, on: date) -> ProcurationState:
    if p.state == ProcurationState.AC.value and p.end_date < on:
        return ProcurationState.EC
    return ProcurationState(p.state)


def assigned_sql(on: date | ColumnElement[date]) -> ColumnElement[bool]:
    """True when the procuration has an assignment still running."""
    return (
        exists()
        .where(
            AssignmentRow.procuration_id == ProcurationRow.id,
            AssignmentRow.active,
            AssignmentRow.end_date >= on,
        )
        .correlate(ProcurationRow)
    )


def visible_to(enterprise_id: str | ColumnElement[str]) -> ColumnElement[bool]:
    """The mandant sees its procurations; the mandataire sees the external ones it received."""
    return or_(
        ProcurationRow.mandant_id == enterprise_id,
        and_(
            ProcurationRow.type == ProcurationType.EXTERNE.value,
            ProcurationRow.mandataire_id == enterprise_id,
        ),
    )


@dataclass(slots=True)
class Loaded:
    """A procuration with what its answer needs besides the row."""

    row: ProcurationRow
    mandant_name: str
    mandataire_name: str | None
    assigned: bool

    def model(self, on: date) -> Procuration:
        return to_model(self.row, self.mandant_name, self.mandataire_name, self.assigned, on)


def _select(on: date | ColumnElement[date]) -> Any:
    return (
        select(ProcurationRow, Mandant.name, Mandataire.name, assigned_sql(on).label("assigned"))
        .join(Mandant, Mandant.id == ProcurationRow.mandant_id)
        .outerjoin(Mandataire, Mandataire.id == ProcurationRow.mandataire_id)
    )


_ON = bindparam("on", type_=Date)
# Built once (building a statement cost as much as running it): `load_visible`'s, and the
# same locking the row in a transaction that changes it (see `reads_to_change`).
_VISIBLE = _select(_ON).where(
    ProcurationRow.id == bindparam("pid", type_=String),
    visible_to(bindparam("eid", type_=String)),
)
_VISIBLE_LOCKED = _VISIBLE.with_for_update(of=ProcurationRow)


# An active assignment of :pid running past :end (what a new end date :end must move).
_ASSIGNMENT_PAST = (
    select(AssignmentRow.id)
    .where(
        AssignmentRow.procuration_id == bindparam("pid", type_=String),
        AssignmentRow.active,
        or_(
            AssignmentRow.start_date > bindparam("end", type_=Date),
            AssignmentRow.end_date > bindparam("end", type_=Date),
        ),
    )
    .limit(1)
)


async def load_visible(
    s: AsyncSession, enterprise_id: str, procuration_id: str, on: date
) -> Loaded:
    """The procuration if the enterprise may see it; 404 otherwise (never 403)."""
    if _ID.fullmatch(procuration_id) is None:  # also keeps NUL and the like away from SQL
        raise not_found()
    stmt = _VISIBLE_LOCKED if reads_to_change(s) else _VISIBLE
    params = {"pid": procuration_id, "eid": enterprise_id, "on": on}
    found = (await s.execute(stmt, params)).first()
    if found is None:
        raise not_found()
    row, mandant_name, mandataire_name, assigned = found
    return Loaded(row, mandant_name, mandataire_name, bool(assigned))


async def is_assigned(s: AsyncSession, procuration_id: str, on: date) -> bool:
    got = await s.scalar(
        select(AssignmentRow.id)
        .where(
            AssignmentRow.procuration_id == procuration_id,
            AssignmentRow.active,
            AssignmentRow.end_date >= on,
        )
        .limit(1)
    )
    return got is not None


# ---- the quick reads (server.records): consult and list without the ORM -----------------------

_PROC = shape(ProcurationRow)


def _quick_select() -> Any:
    """Columns of `_select`, the procuration's as a record (see `_loaded`), with `:on`."""
    return (
        select(*_PROC.columns, Mandant.name, Mandataire.name, assigned_sql(_ON).label("assigned"))
        .join(Mandant, Mandant.id == ProcurationRow.mandant_id)
        .outerjoin(Mandataire, Mandataire.id == ProcurationRow.mandataire_id)
    )


def _loaded(values: Sequence[Any]) -> Loaded:
    width = _PROC.width
    return Loaded(_PROC.make(values), values[width], values[width + 1], bool(values[width + 2]))


_ONE_VISIBLE = Prepared(
    _quick_select().where(
        ProcurationRow.id == bindparam("pid"), visible_to(bindparam("eid", type_=String))
    )
)


@cache
def _list_statement(received: bool, sort: str) -> Prepared:
    """One prepared statement per side and sort; each filter is `(:f IS NULL OR ...)`."""
    shown = effective_state_sql(_ON)
    assigned = assigned_sql(_ON)
    eid = bindparam("eid", type_=String)
    stmt = _quick_select()
    if received:
        stmt = stmt.where(
            ProcurationRow.type == ProcurationType.EXTERNE.value,
            ProcurationRow.mandataire_id == eid,
        )
    else:
        stmt = stmt.where(ProcurationRow.mandant_id == eid)
    like = bindparam("like", type_=String)
    stmt = stmt.where(
        or_(absent("type"), ProcurationRow.type == bindparam("type", type_=String)),
        or_(absent("state"), shown == bindparam("state", type_=String)),
        or_(
            absent("ministry_like"),
            cast(ProcurationRow.rights, Text).like(bindparam("ministry_like", type_=String)),
        ),
        or_(
            absent("ending_by", Date),
            and_(
                shown == ProcurationState.AC.value,
                ProcurationRow.end_date <= bindparam("ending_by", type_=Date),
            ),
        ),
        or_(
            absent("assigned", Boolean),
            and_(bindparam("assigned", type_=Boolean), assigned),
            and_(~bindparam("assigned", type_=Boolean), ~assigned),
        ),
        or_(
            absent("like"),
            func.lower(ProcurationRow.description).like(like),
            func.lower(Mandant.name).like(like),
            func.lower(func.coalesce(Mandataire.name, "")).like(like),
            ProcurationRow.mandant_id.like(like),
            func.coalesce(ProcurationRow.mandataire_id, "").like(like),
        ),
    )
    column: Any = {
        "end_date": ProcurationRow.end_date,
        "start_date": ProcurationRow.start_date,
        "description": func.lower(ProcurationRow.description),
        "state": shown,
        "type": ProcurationRow.type,
        "mandant": func.lower(Mandant.name),
        "mandataire": func.lower(func.coalesce(Mandataire.name, "")),
        "created": ProcurationRow.created_at,
    }[sort.lstrip("-")]
    order = column.desc() if sort.startswith("-") else column.asc()
    return Prepared(
        stmt.order_by(order, ProcurationRow.id)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


def to_model(
    p: ProcurationRow,
    mandant_name: str,
    mandataire_name: str | None,
    assigned: bool,
    on: date,
) -> Procuration:
    return Procuration(
        id=p.id,
        type=ProcurationType(p.type),
        mandant=EnterpriseRef(id=p.mandant_id, name=mandant_name),
        mandataire=(
            EnterpriseRef(id=p.mandataire_id, name=mandataire_name or "")
            if p.mandataire_id
            else None
        ),
        start_date=p.start_date,
        end_date=p.end_date,
        description=p.description or "",
        remark=p.remark or "",
        rights=[Right.model_validate(r) for r in p.rights or []],
        state=effective_state(p, on),
        assigned=assigned,
        refusal_reason=p.refusal_reason,
        version=p.version,
        created_at=p.created_at,
    )


def service_path(ministry: str, code: str) -> str:
    """«Gestion des halocarbures › Transmettre la déclaration annuelle…» for a block."""

    def find(services: list[Any], trail: list[str]) -> list[str] | None:
        for s in services:
            here = [*trail, s.name]
            if s.code == code:
                return here
            deeper = find(s.children, here)
            if deeper:
                return deeper
        return None

    m = catalogue.by_code().get(ministry)
    path = find(m.services, []) if m else None
    return " › ".join(path) if path else catalogue.service_name(ministry, code)


def rights_sections(rights: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One «Droits d'accès» section per ministry: its access and the services chosen."""
    out = []
    for r in rights:
        m = catalogue.by_code().get(r["ministry"])
        rows = [
            ("Ministère ou organisme", "Ministry or body", m.name if m else r["ministry"]),
            ("Droits d'accès", "Access rights", ACCESS_LABELS_FR[Access(r["access"])]),
        ]
        rows += [
            ("Service", "Service", service_path(r["ministry"], code))
            for code in r.get("services") or []
        ]
        out.append(section("Droits d'accès", "Access rights", rows))
    return out


def procuration_recap(
    title_fr: str,
    title_en: str,
    p: ProcurationRow,
    mandataire_name: str | None,
    on: date,
    *extra: dict[str, Any],
) -> dict[str, Any]:
    """The receipt's content, laid out as the procedure's screens show a procuration."""
    kind = ProcurationType(p.type)
    rows = [("Type de procuration", "Type of procuration", TYPE_LABELS[kind][0])]
    if kind is ProcurationType.EXTERNE:
        rows.append(
            ("Mandataire", "Mandataire", f"{mandataire_name or ''} ({p.mandataire_id})".strip())
        )
    rows += [
        ("Date de début", "Start date", french_date(p.start_date)),
        ("Date de fin", "End date", french_date(p.end_date)),
        ("Description", "Description", p.description or ""),
        ("Remarque", "Remark", p.remark or ""),
        (
            "État de la procuration",
            "State of the procuration",
            PROCURATION_STATE_LABELS_FR[effective_state(p, on)],
        ),
    ]
    if p.refusal_reason:
        rows.append(("Raison du refus", "Reason for the refusal", p.refusal_reason))
    return recap(
        title_fr,
        title_en,
        section("Procuration", "Procuration", rows),
        *rights_sections(p.rights or []),
        *extra,
    )


def snapshot(p: ProcurationRow) -> dict[str, Any]:
    return {
        "type": p.type,
        "mandant_id": p.mandant_id,
        "mandataire_id": p.mandataire_id,
        "start_date": p.start_date.isoformat(),
        "end_date": p.end_date.isoformat(),
        "description": p.description,
        "remark": p.remark,
        "rights": p.rights,
        "state": p.state,
        "refusal_reason": p.refusal_reason,
        "version": p.version,
    }


async def audit_both(
    tx: Transaction,
    action: str,
    object_type: str,
    object_id: str,
    p: ProcurationRow,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Audit in the caller's enterprise and, for an external procuration, in the other
    party's too: each sees in its own log what was done to a procuration it is part of."""
    assert tx.caller is not None
    await tx.audit(action, object_type, object_id, before=before, after=after)
    if p.type == ProcurationType.EXTERNE.value and p.mandataire_id:
        other = p.mandataire_id if tx.caller.enterprise_id == p.mandant_id else p.mandant_id
        if other != tx.caller.enterprise_id:
            await tx.audit(
                action, object_type, object_id, before=before, after=after, enterprise_id=other
            )


async def end_assignments(s: AsyncSession, procuration_id: str) -> None:
    """A revoked or refused procuration is held by no one any more."""
    await s.execute(
        update(AssignmentRow)
        .where(AssignmentRow.procuration_id == procuration_id, AssignmentRow.active)
        .values(active=False, ended_at=datetime.now(UTC))
    )


def mandant_only() -> Problem:
    return forbidden(
        "Seule l'entreprise mandante peut modifier ou révoquer cette procuration.",
        "Only the enterprise that gave this procuration can change or revoke it.",
        "mandant-only",
    )


def mandataire_only(code: str = "not_mandataire") -> Problem:
    """403 `not-mandataire`; `code` (of MESSAGES) words the detail for the operation refused."""
    fr, en = MESSAGES[code]
    return forbidden(fr, en, "not-mandataire")


def not_active() -> RuleViolation:
    return RuleViolation([field_error("state", "procuration_not_active")])


# ---- routes ----------------------------------------------------------------------------------

SortKey = Literal[
    "end_date",
    "-end_date",
    "start_date",
    "-start_date",
    "description",
    "-description",
    "state",
    "-state",
    "type",
    "-type",
    "mandant",
    "-mandant",
    "mandataire",
    "-mandataire",
    "created",
    "-created",
]


@router.get(
    "/procurations",
    response_model=Page[Procuration],
    summary="Liste des procurations (données ou reçues)",
    description=(
        "Sans `received` : les procurations que l'entreprise a données (internes et externes). "
        "Avec `received=true` : les procurations externes reçues comme mandataire (le nom et le "
        "numéro du mandant sont dans `mandant`). `state` filtre sur l'état affiché (une "
        "procuration active dont la date de fin est passée est EC, échue). `ending_within_days` "
        "garde les procurations actives qui se terminent d'ici N jours. `sort` : un champ, "
        "précédé de « - » pour l'ordre décroissant."
    ),
)
async def list_procurations(
    caller: RSE,
    db: DB,
    config: Config,
    received: bool = False,
    type: ProcurationType | None = None,
    state: ProcurationState | None = None,
    ministry: Annotated[str | None, Query(max_length=32)] = None,
    ending_within_days: Annotated[int | None, Query(ge=0, le=3650)] = None,
    assigned: bool | None = None,
    q: Annotated[
        str | None,
        Query(max_length=100, description="Description, nom ou numéro de l'autre partie"),
    ] = None,
    sort: SortKey = "end_date",
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Procuration]:
    on = notify.today()
    limit = page_limit(config, limit)
    offset = decode_cursor(cursor)
    params: dict[str, Any] = {
        "on": on,
        "eid": caller.enterprise_id,
        "type": type.value if type is not None else None,
        "state": state.value if state is not None else None,
        # Rights are stored granted ones only; no service code equals a ministry code.
        "ministry_like": (
            f'%"{ministry.strip().upper().replace("%", "").replace("_", "")}"%'
            if ministry
            else None
        ),
        "ending_by": (
            on + timedelta(days=ending_within_days) if ending_within_days is not None else None
        ),
        "assigned": assigned,
        "like": f"%{q.strip().lower()}%" if q else None,
        "offset": offset,
        "limit": limit + 1,
    }
    rows = await db.rows(_list_statement(received, sort), params)
    items = [_loaded(r).model(on) for r in rows[:limit]]
    return Page[Procuration](items=items, next_cursor=encode_cursor(offset, len(rows), limit))


@router.post(
    "/procurations",
    status_code=201,
    response_model=ProcurationResult,
    summary="Ajouter une procuration (interne ou externe)",
    description=(
        "Par le ou la RSE de l'entreprise mandante. Externe : `mandataire_id` est le numéro "
        "d'identification (10 chiffres) d'une entreprise existante, autre que la sienne. Date "
        "de début par défaut : aujourd'hui; date de fin au plus trois ans moins un jour après "
        "le début. Droits : par ministère, `unrestricted`, `restricted` (avec `services`) ou "
        "`none`; tout droit exige une inscription Actif à ce ministère. Le mandataire reçoit "
        "le message « Procuration reçue »."
    ),
)
async def create_procuration(body: ProcurationCreate, caller: RSE, tx: Tx) -> JSONResponse:
    on = notify.today()
    now = datetime.now(UTC)
    async with tx.run(caller, body) as s:
        active = set(
            (
                await s.scalars(
                    select(RegistrationRow.ministry).where(
                        RegistrationRow.enterprise_id == caller.enterprise_id,
                        RegistrationRow.state == RegistrationState.ACTIF.value,
                    )
                )
            ).all()
        )
        errors = validation.check_procuration_create(
            body, today=on, own_enterprise_id=caller.enterprise_id, active_ministries=active
        )
        mandataire: EnterpriseRow | None = None
        is_external = body.type == ProcurationType.EXTERNE.value
        if (
            is_external
            and body.mandataire_id
            and not any(e.field == "mandataire_id" for e in errors)
        ):
            mandataire = await s.get(EnterpriseRow, body.mandataire_id.strip())
            if mandataire is None:
                errors.append(field_error("mandataire_id", "mandataire_unknown"))
        if errors:
            raise RuleViolation(errors)
        rights = [
            {
                "ministry": r.ministry,
                "access": r.access,
                "services": list(dict.fromkeys(r.services)),
            }
            for r in body.rights
            if r.access != Access.NONE.value
        ]
        p = ProcurationRow(
            id=uuid.uuid4().hex,
            type=body.type,
            mandant_id=caller.enterprise_id,
            mandataire_id=mandataire.id if mandataire else None,
            start_date=body.start_date or on,
            end_date=body.end_date,
            description=(body.description or "").strip(),
            remark=(body.remark or "").strip(),
            rights=rights,
            state=ProcurationState.AC.value,
            state_changed_at=now,
            refusal_reason=None,
            version=1,
            created_at=now,
            created_by=caller.user_id,
        )
        s.add(p)
        await s.flush()
        mandataire_name = mandataire.name if mandataire else None
        receipt = await tx.receipt(
            "procuration.create",
            procuration_recap("Ajout d'une procuration", "New procuration", p, mandataire_name, on),
        )
        await audit_both(tx, "procuration.create", "procuration", p.id, p, after=snapshot(p))
        if mandataire is not None:
            await notify.procuration_received(s, p, caller.enterprise_name)
        model = to_model(p, caller.enterprise_name, mandataire_name, False, on)
        result = ProcurationResult(procuration=model, receipt=receipt)
        return await tx.done(result, 201, headers={"ETag": proc_etag(p)})


@router.get(
    "/procurations/{procuration_id}",
    response_model=Procuration,
    summary="Consulter une procuration",
    description="Avec son `ETag`, à renvoyer dans `If-Match` pour la modifier.",
)
async def get_procuration(procuration_id: str, caller: RSE, db: DB) -> JSONResponse:
    on = notify.today()
    if _ID.fullmatch(procuration_id) is None:
        raise not_found()
    found = await db.rows(
        _ONE_VISIBLE, {"pid": procuration_id, "eid": caller.enterprise_id, "on": on}
    )
    if not found:
        raise not_found()
    loaded = _loaded(found[0])
    return JSONResponse(
        loaded.model(on).model_dump(mode="json"), headers={"ETag": proc_etag(loaded.row)}
    )


@router.patch(
    "/procurations/{procuration_id}",
    response_model=ProcurationResult,
    summary="Modifier la date de fin d'une procuration (If-Match requis)",
    description=(
        "Par l'entreprise mandante, tant que la procuration est active : une procuration échue, "
        "révoquée ou refusée ne se modifie plus (`procuration_not_active`), il faut en créer "
        "une nouvelle. La date de fin reste au plus trois ans moins un jour après le début. "
        "Les assignations qui dépassent la nouvelle date de fin y sont ramenées."
    ),
)
async def patch_procuration(
    procuration_id: str,
    body: ProcurationPatch,
    caller: RSE,
    tx: Tx,
    if_match: IfMatch = None,
) -> JSONResponse:
    on = notify.today()
    async with tx.run(caller, body) as s:
        loaded = await load_visible(s, caller.enterprise_id, procuration_id, on)
        p = loaded.row
        if p.mandant_id != caller.enterprise_id:
            raise mandant_only()
        check_if_match(if_match, proc_etag(p), loaded.model(on))
        if effective_state(p, on) is not ProcurationState.AC:
            raise not_active()
        errors = validation.check_end_date_change(p.start_date, body.end_date, today=on)
        if errors:
            raise RuleViolation(errors)
        before = snapshot(p)
        p.end_date = body.end_date
        p.version += 1
        now = datetime.now(UTC)
        # The assignments the new end date reaches into: most often none, and one look costs
        # less than the two bulk UPDATEs (and the change feed's reads before them).
        reached = await s.scalar(_ASSIGNMENT_PAST, {"pid": p.id, "end": body.end_date})
        if reached is not None:
            await s.execute(
                update(AssignmentRow)
                .where(
                    AssignmentRow.procuration_id == p.id,
                    AssignmentRow.active,
                    AssignmentRow.start_date > body.end_date,
                )
                .values(active=False, ended_at=now)
            )
            await s.execute(
                update(AssignmentRow)
                .where(
                    AssignmentRow.procuration_id == p.id,
                    AssignmentRow.active,
                    AssignmentRow.end_date > body.end_date,
                )
                .values(end_date=body.end_date)
            )
        receipt = await tx.receipt(
            "procuration.modify",
            procuration_recap(
                "Modification d'une procuration",
                "Change of a procuration",
                p,
                loaded.mandataire_name,
                on,
            ),
        )
        await audit_both(
            tx, "procuration.modify", "procuration", p.id, p, before=before, after=snapshot(p)
        )
        assigned = loaded.assigned if reached is None else await is_assigned(s, p.id, on)
        model = to_model(p, loaded.mandant_name, loaded.mandataire_name, assigned, on)
        result = ProcurationResult(procuration=model, receipt=receipt)
        return await tx.done(result, headers={"ETag": proc_etag(p)})


@router.post(
    "/procurations/{procuration_id}/revoke",
    response_model=ProcurationResult,
    summary="Révoquer une procuration",
    description=(
        "Par l'entreprise mandante, sur une procuration active. Ses assignations prennent fin; "
        "pour une procuration externe, le mandataire reçoit le message « Procuration révoquée »."
    ),
)
async def revoke_procuration(procuration_id: str, caller: RSE, tx: Tx) -> JSONResponse:
    on = notify.today()
    async with tx.run(caller) as s:
        loaded = await load_visible(s, caller.enterprise_id, procuration_id, on)
        p = loaded.row
        if p.mandant_id != caller.enterprise_id:
            raise mandant_only()
        if effective_state(p, on) is not ProcurationState.AC:
            raise not_active()
        before = snapshot(p)
        p.state = ProcurationState.RV.value
        p.state_changed_at = datetime.now(UTC)
        p.version += 1
        await end_assignments(s, p.id)
        receipt = await tx.receipt(
            "procuration.revoke",
            procuration_recap(
                "Révocation d'une procuration",
                "Revocation of a procuration",
                p,
                loaded.mandataire_name,
                on,
            ),
        )
        await audit_both(
            tx, "procuration.revoke", "procuration", p.id, p, before=before, after=snapshot(p)
        )
        if p.type == ProcurationType.EXTERNE.value and p.mandataire_id:
            await notify.procuration_revoked(s, p, loaded.mandant_name)
        model = to_model(p, loaded.mandant_name, loaded.mandataire_name, False, on)
        return await tx.done(
            ProcurationResult(procuration=model, receipt=receipt), headers={"ETag": proc_etag(p)}
        )


@router.post(
    "/procurations/{procuration_id}/refuse",
    response_model=ProcurationResult,
    summary="Refuser une procuration externe reçue",
    description=(
        "Par le mandataire seulement (le mandant : 403 `not-mandataire`), sur une procuration "
        "externe active, avec la raison du refus (`reason_required`). Ses assignations prennent "
        "fin; le mandant voit la raison (`refusal_reason`) et reçoit le message « Procuration "
        "refusée »."
    ),
)
async def refuse_procuration(
    procuration_id: str, body: RefuseRequest, caller: RSE, tx: Tx
) -> JSONResponse:
    on = notify.today()
    reason = body.reason.strip()
    async with tx.run(caller, body) as s:
        loaded = await load_visible(s, caller.enterprise_id, procuration_id, on)
        p = loaded.row
        if p.type != ProcurationType.EXTERNE.value or p.mandataire_id != caller.enterprise_id:
            raise mandataire_only()
        if effective_state(p, on) is not ProcurationState.AC:
            raise not_active()
        if not reason:
            raise RuleViolation([field_error("reason", "reason_required")])
        before = snapshot(p)
        p.state = ProcurationState.RF.value
        p.state_changed_at = datetime.now(UTC)
        p.refusal_reason = reason
        p.version += 1
        await end_assignments(s, p.id)
        receipt = await tx.receipt(
            "procuration.refuse",
            procuration_recap(
                "Refus d'une procuration",
                "Refusal of a procuration",
                p,
                loaded.mandataire_name,
                on,
                section(
                    "Mandant",
                    "Mandant",
                    [
                        ("Nom", "Name", loaded.mandant_name),
                        ("Numéro d'identification", "Identification number", p.mandant_id),
                    ],
                ),
            ),
        )
        await audit_both(
            tx, "procuration.refuse", "procuration", p.id, p, before=before, after=snapshot(p)
        )
        await notify.procuration_refused(s, p, caller.enterprise_name, reason)
        model = to_model(p, loaded.mandant_name, loaded.mandataire_name, False, on)
        return await tx.done(
            ProcurationResult(procuration=model, receipt=receipt), headers={"ETag": proc_etag(p)}
        )
