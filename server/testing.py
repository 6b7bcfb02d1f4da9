"""A real service in process for tests: temp SQLite (or a given URL), lifespan run, httpx client."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from server.app import API_PREFIX, create_app
from server.config import ServerConfig
from server.db import Database


@dataclass
class RunningService:
    app: FastAPI
    config: ServerConfig
    demo: dict[str, Any] = field(default_factory=dict)

    @property
    def db(self) -> Database:
        db: Database = self.app.state.db
        return db

    def transport(self) -> httpx.ASGITransport:
        return httpx.ASGITransport(app=self.app, client=("127.0.0.1", 50000))

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.AsyncClient(
            transport=self.transport(),
            base_url="http://testserver" + API_PREFIX,
            headers=headers,
            **kwargs,
        )

    async def login(self, user_code: str, password: str) -> str:
        async with self.client() as c:
            r = await c.post("/auth/login", json={"user_code": user_code, "password": password})
            r.raise_for_status()
            token: str = r.json()["token"]
            return token


@contextlib.asynccontextmanager
async def running_service(
    tmp_path: Path | None = None,
    *,
    database_url: str | None = None,
    seed_demo: bool = False,
    **config: Any,
) -> AsyncIterator[RunningService]:
    """Start the app (migrations and background jobs included) and stop it afterwards."""
    if database_url is None:
        assert tmp_path is not None
        database_url = f"sqlite+aiosqlite:///{tmp_path / 'procura-test.db'}"
    cfg = ServerConfig(database_url=database_url, **config)
    app = create_app(cfg)
    async with app.router.lifespan_context(app):
        service = RunningService(app, cfg)
        if seed_demo:
            from server.demo import seed_demo as seed

            service.demo = await seed(service.db)
        yield service
