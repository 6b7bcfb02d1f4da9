"""The service's configuration, read from the environment and the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_database_url() -> str:
    data = Path(os.environ.get("PROCURA_DATA_DIR") or platformdirs.user_data_dir("procura"))
    data.mkdir(parents=True, exist_ok=True)
    return f"sqlite+aiosqlite:///{data / 'procura.db'}"


def _env_int(name: str) -> int | None:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else None


@dataclass(slots=True)
class ServerConfig:
    database_url: str = field(
        default_factory=lambda: os.environ.get("PROCURA_DATABASE_URL") or default_database_url()
    )
    # Sessions (ASVS 3.3): idle and absolute timeouts.
    session_idle_minutes: int = field(
        default_factory=lambda: _env_int("PROCURA_SESSION_IDLE_MINUTES") or 30
    )
    session_absolute_hours: int = field(
        default_factory=lambda: _env_int("PROCURA_SESSION_ABSOLUTE_HOURS") or 12
    )
    # Temporary passwords expire after 72 h or first use.
    temporary_password_hours: int = 72
    # Login throttling (ASVS 2.2.1): failures counted over a sliding window.
    throttle_window_seconds: int = 900
    throttle_per_user_code: int = field(
        default_factory=lambda: _env_int("PROCURA_THROTTLE_PER_USER_CODE") or 5
    )
    throttle_per_address: int = field(
        default_factory=lambda: _env_int("PROCURA_THROTTLE_PER_ADDRESS") or 30
    )
    # Registrations activate by themselves after N seconds (0 = at once); None = operator does it.
    registration_auto_activate_seconds: int | None = field(
        default_factory=lambda: _env_int("PROCURA_REGISTRATION_AUTO_ACTIVATE_SECONDS")
    )
    max_body_bytes: int = 256 * 1024
    max_page_size: int = 1000
    default_page_size: int = 100
    idempotency_days: int = 30
    echo_sql: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
