"""The enterprise's acknowledgement receipts (accusés de réception), by reference number."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import Integer, String, bindparam, or_, select

from app.domain.common import Page
from app.domain.models import Receipt
from app.receipts.french import QUEBEC
from server.db import Prepared
from server.deps import DB, Caller, Config, SignedIn
from server.errors import not_found
from server.models import ReceiptRow
from server.pagination import decode_cursor, encode_cursor, page_limit
from server.records import absent, shape
from server.transactions import receipt_model

router = APIRouter(tags=["Accusés de réception"])


def _visible(caller: Caller) -> list[Any]:
    """An RSE sees every receipt of the enterprise; a user only those of their own doings."""
    where: list[Any] = [ReceiptRow.enterprise_id == caller.enterprise_id]
    if not caller.is_rse:
        where.append(ReceiptRow.user_id == caller.user_id)
    return where


_RECEIPT = shape(ReceiptRow)
_AT = ReceiptRow.transmitted_at.type
# The list, prepared once: every filter is `(:f IS NULL OR ...)` (server.records).
_LIST = Prepared(
    select(*_RECEIPT.columns)
    .where(
        ReceiptRow.enterprise_id == bindparam("eid", type_=String),
        or_(absent("uid", Integer), ReceiptRow.user_id == bindparam("uid", type_=Integer)),
        or_(absent("kind"), ReceiptRow.kind == bindparam("kind", type_=String)),
        or_(absent("kind_like"), ReceiptRow.kind.like(bindparam("kind_like", type_=String))),
        or_(absent("ref_like"), ReceiptRow.reference.like(bindparam("ref_like", type_=String))),
        or_(absent("since", _AT), ReceiptRow.transmitted_at >= bindparam("since", type_=_AT)),
        or_(absent("until", _AT), ReceiptRow.transmitted_at < bindparam("until", type_=_AT)),
    )
    .order_by(ReceiptRow.transmitted_at.desc(), ReceiptRow.reference.desc())
    .offset(bindparam("offset", type_=Integer))
    .limit(bindparam("limit", type_=Integer))
)


def _start_of(day: date) -> datetime:
    """Midnight in Québec, the day receipts are dated by."""
    return datetime.combine(day, time.min, tzinfo=QUEBEC)


@router.get(
    "/receipts",
    response_model=Page[Receipt],
    summary="Accusés de réception de l'entreprise",
    description=(
        "Les plus récents d'abord. `kind` : un genre exact (`procuration.create`) ou une "
        "famille (`procuration`); `q` : début du numéro de référence; `from`, `to` : dates "
        "(AAAA-MM-JJ, heure du Québec) incluses."
    ),
)
async def list_receipts(
    caller: SignedIn,
    db: DB,
    config: Config,
    kind: Annotated[str | None, Query(max_length=64)] = None,
    q: Annotated[str | None, Query(max_length=9, pattern=r"^\d*$")] = None,
    from_: Annotated[date | None, Query(alias="from")] = None,
    to: date | None = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Receipt]:
    limit = page_limit(config, limit)
    offset = decode_cursor(cursor)
    family = kind.strip() if kind else ""
    params: dict[str, Any] = {
        "eid": caller.enterprise_id,
        # An RSE sees every receipt of the enterprise; a user only those of their own doings.
        "uid": None if caller.is_rse else caller.user_id,
        "kind": family if "." in family else None,
        "kind_like": f"{family.replace('%', '')}.%" if family and "." not in family else None,
        "ref_like": f"{q}%" if q else None,
        "since": _start_of(from_) if from_ is not None else None,
        # Up to 9999-12-31 is no bound (and there is no day after).
        "until": _start_of(to + timedelta(days=1)) if to is not None and to < date.max else None,
        "offset": offset,
        "limit": limit + 1,
    }
    rows = [_RECEIPT.make(r) for r in await db.rows(_LIST, params)]
    items = [receipt_model(r, caller.enterprise_name) for r in rows[:limit]]
    return Page[Receipt](items=items, next_cursor=encode_cursor(offset, len(rows), limit))


@router.get(
    "/receipts/{reference}",
    response_model=Receipt,
    summary="Consulter un accusé de réception",
    description="Par son numéro de référence (9 chiffres, zéros de tête compris).",
)
async def get_receipt(reference: str, caller: SignedIn, db: DB) -> Receipt:
    if len(reference) != 9 or not reference.isdigit():
        raise not_found()
    async with db.read() as s:
        row = await s.scalar(
            select(ReceiptRow).where(ReceiptRow.reference == reference, *_visible(caller))
        )
    if row is None:
        raise not_found()
    return receipt_model(row, caller.enterprise_name)
