"""The service as the operator runs it: `procura-server` processes, uvicorn on 127.0.0.1, real
HTTP. Sign-in, a user created and replayed, the CLI's JSON, and no secret in the output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from server.app import API_PREFIX
from tests.server.conftest import USER

NEW_PASSWORD = "une phrase de passe pour le vrai serveur"


def cli() -> list[str]:
    script = shutil.which("procura-server", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "server.cli"]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cli(), *args], capture_output=True, text=True, timeout=60, check=False)


@dataclass
class LiveServer:
    process: subprocess.Popen[bytes]
    output: Path
    base_url: str
    database_url: str
    onboarded: dict[str, str]
    secrets: list[str] = field(default_factory=list)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url + API_PREFIX, headers=headers, timeout=30)

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)
        return self.output.read_text("utf-8", errors="replace")


def wait_for_port(process: subprocess.Popen[bytes], port_file: Path, output: Path) -> int:
    """The server writes its port once it listens; give up if it dies or takes too long."""
    deadline = time.monotonic() + 60
    pause = threading.Event()
    while time.monotonic() < deadline:
        if port_file.exists():
            return int(port_file.read_text("utf-8"))
        if process.poll() is not None:
            raise AssertionError("the server stopped:\n" + output.read_text("utf-8"))
        pause.wait(0.02)
    raise AssertionError("the server did not start within 60 s")


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("live")
    database_url = f"sqlite:///{folder / 'procura.db'}"
    done = run_cli(
        "create-enterprise",
        "--database-url",
        database_url,
        "--id",
        "1006237700",
        "--name",
        "Les Champions inc.",
        "--rse-last-name",
        "Grégoire",
        "--rse-first-name",
        "François",
        "--rse-email",
        "francois@example.com",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    onboarded = json.loads(done.stdout.strip().splitlines()[-1])
    output = folder / "server-output.txt"
    port_file = folder / "port"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [
                *cli(),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--port-file",
                str(port_file),
                "--database-url",
                database_url,
                "--log-level",
                "debug",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    server = LiveServer(process, output, "", database_url, onboarded)
    try:
        port = wait_for_port(process, port_file, output)
        server.base_url = f"http://127.0.0.1:{port}"
        server.secrets += [onboarded["temporary_password"]]
        if onboarded.get("express_code"):  # the enterprise's shared secret, shown once too
            server.secrets.append(onboarded["express_code"])
        yield server
    finally:
        server.stop()


def settle_rse(live: LiveServer) -> str:
    """Sign in with the temporary password, choose a final one; the final session's token."""
    code = live.onboarded["user_code"]
    with live.client() as c:
        r = c.post("/auth/login", json={"user_code": code, "password": NEW_PASSWORD})
        if r.status_code == 200:
            token: str = r.json()["token"]
            live.secrets.append(token)
            return token
        first = c.post(
            "/auth/login",
            json={"user_code": code, "password": live.onboarded["temporary_password"]},
        )
        assert first.status_code == 200, first.text
        assert first.json()["password_change_required"] is True
        temporary_token = first.json()["token"]
        live.secrets += [temporary_token, NEW_PASSWORD]
    with live.client(temporary_token) as c:
        assert c.get("/me").status_code == 403
        changed = c.post(
            "/auth/password",
            json={
                "current_password": live.onboarded["temporary_password"],
                "new_password": NEW_PASSWORD,
            },
        )
        assert changed.status_code == 204, changed.text
    with live.client() as c:
        r = c.post("/auth/login", json={"user_code": code, "password": NEW_PASSWORD})
        assert r.status_code == 200
        token = r.json()["token"]
        live.secrets.append(token)
        return token


def test_the_cli_onboards_an_enterprise_and_prints_code_and_temporary_password_as_json(
    live: LiveServer,
) -> None:
    assert {"user_code", "temporary_password"} <= set(live.onboarded)
    assert len(live.onboarded["user_code"]) == 7
    assert len(live.onboarded["temporary_password"]) >= 16


def test_sign_in_create_a_user_and_replay_it_over_real_http(live: LiveServer) -> None:
    token = settle_rse(live)
    key = {"Idempotency-Key": str(uuid.uuid4())}
    with live.client(token) as c:
        me = c.get("/me")
        assert me.status_code == 200
        assert me.json()["enterprise"] == {"id": "1006237700", "name": "Les Champions inc."}
        first = c.post("/users", json=USER, headers=key)
        assert first.status_code == 201, first.text
        live.secrets.append(first.json()["temporary_password"])
        again = c.post("/users", json=USER, headers=key)
        assert again.status_code == 201
        assert again.json() == first.json()
        assert again.headers["Idempotent-Replayed"] == "true"
        listed = c.get("/users", params={"q": "McReady"}).json()["items"]
        assert [u["user_code"] for u in listed] == [first.json()["user_code"]]
        assert me.headers["cache-control"] == "no-store"
        assert me.headers["x-content-type-options"] == "nosniff"
        assert me.headers["x-request-id"]


def test_a_chunked_body_over_the_cap_is_413_over_real_http(live: LiveServer) -> None:
    token = settle_rse(live)
    big = json.dumps(dict(USER, last_name="x" * (300 * 1024))).encode()

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(big), 65536):
            yield big[i : i + 65536]

    with live.client(token) as c:
        r = c.post(
            "/users",
            content=chunks(),
            headers={"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())},
        )
        assert r.status_code == 413
        assert c.get("/me").status_code == 200  # the connection's server is still fine


def test_no_password_token_or_temporary_password_reaches_the_server_output(
    live: LiveServer,
) -> None:
    token = settle_rse(live)
    with live.client(token) as c:
        created = c.post("/users", json=USER, headers={"Idempotency-Key": str(uuid.uuid4())})
        code = created.json()["user_code"]
        temporary = created.json()["temporary_password"]
        reset = c.post(f"/users/{code}/reset-password", headers={"Idempotency-Key": "r1"})
        live.secrets += [temporary, reset.json()["temporary_password"]]
    with live.client() as c:
        wrong = "un mauvais mot de passe tapé"
        assert c.post("/auth/login", json={"user_code": code, "password": wrong}).status_code == 401
        live.secrets.append(wrong)
        user_token = c.post(
            "/auth/login", json={"user_code": code, "password": reset.json()["temporary_password"]}
        ).json()["token"]
        live.secrets.append(user_token)
    with live.client(user_token) as c:
        assert c.post("/auth/logout").status_code == 204
    output = live.stop()
    assert "Uvicorn running" in output or "Application startup complete" in output, output
    assert len(live.secrets) >= 8
    for secret in live.secrets:
        assert secret not in output
