"""`procura --self-test` from a source install, as a separate process without a display: the
same check `make package-test` runs on the frozen program (dist/procura/procura)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.embedded import pid_alive
from server.demo import SIGN_INS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX process checks"),
]


def procura_command() -> list[str]:
    """The `procura` command of this environment (.venv/bin/procura)."""
    script = Path(sys.executable).with_name("procura")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui.main"]


def test_the_self_test_starts_the_service_signs_in_prints_a_receipt_and_cleans_up(
    tmp_path: Path,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    # A platform that needs a display: the self-test must choose offscreen by itself.
    env["QT_QPA_PLATFORM"] = "xcb"
    env["TMPDIR"] = str(temp)

    done = subprocess.run(
        [*procura_command(), "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )

    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert done.stdout.startswith("Procura ")
    assert "Connexion de François Grégoire (FGR97HL), RSE — Les Champions inc." in done.stdout
    assert "Catalogue : 13 ministères et organismes" in done.stdout
    reference = re.search(r"numéro de référence (\d{9})\n", done.stdout)
    assert reference is not None, done.stdout
    assert f"Accusé de réception {reference[1]} rendu en PDF" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith("Autotest réussi en ")
    # The service it started is stopped, and its temporary folder is gone.
    service = re.search(r"\(processus (\d+),", done.stdout)
    assert service is not None, done.stdout
    assert not pid_alive(int(service[1]))
    assert list(temp.iterdir()) == []
    # No secret reaches the output: neither the demo password nor the new user's.
    for _, _, password in SIGN_INS:
        assert password not in output
    assert "mot de passe" not in output.lower()
