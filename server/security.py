"""Passwords (argon2id, off the event loop), opaque session tokens, express codes."""

from __future__ import annotations

import hashlib
import os
import secrets

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from starlette.concurrency import run_in_threadpool


def _make_hasher() -> PasswordHash:
    # Tests may lower the cost (same algorithm, argon2id); production never sets this.
    if os.environ.get("PROCURA_FAST_HASH_FOR_TESTS") == "1":
        return PasswordHash((Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1),))
    return PasswordHash((Argon2Hasher(),))


_hasher = _make_hasher()
# Verified against when the user code is unknown, so both answers take the same time.
_DUMMY_HASH = _hasher.hash("procura-dummy-password-for-timing")


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_hasher.hash, password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    """Constant-ish time: an unknown user still costs one argon2 verification."""
    target = password_hash or _DUMMY_HASH
    ok: bool = await run_in_threadpool(_hasher.verify, password, target)
    return ok and password_hash is not None


def new_token() -> str:
    """256 bits of randomness, URL-safe; only its SHA-256 is stored."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()
