"""Cursor paging shared by the list routes: opaque offset cursors and the page-size clamp."""

from __future__ import annotations

import base64

from app.domain.errors import RuleViolation, field_error
from server.config import ServerConfig

# Far beyond any list the service holds, and within what SQLite and PostgreSQL take as an
# OFFSET (a forged cursor of 30 digits made the query fail: a 500).
_MAX_OFFSET = 2**31 - 1


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for (0 without one); a forged cursor is a 422 on `cursor`."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
        if kind != "o" or not 0 <= offset <= _MAX_OFFSET:
            raise ValueError(cursor)
        return offset
    except ValueError:
        raise RuleViolation([field_error("cursor", "invalid_value")]) from None


def encode_cursor(offset: int, got: int, limit: int) -> str | None:
    """The next page's cursor when the query (run with `limit + 1`) found more rows."""
    return _encode_cursor(offset + limit) if got > limit else None


def page_limit(config: ServerConfig, limit: int | None) -> int:
    """The page size asked for, or the default, never above the service's maximum."""
    return min(limit or config.default_page_size, config.max_page_size)
