"""Settings: saved privately and atomically, read back with defaults, never a crash."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from app import paths
from app.settings import (
    Settings,
    check_service_url,
    load_settings,
    normalise_service_url,
    save_settings,
    settings_path,
)
from tests.conftest import ProcuraDirs


def test_folders_follow_the_environment(
    procura_dirs: ProcuraDirs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.config_dir() == procura_dirs.config
    assert paths.data_dir() == procura_dirs.data
    assert paths.log_dir() == procura_dirs.log
    assert paths.cache_dir() == procura_dirs.cache
    monkeypatch.setenv("PROCURA_CACHE_DIR", str(tmp_path / "new" / "cache"))
    assert paths.cache_dir() == tmp_path / "new" / "cache"
    assert paths.cache_dir().is_dir()  # created on first use


def test_without_a_file_the_defaults_apply() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.language == "fr"
    assert settings.service_mode == "embedded"
    assert settings.idle_lock_minutes == 15
    assert settings.remember_me is False
    assert not settings_path().exists()


def test_saved_settings_come_back(procura_dirs: ProcuraDirs) -> None:
    settings = Settings(
        language="en",
        service_mode="remote",
        remote_url="https://procura.example.qc.ca",
        last_user_code="EXG97HL",
        remember_me=True,
        idle_lock_minutes=5,
    )
    settings.set_geometry_bytes(b"\x01\xd9\xd0\xcb\x00\x03")
    save_settings(settings)
    assert settings_path() == procura_dirs.config / "settings.json"
    again = load_settings()
    assert again == settings
    assert again.geometry_bytes() == b"\x01\xd9\xd0\xcb\x00\x03"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_file_is_readable_by_its_owner_only() -> None:
    save_settings(Settings())
    mode = stat.S_IMODE(os.stat(settings_path()).st_mode)
    assert mode == 0o600


def test_a_save_leaves_no_temporary_file(procura_dirs: ProcuraDirs) -> None:
    save_settings(Settings())
    save_settings(Settings(language="en"))
    assert sorted(p.name for p in procura_dirs.config.iterdir()) == ["settings.json"]


def test_a_failed_save_keeps_the_previous_file(monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(last_user_code="EXG97HL"))

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr(os, "fsync", disk_full)
        save_settings(Settings(last_user_code="OTHER01"))
    assert load_settings().last_user_code == "EXG97HL"
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    [b"{ not json", b"\xff\xfe garbage", b"[1, 2, 3]", b"", b"null"],
    ids=["bad-json", "bad-utf8", "not-an-object", "empty", "null"],
)
def test_a_corrupt_file_is_set_aside_and_defaults_apply(content: bytes) -> None:
    settings_path().write_bytes(content)
    assert load_settings() == Settings()
    backup = settings_path().with_name("settings.json.bak")
    assert backup.read_bytes() == content
    assert not settings_path().exists()


def test_bad_values_take_their_defaults_and_good_ones_are_kept() -> None:
    settings_path().write_text(
        json.dumps(
            {
                "language": "de",
                "idle_lock_minutes": -3,
                "remote_url": "http://procura.example.qc.ca",
                "last_user_code": "EXG97HL",
                "remember_me": True,
            }
        )
    )
    settings = load_settings()
    assert settings.language == "fr"
    assert settings.idle_lock_minutes == 15
    assert settings.remote_url == ""
    assert settings.last_user_code == "EXG97HL"
    assert settings.remember_me is True
    assert settings_path().with_name("settings.json.bak").exists()


def test_a_secret_put_in_the_file_is_dropped_and_never_written_back() -> None:
    settings_path().write_text(
        json.dumps({"last_user_code": "EXG97HL", "token": "s3cr3t", "password": "hunter2"})
    )
    settings = load_settings()
    assert settings.last_user_code == "EXG97HL"
    save_settings(settings)
    text = settings_path().read_text()
    assert "s3cr3t" not in text and "hunter2" not in text
    assert set(json.loads(text)) == set(Settings.model_fields)


def test_settings_refuse_an_unsafe_address_when_assigned() -> None:
    settings = Settings()
    with pytest.raises(ValueError):
        settings.remote_url = "http://procura.example.qc.ca"
    settings.remote_url = " https://procura.example.qc.ca/ "
    assert settings.remote_url == "https://procura.example.qc.ca/"


@pytest.mark.parametrize(
    "url",
    [
        "https://procura.example.qc.ca",
        "https://procura.example.qc.ca:8443/base/",
        "http://127.0.0.1:8765",
        "http://localhost:8765",
        "http://[::1]:8765",
        "HTTPS://Procura.Example.QC.ca",
    ],
)
def test_https_anywhere_and_http_on_this_computer_are_accepted(url: str) -> None:
    assert check_service_url(url) is None


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("", "url_required"),
        ("   ", "url_required"),
        ("http://procura.example.qc.ca", "url_not_https"),
        ("http://192.168.1.10:8765", "url_not_https"),
        ("http://localhost.evil.example", "url_not_https"),
        ("ftp://procura.example.qc.ca", "url_invalid"),
        ("procura.example.qc.ca", "url_invalid"),
        ("https://", "url_invalid"),
        ("https://procura.example.qc.ca:99999", "url_invalid"),
        ("https://procura.example.qc.ca/?next=x", "url_invalid"),
        ("https://jean:motdepasse@procura.example.qc.ca", "url_has_credentials"),
    ],
)
def test_unsafe_or_malformed_addresses_are_refused_in_both_languages(url: str, code: str) -> None:
    error = check_service_url(url)
    assert error is not None
    assert error.code == code
    assert error.field == "remote_url"
    assert error.message_fr and error.message_en
    assert error.message_fr != error.message_en


def test_http_refusal_says_what_to_do() -> None:
    error = check_service_url("http://procura.example.qc.ca")
    assert error is not None
    assert "https://" in error.message_fr
    assert "localhost" in error.message_fr


def test_spellings_of_one_service_share_one_name() -> None:
    assert (
        normalise_service_url("HTTPS://Procura.Example.QC.ca/")
        == normalise_service_url("https://procura.example.qc.ca")
        == "https://procura.example.qc.ca"
    )
    assert normalise_service_url("http://[::1]:8765/") == "http://[::1]:8765"
