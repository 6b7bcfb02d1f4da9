"""Load benchmark of the service: 64 signed-in sessions on a real uvicorn, against a ceiling.

Run: `.venv/bin/python bench/server_load.py [--seconds 20] [--sessions 64]`

The service runs as a separate process (`procura-server serve`, one worker, SQLite in a
temporary folder, production settings: real argon2id, no test shortcuts), so the load generator
does not share its core. The database is seeded directly (8 enterprises with an active
registration, 8 RSEs each, 3 users per RSE) and each RSE gets a session token, as a sign-in
would give (sign-in itself is argon2id's cost, not measured here). Each session then loops over
a mixed workload (lists, reads, procuration creation, assignment and its revocation, end-date
change with If-Match) for `--seconds`; the same sessions then hit `/api/v1/health` of the same
app for the same time: the ceiling. The last line printed is one JSON object with the figures.

Targets on a 2-core machine: ≥ 500 requests/s, p99 < 250 ms, zero errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._common import (  # noqa: E402
    active_registration,
    active_user,
    latency_figures,
    service_environment,
    service_program,
)

ENTERPRISES = 8
USERS_PER_SESSION = 3
TARGET_RPS = 500
TARGET_P99_MS = 250

# op -> weight (out of 100): reads dominate, as they do in an administrator's day.
MIX = {
    "list_procurations": 14,
    "list_users": 12,
    "list_receipts": 8,
    "read_procuration": 14,
    "read_user": 12,
    "me": 10,
    "create_procuration": 10,
    "assign_or_revoke": 10,
    "patch_end_date": 10,
}


# ---- a small keep-alive HTTP/1.1 client (httpx would be the bottleneck at this rate) ----------


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        payload = json.dumps(body).encode() if body is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if token:
            lines.append(f"Authorization: Bearer {token}")
        if body is not None:
            lines.append("Content-Type: application/json")
        lines.append(f"Content-Length: {len(payload)}")
        for name, value in (headers or {}).items():
            lines.append(f"{name}: {value}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        got: dict[str, str] = {}
        for line in header_lines:
            if line:
                name, _, value = line.partition(":")
                got[name.strip().lower()] = value.strip()
        if "content-length" in got:
            data = await self.reader.readexactly(int(got["content-length"]))
        elif got.get("transfer-encoding") == "chunked":
            data = b""
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                data += chunk[:-2]
        else:
            data = b""
        if got.get("connection") == "close":
            self.writer.close()
            self.writer = None
        return status, got, data

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


# ---- the service ---------------------------------------------------------------------------------


def seed(database_url: str, sessions: int) -> list[dict[str, Any]]:
    """Enterprises, RSEs with a session token each, their users; straight into the database."""
    os.environ.pop("PROCURA_FAST_HASH_FOR_TESTS", None)
    from server.db import Database, migrate
    from server.models import EnterpriseRow, SessionRow, UserRow
    from server.security import hash_password, token_digest

    migrate(database_url)

    async def run() -> list[dict[str, Any]]:
        db = Database(database_url)
        people: list[dict[str, Any]] = []
        try:
            password_hash = await hash_password(secrets.token_urlsafe(16))
            now = datetime.now(UTC)
            per_enterprise = max(1, sessions // ENTERPRISES)
            enterprises = [
                f"{1006237700 + i * 11:010d}"
                for i in range((sessions + per_enterprise - 1) // per_enterprise)
            ]
            serial = 0
            for n, eid in enumerate(enterprises):
                async with db.write() as s:
                    s.add(
                        EnterpriseRow(
                            id=eid,
                            neq=None,
                            name=f"Entreprise {n} inc.",
                            address="675, boul. René-Lévesque Est, Québec",
                            express_code_hash=password_hash,
                            express_code_state="actif",
                            express_code_state_on=now.date(),
                            created_at=now,
                        )
                    )
                async with db.write() as s:
                    s.add(active_registration(eid, now))
                    for _ in range(per_enterprise):
                        if len(people) == sessions:
                            break
                        serial += 1

                        def user(role: str, last: str, eid: str = eid) -> UserRow:
                            nonlocal serial
                            serial += 1
                            return active_user(
                                eid,
                                role,
                                # Not the shape of generated codes (LLLDDLL): no collision.
                                user_code=f"Q{serial:05d}Z",
                                last_name=last,
                                first_name=f"Prénom{serial}",
                                email=f"p{serial}@example.com",
                                password_hash=password_hash,
                                now=now,
                            )

                        rse = user("rse", f"Responsable{serial}")
                        staff = [
                            user("utilisateur", f"Employé{serial}")
                            for _ in range(USERS_PER_SESSION)
                        ]
                        s.add_all([rse, *staff])
                        await s.flush()
                        token = secrets.token_urlsafe(32)
                        s.add(
                            SessionRow(
                                token_hash=token_digest(token),
                                user_id=rse.id,
                                created_at=now,
                                last_seen_at=now,
                                expires_at=now + timedelta(hours=12),
                            )
                        )
                        people.append(
                            {
                                "enterprise_id": eid,
                                "rse": rse.user_code,
                                "token": token,
                                "users": [u.user_code for u in staff],
                            }
                        )
        finally:
            await db.dispose()
        return people

    return asyncio.run(run())


def start_service(
    folder: Path, database_url: str, workers: int = 1
) -> tuple[subprocess.Popen[bytes], int]:
    port_file = folder / "port"
    log = (folder / "service.log").open("wb")
    command = service_program()
    if os.environ.get("BENCH_PROFILE"):  # cProfile of the service, written when it stops
        command = [sys.executable, "-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]]
        command += ["-m", "server.cli"]
    process = subprocess.Popen(
        [
            *command,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--port-file",
            str(port_file),
            "--database-url",
            database_url,
            "--workers",
            str(workers),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=service_environment(),
        cwd=ROOT,
    )
    deadline = time.monotonic() + 60
    while not port_file.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the service did not start:\n" + (folder / "service.log").read_text())
        time.sleep(0.05)
    return process, int(port_file.read_text())


# ---- the workload --------------------------------------------------------------------------------


@dataclass
class Session:
    person: dict[str, Any]
    conn: Connection
    rng: random.Random
    procurations: list[str] = field(default_factory=list)
    etags: dict[str, str] = field(default_factory=dict)
    assigned: dict[str, str] = field(default_factory=dict)  # user code -> assignment id
    flip: bool = False

    @property
    def token(self) -> str:
        token: str = self.person["token"]
        return token


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    by_op: dict[str, list[float]] = field(default_factory=dict)


def procuration_body(n: int) -> dict[str, Any]:
    return {
        "type": "interne",
        "end_date": (date.today() + timedelta(days=365)).isoformat(),
        "description": f"Procuration de charge {n}",
        "rights": [{"ministry": "MELCC", "access": "unrestricted"}],
    }


def tx() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


async def one_op(session: Session, op: str) -> tuple[int, bytes, str]:
    """Run one operation; (status, body, what) of the request that counts."""
    c, token, rng = session.conn, session.token, session.rng
    if op == "list_procurations":
        status, _, body = await c.request("GET", "/api/v1/procurations?limit=20", token=token)
    elif op == "list_users":
        status, _, body = await c.request("GET", "/api/v1/users?limit=20", token=token)
    elif op == "list_receipts":
        status, _, body = await c.request("GET", "/api/v1/receipts?limit=20", token=token)
    elif op == "me":
        status, _, body = await c.request("GET", "/api/v1/me", token=token)
    elif op == "read_user":
        code = rng.choice(session.person["users"])
        status, _, body = await c.request("GET", f"/api/v1/users/{code}", token=token)
    elif op == "read_procuration":
        pid = rng.choice(session.procurations)
        status, headers, body = await c.request("GET", f"/api/v1/procurations/{pid}", token=token)
        if status == 200:
            session.etags[pid] = headers["etag"]
    elif op == "create_procuration":
        status, headers, body = await c.request(
            "POST",
            "/api/v1/procurations",
            token=token,
            body=procuration_body(rng.randrange(10**6)),
            headers=tx(),
        )
        if status == 201:
            pid = json.loads(body)["procuration"]["id"]
            session.procurations.append(pid)
            if len(session.procurations) > 20:
                session.procurations.pop(1)  # keep the first: it holds the assignments
    elif op == "assign_or_revoke":
        free = [u for u in session.person["users"] if u not in session.assigned]
        if free and (not session.assigned or rng.random() < 0.5):
            code = rng.choice(free)
            status, _, body = await c.request(
                "POST",
                f"/api/v1/procurations/{session.procurations[0]}/assignments",
                token=token,
                body={"user_codes": [code]},
                headers=tx(),
            )
            if status == 201:
                session.assigned[code] = json.loads(body)["assignments"][0]["id"]
        else:
            code = rng.choice(list(session.assigned))
            status, _, body = await c.request(
                "DELETE",
                f"/api/v1/assignments/{session.assigned.pop(code)}",
                token=token,
                headers=tx(),
            )
    elif op == "patch_end_date":
        pid = session.procurations[-1]
        if pid not in session.etags:
            _, headers, _ = await c.request("GET", f"/api/v1/procurations/{pid}", token=token)
            session.etags[pid] = headers["etag"]
        session.flip = not session.flip
        end = date.today() + timedelta(days=300 if session.flip else 320)
        status, headers, body = await c.request(
            "PATCH",
            f"/api/v1/procurations/{pid}",
            token=token,
            body={"end_date": end.isoformat()},
            headers={**tx(), "If-Match": session.etags[pid]},
        )
        if status == 200:
            session.etags[pid] = headers["etag"]
    else:  # pragma: no cover
        raise ValueError(op)
    return status, body, op


async def prepare(session: Session) -> None:
    for n in range(2):
        status, _, body = await session.conn.request(
            "POST",
            "/api/v1/procurations",
            token=session.token,
            body=procuration_body(n),
            headers=tx(),
        )
        if status != 201:
            raise SystemExit(f"seeding a procuration failed: {status} {body[:300]!r}")
        session.procurations.append(json.loads(body)["procuration"]["id"])


async def run_phase(sessions: list[Session], seconds: float, bare: bool) -> tuple[Tally, float]:
    ops = list(MIX)
    weights = [MIX[o] for o in ops]
    tally = Tally()
    stop_at = time.perf_counter() + seconds

    async def loop(session: Session) -> None:
        while time.perf_counter() < stop_at:
            start = time.perf_counter()
            try:
                if bare:
                    status, _, body = await session.conn.request("GET", "/api/v1/health")
                    op = "health"
                else:
                    op = session.rng.choices(ops, weights)[0]
                    status, body, op = await one_op(session, op)
            except (OSError, asyncio.IncompleteReadError) as exc:
                tally.errors.append(f"{type(exc).__name__}: {exc}")
                session.conn.close()
                session.conn = Connection(session.conn.host, session.conn.port)
                continue
            tally.latencies.append(time.perf_counter() - start)
            tally.by_op.setdefault(op, []).append(time.perf_counter() - start)
            if status >= 400:
                tally.errors.append(f"{op}: {status} {body[:200]!r}")

    began = time.perf_counter()
    await asyncio.gather(*(loop(s) for s in sessions))
    return tally, time.perf_counter() - began


def figures(tally: Tally, elapsed: float) -> dict[str, Any]:
    lat = tally.latencies
    return {
        **latency_figures(lat, elapsed),
        "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else 0.0,
        "errors": len(tally.errors),
    }


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by the service (its process and its workers), from /proc."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        return float("nan")
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    return total


async def bench(
    port: int, people: list[dict[str, Any]], seconds: float, pid: int = 0
) -> dict[str, Any]:
    sessions = [
        Session(p, Connection("127.0.0.1", port), random.Random(i)) for i, p in enumerate(people)
    ]
    await asyncio.gather(*(prepare(s) for s in sessions))
    cpu0 = cpu_seconds(pid)
    mixed, mixed_time = await run_phase(sessions, seconds, bare=False)
    cpu1 = cpu_seconds(pid)
    ceiling, ceiling_time = await run_phase(sessions, seconds, bare=True)
    cpu2 = cpu_seconds(pid)
    for s in sessions:
        s.conn.close()
    result = {
        "sessions": len(sessions),
        "cpus": os.cpu_count(),
        "seconds": seconds,
        **figures(mixed, mixed_time),
        "mix": {
            op: {"requests": len(t), "p50_ms": round(statistics.median(t) * 1000, 1)}
            for op, t in sorted(mixed.by_op.items())
        },
        # How much of the machine the service got, and what a request cost it: on a busy
        # machine the first is what limits the figures.
        "service_cpu_share": round((cpu1 - cpu0) / mixed_time, 2),
        "service_cpu_ms_per_request": round((cpu1 - cpu0) * 1000 / max(len(mixed.latencies), 1), 2),
        "ceiling": {
            **figures(ceiling, ceiling_time),
            "service_cpu_share": round((cpu2 - cpu1) / ceiling_time, 2),
        },
    }
    result["ratio_to_ceiling"] = round(
        result["requests_per_s"] / max(result["ceiling"]["requests_per_s"], 1e-9), 3
    )
    result["targets_met"] = (
        result["requests_per_s"] >= TARGET_RPS
        and result["p99_ms"] < TARGET_P99_MS
        and result["errors"] == 0
    )
    if mixed.errors:
        kinds: dict[str, int] = {}
        for e in mixed.errors:
            kind = " ".join(e.split(" ")[:2])
            kinds[kind] = kinds.get(kind, 0) + 1
        result["error_kinds"] = kinds
        result["first_errors"] = mixed.errors[:5]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--sessions", type=int, default=64)
    parser.add_argument(
        "--workers", type=int, default=1, help="service processes (uvicorn workers)"
    )
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:  # pragma: no cover
        pass
    folder = Path(tempfile.mkdtemp(prefix="procura-bench-"))
    database_url = f"sqlite:///{folder / 'procura.db'}"
    people = seed(database_url, args.sessions)
    process, port = start_service(folder, database_url, args.workers)
    try:
        result = asyncio.run(bench(port, people, args.seconds, process.pid))
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    result["workers"] = args.workers
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    result["command"] = "bench/server_load.py " + " ".join(sys.argv[1:])
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
