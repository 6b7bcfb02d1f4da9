"""Soak of the service on PostgreSQL: many signed-in sessions for minutes, then an audit of what
the clients were told against what the database holds.

Run: `.venv/bin/python bench/server_soak.py [--seconds 300] [--sessions 64] [--workers 2]`
(`--admin-url postgresql://postgres@127.0.0.1:5432/test` by default: a database the run can
connect to in order to create its own, `procura_soak_<pid>`, dropped at the end).

The service runs as `procura-server serve --workers N --database-url postgresql://...` with
production settings (real argon2id). The database is seeded directly: 8 enterprises with an
active MELCC registration, `--sessions / 8` RSEs each with 3 staff users; every RSE then signs
in through POST /auth/login. Each session loops over a mix of an administrator's day: lists,
reads, creating users and procurations, assigning and revoking, moving end dates with If-Match
(the procurations of an enterprise are shared by its RSEs, so ETags go stale and 412 answers
happen; the client then re-reads the ETag the 412 gives and applies its change again).

One write in `--timeout-share` is sent with a client timeout of a few milliseconds: the client
gives up, then retries with the same Idempotency-Key and body until it gets an answer (409
«in progress» is waited out), as the desktop client does after a dropped connection.

At the end, against the database:
- duplicate_references: receipts rows minus distinct references, plus references told to two
  different transactions;
- lost_writes: acknowledged (2xx) writes not found with the acknowledged values: a created user
  or procuration missing or different, an assignment missing or in the wrong state, a
  procuration whose latest acknowledged end date is not the stored one, two acknowledged
  PATCHes claiming the same version (a lost update), a receipt told but not stored;
- duplicate_executions: one logical creation stored twice (a retry executed again).
The last line printed is one JSON object. Targets: errors, duplicates and lost writes all zero.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._common import (  # noqa: E402
    active_registration,
    active_user,
    latency_figures,
    percentile_ms,
    service_environment,
    service_program,
)

ENTERPRISES = 8
STAFF_PER_SESSION = 3
ADMIN_URLS = (
    "postgresql://postgres@127.0.0.1:5432/test",
    "postgresql://root@127.0.0.1:5432/test",
)
API = "/api/v1"

# op -> weight: reads dominate, as in an administrator's day.
MIX = {
    "list_users": 10,
    "list_procurations": 10,
    "list_receipts": 6,
    "me": 6,
    "read_user": 10,
    "read_procuration": 10,
    "create_user": 8,
    "create_procuration": 10,
    "assign_or_revoke": 14,
    "patch_end_date": 16,
}
WRITES = {"create_user", "create_procuration", "assign_or_revoke", "patch_end_date"}


# ---- the database ------------------------------------------------------------------------------


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url, timeout=10)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def create_database(admin_urls: tuple[str, ...], name: str) -> tuple[str, str]:
    """(admin URL that worked, URL of the new database)."""
    from sqlalchemy.engine import make_url

    problems = []
    for admin in admin_urls:
        try:
            asyncio.run(_admin(admin, f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # refused, no such role...
            problems.append(f"{admin}: {exc}")
            continue
        url = make_url(admin).set(database=name).render_as_string(hide_password=False)
        return admin, url
    raise SystemExit("PostgreSQL is not reachable: " + "; ".join(problems))


def drop_database(admin: str, name: str) -> None:
    with contextlib.suppress(Exception):
        asyncio.run(_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def seed(database_url: str, sessions: int) -> tuple[list[dict[str, Any]], str]:
    """Enterprises with an active registration, RSEs (one password) and their staff."""
    os.environ.pop("PROCURA_FAST_HASH_FOR_TESTS", None)
    from server.db import Database, migrate
    from server.models import UserRow
    from server.provisioning import create_enterprise
    from server.security import hash_password

    migrate(database_url)
    password = "Soak-" + secrets.token_urlsafe(12)

    async def run() -> list[dict[str, Any]]:
        db = Database(database_url)
        people: list[dict[str, Any]] = []
        try:
            password_hash = await hash_password(password)
            now = datetime.now(UTC)
            per_enterprise = max(1, -(-sessions // ENTERPRISES))
            serial = 0
            for n in range(-(-sessions // per_enterprise)):
                eid = f"{2006237700 + n * 13:010d}"
                await create_enterprise(
                    db,
                    enterprise_id=eid,
                    name=f"Entreprise d'endurance {n} inc.",
                    rse_last_name="Grégoire",
                    rse_first_name="François",
                    rse_email="francois@example.com",
                    password=secrets.token_urlsafe(16),
                )
                async with db.write() as s:
                    s.add(active_registration(eid, now))
                    for _ in range(per_enterprise):
                        if len(people) == sessions:
                            break

                        def user(role: str, last: str, eid: str = eid) -> UserRow:
                            nonlocal serial
                            serial += 1
                            return active_user(
                                eid,
                                role,
                                # Not the shape of generated codes (LLLDDLL): no collision.
                                user_code=f"S{serial:05d}K",
                                last_name=last,
                                first_name=f"Prénom{serial}",
                                email=f"s{serial}@example.com",
                                password_hash=password_hash,
                                now=now,
                            )

                        rse = user("rse", f"Responsable{serial + 1}")
                        staff = [
                            user("utilisateur", f"Employé{serial + 1}")
                            for _ in range(STAFF_PER_SESSION)
                        ]
                        s.add_all([rse, *staff])
                        people.append(
                            {
                                "enterprise_id": eid,
                                "rse": rse.user_code,
                                "staff": [u.user_code for u in staff],
                            }
                        )
        finally:
            await db.dispose()
        return people

    return asyncio.run(run()), password


# ---- the service -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_service(
    folder: Path, database_url: str, workers: int
) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    log = (folder / "service.log").open("wb")
    process = subprocess.Popen(
        [
            *service_program(),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--database-url",
            database_url,
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=service_environment(),
        cwd=ROOT,
        start_new_session=True,  # its workers are stopped with it, by process group
    )
    deadline = time.monotonic() + 90
    while True:
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the service did not start:\n" + (folder / "service.log").read_text())
        try:
            if httpx.get(f"http://127.0.0.1:{port}{API}/health", timeout=1).status_code == 200:
                return process, port
        except httpx.HTTPError:
            pass
        time.sleep(0.1)


def stop_service(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, 15)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, 9)
        process.wait(timeout=10)


def memory_mb(root_pid: int) -> float:
    """Resident memory of the service and its workers (Linux /proc), in MiB."""
    total = 0
    pids = {root_pid}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == root_pid:
            pids.add(int(entry.name))
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return round(total / 1024, 1)


# ---- what the clients were told ----------------------------------------------------------------


@dataclass
class Ledger:
    """Every acknowledged write, kept to be found in the database at the end."""

    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # user code → values
    procurations: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → values
    # procuration id → [(version, end date, key)] of acknowledged PATCHes
    patches: defaultdict[str, list[tuple[int, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    assignments: dict[str, bool] = field(default_factory=dict)  # id → active as last told
    references: dict[str, str] = field(default_factory=dict)  # reference → idempotency key
    duplicate_told: int = 0

    def receipt(self, body: dict[str, Any], key: str) -> None:
        reference = body["receipt"]["reference"]
        if self.references.setdefault(reference, key) != key:
            self.duplicate_told += 1


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    by_op: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    stale: int = 0  # 412 answers (another RSE changed the procuration first)
    stale_gave_up: int = 0  # still 412 after five re-applications: left for later
    forced_timeouts: int = 0
    retries: int = 0
    replays: int = 0
    in_progress: int = 0  # 409 answers while the abandoned first attempt still ran
    transport_retries: int = 0  # sent again after a connection closed under the request


@dataclass
class Session:
    n: int
    person: dict[str, Any]
    client: httpx.AsyncClient
    rng: random.Random
    shared: list[str]  # the procurations of this session's enterprise (all its RSEs)
    own: list[str] = field(default_factory=list)
    etags: dict[str, str] = field(default_factory=dict)
    assigned: dict[str, str] = field(default_factory=dict)  # staff code → assignment id
    made_users: list[str] = field(default_factory=list)
    serial: int = 0


class Soak:
    def __init__(self, port: int, timeout_share: float) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.timeout_share = timeout_share
        self.ledger = Ledger()
        self.tally = Tally()

    async def call(
        self,
        s: Session,
        op: str,
        method: str,
        path: str,
        *,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """One request, timed; a transaction may be abandoned on purpose, then retried with
        the same key and body until it is answered."""
        transaction = method != "GET"
        headers = dict(headers or {})
        if transaction:
            headers.setdefault("Idempotency-Key", uuid.uuid4().hex)
        started = time.perf_counter()
        forced = transaction and s.rng.random() < self.timeout_share
        attempt = 0
        while True:
            attempt += 1
            timeout = self.forced_timeout(s, op) if forced and attempt == 1 else 60.0
            try:
                r = await s.client.request(
                    method, API + path, json=body, headers=headers, timeout=timeout
                )
            except httpx.TimeoutException:
                if forced and attempt == 1:
                    self.tally.forced_timeouts += 1
                    self.tally.retries += 1
                    continue
                raise
            except (httpx.NetworkError, httpx.RemoteProtocolError):
                # A kept-alive connection the service closed as it was reused: sent again (a
                # transaction with its key, which is what the key is for), as the client does.
                if attempt >= 3:
                    raise
                self.tally.transport_retries += 1
                continue
            if transaction and r.status_code == 409 and "idempotency-in-progress" in r.text:
                self.tally.in_progress += 1
                self.tally.retries += 1
                if time.perf_counter() - started > 120:
                    return r  # counted as an error by the caller
                await asyncio.sleep(float(r.headers.get("retry-after", "1")))
                continue
            break
        if r.headers.get("idempotent-replayed") == "true":
            self.tally.replays += 1
        elapsed = time.perf_counter() - started
        self.tally.latencies.append(elapsed)
        self.tally.by_op[op].append(elapsed)
        self.tally.statuses[r.status_code] += 1
        return r

    def forced_timeout(self, s: Session, op: str) -> float:
        """Around the operation's usual time: the client gives up before the request reached
        the service, while it runs, or after it committed (its answer is then lost)."""
        recent = self.tally.by_op[op][-50:]
        usual = statistics.median(recent) if recent else 0.05
        return max(0.001, usual * s.rng.uniform(0.1, 1.5))

    def error(self, op: str, r: httpx.Response) -> None:
        self.tally.errors.append(f"{op}: {r.status_code} {r.text[:200]}")

    # ---- the operations ----

    async def run_op(self, s: Session, op: str) -> None:
        rng = s.rng
        if op == "list_users":
            r = await self.call(s, op, "GET", "/users?limit=20&sort=-created")
        elif op == "list_procurations":
            r = await self.call(s, op, "GET", "/procurations?limit=20")
        elif op == "list_receipts":
            r = await self.call(s, op, "GET", "/receipts?limit=20")
        elif op == "me":
            r = await self.call(s, op, "GET", "/me")
        elif op == "read_user":
            code = rng.choice(s.made_users or s.person["staff"])
            r = await self.call(s, op, "GET", f"/users/{code}")
        elif op == "read_procuration":
            pid = rng.choice(s.shared)
            r = await self.call(s, op, "GET", f"/procurations/{pid}")
            if r.status_code == 200:
                s.etags[pid] = r.headers["etag"]
        elif op == "create_user":
            await self.create_user(s)
            return
        elif op == "create_procuration":
            await self.create_procuration(s)
            return
        elif op == "assign_or_revoke":
            await self.assign_or_revoke(s)
            return
        elif op == "patch_end_date":
            await self.patch_end_date(s)
            return
        else:  # pragma: no cover
            raise ValueError(op)
        if r.status_code != 200:
            self.error(op, r)

    async def create_user(self, s: Session) -> None:
        s.serial += 1
        tag = f"{s.n}x{s.serial}"
        email = f"soak.{tag}@example.com"
        body = {
            "last_name": f"Endurance{tag}",
            "first_name": "Camille",
            "email": email,
            "email_confirmation": email,
            "phone": "418 555-0100",
            "phone_extension": str(s.serial % 10000),
            "role": "utilisateur",
        }
        key = uuid.uuid4().hex
        r = await self.call(
            s, "create_user", "POST", "/users", body=body, headers={"Idempotency-Key": key}
        )
        if r.status_code != 201:
            self.error("create_user", r)
            return
        answer = r.json()
        code = answer["user_code"]
        self.ledger.users[code] = {
            "last_name": body["last_name"],
            "email": email,
            "phone": "4185550100",
            "phone_extension": body["phone_extension"],
            "enterprise_id": s.person["enterprise_id"],
        }
        self.ledger.receipt(answer, key)
        s.made_users.append(code)

    async def create_procuration(self, s: Session) -> None:
        s.serial += 1
        body = {
            "type": "interne",
            "end_date": (date.today() + timedelta(days=365)).isoformat(),
            "description": f"Endurance {s.n}x{s.serial}",
            "rights": [{"ministry": "MELCC", "access": "unrestricted", "services": []}],
        }
        key = uuid.uuid4().hex
        r = await self.call(
            s,
            "create_procuration",
            "POST",
            "/procurations",
            body=body,
            headers={"Idempotency-Key": key},
        )
        if r.status_code != 201:
            self.error("create_procuration", r)
            return
        answer = r.json()
        p = answer["procuration"]
        self.ledger.procurations[p["id"]] = {
            "description": body["description"],
            "end_date": body["end_date"],
            "mandant_id": s.person["enterprise_id"],
        }
        self.ledger.receipt(answer, key)
        s.etags[p["id"]] = r.headers["etag"]
        s.own.append(p["id"])
        s.shared.append(p["id"])

    async def assign_or_revoke(self, s: Session) -> None:
        free = [u for u in s.person["staff"] if u not in s.assigned]
        key = uuid.uuid4().hex
        if free and (not s.assigned or s.rng.random() < 0.5):
            code = s.rng.choice(free)
            pid = s.rng.choice(s.own)
            r = await self.call(
                s,
                "assign",
                "POST",
                f"/procurations/{pid}/assignments",
                body={"user_codes": [code]},
                headers={"Idempotency-Key": key},
            )
            if r.status_code != 201:
                self.error("assign", r)
                return
            answer = r.json()
            aid = answer["assignments"][0]["id"]
            s.assigned[code] = aid
            self.ledger.assignments[aid] = True
        else:
            code = s.rng.choice(list(s.assigned))
            aid = s.assigned.pop(code)
            r = await self.call(
                s, "revoke", "DELETE", f"/assignments/{aid}", headers={"Idempotency-Key": key}
            )
            if r.status_code != 200:
                self.error("revoke", r)
                return
            answer = r.json()
            self.ledger.assignments[aid] = False
        self.ledger.receipt(answer, key)

    async def patch_end_date(self, s: Session) -> None:
        pid = s.rng.choice(s.shared)
        if pid not in s.etags:
            r = await self.call(s, "read_procuration", "GET", f"/procurations/{pid}")
            if r.status_code != 200:
                self.error("read_procuration", r)
                return
            s.etags[pid] = r.headers["etag"]
        end = (date.today() + timedelta(days=s.rng.randrange(200, 900))).isoformat()
        for _ in range(5):  # a stale ETag: take the current one from the 412, apply again
            key = uuid.uuid4().hex
            r = await self.call(
                s,
                "patch_end_date",
                "PATCH",
                f"/procurations/{pid}",
                body={"end_date": end},
                headers={"Idempotency-Key": key, "If-Match": s.etags[pid]},
            )
            if r.status_code != 412:
                break
            self.tally.stale += 1
            s.etags[pid] = r.headers["etag"]
        if r.status_code == 412:
            # Five others changed it first, one after the other: the documented answer, not a
            # fault of the service; the person would look at it again later.
            self.tally.stale_gave_up += 1
            return
        if r.status_code != 200:
            self.error("patch_end_date", r)
            return
        answer = r.json()
        s.etags[pid] = r.headers["etag"]
        version = int(answer["procuration"]["version"])
        self.ledger.patches[pid].append((version, answer["procuration"]["end_date"], key))
        self.ledger.receipt(answer, key)

    # ---- the run ----

    async def sign_in(self, person: dict[str, Any], password: str, gate: asyncio.Semaphore) -> str:
        async with gate, httpx.AsyncClient(base_url=self.base) as c:
            r = await c.post(
                API + "/auth/login",
                json={"user_code": person["rse"], "password": password},
                timeout=120,
            )
        if r.status_code != 200:
            raise SystemExit(f"sign-in failed: {r.status_code} {r.text[:300]}")
        token: str = r.json()["token"]
        return token

    async def run(self, people: list[dict[str, Any]], password: str, seconds: float) -> float:
        # argon2id takes 64 MiB a verification: a few at a time, not 64 at once.
        gate = asyncio.Semaphore(4)
        tokens = await asyncio.gather(*(self.sign_in(p, password, gate) for p in people))
        pools: dict[str, list[str]] = defaultdict(list)
        sessions = [
            Session(
                i,
                p,
                httpx.AsyncClient(
                    base_url=self.base,
                    headers={"Authorization": f"Bearer {t}"},
                    limits=httpx.Limits(max_connections=2),
                ),
                random.Random(i),
                pools[p["enterprise_id"]],
            )
            for i, (p, t) in enumerate(zip(people, tokens, strict=True))
        ]
        for s in sessions:  # every session starts with a procuration of its own
            while not s.own:
                await self.create_procuration(s)
                if self.tally.errors:
                    raise SystemExit("no first procuration: " + self.tally.errors[0])
        ops = list(MIX)
        weights = [MIX[o] for o in ops]
        stop_at = time.perf_counter() + seconds

        async def loop(s: Session) -> None:
            while time.perf_counter() < stop_at:
                op = s.rng.choices(ops, weights)[0]
                try:
                    await self.run_op(s, op)
                except httpx.HTTPError as exc:
                    self.tally.errors.append(f"{op}: {type(exc).__name__}: {exc}")

        began = time.perf_counter()
        try:
            await asyncio.gather(*(loop(s) for s in sessions))
        finally:
            for s in sessions:
                await s.client.aclose()
        return time.perf_counter() - began

    async def audit(self, database_url: str) -> dict[str, Any]:
        """Compare the ledger with the database."""
        import asyncpg

        from server.db import normalise_url

        url = normalise_url(database_url).replace("postgresql+asyncpg://", "postgresql://")
        conn = await asyncpg.connect(url)
        try:
            total, distinct = await conn.fetchrow(
                "SELECT count(reference), count(DISTINCT reference) FROM receipts"
            )
            rows = await conn.fetch("SELECT reference FROM receipts")
            stored_refs = {r["reference"] for r in rows}
            users = {
                r["user_code"]: r
                for r in await conn.fetch(
                    "SELECT user_code, enterprise_id, last_name, email, phone, phone_extension "
                    "FROM users WHERE last_name LIKE 'Endurance%'"
                )
            }
            procs = {
                r["id"]: r
                for r in await conn.fetch(
                    "SELECT id, mandant_id, description, end_date, version FROM procurations "
                    "WHERE description LIKE 'Endurance %'"
                )
            }
            assignments = {
                str(r["id"]): r["active"]
                for r in await conn.fetch("SELECT id, active FROM assignments")
            }
            twice_users = await conn.fetchval(
                "SELECT count(*) FROM (SELECT email FROM users WHERE last_name LIKE 'Endurance%' "
                "GROUP BY email HAVING count(*) > 1) t"
            )
            twice_procs = await conn.fetchval(
                "SELECT count(*) FROM (SELECT description FROM procurations WHERE description "
                "LIKE 'Endurance %' GROUP BY description HAVING count(*) > 1) t"
            )
        finally:
            await conn.close()

        lost: Counter[str] = Counter()
        examples: list[dict[str, Any]] = []
        for code, want in self.ledger.users.items():
            row = users.get(code)
            if row is None or any(row[k] != v for k, v in want.items()):
                lost["user"] += 1
        for pid, want in self.ledger.procurations.items():
            row = procs.get(pid)
            if row is None or row["description"] != want["description"]:
                lost["procuration"] += 1
                continue
            acked = self.ledger.patches.get(pid, [])
            by_version = Counter(v for v, _, _ in acked)
            same = sum(n - 1 for n in by_version.values() if n > 1)
            lost["patch_same_version"] += same
            if same and len(examples) < 3:
                examples.append({"procuration": pid, "acknowledged": sorted(acked)})
            if acked:
                version, end, _ = max(acked)
                if row["version"] < version or (
                    row["version"] == version and row["end_date"].isoformat() != end
                ):
                    lost["patch"] += 1
            elif row["end_date"].isoformat() != want["end_date"]:
                lost["procuration_end_date"] += 1
        for aid, active in self.ledger.assignments.items():
            if assignments.get(aid) is not active:
                lost["assignment"] += 1
        lost["receipt"] = sum(1 for ref in self.ledger.references if ref not in stored_refs)
        return {
            "duplicate_references": (total - distinct) + self.ledger.duplicate_told,
            "duplicate_references_detail": {
                "receipts_rows": total,
                "distinct_references": distinct,
                "told_to_two_transactions": self.ledger.duplicate_told,
                "references_told": len(self.ledger.references),
            },
            "lost_writes": sum(lost.values()),
            "lost_writes_detail": {k: v for k, v in lost.items() if v},
            "lost_update_examples": examples,
            "duplicate_executions": twice_users + twice_procs,
            "acknowledged": {
                "users": len(self.ledger.users),
                "procurations": len(self.ledger.procurations),
                "end_date_changes": sum(len(v) for v in self.ledger.patches.values()),
                "assignment_changes": len(self.ledger.assignments),
            },
        }


def figures(tally: Tally, elapsed: float) -> dict[str, Any]:
    return {
        **latency_figures(tally.latencies, elapsed),
        "max_ms": percentile_ms(sorted(tally.latencies), 1.0),
        "errors": len(tally.errors),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--sessions", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout-share", type=float, default=0.05)
    parser.add_argument("--admin-url", help="a PostgreSQL database to connect to (admin)")
    args = parser.parse_args()

    name = f"procura_soak_{os.getpid()}"
    admins = (args.admin_url,) if args.admin_url else ADMIN_URLS
    admin, database_url = create_database(admins, name)
    folder = Path(tempfile.mkdtemp(prefix="procura-soak-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        people, password = seed(database_url, args.sessions)
        process, port = start_service(folder, database_url, args.workers)
        soak = Soak(port, args.timeout_share)
        memory_before = memory_mb(process.pid)
        elapsed = asyncio.run(soak.run(people, password, args.seconds))
        memory_after = memory_mb(process.pid)
        stop_service(process)
        process = None
        result: dict[str, Any] = {
            "sessions": len(people),
            "workers": args.workers,
            "seconds": args.seconds,
            **figures(soak.tally, elapsed),
        }
        result.update(asyncio.run(soak.audit(database_url)))
        result.update(
            {
                "stale_if_match_412": soak.tally.stale,
                "stale_gave_up": soak.tally.stale_gave_up,
                "forced_timeouts": soak.tally.forced_timeouts,
                "retries": soak.tally.retries,
                "replays": soak.tally.replays,
                "in_progress_409": soak.tally.in_progress,
                "transport_retries": soak.tally.transport_retries,
                "statuses": {str(k): v for k, v in sorted(soak.tally.statuses.items())},
                "mix": {
                    op: {"requests": len(t), "p50_ms": round(statistics.median(t) * 1000, 1)}
                    for op, t in sorted(soak.tally.by_op.items())
                },
                "service_rss_mb": {"start": memory_before, "end": memory_after},
            }
        )
        service_errors = [
            line
            for line in (folder / "service.log").read_text(errors="replace").splitlines()
            if "ERROR" in line or "Traceback" in line
        ]
        result["service_log_errors"] = len(service_errors)
        if soak.tally.errors:
            result["first_errors"] = soak.tally.errors[:5]
        if service_errors:
            result["first_service_log_errors"] = service_errors[:5]
        result["targets_met"] = (
            result["errors"] == 0
            and result["duplicate_references"] == 0
            and result["lost_writes"] == 0
            and result["duplicate_executions"] == 0
        )
    finally:
        if process is not None:
            stop_service(process)
        drop_database(admin, name)
        if os.environ.get("SOAK_KEEP_LOG"):
            print(f"service log kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    result["command"] = "bench/server_soak.py " + " ".join(sys.argv[1:])
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["targets_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
