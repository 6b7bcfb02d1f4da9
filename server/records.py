"""Plain records of mapped rows, for reads that skip the ORM (`Database.rows`).

A list of twenty procurations read through the ORM cost more in SQLAlchemy's statement building,
execution and object loading than in everything else the request did. The hot reads instead
select a table's columns with a `Prepared` statement and wrap each row's slice in a record: a
named tuple whose fields are the mapped attributes' names, so the code that turns a row into
its API model reads `record.end_date` as it reads `row.end_date` on a mapped object.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Column, String, bindparam, inspect


class Shape:
    """The columns of a mapped class, in the order `make` expects them."""

    __slots__ = ("_make", "columns", "names", "width")
    _make: Any

    def __init__(self, model: type[Any]) -> None:
        mapper = inspect(model)
        table = mapper.local_table
        self.columns: tuple[Column[Any], ...] = tuple(table.columns)
        self.names = tuple(mapper.get_property_by_column(c).key for c in self.columns)
        record: Any = namedtuple(f"{model.__name__}Record", self.names)  # type: ignore[misc]
        self._make = record._make
        self.width = len(self.columns)

    def make(self, values: Sequence[Any], start: int = 0) -> Any:
        """The record of `values[start : start + width]` (None when its key column is None,
        as for the missing side of an outer join)."""
        part = values[start : start + self.width]
        if part[0] is None:
            return None
        return self._make(part)


@cache
def shape(model: type[Any]) -> Shape:
    return Shape(model)


def absent(name: str, type_: Any = String) -> Any:
    """`:name IS NULL`, for a prepared statement's optional filter `(:name IS NULL OR ...)`."""
    return bindparam(name, type_=type_).is_(None)
