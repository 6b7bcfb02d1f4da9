"""CPU cost of each operation of the load benchmark, in process: where the service's time goes.

Run: `.venv/bin/python bench/server_ops.py [--rounds 30] [--profile out.prof]`

`bench/server_load.py` says how many requests per second the service answers; this one says
what each kind of request costs. The app (`server.app.create_app`, SQLite in a temporary
folder, production settings) is driven straight through ASGI, with no sockets and no HTTP
parsing, by the same sessions and the same operations as the load benchmark (its `one_op`),
one request at a time: the figure for an operation is the process's CPU time per request, in
ms, which a busy machine changes much less than wall-clock time. `health` (the bare endpoint
of the same app) is the baseline, and `ratio_to_health` says how many bare requests each
operation costs. `mix_ms` weighs the operations as the load benchmark mixes them; on one core,
1000 / (mix_ms + the HTTP layer's share) bounds the requests per second of one worker.

`--profile` writes a cProfile of the operations (not of the set-up) for `pstats`.
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import server_load  # noqa: E402  (the load benchmark's sessions and operations)

SESSIONS = 8


class AsgiConnection:
    """`server_load.Connection`'s interface, answered by the app itself."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        payload = json.dumps(body).encode() if body is not None else b""
        raw = [(b"host", b"127.0.0.1")]
        if token:
            raw.append((b"authorization", f"Bearer {token}".encode()))
        if payload:
            raw += [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ]
        raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
        route, _, query = path.partition("?")
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": route,
            "raw_path": route.encode(),
            "query_string": query.encode(),
            "headers": raw,
            "client": ("127.0.0.1", 50000),
            "server": ("127.0.0.1", 80),
            "root_path": "",
        }
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": payload, "more_body": False}
            await asyncio.Event().wait()  # the client never disconnects
            raise AssertionError("unreachable")

        answer: dict[str, Any] = {"status": 0, "headers": {}, "body": b""}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")

        await self.app(scope, receive, send)
        return answer["status"], answer["headers"], answer["body"]

    def close(self) -> None:
        pass


async def measure(
    app: Any, people: list[dict[str, Any]], rounds: int, profile: cProfile.Profile | None
) -> dict[str, float]:
    sessions = [
        server_load.Session(p, AsgiConnection(app), random.Random(i))  # type: ignore[arg-type]
        for i, p in enumerate(people)
    ]
    await asyncio.gather(*(server_load.prepare(s) for s in sessions))
    costs: dict[str, float] = {}
    for op in ["health", *server_load.MIX]:
        count = 0
        began = time.process_time()
        if profile is not None:
            profile.enable()
        for _ in range(rounds):
            for session in sessions:
                if op == "health":
                    status, _, body = await session.conn.request("GET", "/api/v1/health")
                else:
                    status, body, _ = await server_load.one_op(session, op)
                if status >= 400:
                    raise SystemExit(f"{op}: {status} {body[:300]!r}")
                count += 1
        if profile is not None:
            profile.disable()
        costs[op] = (time.process_time() - began) * 1000 / count
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="requests per session and op")
    parser.add_argument("--profile", help="write a cProfile of the operations to this file")
    args = parser.parse_args()

    os.environ["PROCURA_REGISTRATION_AUTO_ACTIVATE_SECONDS"] = "0"
    folder = Path(tempfile.mkdtemp(prefix="procura-ops-"))
    database_url = f"sqlite:///{folder / 'procura.db'}"
    people = server_load.seed(database_url, SESSIONS)  # also drops the test hashing shortcut

    from server.app import create_app
    from server.config import ServerConfig

    app = create_app(ServerConfig(database_url=database_url), run_migrations=False)
    profile = cProfile.Profile() if args.profile else None

    async def run() -> dict[str, float]:
        async with app.router.lifespan_context(app):
            return await measure(app, people, args.rounds, profile)

    try:
        try:
            import uvloop

            costs = uvloop.run(run())
        except ImportError:  # pragma: no cover
            costs = asyncio.run(run())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if profile is not None:
        profile.dump_stats(args.profile)
    health = costs["health"]
    mix = sum(costs[op] * weight for op, weight in server_load.MIX.items()) / 100
    result = {
        "cpu_ms_per_request": {op: round(ms, 3) for op, ms in costs.items()},
        "ratio_to_health": {op: round(ms / health, 1) for op, ms in costs.items()},
        "mix_ms": round(mix, 3),
        "mix_ratio_to_health": round(mix / health, 1),
        "requests": args.rounds * SESSIONS,
        "command": "bench/server_ops.py " + " ".join(sys.argv[1:]),
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
