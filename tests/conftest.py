"""Test-wide isolation: offscreen Qt, an in-memory keyring, and private config/data/log folders.

Fixtures every test can use:

- `memory_keyring` (autouse): a fresh `MemoryKeyring` installed with `keyring.set_keyring` for
  each test; request it to look at what the code stored (`memory_keyring.passwords`).
- `procura_dirs` (autouse): `PROCURA_CONFIG_DIR`, `PROCURA_DATA_DIR`, `PROCURA_LOG_DIR` and
  `PROCURA_CACHE_DIR` (and the XDG folders platformdirs and QSettings read) point into a
  temporary folder of the test; request it to get the paths (`procura_dirs.config` …).
"""

from __future__ import annotations

import os

# Before anything imports Qt: no test may need a display. `setdefault` lets a person run the
# tests under a real display (QT_QPA_PLATFORM=xcb) to watch them.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Child processes (the app or the service started by an end-to-end test) cannot see the
# in-memory keyring below; the null backend keeps them away from the real one too.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring kept in a dict: what the code stores is visible to the test, and nothing leaks."""

    priority = 1  # a plain number is what keyring reads

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(f"{service}/{username}") from None


# At import, so even a module-level `keyring.get_keyring()` never probes the real backends.
keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh, empty in-memory keyring for this test."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(MemoryKeyring())


@dataclass(frozen=True)
class ProcuraDirs:
    """The folders the code under test uses instead of the person's own."""

    root: Path
    config: Path
    data: Path
    log: Path
    cache: Path


@pytest.fixture(autouse=True)
def procura_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> ProcuraDirs:
    """Point the settings, data, log and cache folders at a temporary folder of this test."""
    root = tmp_path_factory.mktemp("procura-home")
    dirs = ProcuraDirs(
        root=root,
        config=root / "config",
        data=root / "data",
        log=root / "log",
        cache=root / "cache",
    )
    for folder in (dirs.config, dirs.data, dirs.log, dirs.cache):
        folder.mkdir()
    monkeypatch.setenv("PROCURA_CONFIG_DIR", str(dirs.config))
    monkeypatch.setenv("PROCURA_DATA_DIR", str(dirs.data))
    monkeypatch.setenv("PROCURA_LOG_DIR", str(dirs.log))
    monkeypatch.setenv("PROCURA_CACHE_DIR", str(dirs.cache))
    # Code that asks platformdirs or QSettings directly still lands in the test's folder.
    # (XDG_CACHE_HOME is left alone: fontconfig keeps its cache there.)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(root / "xdg-state"))
    return dirs


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns when a shown window's size constraints change; that is the
    # platform plugin talking, not the program (qt_log_level_fail would fail the test on it).
    for item in items:
        item.add_marker(
            pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
        )
