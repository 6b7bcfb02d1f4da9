"""Database engine and sessions: SQLite (WAL, serialised writers) or PostgreSQL (asyncpg)."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import time
from collections.abc import AsyncIterator, Generator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import aiosqlite
from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: writers of several processes poll SQLite
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# A read waits this long for a lock (WAL readers almost never do); a writer waits for another
# process's write in Database.write(), up to _WRITE_WAIT_SECONDS, without blocking the loop.
_READ_BUSY_MS = 5000
_WRITE_WAIT_SECONDS = 30.0
# How long a process waiting for another's write lock polls it before waiting in a thread.
_SPIN_SECONDS = 0.05
_SPIN_PAUSE = 0.0002

MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` and `sqlite:///` URLs and pick the async drivers."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        u = u.set(drivername="postgresql+asyncpg")
    elif u.drivername == "sqlite":
        u = u.set(drivername="sqlite+aiosqlite")
    return u.render_as_string(hide_password=False)


class _RunNow:
    """Stands in for aiosqlite's queue to its worker thread: runs each call at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Any]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:
            if future is not None and not future.done():
                future.set_exception(exc)
        else:
            if future is not None and not future.done():
                future.set_result(result)


class _InlineConnection(aiosqlite.Connection):
    """aiosqlite's interface, but every call runs on the event loop's own thread.

    aiosqlite hands each call to a worker thread and back: two thread switches per statement,
    which measured as most of a request's time (a sign-in check went from 4.2 ms to 1.9 ms of
    CPU, and the wall time to a third, under load). SQLite answers a local query in
    microseconds, and writers are serialised in the process (`Database.write`), so running it
    inline blocks the loop only for that long. The one wait left is another process holding
    the write lock (busy_timeout), which with one service process happens only while an
    operator command writes."""

    def __init__(self, connector: Any) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunNow()  # type: ignore[assignment]

    async def _execute(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)

    async def _connect(self) -> _InlineConnection:
        if self._connection is None:
            self._connection = self._connector()
        return self

    def __await__(self) -> Generator[Any, None, _InlineConnection]:
        return self._connect().__await__()

    def stop(self) -> None:
        self._running = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _statement_runner(conn: Any) -> Any:
    """How to run BEGIN and PRAGMAs on this connection: straight on the sqlite3 connection when
    it is ours (SQLAlchemy's execution machinery costs more than the statement), else through
    SQLAlchemy."""
    inline = getattr(conn.connection.dbapi_connection, "_connection", None)
    if isinstance(inline, _InlineConnection) and inline._connection is not None:
        raw: sqlite3.Connection = inline._connection
        return raw.execute
    return conn.exec_driver_sql


async def _inline_sqlite(path: str) -> _InlineConnection:
    connector = partial(sqlite3.connect, path, timeout=30, check_same_thread=False)
    return await _InlineConnection(connector)


def _poll_lock(fd: int, seconds: float) -> bool:
    """Take the file lock within `seconds`, polling (blocking the caller): see `_lock_file`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_SPIN_PAUSE)


class Prepared:
    """A SELECT built once, with named bind parameters, for `Database.rows`.

    On the embedded SQLite it is compiled once and run straight on the sqlite3 connection
    with SQLAlchemy's own bind and result processors (the same conversions, UTC datetimes
    included): 10 µs instead of the 200 µs of SQLAlchemy's execution machinery (connection
    checkout, greenlet switch, result wrapping), which every request paid for its session
    check. Elsewhere it is executed by SQLAlchemy as usual."""

    __slots__ = ("_sqlite", "stmt")

    def __init__(self, stmt: Any) -> None:
        self.stmt = stmt
        self._sqlite: tuple[str, list[tuple[str, Any, Any]], list[Any]] | None = None

    def for_sqlite(self, dialect: Any) -> tuple[str, list[tuple[str, Any, Any]], list[Any]]:
        if self._sqlite is None:
            compiled = self.stmt.compile(dialect=dialect)
            processors = compiled._bind_processors
            order = [
                (name, compiled.binds[name].effective_value, processors.get(name))
                for name in compiled.positiontup or ()
            ]
            results = [
                column.type._cached_result_processor(dialect, None)
                for column in compiled._result_columns
            ]
            self._sqlite = (str(compiled), order, results)
        return self._sqlite


_NO_VALUE: dict[str, Any] = {}


def _bound(query: Prepared, dialect: Any, params: dict[str, Any]) -> tuple[str, list[Any]]:
    sql, order, _ = query.for_sqlite(dialect)
    values = []
    for name, default, process in order:
        value = params.get(name, default)
        values.append(process(value) if process is not None and value is not None else value)
    return sql, values


def _converted(query: Prepared, dialect: Any, found: list[Any]) -> list[tuple[Any, ...]]:
    _, _, results = query.for_sqlite(dialect)
    if not any(results):
        return found
    return [
        tuple(p(v) if p is not None else v for p, v in zip(results, row, strict=True))
        for row in found
    ]


def _inline_sqlite_of(connection: Connection) -> sqlite3.Connection | None:
    """The sqlite3 connection under a SQLAlchemy connection when it is an inline one."""
    inline = getattr(connection.connection.dbapi_connection, "_connection", None)
    if isinstance(inline, _InlineConnection) and inline._connection is not None:
        raw: sqlite3.Connection = inline._connection
        return raw
    return None


@dataclass(slots=True)
class Outcome:
    """What a statement run by `run_in` / `run_in_sync` gave: its rows and its row count."""

    rows: list[tuple[Any, ...]]
    rowcount: int


def run_in_sync(
    connection: Connection, query: Prepared, params: dict[str, Any] | list[dict[str, Any]]
) -> Outcome:
    """Run a prepared statement in the transaction of `connection` (a session's): straight on
    sqlite3 when inline, else through SQLAlchemy. A list of parameter sets is an executemany.

    For the transaction's own bookkeeping (the key's claim and answer, the receipt number's
    check, the audit chain, the change feed): tables whose rows the session's ORM objects
    never hold, so there is nothing to flush before, and each of these statements costs
    10 µs instead of SQLAlchemy's 80."""
    raw = _inline_sqlite_of(connection)
    if raw is None:
        result = connection.execute(query.stmt, params)
        rows = [tuple(r) for r in result.all()] if result.returns_rows else []
        return Outcome(rows, result.rowcount)
    dialect = connection.dialect
    if isinstance(params, list):
        sql = query.for_sqlite(dialect)[0]
        cursor = raw.executemany(sql, [_bound(query, dialect, p)[1] for p in params])
        return Outcome([], cursor.rowcount)
    sql, values = _bound(query, dialect, params)
    cursor = raw.execute(sql, values)
    return Outcome(_converted(query, dialect, cursor.fetchall()), cursor.rowcount)


async def run_in(
    session: AsyncSession, query: Prepared, params: dict[str, Any] | list[dict[str, Any]]
) -> Outcome:
    """`run_in_sync` in an async session's transaction."""
    conn = await session.connection()
    if _inline_sqlite_of(conn.sync_connection) is None:  # type: ignore[arg-type]
        result = await conn.execute(query.stmt, params)
        rows = [tuple(r) for r in result.all()] if result.returns_rows else []
        return Outcome(rows, result.rowcount)
    return run_in_sync(conn.sync_connection, query, params)  # type: ignore[arg-type]


class Database:
    """Owns the engine. Writers go through `write()`: on SQLite they are serialised in the
    process and open with BEGIN IMMEDIATE, so load never ends in 'database is locked'."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        path = make_url(self.url).database if self.is_sqlite else None
        self._inline = bool(self.is_sqlite and path and path != ":memory:")
        if self._inline:
            assert path is not None
            kwargs["async_creator"] = partial(_inline_sqlite, path)
        elif self.is_sqlite:
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs.update(pool_size=20, max_overflow=20, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.is_sqlite:
            self._configure_sqlite()
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = asyncio.Lock()
        self._immediate = self.engine.execution_options(sqlite_immediate=True)
        self._lock_fd: int | None = None
        self._wait_fd: int | None = None
        self._sqlite_path = path if self._inline else None
        self._reader: sqlite3.Connection | None = None
        if self._inline and fcntl is not None:
            self._lock_fd = os.open(f"{path}.writer-lock", os.O_RDWR | os.O_CREAT, 0o600)
            self._wait_fd = os.open(f"{path}.writer-wait", os.O_RDWR | os.O_CREAT, 0o600)

    def _configure_sqlite(self) -> None:
        sync_engine = self.engine.sync_engine

        @event.listens_for(sync_engine, "connect")
        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy, not the driver, decide when transactions begin.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={_READ_BUSY_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(sync_engine, "begin")
        def on_begin(conn: Any) -> None:
            run = _statement_runner(conn)
            if not conn.get_execution_options().get("sqlite_immediate", False):
                run("BEGIN")
                return
            # A writer of another process holds the lock: fail at once (write() waits, without
            # blocking the loop) instead of SQLite's busy handler sleeping on our thread.
            run("PRAGMA busy_timeout=0")
            try:
                run("BEGIN IMMEDIATE")
            finally:
                run(f"PRAGMA busy_timeout={_READ_BUSY_MS}")

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        if not self._inline:
            async with self._sessions() as session:
                yield session
            return
        # Closed directly: SQLAlchemy's `async with` closes in a task of its own (safe against
        # a cancellation mid-close on a network driver), which yields to the loop while the
        # connection is still out; under load, requests then held more connections than the
        # pool keeps, and each extra one was opened and closed again. Inline, close never
        # yields, so there is nothing to cancel.
        session = self._sessions()
        try:
            yield session
        finally:
            await session.close()

    async def rows(
        self, query: Prepared, params: dict[str, Any] = _NO_VALUE
    ) -> list[tuple[Any, ...]]:
        """All rows of a prepared SELECT, as tuples (autocommit: one statement, one snapshot)."""
        if self._sqlite_path is None:
            async with self.connect() as conn:
                return [tuple(row) for row in (await conn.execute(query.stmt, params)).all()]
        dialect = self.engine.dialect
        sql, values = _bound(query, dialect, params)
        return _converted(query, dialect, self._reader_connection().execute(sql, values).fetchall())

    def _reader_connection(self) -> sqlite3.Connection:
        """The process's connection for `rows`, in autocommit: WAL readers never block the
        writer, and each statement reads the last committed state."""
        if self._reader is None:
            assert self._sqlite_path is not None
            reader = sqlite3.connect(self._sqlite_path, timeout=30, check_same_thread=False)
            reader.isolation_level = None
            reader.execute(f"PRAGMA busy_timeout={_READ_BUSY_MS}")
            self._reader = reader
        return self._reader

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[AsyncConnection]:
        """A bare connection (no ORM session) for the hottest reads; closed as `read` does."""
        if not self._inline:
            async with self.engine.connect() as conn:
                yield conn
            return
        conn = await self.engine.connect()
        try:
            yield conn
        finally:
            await conn.close()

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A write transaction: committed when the block ends, rolled back on error."""
        if not self.is_sqlite:
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._write_lock:
            await self._lock_file()
            try:
                session = await self._begin_immediate()
                try:
                    yield session
                    await session.commit()
                except BaseException:
                    await session.rollback()
                    raise
                finally:
                    await session.close()
            finally:
                self._unlock_file()

    async def _lock_file(self) -> None:
        """The writers of all the service's processes queue on one file lock.

        A write transaction holds it for a few milliseconds of CPU and never awaits anything
        slow inside (passwords are hashed before it begins), so a process that finds it taken
        waits for it right here, blocking its loop (as the inline SQLite calls do): polling
        every 0.2 ms, it takes the lock within a fraction of a millisecond of its release. A
        thread waiting instead measured 700 ms per write at p50 with two workers: the lock,
        handed to the thread, then sat idle until the loop ran the thread's callback, behind
        every other ready request. While it waits, a process says so (a shared lock on a
        second file) and the other one stops taking the lock back through its fast path, so
        neither starves. A holder that takes longer than `_SPIN_SECONDS` (an operator command)
        is waited for in a thread, without blocking the loop."""
        fd, wait_fd = self._lock_fd, self._wait_fd
        if fd is None or wait_fd is None:
            return
        if not self._other_waiting(wait_fd):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                pass
        fcntl.flock(wait_fd, fcntl.LOCK_SH)
        try:
            if _poll_lock(fd, _SPIN_SECONDS):
                return
            waiting = asyncio.ensure_future(asyncio.to_thread(fcntl.flock, fd, fcntl.LOCK_EX))
            try:
                await asyncio.shield(waiting)
            except asyncio.CancelledError:
                # The thread takes the lock anyway: give it back as soon as it has.
                waiting.add_done_callback(
                    lambda f: None if f.exception() else fcntl.flock(fd, fcntl.LOCK_UN)
                )
                raise
        finally:
            fcntl.flock(wait_fd, fcntl.LOCK_UN)

    @staticmethod
    def _other_waiting(wait_fd: int) -> bool:
        """Whether another process is waiting for the write lock (holds the wait file)."""
        try:
            fcntl.flock(wait_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(wait_fd, fcntl.LOCK_UN)
        return False

    def _unlock_file(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    async def _begin_immediate(self) -> AsyncSession:
        """BEGIN IMMEDIATE, waiting (asynchronously) while another process writes."""
        deadline = asyncio.get_running_loop().time() + _WRITE_WAIT_SECONDS
        pause = 0.001
        while True:
            session = self._sessions(bind=self._immediate)
            try:
                await session.connection()  # the BEGIN IMMEDIATE of on_begin
                return session
            except (OperationalError, sqlite3.OperationalError) as exc:
                await session.close()
                orig = getattr(exc, "orig", exc)  # raw when on_begin ran it on sqlite3 itself
                busy = getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY
                if not (busy or "locked" in str(orig)):
                    raise
                if asyncio.get_running_loop().time() > deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.05)

    async def dispose(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        await self.engine.dispose()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
        if self._wait_fd is not None:
            os.close(self._wait_fd)
            self._wait_fd = None


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def migrate(url: str) -> None:
    """Bring the schema to the latest revision (blocking: call from a thread or at start)."""
    if url.startswith("sqlite"):
        path = make_url(normalise_url(url)).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), "head")
