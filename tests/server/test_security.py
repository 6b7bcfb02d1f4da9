"""Sign-in security through the real app: passwords, temporary passwords, sessions, throttling,
no user enumeration, and no secret in any log line."""

from __future__ import annotations

import base64
import logging
import re
import statistics
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import select, update

from server import security
from server.app import API_PREFIX
from server.models import Base, LoginFailureRow, SessionRow, UserRow
from server.provisioning import create_enterprise
from server.testing import RunningService
from tests.server.conftest import PASSWORD, USER, Actor, ServiceFactory, api_routes

NEW_PASSWORD = "une phrase de passe bien à moi"


# ---- helpers ---------------------------------------------------------------------------------


async def login(service: RunningService, user_code: str, password: str) -> httpx.Response:
    async with service.client() as c:
        return await c.post("/auth/login", json={"user_code": user_code, "password": password})


async def change_password(
    service: RunningService, token: str, current: str, new: str
) -> httpx.Response:
    async with service.client(token) as c:
        return await c.post(
            "/auth/password", json={"current_password": current, "new_password": new}
        )


async def new_user(rse: Actor) -> tuple[str, str]:
    """A user created by the RSE: (user code, temporary password)."""
    r = await rse.tx("POST", "/users", json=USER)
    assert r.status_code == 201, r.text
    return r.json()["user_code"], r.json()["temporary_password"]


async def settled_user(service: RunningService, rse: Actor, password: str = NEW_PASSWORD) -> str:
    """A user who signed in with the temporary password and chose `password`."""
    code, temporary = await new_user(rse)
    token = (await login(service, code, temporary)).json()["token"]
    r = await change_password(service, token, temporary, password)
    assert r.status_code == 204, r.text
    return code


def without_request_id(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != "request_id"}


async def all_database_text(service: RunningService) -> str:
    """Every value of every table, as text (bytes both raw and hex), to look for secrets."""
    parts: list[str] = []
    async with service.db.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in (await s.execute(select(table))).all():
                for value in row:
                    if isinstance(value, bytes):
                        parts += [value.hex(), value.decode("latin-1")]
                    else:
                        parts.append(str(value))
    return "\n".join(parts)


# ---- passwords -------------------------------------------------------------------------------


def test_production_hasher_is_argon2id_with_owasp_parameters(monkeypatch) -> None:
    monkeypatch.delenv("PROCURA_FAST_HASH_FOR_TESTS", raising=False)
    hashed = security._make_hasher().hash("un mot de passe quelconque")
    algorithm, version, params, *_ = hashed.removeprefix("$").split("$")
    values = dict(p.split("=") for p in params.split(","))
    assert algorithm == "argon2id" and version == "v=19"
    # OWASP's floor for argon2id: 19 MiB and 2 passes (or more memory for fewer passes).
    assert int(values["m"]) >= 19 * 1024
    assert int(values["t"]) >= 2


async def test_password_hashing_and_checking_run_off_the_event_loop(
    service: RunningService, rse: Actor, monkeypatch
) -> None:
    threads: list[tuple[str, int]] = []
    real = security._hasher

    class Spy:
        def hash(self, password: str) -> str:
            threads.append(("hash", threading.get_ident()))
            return real.hash(password)

        def verify(self, password: str, hashed: str) -> bool:
            threads.append(("verify", threading.get_ident()))
            return real.verify(password, hashed)

    monkeypatch.setattr(security, "_hasher", Spy())
    loop_thread = threading.get_ident()
    await settled_user(service, rse)  # create (hash), login (verify), change (verify + hash)
    assert (await login(service, "ZZZ99ZZ", "inconnu inconnu")).status_code == 401
    kinds = {kind for kind, _ in threads}
    assert kinds == {"hash", "verify"}
    assert len(threads) >= 5
    assert all(ident != loop_thread for _, ident in threads)


async def test_eight_characters_are_enough_and_seven_are_refused(
    service: RunningService, rse: Actor
) -> None:
    code, temporary = await new_user(rse)
    token = (await login(service, code, temporary)).json()["token"]
    short = await change_password(service, token, temporary, "qzjvkwp")
    assert short.status_code == 422
    assert short.json()["errors"][0]["code"] == "password_too_short"
    assert (await change_password(service, token, temporary, "qzjvkwpx")).status_code == 204
    assert (await login(service, code, "qzjvkwpx")).status_code == 200


async def test_a_100_character_password_works_and_its_99_character_prefix_does_not(
    service: RunningService, rse: Actor
) -> None:
    long_password = ("Le vent se lève, il faut tenter de vivre! " * 3)[:100]
    assert len(long_password) == 100
    code = await settled_user(service, rse, long_password)
    assert (await login(service, code, long_password)).status_code == 200
    assert (await login(service, code, long_password[:99])).status_code == 401
    assert (await login(service, code, long_password[:72])).status_code == 401  # bcrypt's cut


async def test_no_composition_rule_lowercase_letters_only_are_accepted(
    service: RunningService, rse: Actor
) -> None:
    code = await settled_user(service, rse, "qzjvkwpxmb")
    assert (await login(service, code, "qzjvkwpxmb")).status_code == 200


@pytest.mark.parametrize("common", ["password1", "azerty123", "motdepasse", "12345678"])
async def test_common_passwords_are_refused(
    service: RunningService, rse: Actor, common: str
) -> None:
    code, temporary = await new_user(rse)
    token = (await login(service, code, temporary)).json()["token"]
    r = await change_password(service, token, temporary, common)
    assert r.status_code == 422
    assert r.json()["errors"][0] == {
        "field": "new_password",
        "code": "password_too_common",
        "message_fr": r.json()["errors"][0]["message_fr"],
        "message_en": r.json()["errors"][0]["message_en"],
    }


async def test_password_change_needs_the_current_password(
    service: RunningService, rse: Actor
) -> None:
    code, temporary = await new_user(rse)
    token = (await login(service, code, temporary)).json()["token"]
    r = await change_password(service, token, "pas le bon mot de passe", NEW_PASSWORD)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "current_password"
    assert (await login(service, code, NEW_PASSWORD)).status_code == 401


# ---- temporary passwords ---------------------------------------------------------------------


async def test_temporary_passwords_are_random_and_long(rse: Actor) -> None:
    code, first = await new_user(rse)
    second = (await rse.tx("POST", f"/users/{code}/reset-password")).json()["temporary_password"]
    _, third = await new_user(rse)
    assert len({first, second, third}) == 3
    assert all(len(p) >= 16 for p in (first, second, third))


OPEN_WITH_TEMPORARY_PASSWORD = {
    ("POST", f"{API_PREFIX}/auth/password"),
    ("POST", f"{API_PREFIX}/auth/logout"),
}
PUBLIC = {("GET", f"{API_PREFIX}/health"), ("POST", f"{API_PREFIX}/auth/login")}


async def test_a_temporary_password_allows_nothing_but_changing_it_and_signing_out(
    service: RunningService, rse: Actor
) -> None:
    code, temporary = await new_user(rse)
    token = (await login(service, code, temporary)).json()["token"]
    checked = []
    async with service.client(token) as c:
        for method, path, _route in api_routes(service.app):
            if (method, path) in PUBLIC | OPEN_WITH_TEMPORARY_PASSWORD:
                continue
            url = re.sub(r"\{[^}]+\}", "X", path.removeprefix(API_PREFIX))
            r = await c.request(method, url, json={}, headers={"Idempotency-Key": uuid.uuid4().hex})
            assert r.status_code == 403, (method, path, r.status_code, r.text)
            assert r.json()["type"].endswith("/password-change-required"), (method, path)
            checked.append((method, path))
        assert len(checked) >= 8  # me, enterprise, users...
        assert (
            await c.post(
                "/auth/password", json={"current_password": temporary, "new_password": NEW_PASSWORD}
            )
        ).status_code == 204
        assert (await c.get("/me")).status_code == 200


async def test_signing_out_is_allowed_with_a_temporary_password(
    service: RunningService, rse: Actor
) -> None:
    code, temporary = await new_user(rse)
    token = (await login(service, code, temporary)).json()["token"]
    async with service.client(token) as c:
        assert (await c.post("/auth/logout")).status_code == 204
        assert (await c.post("/auth/password", json={})).status_code == 401


async def test_a_temporary_password_expires_after_72_hours(
    service: RunningService, rse: Actor
) -> None:
    assert service.config.temporary_password_hours == 72
    code, temporary = await new_user(rse)
    async with service.db.read() as s:
        user = await s.scalar(select(UserRow).where(UserRow.user_code == code))
    assert user is not None and user.temporary_expires_at is not None
    hours = (user.temporary_expires_at - user.created_at) / timedelta(hours=1)
    assert hours == pytest.approx(72)
    wrong = await login(service, code, "pas le bon mot de passe")
    async with service.db.write() as s:
        await s.execute(
            update(UserRow)
            .where(UserRow.user_code == code)
            .values(temporary_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    expired = await login(service, code, temporary)
    assert expired.status_code == 401
    assert without_request_id(expired.json()) == without_request_id(wrong.json())


async def test_a_temporary_password_no_longer_works_once_changed(
    service: RunningService, rse: Actor
) -> None:
    code, temporary = await new_user(rse)
    first = await login(service, code, temporary)
    assert first.json()["password_change_required"] is True
    await change_password(service, first.json()["token"], temporary, NEW_PASSWORD)
    assert (await login(service, code, temporary)).status_code == 401
    again = await login(service, code, NEW_PASSWORD)
    assert again.status_code == 200
    assert again.json()["password_change_required"] is False


async def test_the_cli_onboarding_gives_a_temporary_password_that_must_be_changed(
    service: RunningService,
) -> None:
    done = await create_enterprise(
        service.db,
        enterprise_id="3300000003",
        name="Nouvelle inc.",
        rse_last_name="Tremblay",
        rse_first_name="Julie",
        rse_email="julie@example.com",
    )
    r = await login(service, done.user_code, done.temporary_password)
    assert r.json()["password_change_required"] is True
    async with service.client(r.json()["token"]) as c:
        assert (await c.get("/users")).status_code == 403


async def test_an_rse_resets_a_password_but_cannot_choose_it(
    service: RunningService, rse: Actor
) -> None:
    code = await settled_user(service, rse)
    user_token = (await login(service, code, NEW_PASSWORD)).json()["token"]
    chosen = await rse.tx(
        "POST", f"/users/{code}/reset-password", json={"password": "choisi par le RSE"}
    )
    assert chosen.status_code == 422, chosen.text
    assert chosen.json()["errors"][0]["code"] == "unknown_field"
    assert (await login(service, code, NEW_PASSWORD)).status_code == 200  # nothing changed

    reset = await rse.tx("POST", f"/users/{code}/reset-password")
    assert reset.status_code == 200, reset.text
    temporary = reset.json()["temporary_password"]
    assert (await login(service, code, NEW_PASSWORD)).status_code == 401
    async with service.client(user_token) as c:
        assert (await c.get("/me")).status_code == 401  # the person's sessions ended
    again = await login(service, code, temporary)
    assert again.json()["password_change_required"] is True

    schema = service.app.openapi()["paths"][f"{API_PREFIX}/users/{{user_code}}/{{action}}"]["post"]
    assert "requestBody" not in schema  # no field in which to choose one


# ---- sessions --------------------------------------------------------------------------------


async def test_session_token_has_at_least_128_bits_and_only_its_digest_is_stored(
    service: RunningService, rse: Actor
) -> None:
    code = await settled_user(service, rse)
    tokens = [(await login(service, code, NEW_PASSWORD)).json()["token"] for _ in range(3)]
    assert len(set(tokens)) == 3
    for token in tokens:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        assert len(raw) * 8 >= 128
    stored = await all_database_text(service)
    assert security.token_digest(tokens[0]).hex() in stored  # the scan does see the sessions
    for token in tokens:
        assert token not in stored
    assert NEW_PASSWORD not in stored


async def test_an_idle_session_ends_after_the_idle_timeout(
    service: RunningService, rse: Actor
) -> None:
    assert (await rse.client.get("/me")).status_code == 200
    idle = timedelta(minutes=service.config.session_idle_minutes)
    async with service.db.write() as s:
        await s.execute(
            update(SessionRow).values(last_seen_at=datetime.now(UTC) - idle - timedelta(seconds=1))
        )
    r = await rse.client.get("/me")
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


async def test_an_active_session_is_kept_alive_by_use(service: RunningService, rse: Actor) -> None:
    idle = timedelta(minutes=service.config.session_idle_minutes)
    almost = datetime.now(UTC) - idle + timedelta(minutes=2)
    async with service.db.write() as s:
        await s.execute(update(SessionRow).values(last_seen_at=almost))
    assert (await rse.client.get("/me")).status_code == 200
    async with service.db.read() as s:
        seen = await s.scalar(select(SessionRow.last_seen_at))
    assert seen is not None and seen > almost + timedelta(minutes=1)


async def test_a_session_ends_at_the_absolute_timeout_even_when_in_use(
    service: RunningService, rse: Actor
) -> None:
    async with service.db.read() as s:
        session = await s.scalar(select(SessionRow))
    assert session is not None
    lifetime = (session.expires_at - session.created_at) / timedelta(hours=1)
    assert lifetime == pytest.approx(service.config.session_absolute_hours)
    async with service.db.write() as s:
        await s.execute(
            update(SessionRow).values(
                last_seen_at=datetime.now(UTC),
                expires_at=datetime.now(UTC) - timedelta(seconds=1),
            )
        )
    assert (await rse.client.get("/me")).status_code == 401


async def test_logout_revokes_the_session(service: RunningService, rse: Actor) -> None:
    assert (await rse.client.post("/auth/logout")).status_code == 204
    assert (await rse.client.get("/me")).status_code == 401
    assert (await rse.client.post("/auth/logout")).status_code == 401


async def test_a_password_change_ends_the_other_sessions_and_keeps_this_one(
    service: RunningService, rse: Actor
) -> None:
    code = await settled_user(service, rse)
    here = (await login(service, code, NEW_PASSWORD)).json()["token"]
    elsewhere = (await login(service, code, NEW_PASSWORD)).json()["token"]
    r = await change_password(service, here, NEW_PASSWORD, "encore une autre phrase")
    assert r.status_code == 204
    async with service.client(here) as c:
        assert (await c.get("/me")).status_code == 200
    async with service.client(elsewhere) as c:
        assert (await c.get("/me")).status_code == 401


async def test_suspending_a_user_ends_its_sessions(service: RunningService, rse: Actor) -> None:
    code = await settled_user(service, rse)
    token = (await login(service, code, NEW_PASSWORD)).json()["token"]
    assert (await rse.tx("POST", f"/users/{code}/suspend")).status_code == 200
    async with service.client(token) as c:
        assert (await c.get("/me")).status_code == 401
    assert (await login(service, code, NEW_PASSWORD)).status_code == 401


async def test_a_made_up_or_malformed_token_is_refused(service: RunningService, rse: Actor) -> None:
    for token in ("x", security.new_token(), "a" * 5000):
        async with service.client(token) as c:
            assert (await c.get("/me")).status_code == 401
    async with service.client() as c:
        assert (await c.get("/me")).status_code == 401
        assert (
            await c.get("/me", headers={"Authorization": "Basic Zm9vOmJhcg=="})
        ).status_code == 401


# ---- throttling and enumeration --------------------------------------------------------------


async def test_sign_in_is_throttled_per_user_code_with_retry_after(
    service_factory: ServiceFactory,
) -> None:
    async with service_factory(throttle_per_user_code=3, throttle_per_address=100) as service:
        done = await create_enterprise(
            service.db,
            enterprise_id="1006237700",
            name="Les Champions inc.",
            rse_last_name="Grégoire",
            rse_first_name="François",
            rse_email="francois@example.com",
            password=PASSWORD,
        )
        for _ in range(3):
            assert (await login(service, done.user_code, "mauvais mot de passe")).status_code == 401
        throttled = await login(service, done.user_code, PASSWORD)  # even the right one
        assert throttled.status_code == 429
        assert int(throttled.headers["Retry-After"]) > 0
        assert throttled.json()["type"].endswith("/throttled")
        # Lower case is the same user code: no way around the count.
        assert (await login(service, done.user_code.lower(), PASSWORD)).status_code == 429
        # Once the window has passed, the right password works again.
        async with service.db.write() as s:
            window = timedelta(seconds=service.config.throttle_window_seconds + 1)
            await s.execute(update(LoginFailureRow).values(at=datetime.now(UTC) - window))
        assert (await login(service, done.user_code, PASSWORD)).status_code == 200


async def test_sign_in_is_throttled_per_address(service_factory: ServiceFactory) -> None:
    async with service_factory(throttle_per_user_code=100, throttle_per_address=4) as service:
        done = await create_enterprise(
            service.db,
            enterprise_id="1006237700",
            name="Les Champions inc.",
            rse_last_name="Grégoire",
            rse_first_name="François",
            rse_email="francois@example.com",
            password=PASSWORD,
        )
        for i in range(4):
            assert (await login(service, f"AAA{i}0AA", "mauvais mot de passe")).status_code == 401
        r = await login(service, done.user_code, PASSWORD)
        assert r.status_code == 429
        assert int(r.headers["Retry-After"]) > 0
        other_address = httpx.ASGITransport(app=service.app, client=("10.1.2.3", 50000))
        async with httpx.AsyncClient(
            transport=other_address, base_url="http://testserver" + API_PREFIX
        ) as c:
            ok = await c.post(
                "/auth/login", json={"user_code": done.user_code, "password": PASSWORD}
            )
            assert ok.status_code == 200


async def test_an_unknown_user_code_is_throttled_like_a_known_one(
    service_factory: ServiceFactory,
) -> None:
    async with service_factory(throttle_per_user_code=2, throttle_per_address=100) as service:
        for _ in range(2):
            assert (await login(service, "ZZZ99ZZ", "mauvais mot de passe")).status_code == 401
        assert (await login(service, "ZZZ99ZZ", "mauvais mot de passe")).status_code == 429


async def test_an_unknown_user_code_and_a_wrong_password_get_the_same_answer(
    service: RunningService, rse: Actor
) -> None:
    unknown = await login(service, "ZZZ99ZZ", "mauvais mot de passe")
    wrong = await login(service, rse.user_code, "mauvais mot de passe")
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.headers["content-type"] == wrong.headers["content-type"]
    assert without_request_id(unknown.json()) == without_request_id(wrong.json())
    assert set(unknown.headers) == set(wrong.headers)


async def test_an_unknown_user_code_and_a_wrong_password_take_similar_time(
    service_factory: ServiceFactory, monkeypatch
) -> None:
    # A real argon2id cost (OWASP's floor: 19 MiB, 2 passes), so the hash dominates the time
    # as it does in production, at a fraction of the production cost on a busy test machine.
    real = PasswordHash((Argon2Hasher(memory_cost=19456, time_cost=2, parallelism=1),))
    monkeypatch.setattr(security, "_hasher", real)
    monkeypatch.setattr(security, "_DUMMY_HASH", real.hash("procura-dummy-password-for-timing"))
    async with service_factory(throttle_per_user_code=1000, throttle_per_address=1000) as service:
        done = await create_enterprise(
            service.db,
            enterprise_id="1006237700",
            name="Les Champions inc.",
            rse_last_name="Grégoire",
            rse_first_name="François",
            rse_email="francois@example.com",
            password=PASSWORD,
        )
        timings: dict[str, list[float]] = {"unknown": [], "wrong": []}
        async with service.client() as c:
            for _ in range(7):
                for kind, code in (("unknown", "ZZZ99ZZ"), ("wrong", done.user_code)):
                    start = time.perf_counter()
                    r = await c.post(
                        "/auth/login", json={"user_code": code, "password": "mauvais mot de passe"}
                    )
                    timings[kind].append(time.perf_counter() - start)
                    assert r.status_code == 401
        ratio = statistics.median(timings["unknown"]) / statistics.median(timings["wrong"])
        assert 0.5 <= ratio <= 2.0, timings


# ---- no secret in the logs -------------------------------------------------------------------


async def test_no_password_token_or_temporary_password_reaches_a_log(
    service: RunningService, rse: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "httpx", "httpcore", "uvicorn", "server", "app"):
        caplog.set_level(logging.DEBUG, logger=name)
    secrets_seen = [PASSWORD, rse.client.headers["Authorization"].removeprefix("Bearer ")]
    code, temporary = await new_user(rse)
    first = await login(service, code, temporary)
    token = first.json()["token"]
    await change_password(service, token, temporary, NEW_PASSWORD)
    await login(service, code, "un mauvais mot de passe")
    reset = (await rse.tx("POST", f"/users/{code}/reset-password")).json()["temporary_password"]
    again = (await login(service, code, reset)).json()["token"]
    await change_password(service, again, reset, "encore une autre phrase")
    async with service.client(again) as c:
        await c.post("/auth/logout")
    secrets_seen += [temporary, token, NEW_PASSWORD, "un mauvais mot de passe", reset, again]
    secrets_seen += ["encore une autre phrase"]
    assert caplog.records, "nothing was logged: the check would prove nothing"
    text = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    for secret in secrets_seen:
        assert secret not in text
