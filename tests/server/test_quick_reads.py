"""The quick read path (`Database.rows`, `server.records`) reads what the ORM reads.

It runs prepared statements straight on SQLite with SQLAlchemy's bind and result processors
taken from the compiled statement (private parts of SQLAlchemy: a new release that changes
them must fail here, not in a list the client shows). Run on both backends.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, select

from server.db import Prepared
from server.models import ProcurationRow, ReceiptRow, UserRow
from server.records import absent, shape
from tests.server.conftest import Actor
from tests.server.flows import assign, create_procuration, create_user, register

pytestmark = pytest.mark.postgres


async def test_records_hold_what_the_orm_loads(service, rse: Actor) -> None:
    await register(rse, "MELCC")
    proc = await create_procuration(rse)
    holder = await create_user(rse, "Tremblay", "Luc")
    assert (await assign(rse, proc["id"], holder)).status_code == 201
    for model in (ProcurationRow, UserRow, ReceiptRow):
        record = shape(model)
        query = Prepared(select(*record.columns))
        quick = [record.make(row) for row in await service.db.rows(query)]
        async with service.db.read() as s:
            loaded = (await s.scalars(select(model))).all()
        assert quick, model
        names = record.names
        key = names[0]
        by_key = {getattr(o, key): o for o in loaded}
        for rec in quick:
            orm = by_key[getattr(rec, key)]
            for name in names:
                assert getattr(rec, name) == getattr(orm, name), (model, name)
        # The types survive the round trip: UTC instants, dates, JSON, booleans.
        for rec in quick:
            for name in names:
                value = getattr(rec, name)
                if isinstance(value, datetime):
                    assert value.tzinfo is not None and value.utcoffset() == UTC.utcoffset(None)


async def test_bound_values_go_through_the_column_types(service, rse: Actor) -> None:
    """A date, an aware datetime, a missing optional filter: bound as the ORM would bind."""
    await register(rse, "MELCC")
    proc = await create_procuration(rse)
    end = date.fromisoformat(proc["end_date"])
    record = shape(ProcurationRow)
    query = Prepared(
        select(*record.columns).where(
            ProcurationRow.end_date == bindparam("end"),
            ProcurationRow.created_at <= bindparam("now", type_=ProcurationRow.created_at.type),
            (absent("state")) | (ProcurationRow.state == bindparam("state")),
        )
    )
    now = datetime.now(UTC)
    found = await service.db.rows(query, {"end": end, "now": now, "state": None})
    assert [record.make(r).id for r in found] == [proc["id"]]
    assert await service.db.rows(query, {"end": end, "now": now, "state": "RV"}) == []
