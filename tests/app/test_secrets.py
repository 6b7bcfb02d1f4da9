"""The remembered session: in the OS keyring only, and a clear refusal when there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from app import secrets
from app.secrets import NoKeyring, SecretStoreError
from tests.conftest import MemoryKeyring, ProcuraDirs

SERVICE = "https://procura.example.qc.ca"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """Headless Linux: keyring's own "no backend" answer."""
    keyring.set_keyring(fail.Keyring())
    yield


class LockedKeyring(MemoryKeyring):
    """A keyring that exists but refuses (locked, access denied)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("denied")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_session_is_stored_loaded_and_forgotten(memory_keyring: MemoryKeyring) -> None:
    assert secrets.keyring_available()
    secrets.store_session(SERVICE, "EXG97HL", "the-token")
    assert secrets.load_session(SERVICE, "EXG97HL") == "the-token"
    assert memory_keyring.passwords == {
        ("procura:https://procura.example.qc.ca", "EXG97HL"): "the-token"
    }
    secrets.forget_session(SERVICE, "EXG97HL")
    assert secrets.load_session(SERVICE, "EXG97HL") is None
    assert memory_keyring.passwords == {}


def test_sessions_are_kept_per_service_and_person() -> None:
    secrets.store_session(SERVICE, "EXG97HL", "token-a")
    secrets.store_session(SERVICE, "ABC1234", "token-b")
    secrets.store_session("http://127.0.0.1:8765", "EXG97HL", "token-c")
    assert secrets.load_session(SERVICE + "/", "EXG97HL") == "token-a"  # same service
    assert secrets.load_session(SERVICE, "ABC1234") == "token-b"
    assert secrets.load_session("http://127.0.0.1:8765", "EXG97HL") == "token-c"
    assert secrets.load_session(SERVICE, "ZZZ0000") is None


def test_forgetting_what_was_never_stored_is_fine() -> None:
    secrets.forget_session(SERVICE, "EXG97HL")


def test_without_a_keyring_nothing_is_remembered_and_the_person_is_told(
    no_keyring: None, procura_dirs: ProcuraDirs
) -> None:
    assert secrets.keyring_available() is False
    with pytest.raises(NoKeyring) as caught:
        secrets.store_session(SERVICE, "EXG97HL", "the-token")
    assert (
        "Aucun trousseau de clés du système n'est disponible : la session ne peut pas être "
        "mémorisée." in caught.value.message_fr
    )
    assert "No system keyring" in caught.value.message_en
    with pytest.raises(NoKeyring):
        secrets.load_session(SERVICE, "EXG97HL")
    secrets.forget_session(SERVICE, "EXG97HL")  # nothing can have been stored
    # Never a fallback to a file.
    written = [p for p in procura_dirs.root.rglob("*") if p.is_file()]
    assert written == []


@pytest.mark.parametrize(
    "backend",
    [null.Keyring(), chainer.ChainerBackend()],
    ids=["null", "chainer-without-backends"],
)
def test_a_backend_that_stores_nothing_counts_as_no_keyring(
    backend: keyring.backend.KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend)
    assert secrets.keyring_available() is False


def test_a_chainer_with_a_real_backend_is_a_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    assert secrets.keyring_available() is True


def test_a_refusing_keyring_raises_a_clear_error_without_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(SecretStoreError) as caught:
        secrets.store_session(SERVICE, "EXG97HL", "the-token")
    assert not isinstance(caught.value, NoKeyring)
    assert "trousseau" in caught.value.message_fr
    with pytest.raises(SecretStoreError):
        secrets.load_session(SERVICE, "EXG97HL")
    with pytest.raises(SecretStoreError):
        secrets.forget_session(SERVICE, "EXG97HL")
    assert "the-token" not in caplog.text
    assert "the-token" not in str(caught.value)
