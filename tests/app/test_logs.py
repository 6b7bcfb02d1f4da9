"""The client's log file: where it goes, that it rotates, and that no secret reaches it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from tests.conftest import ProcuraDirs

SECRETS = [
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJFWEc5N0hMIn0.c2lnbmF0dXJl",
    "s3cr3t-T0ken-value",
    "Hunter2-Motdepasse!",
    "Tmp-9xQ4-pass",
    "NewPass#2024",
    "Wx7Hk2Pq",
    "basic-cred-b64",
]


@pytest.fixture
def log_file(procura_dirs: ProcuraDirs) -> Iterator[Path]:
    path = logs.setup_logging()
    yield path
    logs.close_logging()


def written(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_goes_to_the_folder_procura_log_dir_names(
    procura_dirs: ProcuraDirs, log_file: Path
) -> None:
    assert log_file == procura_dirs.log / "procura.log"
    assert logs.log_file() == log_file
    logging.getLogger("app.test").info("Ouverture de la fenêtre principale")
    assert "Ouverture de la fenêtre principale" in written(log_file)
    assert "INFO" in written(log_file)


def test_an_explicit_folder_wins_over_the_environment(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "ailleurs")
    try:
        assert path == tmp_path / "ailleurs" / "procura.log"
        assert path.exists()
    finally:
        logs.close_logging()


def test_secrets_in_every_usual_shape_are_masked(log_file: Path) -> None:
    jwt, token, password, temporary, new, express, basic = SECRETS
    log = logging.getLogger("app.api.client")
    log.info("GET /me headers={'Authorization': 'Bearer %s'}", token)
    log.info("Authorization: Bearer %s", jwt)
    log.info("authorization: Basic %s", basic)
    log.warning("POST /auth/login body=%s", f'{{"user_code": "EXG97HL", "password": "{password}"}}')
    log.info("LoginRequest(user_code='EXG97HL', password='%s')", password)
    log.info("password=%s&user_code=EXG97HL", password)
    log.info('UserCreated {"user_code": "EXG97HL", "temporary_password": "%s"}', temporary)
    log.info("change: current_password=%s new_password=%s", password, new)
    log.info("session token=%s expires", token)
    log.info('{"token": "%s", "expires_at": "2030-01-01T00:00:00Z"}', jwt)
    log.info("express_code: %s", express)
    log.info("Code d'utilisateur EXG97HL, mot de passe temporaire : %s", temporary)
    log.info("a bare token somewhere %s in the text", jwt)

    text = written(log_file)
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked into the log"
    # What is not secret stays readable: the log must still help.
    assert "EXG97HL" in text
    assert "Bearer ***" in text
    assert "expires_at" in text and "2030-01-01" in text
    assert text.count("***") >= 13


def test_a_traceback_is_masked_too(log_file: Path) -> None:
    try:
        raise ValueError("refused: password='Hunter2-Motdepasse!'")
    except ValueError:
        logging.getLogger("ui.errors").exception("Erreur inattendue")
    text = written(log_file)
    assert "Traceback" in text and "ValueError" in text
    assert "Hunter2-Motdepasse!" not in text


def test_readable_fields_near_secret_words_are_kept(log_file: Path) -> None:
    logging.getLogger("app").info(
        '{"password_change_required": true, "token_expires_at": "2030-01-01"}'
    )
    text = written(log_file)
    assert '"password_change_required": true' in text
    assert '"token_expires_at": "2030-01-01"' in text


def test_setting_up_twice_does_not_write_lines_twice(log_file: Path) -> None:
    again = logs.setup_logging()
    assert again == log_file
    logging.getLogger("app").warning("Une seule fois")
    assert written(log_file).count("Une seule fois") == 1


def test_the_file_rotates(log_file: Path) -> None:
    log = logging.getLogger("app.bulk")
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 + 50):
        log.info(line)
    assert (log_file.parent / "procura.log.1").exists()
