"""`procura --self-test` when something is broken: it names the step, shows the end of the
service's log, keeps its folder for a look and exits 1 (run in this process, with the command
that starts the service replaced by one that fails)."""

from __future__ import annotations

import json
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import app.embedded
from ui.self_test import run_self_test

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process checks")


def fake_service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, script: str) -> None:
    """Make `app.embedded.service_cli()` run `script` (Python) instead of the service."""
    path = tmp_path / "fake_service.py"
    path.write_text(textwrap.dedent(script), "utf-8")
    monkeypatch.setattr(app.embedded, "service_cli", lambda: [sys.executable, str(path)])


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the self-test creates its own temporary folder in."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_failed_seeding_is_reported_with_its_exit_code_and_output(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    temp: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_service(
        monkeypatch,
        tmp_path,
        """
        import sys
        print("la base de données est en lecture seule", file=sys.stderr)
        sys.exit(3)
        """,
    )

    assert run_self_test() == 1

    out, err = capsys.readouterr()
    assert "Traductions de Procura et de Qt présentes" in out
    assert "Autotest réussi" not in out
    assert "Autotest ÉCHOUÉ à l'étape « données de démonstration »" in err
    assert "code 3" in err
    assert "la base de données est en lecture seule" in err
    kept = [p for p in temp.iterdir() if p.name.startswith("procura-self-test-")]
    assert len(kept) == 1
    assert f"conservés dans {kept[0]}" in err


def test_a_service_that_does_not_start_is_reported_with_the_end_of_its_log(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    temp: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_ins = {
        "sign_ins": [
            {
                "role": "RSE — Les Champions inc.",
                "user_code": "FGR97HL",
                "password": "sans-importance",
            }
        ]
    }
    fake_service(
        monkeypatch,
        tmp_path,
        f"""
        import sys
        if sys.argv[1] == "seed-demo":
            print({json.dumps(json.dumps(sign_ins))})
            sys.exit(0)
        print("port 8765 déjà utilisé : arrêt", flush=True)
        sys.exit(4)
        """,
    )

    assert run_self_test() == 1

    out, err = capsys.readouterr()
    assert "données de démonstration chargées" in out
    assert "Autotest ÉCHOUÉ à l'étape « démarrage du service intégré »" in err
    assert "code 4" in err
    # The service's own words, from its log, for whoever reads the CI output.
    assert "--- fin du journal du service" in err
    assert "port 8765 déjà utilisé : arrêt" in err
