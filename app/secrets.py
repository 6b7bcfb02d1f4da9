"""The remembered session token, kept in the OS keyring and nowhere else.

Without a keyring (headless Linux, a locked-down desktop) the session is simply not
remembered: there is deliberately no fallback to a file, which would put a bearer token on
disk in clear.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from app.settings import normalise_service_url

log = logging.getLogger(__name__)

# Keyring entries are named "procura:<service url>", one per service, with the user code as
# the account: several people or services on one computer do not overwrite each other.
KEYRING_SERVICE_PREFIX = "procura"


class SecretStoreError(Exception):
    """The keyring could not keep or give back the session; `message_fr`/`message_en` say why."""

    message_fr = (
        "Le trousseau de clés du système a refusé l'opération : la session ne peut pas être "
        "mémorisée. Vous devrez vous connecter à chaque démarrage."
    )
    message_en = (
        "The system keyring refused the operation: the session cannot be remembered. You "
        "will have to sign in at each start."
    )

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.message_en)


class NoKeyring(SecretStoreError):
    """No system keyring exists on this computer."""

    message_fr = (
        "Aucun trousseau de clés du système n'est disponible : la session ne peut pas être "
        "mémorisée. Vous devrez vous connecter à chaque démarrage."
    )
    message_en = (
        "No system keyring is available: the session cannot be remembered. You will have to "
        "sign in at each start."
    )


def _is_usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    # keyring.backends.null.Keyring is selected explicitly to switch keyring off.
    if type(backend).__module__ == "keyring.backends.null":
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_usable(b) for b in backend.backends)
    return True


def keyring_available() -> bool:
    """True when a real keyring can keep the session (the «Se souvenir de moi» box is shown)."""
    try:
        return _is_usable(keyring.get_keyring())
    except Exception:  # a broken backend configuration must not stop the program
        log.warning("The keyring backend could not be loaded", exc_info=True)
        return False


def _entry(service_url: str) -> str:
    return f"{KEYRING_SERVICE_PREFIX}:{normalise_service_url(service_url)}"


def _require_keyring() -> None:
    if not keyring_available():
        raise NoKeyring()


def store_session(service_url: str, user_code: str, token: str) -> None:
    """Remember `token` for `user_code` on this service. Raises `NoKeyring` or
    `SecretStoreError`; the caller tells the person the session will not be remembered."""
    _require_keyring()
    try:
        keyring.set_password(_entry(service_url), user_code, token)
    except keyring.errors.KeyringError as exc:
        # The message of a keyring error never carries the secret; log the class only.
        log.warning("The keyring refused to store the session: %s", type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc


def load_session(service_url: str, user_code: str) -> str | None:
    """The remembered token, or None when none is stored. Raises `NoKeyring` without a
    keyring and `SecretStoreError` when the keyring refuses (for example, it is locked)."""
    _require_keyring()
    try:
        return keyring.get_password(_entry(service_url), user_code)
    except keyring.errors.KeyringError as exc:
        log.warning("The keyring refused to give the session back: %s", type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc


def forget_session(service_url: str, user_code: str) -> None:
    """Erase the remembered token, if any. Without a keyring nothing can have been
    remembered, so this does nothing rather than raise; a refusing keyring raises
    `SecretStoreError`."""
    forget_entry(_entry(service_url), user_code, "the session")


def forget_entry(service: str, account: str, what: str) -> None:
    """Erase one keyring entry, if any: nothing to do without a keyring or without the entry;
    a refusing keyring raises `SecretStoreError` (the log names `what`, never a secret)."""
    if not keyring_available():
        return
    try:
        keyring.delete_password(service, account)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing was stored
    except keyring.errors.KeyringError as exc:
        log.warning("The keyring refused to forget %s: %s", what, type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc
