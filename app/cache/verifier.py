"""The offline password check: an argon2id hash of the password, kept in the OS keyring.

While the service cannot be reached, «Ouvrir hors ligne» and the idle lock's «Déverrouiller»
check the password typed against this verifier instead of the service. It is stored on every
successful sign-in with the service (and password change), in the keyring under
«procura-offline-check:<service>» with the user code as account, beside the cache key
(«procura-cache:<service>»). Never the password itself, never in a file, a log or the
settings. Without a keyring the cache lives in memory only: there is nothing to open offline;
the hash is then kept in this program's memory only, for the idle lock of the session.
`app.cache.keys.wipe_cache` forgets it (first) with the offline data.

Hashing or verifying costs about 150 ms of CPU (argon2id, pwdlib's recommended settings, as
the service uses): every function here is blocking, call them in a worker thread.

`Attempts` slows guessing: after `FREE_ATTEMPTS` wrong passwords in a row, each further try
must wait a delay that doubles with every failure (15 s, 30 s, 1 min … up to 5 min).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import keyring
import keyring.errors

from app.secrets import SecretStoreError, forget_entry, keyring_available

if TYPE_CHECKING:
    from pwdlib import PasswordHash

    from app.cache.store import CacheOwner

log = logging.getLogger(__name__)

KEYRING_SERVICE_PREFIX = "procura-offline-check"

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 15.0
MAX_DELAY_S = 300.0


class NoVerifier(Exception):
    """No offline check is kept for this person (a cache made before it existed)."""

    message_fr = (
        "Le service ne répond pas et votre mot de passe ne peut pas être vérifié sur cet "
        "ordinateur sans lui : il pourra l'être après une connexion avec le service. "
        "Réessayez lorsque le service répondra."
    )
    message_en = (
        "The service does not answer and your password cannot be checked on this computer "
        "without it: it can be after one sign-in with the service. Try again when the "
        "service answers."
    )


class WrongPassword(Exception):
    """The password typed does not match the offline check."""

    status = 401  # read like the service's answer by the lock («Mot de passe incorrect»)
    message_fr = "Mot de passe incorrect. Réessayez."
    message_en = "Wrong password. Try again."


class TooManyAttempts(Exception):
    """Too many wrong passwords in a row: the next try must wait `wait_s` seconds."""

    def __init__(self, wait_s: float) -> None:
        self.wait_s = max(1, int(wait_s + 0.999))
        self.message_fr = (
            f"Trop d'essais avec un mauvais mot de passe : réessayez dans {self.wait_s} s."
        )
        self.message_en = f"Too many attempts with a wrong password: try again in {self.wait_s} s."
        super().__init__(self.message_en)


_hasher_lock = threading.Lock()
_hasher: PasswordHash | None = None
# Without a keyring: the hashes of this program's sessions, for the idle lock only.
_in_memory: dict[tuple[str, str], str] = {}


def _hash() -> PasswordHash:
    global _hasher
    with _hasher_lock:
        if _hasher is None:
            from pwdlib import PasswordHash
            from pwdlib.hashers.argon2 import Argon2Hasher

            # The tests lower the cost as the service's do (same algorithm, argon2id); a hash
            # keeps its own parameters, so either verifies the other's.
            if os.environ.get("PROCURA_FAST_HASH_FOR_TESTS") == "1":
                hasher = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1)
            else:
                hasher = Argon2Hasher()
            _hasher = PasswordHash((hasher,))
        return _hasher


def _entry(owner: CacheOwner) -> str:
    return f"{KEYRING_SERVICE_PREFIX}:{owner.service}"


def store_verifier(owner: CacheOwner, password: str) -> None:
    """Keep an argon2id hash of `password` for `owner` in the keyring (replacing any other);
    without a keyring, in this program's memory only. Raises `SecretStoreError` when the
    keyring refuses."""
    digest = _hash().hash(password)
    if not keyring_available():
        _in_memory[(owner.service, owner.user_code)] = digest
        return
    try:
        keyring.set_password(_entry(owner), owner.user_code, digest)
    except keyring.errors.KeyringError as exc:
        log.warning("The keyring refused to store the offline check: %s", type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc


def has_verifier(owner: CacheOwner) -> bool:
    """True when an offline check is kept for `owner` (False without a usable keyring)."""
    try:
        return _load(owner) is not None
    except SecretStoreError:
        return False


def _load(owner: CacheOwner) -> str | None:
    if not keyring_available():
        return _in_memory.get((owner.service, owner.user_code))
    try:
        text = keyring.get_password(_entry(owner), owner.user_code)
    except keyring.errors.KeyringError as exc:
        log.warning("The keyring refused to give the offline check: %s", type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc
    return text or None


def check_password(owner: CacheOwner, password: str) -> None:
    """Return when `password` matches `owner`'s offline check; raise `WrongPassword` when it
    does not, `NoVerifier` when none is kept (or the keyring cannot give it)."""
    try:
        digest = _load(owner)
    except SecretStoreError as exc:
        raise NoVerifier() from exc
    if digest is None:
        raise NoVerifier()
    try:
        ok = _hash().verify(password, digest)
    except Exception as exc:  # a damaged entry: as if there were none
        log.warning("The offline check in the keyring is not usable: %s", type(exc).__name__)
        raise NoVerifier() from None
    if not ok:
        raise WrongPassword()


def forget_verifier(owner: CacheOwner) -> None:
    """Erase `owner`'s offline check from the keyring (or this program's memory)."""
    _in_memory.pop((owner.service, owner.user_code), None)
    forget_entry(_entry(owner), owner.user_code, "the offline check")


@dataclass
class Attempts:
    """Wrong offline passwords in a row, per person, for the session of the program.

    `check_allowed(owner)` raises `TooManyAttempts` while the delay since the last failure
    runs; `failed(owner)` counts one more, `succeeded(owner)` starts afresh. `clock` is
    injectable (tests move time instead of waiting)."""

    clock: Callable[[], float] = time.monotonic
    _failures: dict[tuple[str, str], tuple[int, float]] = field(default_factory=dict)

    @staticmethod
    def delay_after(failures: int) -> float:
        """The wait imposed after `failures` wrong passwords in a row."""
        if failures < FREE_ATTEMPTS:
            return 0.0
        return float(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))

    def check_allowed(self, owner: CacheOwner) -> None:
        count, last = self._failures.get((owner.service, owner.user_code), (0, 0.0))
        wait = self.delay_after(count) - (self.clock() - last)
        if count >= FREE_ATTEMPTS and wait > 0:
            raise TooManyAttempts(wait)

    def failed(self, owner: CacheOwner) -> None:
        key = (owner.service, owner.user_code)
        count, _last = self._failures.get(key, (0, 0.0))
        self._failures[key] = (count + 1, self.clock())
        log.info("Mot de passe hors ligne refusé (%d de suite)", count + 1)

    def succeeded(self, owner: CacheOwner) -> None:
        self._failures.pop((owner.service, owner.user_code), None)

    def failures(self, owner: CacheOwner) -> int:
        return self._failures.get((owner.service, owner.user_code), (0, 0.0))[0]
