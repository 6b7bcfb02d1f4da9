"""Fuzzing the published OpenAPI contract with schemathesis: the real app in process (ASGI) on a
temporary SQLite database holding the demo data, signed in as the RSE of Les Champions inc.

Every generated request must get an answer the contract documents: never a 5xx, a status code
listed for the operation, the documented content type (`application/problem+json` for errors)
and a body that validates against the documented schema. Two campaigns:

- per operation (stateless): `FUZZ_EXAMPLES` Hypothesis examples for each of the ~35 operations,
  positive and negative (schema-breaking) data, plus schemathesis' boundary cases;
- stateful: sequences that follow the OpenAPI links (create a user → read it → PATCH it with
  its ETag → its receipt...), so the checks reach past the 404 of a random identifier.

Reproducible: Hypothesis is derandomized (same cases every run) and has no deadline. By
default (`make test`) ~1 800 cases, of which ~1 600 on the operations one by one. A bigger
campaign, new cases on every run: `PROCURA_FUZZ_EXAMPLES=100 PROCURA_FUZZ_STEPS=600
PROCURA_FUZZ_RANDOM=1 .venv/bin/pytest tests/server/test_schemathesis.py -q -s` (~5 000 cases,
a few minutes); `PROCURA_TEST_DATABASE=postgres` runs it on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.errors import FlakyStrategyDefinition
from hypothesis.stateful import Bundle, rule
from schemathesis.checks import not_a_server_error
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server.app import API_PREFIX, create_app
from server.config import ServerConfig
from server.db import Database, migrate

DEFAULT_EXAMPLES = 15
FUZZ_EXAMPLES = int(os.environ.get("PROCURA_FUZZ_EXAMPLES", DEFAULT_EXAMPLES))
FUZZ_STEPS = int(os.environ.get("PROCURA_FUZZ_STEPS", "225"))
# Other cases on every run (Hypothesis then prints how to reproduce a failure it finds).
FUZZ_RANDOM = bool(os.environ.get("PROCURA_FUZZ_RANDOM"))
# What `make test` must at least generate across both campaigns (the issue asks for 1 000).
MIN_CASES = 1000 if FUZZ_EXAMPLES >= DEFAULT_EXAMPLES else 0

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _settings(max_examples: int, **extra: Any) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=not FUZZ_RANDOM,
        database=None,  # no example database: a run depends on nothing but the code
        suppress_health_check=list(HealthCheck),
        # No shrinking: the database keeps what earlier cases did, so a case replayed while
        # shrinking meets another service, and Hypothesis reports "flaky" instead of the
        # failure. The failing case is printed as found (with a curl line to replay it).
        phases=[Phase.explicit, Phase.generate],
        print_blob=True,
        **extra,
    )


@dataclass
class FuzzTarget:
    """The app under fuzz, and the session every case carries."""

    app: Any
    user_code: str
    password: str
    token: str
    decoy_user_code: str  # acted upon instead of the fuzzing RSE itself (see prepare)
    cases: Counter[str] = field(default_factory=Counter)
    answers: Counter[str] = field(default_factory=Counter)  # "METHOD path status" → count

    def login(self) -> str:
        with asgi.get_client(self.app) as client:
            r = client.post(
                f"{API_PREFIX}/auth/login",
                json={"user_code": self.user_code, "password": self.password},
            )
        assert r.status_code == 200, r.text
        token: str = r.json()["token"]
        return token

    def prepare(self, case: schemathesis.Case) -> None:
        """Sign the case in, give each transaction its own Idempotency-Key, keep our session.

        A generated key that the contract accepts (1-255 characters) is replaced by a fresh
        UUID: Hypothesis reuses short strings across cases, which would only ever exercise
        «same key, other body» (422). Missing or over-long keys are kept (400 is documented).
        Our own session must survive the campaign: signing out uses a throwaway session, and
        an action aimed at the fuzzing RSE itself (reset its password, which ends its
        sessions) is aimed at another user of the enterprise instead."""
        if case.headers is None:
            case.headers = {}
        key = case.headers.get("Idempotency-Key")
        if isinstance(key, str) and 0 < len(key) <= 255:
            case.headers["Idempotency-Key"] = str(uuid.uuid4())
        throwaway = case.path.endswith("/auth/logout")
        case.headers["Authorization"] = f"Bearer {self.login() if throwaway else self.token}"
        code = (case.path_parameters or {}).get("user_code")
        if isinstance(code, str) and code.strip().upper() == self.user_code:
            case.path_parameters["user_code"] = self.decoy_user_code
        if case.method.upper() == case.operation.method.upper():  # not a 405 probe
            self.cases[f"{case.method.upper()} {case.path}"] += 1

    def record(self, case: schemathesis.Case, response: Any) -> None:
        self.answers[f"{case.method.upper()} {case.path} {response.status_code}"] += 1


async def _seed(url: str) -> dict[str, Any]:
    from server.demo import seed_demo

    db = Database(url)
    try:
        return await seed_demo(db)
    finally:
        await db.dispose()


# The schema is read from the app at import (no I/O: FastAPI builds it from the routes), so
# that schemathesis makes one test per operation. The app starts later, in `fuzz_target`, on
# the database it then points the configuration at (the lifespan reads it at start-up).
CONFIG = ServerConfig(
    database_url="sqlite+aiosqlite://",  # replaced by fuzz_target before the first request
    registration_auto_activate_seconds=0,
    # Every case comes from one address: the fuzzed sign-ins must not lock ours out.
    throttle_per_address=1_000_000,
)
APP = create_app(CONFIG, run_migrations=False)
schema = schemathesis.openapi.from_dict(APP.openapi())
schema.app = APP  # calls go to the app in process (ASGI), in schemathesis' own event loop
# The sequences follow links from what was created: valid data only (the per-operation campaign
# already sends the invalid kinds), else most steps are refused and no link is ever followed.
stateful_schema = schemathesis.openapi.from_dict(APP.openapi())
stateful_schema.app = APP
stateful_schema.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE])


@stateful_schema.hook
def before_generate_body(context: schemathesis.HookContext, strategy: Any) -> Any:
    """Half the bodies are the documented example: random data that fits the schema almost
    never passes the domain's rules (a confirmed email, a phone number, an active
    registration), and only an accepted creation hands its identifiers to the next steps."""
    operation = context.operation
    raw = operation.definition.raw if operation is not None else {}
    example = raw.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "example" not in example:
        return strategy
    return st.one_of(st.just(example["example"]), strategy)


@pytest.fixture(scope="module")
def fuzz_target(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[FuzzTarget]:
    if os.environ.get("PROCURA_TEST_DATABASE", "").lower() in ("postgres", "postgresql"):
        # The conftest's database of this session (migrated), emptied: the same campaign on
        # PostgreSQL, which refuses what SQLite lets through (NUL, out-of-range integers...).
        from tests.server.conftest import empty_postgres

        pg = request.getfixturevalue("postgres_server")
        asyncio.run(empty_postgres(pg.url))
        CONFIG.database_url = pg.url
    else:
        path: Path = tmp_path_factory.mktemp("fuzz") / "procura.db"
        CONFIG.database_url = f"sqlite+aiosqlite:///{path}"
        migrate(f"sqlite:///{path}")
    demo = asyncio.run(_seed(CONFIG.database_url))
    rse = next(s for s in demo["sign_ins"] if s["role"].startswith("RSE — Les Champions"))
    target = FuzzTarget(APP, rse["user_code"], rse["password"], "", decoy_user_code="SMC52RD")
    target.token = target.login()  # starts the app's lifespan in schemathesis' event loop
    try:
        yield target
    finally:
        asgi.shutdown_lifespans()


@schema.parametrize()
@_settings(FUZZ_EXAMPLES)
def test_every_operation_answers_as_documented(
    case: schemathesis.Case, fuzz_target: FuzzTarget
) -> None:
    fuzz_target.prepare(case)
    response = case.call(app=fuzz_target.app)
    fuzz_target.record(case, response)
    case.validate_response(response, checks=CHECKS)


def test_sequences_along_the_links_answer_as_documented(fuzz_target: FuzzTarget) -> None:
    base = stateful_schema.as_state_machine()
    # schemathesis starts sequences from the operations it deems likely to succeed on their
    # own; it reads `mandataire_id` as a reference to a «Mandataire» nothing produces and so
    # never starts from POST /procurations, the head of most links. Add that start.
    creations = (
        stateful_schema[f"{API_PREFIX}/procurations"]["POST"]
        .as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE)
        .map(StepInput.initial)
    )

    class Machine(base):  # type: ignore[valid-type,misc]
        @rule(target=Bundle("catch_all"), input=creations)
        def create_procuration(self, input: StepInput) -> StepOutput | None:
            self.recorder.record_case(case=input.case)
            return self._step(input)  # type: ignore[no-any-return]

        def before_call(self, case: schemathesis.Case) -> None:
            fuzz_target.prepare(case)

        def validate_response(self, response: Any, case: schemathesis.Case, **kwargs: Any) -> None:
            fuzz_target.record(case, response)
            case.validate_response(response, checks=CHECKS, recorder=self.recorder)

    before = sum(fuzz_target.cases.values())
    # The service keeps what earlier sequences did, so which links are open at a step depends
    # on the database, not only on Hypothesis's draws; when its generator notices, it stops
    # with FlakyStrategyDefinition, raised while DRAWING a step, never by a failed check (a
    # failed check is raised as itself). The sequences run until then were all checked.
    with contextlib.suppress(FlakyStrategyDefinition):
        Machine.run(settings=_settings(max(1, FUZZ_STEPS // 15), stateful_step_count=15))
    assert sum(fuzz_target.cases.values()) > before


# What the campaigns found once, kept as plain requests so that they are checked on every run
# whatever Hypothesis draws: (method, path, body or raw bytes, expected status).
FOUND: list[tuple[str, str, Any, int]] = [
    # A body that is not UTF-8: FastAPI's bare 400 without a French problem, undocumented.
    ("POST", "/auth/login", b'{"user_code": "\xe9"}', 400),
    # "²".isdigit() is true, int("²") raises: a 500 on numeric identifiers.
    ("DELETE", "/assignments/%C2%B2", None, 404),
    ("POST", "/messages/%C2%B2/read", None, 404),
    # A forged cursor of 30 digits: an OFFSET no database takes (a 500).
    ("GET", "/users?cursor=bzo5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5", None, 422),
    # The last day of the calendar has no day after (a 500 on both lists)...
    ("GET", "/receipts?to=9999-12-31", None, 200),
    ("GET", "/audit?until=9999-12-31", None, 200),
    # ... nor three years after (a 500 on the period rule).
    (
        "POST",
        "/procurations",
        {
            "type": "interne",
            "start_date": "9999-12-30",
            "end_date": "9999-12-31",
            "rights": [{"ministry": "MELCC", "access": "unrestricted", "services": []}],
        },
        422,
    ),
]


@pytest.mark.parametrize(("method", "path", "body", "status"), FOUND, ids=lambda v: str(v)[:40])
def test_what_the_fuzzing_found_stays_fixed(
    fuzz_target: FuzzTarget, method: str, path: str, body: Any, status: int
) -> None:
    headers = {
        "Authorization": f"Bearer {fuzz_target.token}",
        "Idempotency-Key": str(uuid.uuid4()),
    }
    content = body if isinstance(body, bytes) else None
    as_json = None if isinstance(body, bytes) else body
    if content is not None:
        headers["Content-Type"] = "application/json"
    with asgi.get_client(APP) as client:
        r = client.request(method, API_PREFIX + path, data=content, json=as_json, headers=headers)
    assert r.status_code == status, r.text
    if status >= 400:
        assert r.headers["content-type"] == "application/problem+json"
        problem = r.json()
        assert problem["status"] == status
        # A problem of the service's own (French title, stable type), not a framework's bare one.
        assert problem["type"].rsplit("/", 1)[1] not in ("http", "internal"), problem


def test_campaign_is_big_enough(fuzz_target: FuzzTarget) -> None:
    total = sum(fuzz_target.cases.values())
    if total == 0:
        pytest.skip("the fuzzing tests were not selected")
    statuses = Counter(label.rsplit(" ", 1)[1] for label in fuzz_target.answers.elements())
    print(f"{total} cases over {len(fuzz_target.cases)} operations; answers: {dict(statuses)}")
    assert total >= MIN_CASES, f"only {total} cases: {sorted(fuzz_target.cases.items())}"
    assert len(fuzz_target.cases) >= 30, "some operations were never exercised"
