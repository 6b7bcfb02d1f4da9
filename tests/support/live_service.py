"""The real service on 127.0.0.1 for client tests: uvicorn in a thread with its own event loop,
a temporary SQLite database, demo data seeded. The client under test talks to it over TCP."""

from __future__ import annotations

import asyncio
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn

os.environ.setdefault("PROCURA_FAST_HASH_FOR_TESTS", "1")

from server.app import create_app
from server.config import ServerConfig
from server.db import Database, migrate


@dataclass
class LiveService:
    base_url: str
    database_url: str
    demo: dict[str, Any] = field(default_factory=dict)
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None

    def sign_in(self, role_prefix: str) -> tuple[str, str]:
        """(user_code, password) of the demo sign-in whose role starts with `role_prefix`."""
        for s in self.demo.get("sign_ins", []):
            if str(s["role"]).startswith(role_prefix):
                return str(s["user_code"]), str(s["password"])
        raise LookupError(role_prefix)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)


def start_live_service(
    folder: Path, *, seed: bool = True, port: int = 0, **config: Any
) -> LiveService:
    """The service on 127.0.0.1:`port` (0: any free port) over `folder`'s database. Started
    again on the same folder and port (seed=False), it is the same service come back."""
    database_url = f"sqlite+aiosqlite:///{folder / 'live.db'}"
    migrate(database_url)
    demo: dict[str, Any] = {}
    if seed:
        from server.demo import seed_demo

        async def run_seed() -> dict[str, Any]:
            db = Database(database_url)
            try:
                return await seed_demo(db)
            finally:
                await db.dispose()

        demo = asyncio.run(run_seed())
    config.setdefault("registration_auto_activate_seconds", 0)
    app = create_app(ServerConfig(database_url=database_url, **config), run_migrations=False)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, name="live-service", daemon=True)
    thread.start()
    ready = threading.Event()
    for _ in range(500):
        if server.started or not thread.is_alive():
            break
        ready.wait(0.02)
    if not server.started:
        raise RuntimeError("the live service did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    return LiveService(f"http://127.0.0.1:{port}", database_url, demo, server, thread)
