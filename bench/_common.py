"""What the service benchmarks (server_load.py, server_soak.py) share: how the service is
started, the rows they seed straight into its database, and the latency figures they print.

Not a benchmark itself (`make bench` runs bench/[!_]*.py). The server's modules are imported
inside the functions: a benchmark drops PROCURA_FAST_HASH_FOR_TESTS before they load.
"""

from __future__ import annotations

import os
import shutil
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from server.models import RegistrationRow, UserRow


def service_program() -> list[str]:
    """The service's command: the installed `procura-server`, else `python -m server.cli`."""
    script = shutil.which("procura-server", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "server.cli"]


def service_environment() -> dict[str, str]:
    """This environment with production password hashing (no test shortcut) and
    PROCURA_REGISTRATION_AUTO_ACTIVATE_SECONDS=0."""
    env = {k: v for k, v in os.environ.items() if k != "PROCURA_FAST_HASH_FOR_TESTS"}
    env["PROCURA_REGISTRATION_AUTO_ACTIVATE_SECONDS"] = "0"
    return env


def active_registration(enterprise_id: str, now: datetime) -> RegistrationRow:
    """The enterprise registered to MELCC, active since `now`: procurations may grant it."""
    from server.models import RegistrationRow

    return RegistrationRow(
        enterprise_id=enterprise_id,
        ministry="MELCC",
        requested_on=now.date(),
        requested_at=now,
        state="actif",
        state_on=now.date(),
        answers={},
    )


def active_user(
    enterprise_id: str,
    role: str,
    *,
    user_code: str,
    last_name: str,
    first_name: str,
    email: str,
    password_hash: str,
    now: datetime,
) -> UserRow:
    """An active user record of `enterprise_id` whose password is not temporary."""
    from server.models import UserRow

    return UserRow(
        user_code=user_code,
        enterprise_id=enterprise_id,
        last_name=last_name,
        first_name=first_name,
        email=email,
        phone="5145226699",
        phone_extension=None,
        role=role,
        state="actif",
        password_hash=password_hash,
        password_is_temporary=False,
        temporary_expires_at=None,
        created_at=now,
        version=1,
    )


def latency_figures(latencies: list[float], elapsed: float) -> dict[str, Any]:
    """How many requests, how many a second over `elapsed`, and the 50th, 95th and 99th
    percentiles in milliseconds of `latencies` (seconds)."""
    lat = sorted(latencies)
    return {
        "requests": len(lat),
        "requests_per_s": round(len(lat) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": percentile_ms(lat, 0.50),
        "p95_ms": percentile_ms(lat, 0.95),
        "p99_ms": percentile_ms(lat, 0.99),
    }


def percentile_ms(ordered: list[float], p: float) -> float:
    """The `p` percentile (0 to 1) of `ordered` latencies (seconds, sorted) in milliseconds."""
    return (
        round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1) if ordered else 0.0
    )
