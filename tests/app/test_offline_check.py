"""The offline password check: an argon2id hash in the keyring, erased with the offline data,
and wrong passwords in a row slowed down."""

from __future__ import annotations

from typing import Any

import pytest

from app.cache import CacheOwner, wipe_cache
from app.cache.verifier import (
    Attempts,
    NoVerifier,
    TooManyAttempts,
    WrongPassword,
    check_password,
    forget_verifier,
    has_verifier,
    store_verifier,
)

OWNER = CacheOwner("https://procura.example", "FGR97HL")
ENTRY = ("procura-offline-check:https://procura.example", "FGR97HL")


def test_the_password_is_kept_as_an_argon2id_hash_beside_the_cache_key(
    memory_keyring: Any,
) -> None:
    assert not has_verifier(OWNER)
    with pytest.raises(NoVerifier):
        check_password(OWNER, "Une phrase de passe")
    store_verifier(OWNER, "Une phrase de passe")
    digest = memory_keyring.passwords[ENTRY]
    assert digest.startswith("$argon2id$") and "phrase" not in digest
    assert has_verifier(OWNER)
    check_password(OWNER, "Une phrase de passe")
    with pytest.raises(WrongPassword):
        check_password(OWNER, "une phrase de passe")
    other = CacheOwner("https://procura.example", "ABC12DE")
    with pytest.raises(NoVerifier):  # one person's check opens nobody else's data
        check_password(other, "Une phrase de passe")


def test_a_damaged_entry_counts_as_none(memory_keyring: Any) -> None:
    memory_keyring.passwords[ENTRY] = "pas un hachage"
    with pytest.raises(NoVerifier):
        check_password(OWNER, "Une phrase de passe")


def test_erasing_the_offline_data_erases_the_check_too(memory_keyring: Any) -> None:
    from app.cache import open_cache

    store = open_cache(OWNER)
    assert store is not None and store.persistent
    store_verifier(OWNER, "Une phrase de passe")
    wipe_cache(OWNER, store)
    assert not any(k[0].startswith("procura-") for k in memory_keyring.passwords)
    assert not has_verifier(OWNER)
    forget_verifier(OWNER)  # twice: nothing to do


def test_without_a_keyring_the_check_stays_in_memory_only(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: Any
) -> None:
    import app.cache.verifier as verifier

    monkeypatch.setattr(verifier, "keyring_available", lambda: False)
    store_verifier(OWNER, "Une phrase de passe")
    assert memory_keyring.passwords == {}
    check_password(OWNER, "Une phrase de passe")
    forget_verifier(OWNER)
    with pytest.raises(NoVerifier):
        check_password(OWNER, "Une phrase de passe")


def test_after_five_wrong_passwords_each_try_waits_longer() -> None:
    now = [1000.0]
    attempts = Attempts(clock=lambda: now[0])
    for _ in range(4):
        attempts.check_allowed(OWNER)
        attempts.failed(OWNER)
    attempts.check_allowed(OWNER)  # the fifth try is still free
    attempts.failed(OWNER)
    with pytest.raises(TooManyAttempts) as raised:
        attempts.check_allowed(OWNER)
    assert raised.value.wait_s == 15
    assert "réessayez dans 15 s" in raised.value.message_fr
    other = CacheOwner(OWNER.service, "ABC12DE")
    attempts.check_allowed(other)  # per person
    now[0] += 15
    attempts.check_allowed(OWNER)
    attempts.failed(OWNER)
    now[0] += 29
    with pytest.raises(TooManyAttempts):
        attempts.check_allowed(OWNER)
    now[0] += 1
    attempts.check_allowed(OWNER)
    assert [Attempts.delay_after(n) for n in (4, 5, 6, 7, 10, 20)] == [
        0.0,
        15.0,
        30.0,
        60.0,
        300.0,
        300.0,
    ]
    attempts.succeeded(OWNER)
    assert attempts.failures(OWNER) == 0
