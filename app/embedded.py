"""The service on this computer: started by the client as a child process, shared by windows.

In "embedded" mode the client runs its own service on 127.0.0.1 with an SQLite database in
the platform data folder. The child is told the client's pid and exits by itself when the
client dies, so none is left behind. A small state file (`embedded-service.json`: pid and
port) lets a second window reuse the running service instead of starting another on the same
database; its health is checked before it is trusted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from app import paths
from app.api.client import ApiClient
from app.api.errors import ApiError

log = logging.getLogger(__name__)

STATE_FILE = "embedded-service.json"
LOCK_FILE = "embedded-service.lock"
DATABASE_FILE = "procura.db"
LOG_FILE = "embedded-service.log"
HOST = "127.0.0.1"
_LOG_ROTATE_BYTES = 5 * 1024 * 1024
_POLL_SECONDS = 0.05
# The frozen program's hidden option that runs the service's command line (`service_cli`).
SERVE_EMBEDDED = "--serve-embedded"


class EmbeddedServiceError(Exception):
    """The service on this computer could not be started; `message_fr`/`message_en` say what
    to do, `log_path` is the service's log file to look at or send to support."""

    def __init__(self, detail: str, log_path: Path | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.log_path = log_path
        where_fr = f" Consultez le journal : {log_path}" if log_path else ""
        where_en = f" See the log: {log_path}" if log_path else ""
        self.message_fr = (
            "Le service local n'a pas pu démarrer. Fermez les autres fenêtres de Procura, puis "
            "relancez le programme ; vous pouvez aussi choisir un service distant dans les "
            "paramètres." + where_fr
        )
        self.message_en = (
            "The local service could not start. Close the other Procura windows, then start "
            "the program again; you may also choose a remote service in the settings." + where_en
        )

    def message(self, language: str = "fr") -> str:
        return self.message_en if language == "en" else self.message_fr


@dataclass(frozen=True, slots=True)
class ServiceState:
    """What the state file records about a running embedded service."""

    pid: int
    port: int
    owner_pid: int
    database_url: str
    started_at: float

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


def database_url_for(data_dir: Path) -> str:
    """The SQLite database of the embedded service in `data_dir` (the service's own default
    file name, so `procura-server serve` without arguments opens the same database)."""
    return f"sqlite+aiosqlite:///{(data_dir / DATABASE_FILE).as_posix()}"


def service_cli() -> list[str]:
    """The start of a command line running `procura-server` (`server.cli`) with this program's
    own files: `python -m server.cli`, or, in a frozen build (PyInstaller), which has no Python
    to run `-m` with, this same executable with the hidden option `--serve-embedded`, which
    `ui.main.main` hands to `run_service_cli` before creating anything of Qt."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SERVE_EMBEDDED]
    return [sys.executable, "-m", "server.cli"]


def run_service_cli(argv: list[str]) -> int:
    """Run `procura-server` with `argv` in this process (the frozen program's hidden
    `--serve-embedded` sub-command); return its exit code."""
    from server.cli import main as server_main

    return server_main(argv)


def service_command(
    *,
    database_url: str,
    port_file: Path,
    parent_pid: int,
    host: str = HOST,
    port: int = 0,
    seed_demo_if_empty: bool = True,
) -> list[str]:
    """The command line that starts the service. The only place that knows how (with
    `service_cli`, which knows how a frozen build runs it)."""
    command = [
        *service_cli(),
        "serve",
        "--host",
        host,
        "--port",
        str(port),
        "--database-url",
        database_url,
        "--port-file",
        str(port_file),
        "--parent-pid",
        str(parent_pid),
    ]
    if seed_demo_if_empty:
        command.append("--seed-demo-if-empty")
    return command


def pid_alive(pid: int) -> bool:
    """True when process `pid` runs (a zombie counts as gone)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(code.value == 259)  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # An orphan that exited stays a zombie until someone reaps it: it serves nothing.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return False
    return True


def read_state(data_dir: Path) -> ServiceState | None:
    """The state file's content, or None when missing or unreadable."""
    try:
        raw = json.loads((data_dir / STATE_FILE).read_text("utf-8"))
        return ServiceState(
            pid=int(raw["pid"]),
            port=int(raw["port"]),
            owner_pid=int(raw.get("owner_pid", 0)),
            database_url=str(raw.get("database_url", "")),
            started_at=float(raw.get("started_at", 0.0)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


async def service_answers(base_url: str, within: float = 2.0) -> bool:
    """True when a Procura service answers `/health` with status ok at `base_url` within
    `within` seconds."""
    api = ApiClient(base_url, timeout=within)
    try:
        return (await api.health()).status == "ok"
    except ApiError:
        return False
    finally:
        await api.aclose()


class EmbeddedService:
    """Start (or reuse) the service on this computer; stop it when this client owns it.

    Usage, from a coroutine (the waits are async: the Qt loop keeps running):

        service = EmbeddedService()
        base_url = await service.start()     # "http://127.0.0.1:54321"
        ...
        await service.stop()                 # on quit

    Args:
        data_dir: where the database, state and lock files live (default: `paths.data_dir()`).
        log_path: the child's output (default: `embedded-service.log` in `paths.log_dir()`).
        startup_timeout: seconds to wait for the service to answer before giving up.
        seed_demo_if_empty: the first start on an empty database loads the demo data.
        command: builds the command line (see `service_command`); tests may wrap it.
        env: extra environment variables for the child.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        log_path: Path | None = None,
        startup_timeout: float = 60.0,
        seed_demo_if_empty: bool = True,
        command: Callable[..., list[str]] = service_command,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.data_dir = data_dir or paths.data_dir()
        self.log_path = log_path or paths.log_dir() / LOG_FILE
        self.startup_timeout = startup_timeout
        self.seed_demo_if_empty = seed_demo_if_empty
        self._command = command
        self._env = dict(env or {})
        self._process: subprocess.Popen[bytes] | None = None
        self._state: ServiceState | None = None

    def __repr__(self) -> str:
        where = self._state.base_url if self._state else "not started"
        return f"<EmbeddedService {where} owned={self.owned}>"

    # ---- what is running ----------------------------------------------------------------------

    @property
    def state(self) -> ServiceState | None:
        """The service in use, once `start()` returned."""
        return self._state

    @property
    def base_url(self) -> str:
        """The address to give `ApiClient`. Raises RuntimeError before `start()`."""
        if self._state is None:
            raise RuntimeError("EmbeddedService.start() has not completed")
        return self._state.base_url

    @property
    def owned(self) -> bool:
        """True when this client started the service (and therefore stops it)."""
        return self._process is not None

    @property
    def pid(self) -> int | None:
        return self._state.pid if self._state else None

    @property
    def database_url(self) -> str:
        return database_url_for(self.data_dir)

    async def is_running(self) -> bool:
        """True when the service in use still answers."""
        return self._state is not None and await service_answers(self._state.base_url)

    # ---- start --------------------------------------------------------------------------------

    async def start(self) -> str:
        """Reuse a live service of this data folder or start one; return its base URL.

        Raises `EmbeddedServiceError` when the service does not answer within
        `startup_timeout` seconds (the child is then stopped).
        """
        if self._state is not None and await self.is_running():
            return self._state.base_url
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        deadline = time.monotonic() + self.startup_timeout
        while True:
            reused = await self._live_state()
            if reused is not None:
                log.info("Reusing the local service at %s (pid %s)", reused.base_url, reused.pid)
                self._state = reused
                return reused.base_url
            if self._take_lock():
                break
            # Another window is starting it: wait for its state file rather than race it.
            if time.monotonic() >= deadline:
                raise EmbeddedServiceError("another client holds the start lock", self.log_path)
            await asyncio.sleep(_POLL_SECONDS * 4)
        try:
            # The state may have appeared between our check and taking the lock.
            reused = await self._live_state()
            if reused is not None:
                self._state = reused
                return reused.base_url
            return await self._spawn(deadline)
        finally:
            self._release_lock()

    async def ensure_running(self) -> str:
        """The base URL of a live service, restarting one if the one in use went away (its
        owner window closed). The port may change; sessions survive (same database)."""
        if await self.is_running():
            return self.base_url
        self._state = None
        self._process = None
        return await self.start()

    async def _live_state(self) -> ServiceState | None:
        state = read_state(self.data_dir)
        if state is None:
            return None
        if pid_alive(state.pid):
            # A busy service may miss one short health check: give it a few longer ones
            # before starting a second service on the same database.
            for within in (2.0, 5.0, 10.0):
                if await service_answers(state.base_url, within):
                    return state
                if not pid_alive(state.pid):
                    break
        log.info("Forgetting the stale local service state (pid %s)", state.pid)
        self._remove_state_if(state.pid)
        return None

    async def _spawn(self, deadline: float) -> str:
        port_file = self.data_dir / f"embedded-service.{os.getpid()}.port"
        port_file.unlink(missing_ok=True)
        command = self._command(
            database_url=self.database_url,
            port_file=port_file,
            parent_pid=os.getpid(),
            seed_demo_if_empty=self.seed_demo_if_empty,
        )
        env = {
            **os.environ,
            # The embedded service activates registrations at once (API.md).
            "PROCURA_REGISTRATION_AUTO_ACTIVATE_SECONDS": "0",
            "PYTHONUNBUFFERED": "1",
            **self._env,
        }
        log.info("Starting the local service: %s", " ".join(command[1:4]))
        process = self._launch(command, env)
        self._process = process
        try:
            port = await self._wait_for_port(process, port_file, deadline)
            base_url = f"http://{HOST}:{port}"
            while not await service_answers(base_url):
                self._check_alive(process)
                if time.monotonic() >= deadline:
                    raise EmbeddedServiceError("the service does not answer", self.log_path)
                await asyncio.sleep(_POLL_SECONDS)
        except BaseException:
            # Never leave a half-started child behind, also when the start is cancelled.
            self._terminate_now(process, 5.0)
            self._process = None
            raise
        finally:
            port_file.unlink(missing_ok=True)
        state = ServiceState(
            pid=process.pid,
            port=port,
            owner_pid=os.getpid(),
            database_url=self.database_url,
            started_at=time.time(),
        )
        paths.write_private_file(self.data_dir / STATE_FILE, json.dumps(asdict(state)))
        self._state = state
        log.info("Local service ready at %s (pid %s)", base_url, process.pid)
        return base_url

    def _launch(self, command: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        # Popen returns once the child is forked and exec'd: quick enough for the event loop.
        kwargs: dict[str, Any] = {}
        if os.name == "nt":  # pragma: no cover - Windows: no console window for the child
            kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined,unused-ignore]
        log_file = self._open_log()
        try:
            return subprocess.Popen(  # noqa: S603 - our own interpreter and module
                command,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.data_dir,
                close_fds=True,
                **kwargs,
            )
        except OSError as exc:
            raise EmbeddedServiceError(f"cannot run {command[0]}: {exc}", self.log_path) from exc
        finally:
            log_file.close()

    @staticmethod
    def _read_port(port_file: Path) -> int | None:
        # The service writes the file atomically once it listens: absent means not yet.
        try:
            return int(port_file.read_text("utf-8").strip())
        except (OSError, ValueError):
            return None

    async def _wait_for_port(
        self, process: subprocess.Popen[bytes], port_file: Path, deadline: float
    ) -> int:
        while True:
            self._check_alive(process)
            port = self._read_port(port_file)
            if port is not None:
                return port
            if time.monotonic() >= deadline:
                raise EmbeddedServiceError("the service did not report its port", self.log_path)
            await asyncio.sleep(_POLL_SECONDS)

    def _check_alive(self, process: subprocess.Popen[bytes]) -> None:
        code = process.poll()
        if code is not None:
            raise EmbeddedServiceError(f"the service exited with code {code}", self.log_path)

    def _open_log(self) -> IO[bytes]:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if self.log_path.stat().st_size > _LOG_ROTATE_BYTES:
                os.replace(self.log_path, self.log_path.with_name(self.log_path.name + ".1"))
        return self.log_path.open("ab")

    # ---- the start lock: one window starts the service, the others wait for it ------------

    def _take_lock(self) -> bool:
        lock = self.data_dir / LOCK_FILE
        for _ in range(2):
            try:
                fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                if self._lock_is_stale(lock):
                    lock.unlink(missing_ok=True)
                    continue
                return False
            with os.fdopen(fd, "w") as f:
                f.write(str(os.getpid()))
            return True
        return False

    def _lock_is_stale(self, lock: Path) -> bool:
        try:
            holder = int(lock.read_text().strip() or "0")
            age = time.time() - lock.stat().st_mtime
        except (OSError, ValueError):
            return True
        return not pid_alive(holder) or age > self.startup_timeout * 2

    def _release_lock(self) -> None:
        lock = self.data_dir / LOCK_FILE
        with contextlib.suppress(OSError, ValueError):
            if int(lock.read_text().strip()) == os.getpid():
                lock.unlink()

    def _remove_state_if(self, pid: int) -> None:
        state = read_state(self.data_dir)
        if state is not None and state.pid == pid:
            (self.data_dir / STATE_FILE).unlink(missing_ok=True)

    # ---- stop ---------------------------------------------------------------------------------

    async def stop(self, grace: float = 10.0) -> None:
        """Stop the service if this client started it (SIGTERM, then kill after `grace`
        seconds); a reused service is left to its owner. Safe to call twice."""
        process, self._process = self._process, None
        state, self._state = self._state, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                # In a worker thread: the Qt loop keeps painting while the service winds down.
                await asyncio.to_thread(process.wait, grace)
            except subprocess.TimeoutExpired:
                log.warning("The local service did not stop in %s s: killing it", grace)
                process.kill()
                await asyncio.to_thread(process.wait)
        if state is not None:
            self._remove_state_if(state.pid)
        log.info("Local service stopped (pid %s)", process.pid)

    def stop_now(self, grace: float = 5.0) -> None:
        """`stop()` for places where no event loop runs (atexit, a crash handler)."""
        process, self._process = self._process, None
        state, self._state = self._state, None
        if process is None:
            return
        self._terminate_now(process, grace)
        if state is not None:
            self._remove_state_if(state.pid)

    @staticmethod
    def _terminate_now(process: subprocess.Popen[bytes], grace: float) -> None:
        if process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
