"""The embedded service for real: a child process started, reused, stopped, never left behind."""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from app.api import ApiClient, Offline
from app.embedded import (
    STATE_FILE,
    EmbeddedService,
    EmbeddedServiceError,
    pid_alive,
    read_state,
    service_command,
)
from server.demo import SIGN_INS
from tests.conftest import ProcuraDirs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and /proc")


def wait_for_exit(pid: int, timeout: float) -> bool:
    """Block until process `pid` (not necessarily our child) has exited, or `timeout` passes."""
    if hasattr(os, "pidfd_open"):
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            return True
        try:
            # The descriptor becomes readable when the process exits: no polling.
            readable, _, _ = select.select([fd], [], [], timeout)
            return bool(readable)
        finally:
            os.close(fd)
    deadline = time.monotonic() + timeout  # pragma: no cover - kernels without pidfd
    while pid_alive(pid) and time.monotonic() < deadline:
        select.select([], [], [], 0.05)
    return not pid_alive(pid)


async def answers(base_url: str) -> bool:
    async with ApiClient(base_url, timeout=5) as api:
        try:
            return (await api.health()).status == "ok"
        except Offline:
            return False


@pytest.fixture
def started() -> list[EmbeddedService]:
    """Services a test started; stopped at the end even when the test fails."""
    services: list[EmbeddedService] = []
    yield services
    for service in services:
        service.stop_now()


def embedded(
    procura_dirs: ProcuraDirs, started: list[EmbeddedService], **kwargs: Any
) -> EmbeddedService:
    kwargs.setdefault("seed_demo_if_empty", False)
    service = EmbeddedService(startup_timeout=60, **kwargs)
    started.append(service)
    return service


def test_the_command_runs_the_service_module_with_port_file_and_parent(tmp_path: Path) -> None:
    command = service_command(
        database_url="sqlite+aiosqlite:///x.db", port_file=tmp_path / "p", parent_pid=42
    )
    assert command[:5] == [sys.executable, "-m", "server.cli", "serve", "--host"]
    assert command[command.index("--port") + 1] == "0"
    assert command[command.index("--parent-pid") + 1] == "42"
    assert command[command.index("--port-file") + 1] == str(tmp_path / "p")
    assert command[-1] == "--seed-demo-if-empty"
    assert "--seed-demo-if-empty" not in service_command(
        database_url="x", port_file=tmp_path / "p", parent_pid=1, seed_demo_if_empty=False
    )


async def test_started_reused_by_a_second_window_then_stopped(
    procura_dirs: ProcuraDirs, started: list[EmbeddedService]
) -> None:
    first = embedded(procura_dirs, started, seed_demo_if_empty=True)
    url = await first.start()
    assert url.startswith("http://127.0.0.1:")
    assert first.owned and first.pid is not None and pid_alive(first.pid)
    assert await answers(url)
    # The first start on an empty database loads the demo: its sign-ins work over TCP.
    _, user_code, password = SIGN_INS[0]
    async with ApiClient(url) as api:
        await api.login(user_code, password)
        assert (await api.me()).enterprise.name == "Les Champions inc."
    assert (procura_dirs.data / "procura.db").exists()  # in the platform data folder
    state = read_state(procura_dirs.data)
    assert state is not None
    assert (state.pid, state.base_url, state.owner_pid) == (first.pid, url, os.getpid())

    second = embedded(procura_dirs, started)
    assert await second.start() == url
    assert not second.owned
    assert second.pid == first.pid
    await second.stop()  # a window that reused the service leaves it to its owner
    assert await answers(url)

    pid = first.pid
    await first.stop()
    assert wait_for_exit(pid, 10)
    assert not await answers(url)
    assert not (procura_dirs.data / STATE_FILE).exists()
    await first.stop()  # twice is harmless


async def test_a_state_file_is_not_trusted_without_a_healthy_answer(
    procura_dirs: ProcuraDirs, started: list[EmbeddedService]
) -> None:
    # A live pid (ours) but nothing answers on that port: a stale file from a crash.
    stale = {
        "pid": os.getpid(),
        "port": 9,
        "owner_pid": os.getpid(),
        "database_url": "",
        "started_at": 0,
    }
    (procura_dirs.data / STATE_FILE).write_text(json.dumps(stale))
    service = embedded(procura_dirs, started)
    url = await service.start()
    assert service.owned
    assert url != "http://127.0.0.1:9"
    assert service.pid != os.getpid()
    assert read_state(procura_dirs.data) == service.state
    await service.stop()


async def test_a_service_that_cannot_start_is_reported_with_its_log(
    procura_dirs: ProcuraDirs, started: list[EmbeddedService]
) -> None:
    def broken(**_: object) -> list[str]:
        return [sys.executable, "-c", "import sys; print('base de données illisible'); sys.exit(3)"]

    service = embedded(procura_dirs, started, command=broken)
    with pytest.raises(EmbeddedServiceError) as caught:
        await service.start()
    error = caught.value
    assert "code 3" in str(error)
    assert error.log_path == procura_dirs.log / "embedded-service.log"
    assert "base de données illisible" in error.log_path.read_text()
    assert str(error.log_path) in error.message_fr
    assert "service distant" in error.message_fr
    assert not service.owned
    assert not (procura_dirs.data / STATE_FILE).exists()


async def test_a_service_that_never_answers_is_stopped_after_the_timeout(
    procura_dirs: ProcuraDirs, started: list[EmbeddedService], tmp_path: Path
) -> None:
    pid_file = tmp_path / "pid"
    silent = (
        "import os, sys, signal\n"
        f"open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "signal.pause()\n"
    )

    def mute(**_: object) -> list[str]:
        return [sys.executable, "-c", silent]

    service = EmbeddedService(seed_demo_if_empty=False, startup_timeout=2, command=mute)
    started.append(service)
    with pytest.raises(EmbeddedServiceError):
        await service.start()
    pid = int(pid_file.read_text())
    assert not pid_alive(pid)  # terminated and reaped, not left behind


PARENT = textwrap.dedent(
    """
    import asyncio, sys
    from app.embedded import EmbeddedService

    async def main():
        service = EmbeddedService(seed_demo_if_empty=False)
        url = await service.start()
        print(service.pid, url, flush=True)
        await asyncio.Event().wait()  # until killed

    asyncio.run(main())
    """
)


async def test_killing_the_client_leaves_no_service_behind(
    procura_dirs: ProcuraDirs, started: list[EmbeddedService]
) -> None:
    parent = await asyncio.create_subprocess_exec(
        sys.executable, "-c", PARENT, stdout=asyncio.subprocess.PIPE, env=os.environ.copy()
    )
    try:
        assert parent.stdout is not None
        line = (await parent.stdout.readline()).decode()  # printed once its service answers
        child_pid, url = int(line.split()[0]), line.split()[1]
        assert pid_alive(child_pid)
        assert await answers(url)
    finally:
        parent.kill()  # SIGKILL: no clean-up code runs in the client
        await parent.wait()
    try:
        assert wait_for_exit(child_pid, 15), "the service outlived its client"
    finally:
        if pid_alive(child_pid):
            os.kill(child_pid, signal.SIGKILL)
    assert not await answers(url)

    # The next client finds the dead service's state file and starts a fresh one.
    service = embedded(procura_dirs, started)
    fresh = await service.start()
    assert service.owned and service.pid != child_pid
    assert await answers(fresh)
    await service.stop()
