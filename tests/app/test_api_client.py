"""The service client against the real service in process: results, typed errors, retries."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import httpx
import pytest

from app.api import (
    ApiClient,
    Forbidden,
    NotFound,
    Offline,
    PasswordChangeRequired,
    PreconditionRequired,
    ServiceUnavailable,
    SessionExpired,
    StaleObject,
    Tagged,
    Throttled,
    Unauthorized,
    ValidationFailed,
    error_from_response,
    new_idempotency_key,
)
from app.domain.common import (
    ExpressCodeState,
    MessageKind,
    ProcurationState,
    RegistrationState,
    Role,
    UserState,
)
from app.domain.models import (
    Procuration,
    ProcurationCreate,
    RightIn,
    User,
    UserCreate,
    UserPatch,
)
from server.provisioning import create_enterprise
from server.testing import RunningService
from tests.app.conftest import (
    ENTERPRISE_ID,
    PASSWORD,
    SERVICE_URL,
    Account,
    ClientFactory,
    demo_sign_in,
)


def sharron(**changes: str) -> UserCreate:
    """The procedure's example user (seed 003)."""
    fields = {
        "last_name": "McReady",
        "first_name": "Sharron",
        "email": "sharron.mcready@leschampions.com",
        "email_confirmation": "sharron.mcready@leschampions.com",
        "phone": "514 522-6699",
        "phone_extension": "1234",
        "role": "utilisateur",
        **changes,
    }
    return UserCreate(**fields)


class AnswerLost(httpx.AsyncBaseTransport):
    """Forwards every request to the real app; once armed, the answer to the next change is
    lost on its way back as a read timeout. The service did the work: the client cannot know."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.armed = False
        self.lost = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self.armed and request.method != "GET":
            self.armed = False
            self.lost += 1
            await response.aread()
            await response.aclose()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


# ---- sign-in and session ----------------------------------------------------------------------


async def test_sign_in_then_me_names_the_person_and_enterprise(
    make_client: ClientFactory, rse_account: Account
) -> None:
    api = make_client()
    assert not api.signed_in
    session = await api.login(rse_account.user_code, rse_account.password)
    assert session.password_change_required is False
    assert api.signed_in and api.token == session.token
    me = await api.me()
    assert me.user_code == rse_account.user_code
    assert me.role is Role.RSE
    assert (me.first_name, me.last_name) == ("François", "Grégoire")
    assert me.enterprise.id == ENTERPRISE_ID


async def test_wrong_password_is_unauthorized_not_an_ended_session(
    make_client: ClientFactory, rse_account: Account
) -> None:
    api = make_client()
    with pytest.raises(Unauthorized) as caught:
        await api.login(rse_account.user_code, "not the password")
    assert type(caught.value) is Unauthorized
    assert caught.value.status == 401
    assert "mot de passe est incorrect" in caught.value.message("fr")
    assert "password is incorrect" in caught.value.message("en")
    assert not api.signed_in


async def test_too_many_failed_sign_ins_are_throttled_with_the_wait(
    make_client: ClientFactory, rse_account: Account, service: RunningService
) -> None:
    api = make_client()
    for _ in range(service.config.throttle_per_user_code):
        with pytest.raises(Unauthorized):
            await api.login(rse_account.user_code, "wrong")
    with pytest.raises(Throttled) as caught:
        await api.login(rse_account.user_code, rse_account.password)
    assert caught.value.retry_after == service.config.throttle_window_seconds
    assert "Réessayez" in caught.value.message_fr or "réessayez" in caught.value.message_fr


async def test_a_session_ended_elsewhere_raises_session_expired_and_drops_the_token(
    make_client: ClientFactory, rse: ApiClient
) -> None:
    ended: list[bool] = []
    rse.on_session_expired = lambda: ended.append(True)
    other_window = make_client(token=rse.token)
    await other_window.logout()
    assert not other_window.signed_in

    with pytest.raises(SessionExpired) as caught:
        await rse.me()
    assert caught.value.status == 401
    assert "Reconnectez-vous" in caught.value.message_fr or "reconnectez-vous" in (
        caught.value.message_fr
    )
    assert ended == [True]
    assert rse.token is None


async def test_signing_out_of_a_session_already_ended_is_quiet(
    make_client: ClientFactory, rse: ApiClient
) -> None:
    ended: list[bool] = []
    same_session = make_client(token=rse.token, on_session_expired=lambda: ended.append(True))
    await rse.logout()
    await same_session.logout()
    assert ended == []
    assert same_session.token is None


async def test_a_remembered_token_resumes_the_session(
    make_client: ClientFactory, rse: ApiClient, rse_account: Account
) -> None:
    later = make_client()
    later.use_token(rse.token)
    assert (await later.me()).user_code == rse_account.user_code


async def test_temporary_password_allows_only_the_password_change(
    make_client: ClientFactory, rse: ApiClient
) -> None:
    created = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    newcomer = make_client()
    session = await newcomer.login(created.user_code, created.temporary_password)
    assert session.password_change_required is True
    with pytest.raises(PasswordChangeRequired):
        await newcomer.me()

    with pytest.raises(ValidationFailed) as caught:
        await newcomer.change_password("not the temporary one", "Une phrase de passe solide 42")
    assert caught.value.codes == ["password_incorrect"]
    assert caught.value.for_field("current_password") is not None

    await newcomer.change_password(created.temporary_password, "Une phrase de passe solide 42")
    assert (await newcomer.me()).user_code == created.user_code


async def test_logout_forgets_the_token_even_when_the_service_is_unreachable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async with ApiClient(
        SERVICE_URL, token="a-token", transport=httpx.MockTransport(refuse)
    ) as api:
        await api.logout()
        assert api.token is None


# ---- typed results and errors ---------------------------------------------------------------


async def test_a_rule_broken_arrives_as_validation_failed_with_codes_at_their_fields(
    rse: ApiClient,
) -> None:
    bad = sharron(phone="514 522-669", phone_extension="12345", email_confirmation="x@y.ca")
    with pytest.raises(ValidationFailed) as caught:
        await rse.create_user(bad, idempotency_key=new_idempotency_key())
    error = caught.value
    assert error.status == 422
    assert sorted(error.codes) == ["email_mismatch", "phone_extension_too_long", "phone_invalid"]
    extension = error.for_field("phone_extension")
    assert extension is not None
    assert extension.code == "phone_extension_too_long"
    assert "4 chiffres" in extension.message_fr
    assert error.for_field("last_name") is None
    assert "champs" in error.message_fr  # several errors: the person is sent to the fields


async def test_one_broken_rule_is_said_as_it_is(rse: ApiClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        await rse.create_user(sharron(phone_extension="12345"), idempotency_key="k-1")
    assert caught.value.message_fr == "Le poste ne peut contenir plus de 4 chiffres."
    assert caught.value.message_en == "The extension can have at most 4 digits."


async def test_create_user_answers_the_code_temporary_password_and_receipt(
    rse: ApiClient,
) -> None:
    created = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    assert len(created.user_code) == 7
    assert created.user.user_code == created.user_code
    assert created.user.state is UserState.ACTIF
    assert created.temporary_password
    assert len(created.receipt.reference) == 9 and created.receipt.reference.isdigit()
    assert created.receipt.transmitted_by == "François Grégoire"


async def test_user_comes_with_its_etag_and_a_stale_etag_raises_stale_object(
    rse: ApiClient,
) -> None:
    created = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    read = await rse.user(created.user_code)
    assert isinstance(read, Tagged)
    user, etag = read
    assert user.last_name == "McReady" and etag

    # Someone else changes the record first...
    changed = await rse.patch_user(
        user.user_code,
        UserPatch(last_name="McReady-Tremblay"),
        etag,
        idempotency_key=new_idempotency_key(),
    )
    assert changed.user.last_name == "McReady-Tremblay"

    # ...so our change, based on what we read, is refused with the record as it is now.
    with pytest.raises(StaleObject) as caught:
        await rse.patch_user(
            user.user_code,
            UserPatch(first_name="Sharon"),
            etag,
            idempotency_key=new_idempotency_key(),
        )
    stale = caught.value
    assert stale.status == 412
    assert isinstance(stale.current, User)
    assert stale.current.last_name == "McReady-Tremblay"
    assert stale.current.first_name == "Sharron"
    assert "modifié" in stale.message_fr
    fresh_etag = (await rse.user(user.user_code)).etag
    assert stale.current_etag == fresh_etag

    # Applied again on the current version, it goes through.
    redone = await rse.patch_user(
        user.user_code,
        UserPatch(first_name="Sharon"),
        stale.current_etag,
        idempotency_key=new_idempotency_key(),
    )
    assert (redone.user.first_name, redone.user.last_name) == ("Sharon", "McReady-Tremblay")


async def test_patch_changes_only_the_fields_given(rse: ApiClient) -> None:
    created = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    _, etag = await rse.user(created.user_code)
    result = await rse.patch_user(
        created.user_code,
        UserPatch(phone_extension=""),
        etag,
        idempotency_key=new_idempotency_key(),
    )
    # An empty extension removes it; the fields left unset are kept as they were.
    assert result.user.phone_extension is None
    assert result.user.email == "sharron.mcready@leschampions.com"
    assert result.user.phone == "5145226699"


async def test_a_patch_without_etag_is_refused(rse: ApiClient) -> None:
    created = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    with pytest.raises(PreconditionRequired):
        await rse.patch_user(
            created.user_code,
            UserPatch(first_name="Sharon"),
            "",
            idempotency_key=new_idempotency_key(),
        )


async def test_an_unknown_user_is_not_found(rse: ApiClient) -> None:
    with pytest.raises(NotFound) as caught:
        await rse.user("ZZZ9999")
    assert caught.value.status == 404
    assert caught.value.request_id  # quoted to support


async def test_user_actions_return_the_record_and_reset_gives_a_new_temporary_password(
    rse: ApiClient,
) -> None:
    created = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    suspended = await rse.user_action(
        created.user_code, "suspend", idempotency_key=new_idempotency_key()
    )
    assert suspended.user.state is UserState.SUSPENDU
    reset = await rse.user_action(
        created.user_code, "reset-password", idempotency_key=new_idempotency_key()
    )
    assert reset.temporary_password and reset.temporary_password != created.temporary_password
    with pytest.raises(ValidationFailed) as caught:
        await rse.user_action(created.user_code, "suspend", idempotency_key=new_idempotency_key())
    assert caught.value.codes == ["state_transition_invalid"]


async def test_all_users_fetches_every_page(rse: ApiClient) -> None:
    for i in range(4):
        await rse.create_user(
            sharron(last_name=f"Nom{i}", email=f"u{i}@x.ca", email_confirmation=f"u{i}@x.ca"),
            idempotency_key=new_idempotency_key(),
        )
    first = await rse.users(limit=2, sort="last_name")
    assert len(first.items) == 2 and first.next_cursor is not None
    everyone = await rse.all_users(page_size=2, sort="last_name")
    assert len(everyone) == 5  # four users and the RSE
    assert len({u.user_code for u in everyone}) == 5
    assert [u.last_name for u in everyone[:2]] == [u.last_name for u in first.items]
    found = await rse.all_users(search="nom3")
    assert [u.last_name for u in found] == ["Nom3"]


# ---- enterprise --------------------------------------------------------------------------------


async def test_the_enterprise_record_and_its_express_code(rse: ApiClient) -> None:
    enterprise = await rse.enterprise()
    assert enterprise.id == ENTERPRISE_ID
    assert enterprise.express_code.state is ExpressCodeState.ACTIF
    suspended = await rse.express_code("suspend", idempotency_key=new_idempotency_key())
    assert suspended.express_code.state is ExpressCodeState.SUSPENDU
    assert suspended.code is None
    reissued = await rse.express_code("reissue", idempotency_key=new_idempotency_key())
    assert reissued.express_code.state is ExpressCodeState.ACTIF
    assert reissued.code  # shown once
    assert reissued.receipt.reference != suspended.receipt.reference
    assert (await rse.enterprise()).express_code.state is ExpressCodeState.ACTIF


# ---- registrations, procurations, assignments, receipts, messages ------------------------------

MELCC_ANSWERS = {"deja_client": "oui", "numero_client": ""}
HALOCARBURES = RightIn(ministry="MELCC", access="restricted", services=["HALO-DECL"])


def halocarbures(**changes: object) -> ProcurationCreate:
    fields: dict[str, object] = {
        "type": "interne",
        "end_date": date.today() + timedelta(days=365),
        "description": "Gestion des halocarbures",
        "rights": [HALOCARBURES],
        **changes,
    }
    return ProcurationCreate.model_validate(fields)


@pytest.fixture
async def registered(rse: ApiClient) -> ApiClient:
    """The RSE's enterprise, registered to the environment ministry (active at once here)."""
    await rse.register("MELCC", MELCC_ANSWERS, idempotency_key=new_idempotency_key())
    return rse


async def test_the_catalogue_and_a_registration(rse: ApiClient) -> None:
    ministries = {m.code: m for m in await rse.ministries()}
    assert len(ministries) == 13
    assert [q.code for q in ministries["MELCC"].questions] == ["deja_client", "numero_client"]
    before = {r.ministry: r for r in await rse.registrations()}
    assert set(before) == set(ministries)
    assert before["MELCC"].state is None

    done = await rse.register("MELCC", MELCC_ANSWERS, idempotency_key=new_idempotency_key())
    assert done.registration.state is RegistrationState.ACTIF
    after = {r.ministry: r for r in await rse.registrations()}
    assert after["MELCC"].state is RegistrationState.ACTIF

    with pytest.raises(ValidationFailed) as caught:
        await rse.register("MELCC", MELCC_ANSWERS, idempotency_key=new_idempotency_key())
    assert caught.value.codes == ["already_registered"]

    gone = await rse.unregister("MELCC", idempotency_key=new_idempotency_key())
    assert gone.registration.state is RegistrationState.DESACTIVE
    assert gone.receipt.reference != done.receipt.reference


async def test_a_procuration_given_modified_assigned_and_revoked(registered: ApiClient) -> None:
    api = registered
    created = await api.create_procuration(halocarbures(), idempotency_key=new_idempotency_key())
    procuration = created.procuration
    assert procuration.state is ProcurationState.AC
    assert procuration.rights[0].services == ["HALO-DECL"]

    read, etag = await api.procuration(procuration.id)
    assert read.id == procuration.id
    later = read.end_date - timedelta(days=30)
    moved = await api.patch_procuration(read.id, later, etag, idempotency_key=new_idempotency_key())
    assert moved.procuration.end_date == later
    with pytest.raises(StaleObject) as caught:
        await api.patch_procuration(
            read.id, later - timedelta(days=1), etag, idempotency_key=new_idempotency_key()
        )
    assert isinstance(caught.value.current, Procuration)
    assert caught.value.current.end_date == later

    user = await api.create_user(sharron(), idempotency_key=new_idempotency_key())
    offered = await api.all_users(has_procuration=False)
    assert user.user_code in {u.user_code for u in offered}
    assigned = await api.assign(read.id, [user.user_code], idempotency_key=new_idempotency_key())
    [assignment] = assigned.assignments
    assert assignment.user_code == user.user_code
    assert [a.id for a in await api.assignments(read.id)] == [assignment.id]
    assert [a.procuration_id for a in await api.user_assignments(user.user_code)] == [read.id]
    assert user.user_code not in {u.user_code for u in await api.all_users(has_procuration=False)}
    listed = await api.all_procurations(assigned=True)
    assert [p.id for p in listed] == [read.id]

    ended = await api.revoke_assignment(assignment.id, idempotency_key=new_idempotency_key())
    assert ended.assignment.active is False
    revoked = await api.procuration_action(read.id, "revoke", idempotency_key=new_idempotency_key())
    assert revoked.procuration.state is ProcurationState.RV
    assert [p.id for p in await api.all_procurations(state="RV")] == [read.id]

    # Every transaction left its receipt, found again by its reference.
    receipts = await api.all_receipts(kind="procuration")
    assert revoked.receipt.reference in {r.reference for r in receipts}
    again = await api.receipt(revoked.receipt.reference)
    assert again == revoked.receipt


async def test_an_external_procuration_is_received_and_refused_by_the_mandataire(
    registered: ApiClient, make_client: ClientFactory, service: RunningService
) -> None:
    firm = await create_enterprise(
        service.db,
        enterprise_id="2200000001",
        name="Comptables associés",
        rse_last_name="Roy",
        rse_first_name="Julie",
        rse_email="julie.roy@comptables.example",
        password=PASSWORD,
    )
    assert (await registered.directory_enterprise("2200000001")).name == "Comptables associés"
    with pytest.raises(ValidationFailed) as caught:
        await registered.directory_enterprise("123456789")  # the procedure's 9-digit example
    assert caught.value.codes == ["identification_number_invalid"]
    with pytest.raises(NotFound):
        await registered.directory_enterprise("9999999999")

    given = await registered.create_procuration(
        halocarbures(type="externe", mandataire_id="2200000001"),
        idempotency_key=new_idempotency_key(),
    )
    mandataire = make_client()
    await mandataire.login(firm.user_code, PASSWORD)
    [received] = (await mandataire.procurations(received=True)).items
    assert received.id == given.procuration.id
    assert received.mandant.id == ENTERPRISE_ID
    assert (await mandataire.procurations()).items == []  # it gave none

    with pytest.raises(ValidationFailed) as caught:
        await mandataire.procuration_action(
            received.id, "refuse", "", idempotency_key=new_idempotency_key()
        )
    assert caught.value.codes == ["reason_required"]
    refused = await mandataire.procuration_action(
        received.id, "refuse", "Mandat terminé", idempotency_key=new_idempotency_key()
    )
    assert refused.procuration.state is ProcurationState.RF
    assert refused.procuration.refusal_reason == "Mandat terminé"


async def test_messages_read_and_counted(registered: ApiClient) -> None:
    page = await registered.messages()
    activated = [m for m in page.items if m.kind is MessageKind.REGISTRATION_ACTIVATED]
    assert activated and not activated[0].read
    unread = await registered.unread_count()
    assert unread == len([m for m in page.items if not m.read]) >= 1
    message = await registered.mark_read(activated[0].id)
    assert message.read is True
    assert await registered.unread_count() == unread - 1
    assert activated[0].id not in {m.id for m in (await registered.messages(unread=True)).items}


async def test_the_audit_log_shows_the_transactions(registered: ApiClient) -> None:
    created = await registered.create_user(sharron(), idempotency_key=new_idempotency_key())
    page = await registered.audit(action="user")
    assert [e.object_id for e in page.items if e.action == "user.create"] == [created.user_code]
    assert all(e.action.startswith("user.") for e in page.items)


# ---- the demo data --------------------------------------------------------------------------


async def test_the_demo_sign_ins_work_and_a_firm_sees_every_client(
    demo_service: RunningService, make_demo_client: ClientFactory
) -> None:
    champions = make_demo_client()
    code, password = demo_sign_in(demo_service, "RSE — Les Champions")
    session = await champions.login(code, password)
    assert session.password_change_required is False
    me = await champions.me()
    assert me.role is Role.RSE
    assert me.enterprise.name == "Les Champions inc."

    firm = make_demo_client()
    await firm.login(*demo_sign_in(demo_service, "RSE — Gagnon"))
    first = await firm.procurations(received=True, limit=50)
    assert first.next_cursor is not None
    received = await firm.all_procurations(received=True, page_size=50)
    assert len(received) >= 300  # the firm's clients, over several pages
    assert len({p.id for p in received}) == len(received)
    assert {p.mandant.id for p in received} >= {"1006237700", "1171035577"}


async def test_a_user_sees_what_they_hold(
    demo_service: RunningService, make_demo_client: ClientFactory
) -> None:
    vanessa = make_demo_client()
    await vanessa.login(*demo_sign_in(demo_service, "Utilisatrice — Les Champions"))
    me = await vanessa.me()
    assert me.role is Role.UTILISATEUR
    held = await vanessa.my_assignments()
    assert held and all(a.user_code == me.user_code for a in held)
    with pytest.raises(Forbidden):  # only an RSE manages user records
        await vanessa.users()


# ---- the network fails -----------------------------------------------------------------------


async def test_a_lost_answer_is_offline_and_the_retry_with_the_same_key_creates_once(
    make_client: ClientFactory, rse_account: Account, service: RunningService
) -> None:
    transport = AnswerLost(service.transport())
    api = make_client(transport=transport)
    await api.login(rse_account.user_code, rse_account.password)
    key = new_idempotency_key()  # made once, when the person pressed «Transmettre»

    transport.armed = True
    with pytest.raises(Offline) as caught:
        await api.create_user(sharron(), idempotency_key=key)
    assert caught.value.timed_out is True
    assert caught.value.status is None
    assert "ne sera pas faite deux fois" in caught.value.message_fr
    assert transport.lost == 1

    retried = await api.create_user(sharron(), idempotency_key=key)
    again = await api.create_user(sharron(), idempotency_key=key)
    assert again.receipt.reference == retried.receipt.reference
    assert again.user_code == retried.user_code
    mcreadys = await api.all_users(search="McReady")
    assert [u.user_code for u in mcreadys] == [retried.user_code]


async def test_a_new_key_is_a_new_transaction(rse: ApiClient) -> None:
    one = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    two = await rse.create_user(sharron(), idempotency_key=new_idempotency_key())
    assert one.user_code != two.user_code
    assert new_idempotency_key() != new_idempotency_key()


async def test_an_unreachable_service_is_offline_without_timeout() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async with ApiClient(SERVICE_URL, transport=httpx.MockTransport(refuse)) as api:
        with pytest.raises(Offline) as caught:
            await api.health()
    assert caught.value.timed_out is False
    assert isinstance(caught.value, ServiceUnavailable)
    assert "Vérifiez votre connexion" in caught.value.message_fr


async def test_health_answers_without_a_session(make_client: ClientFactory) -> None:
    health = await make_client().health()
    assert health.status == "ok" and health.version


# ---- secrets stay secret -------------------------------------------------------------------


async def test_neither_password_nor_token_reaches_a_log_line_or_repr(
    make_client: ClientFactory, rse_account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api = make_client()
    with pytest.raises(Unauthorized):
        await api.login(rse_account.user_code, "Mauvais-mot-de-passe-123")
    await api.login(rse_account.user_code, rse_account.password)
    await api.me()
    created = await api.create_user(sharron(), idempotency_key=new_idempotency_key())
    assert api.token
    assert caplog.records, "the client should log its calls"
    for secret in (
        api.token,
        rse_account.password,
        "Mauvais-mot-de-passe-123",
        created.temporary_password,
    ):
        assert secret not in caplog.text
        assert secret not in repr(api)


# ---- reading answers ---------------------------------------------------------------------------


def answer(status: int, body: object = None, **headers: str) -> httpx.Response:
    request = httpx.Request("GET", SERVICE_URL + "/api/v1/x")
    return httpx.Response(status, json=body, headers=headers, request=request)


def test_retry_after_as_an_http_date_becomes_seconds() -> None:
    error = error_from_response(answer(429, {}, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))
    assert isinstance(error, Throttled)
    assert error.retry_after == 0.0  # a date in the past: retry now


def test_a_server_error_is_service_unavailable_and_keeps_the_request_id() -> None:
    error = error_from_response(answer(503, {"detail": "down"}, **{"X-Request-ID": "abc123"}))
    assert type(error) is ServiceUnavailable
    assert error.request_id == "abc123"
    assert error.detail == "down"
    assert "Réessayez" in error.message_fr


def test_a_422_without_field_errors_keeps_the_service_sentence() -> None:
    error = error_from_response(
        answer(422, {"detail": "Clé déjà utilisée.", "detail_en": "Key already used."})
    )
    assert isinstance(error, ValidationFailed)
    assert error.errors == []
    assert error.message("fr") == "Clé déjà utilisée."
    assert error.message("en") == "Key already used."
