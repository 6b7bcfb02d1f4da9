"""The offline cache's key, kept in the OS keyring beside the remembered session.

Each person's cache (per service and user code) has its own random 256-bit key, stored in the
keyring under «procura-cache:<service>» with the user code as account. Without a keyring
there is nowhere safe to keep a key: the cache then lives in memory for the session only, and
the status bar says so (`CacheMeta.persistent` is False). The file alone is useless without
the key; the key alone names no file content. Beside it, «procura-offline-check:<service>»
keeps the hash the password is checked against offline (`app.cache.verifier`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
from pathlib import Path

import keyring
import keyring.errors

from app import paths
from app.cache.store import KEY_BYTES, CacheOwner, CacheStore
from app.cache.verifier import forget_verifier
from app.secrets import NoKeyring, SecretStoreError, forget_entry, keyring_available

log = logging.getLogger(__name__)

KEYRING_SERVICE_PREFIX = "procura-cache"


def _entry(owner: CacheOwner) -> str:
    return f"{KEYRING_SERVICE_PREFIX}:{owner.service}"


def cache_path(owner: CacheOwner) -> Path:
    """The cache file of `owner` in the cache folder; its name reveals neither the service nor
    the user code."""
    digest = hashlib.sha256(f"{owner.service}\0{owner.user_code}".encode()).hexdigest()
    return paths.cache_dir() / f"offline-{digest[:32]}.sqlite"


def load_key(owner: CacheOwner) -> bytes | None:
    """The cache key of `owner`, or None when none was made. Raises `NoKeyring` without a
    keyring, `SecretStoreError` when it refuses (locked)."""
    if not keyring_available():
        raise NoKeyring()
    try:
        text = keyring.get_password(_entry(owner), owner.user_code)
    except keyring.errors.KeyringError as exc:
        log.warning("The keyring refused to give the cache key back: %s", type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc
    if not text:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        log.warning("The cache key in the keyring is not usable: a new one is made")
        return None
    return key


def create_key(owner: CacheOwner) -> bytes:
    """A new random key for `owner`, stored in the keyring (replacing any other)."""
    if not keyring_available():
        raise NoKeyring()
    key = os.urandom(KEY_BYTES)
    try:
        keyring.set_password(_entry(owner), owner.user_code, base64.b64encode(key).decode())
    except keyring.errors.KeyringError as exc:
        log.warning("The keyring refused to store the cache key: %s", type(exc).__name__)
        raise SecretStoreError(type(exc).__name__) from exc
    return key


def forget_key(owner: CacheOwner) -> None:
    """Erase the key of `owner` from the keyring (nothing to do without a keyring)."""
    forget_entry(_entry(owner), owner.user_code, "the cache key")


def open_cache(owner: CacheOwner, *, create: bool = True) -> CacheStore | None:
    """The cache of `owner`: its file with the key from the keyring (a key and an empty file
    are made when `create`), or a cache in memory when there is no usable keyring (with
    `create` only). Returns None when `create` is False and no cache can be opened — what
    «Ouvrir hors ligne» checks. Blocking (keyring, file): call it in a worker thread."""
    try:
        key = load_key(owner)
        if key is None:
            if not create:
                return None
            key = create_key(owner)
            # An old file whose key is gone cannot be read: start afresh without a warning.
            path = cache_path(owner)
            for suffix in ("", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    except SecretStoreError as exc:  # NoKeyring too
        if not create:
            return None
        log.info("Cache hors ligne en mémoire seulement (%s)", type(exc).__name__)
        return CacheStore.in_memory(owner)
    return CacheStore.open(cache_path(owner), key, owner)


def has_cache(owner: CacheOwner) -> bool:
    """True when a cache file and its key exist (it may still fail its checks on opening)."""
    if not cache_path(owner).exists():
        return False
    try:
        return load_key(owner) is not None
    except SecretStoreError:
        return False


def wipe_cache(owner: CacheOwner, store: CacheStore | None = None) -> None:
    """Erase `owner`'s offline data: the offline password check and the key first, then the
    open `store` (if any) and the file.

    In that order, an erasure cut short (the program killed while quitting) leaves at worst a
    file nobody can decrypt, never a key to data that is gone (nor the data with its key);
    and once the file is gone, the key and the password check are already."""
    forget_verifier(owner)
    forget_key(owner)
    if store is not None:
        store.wipe()
    path = cache_path(owner)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
