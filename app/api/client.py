"""The async client of the Procura service: one typed method per route of API.md.

One `ApiClient` lives as long as the program: it owns one `httpx.AsyncClient` (connection
reuse, one place for timeouts) and is closed with `aclose()` on quit. Every method returns
the domain's pydantic models or raises an `app.api.errors.ApiError` subclass whose
`message_fr`/`message_en` say what to do next.

Transactions (anything that answers with a receipt) take a keyword-only `idempotency_key`:
a wizard makes one with `new_idempotency_key()` when the person reaches «Transmettre» and
sends the SAME key again on retry, so a transaction whose answer was lost is done once.

The session token is kept in memory only; it never appears in a log line, a repr or an error.
"""

from __future__ import annotations

import email.utils
import logging
import math
import ssl
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime
from functools import partial
from types import TracebackType
from typing import Any, Generic, Literal, NamedTuple, TypeVar, overload

import httpx
import truststore
from pydantic import BaseModel, TypeAdapter, ValidationError

from app.api.errors import (
    ApiError,
    BadRequest,
    Conflict,
    Forbidden,
    Gone,
    NotFound,
    Offline,
    PasswordChangeRequired,
    PayloadTooLarge,
    PreconditionRequired,
    ServiceUnavailable,
    SessionExpired,
    StaleObject,
    Throttled,
    Unauthorized,
    UnexpectedResponse,
    UntrustedCertificate,
    ValidationFailed,
    field_errors_from_problem,
)
from app.domain.changes import ChangesPage
from app.domain.common import (
    MessageKind,
    Page,
    Payload,
    ProcurationState,
    ProcurationType,
    Role,
    UserState,
)
from app.domain.models import (
    Assignment,
    AssignmentCreate,
    AssignmentResult,
    AssignmentRevokeResult,
    AuditEntry,
    Enterprise,
    EnterpriseRef,
    ExpressCodeResult,
    LoginRequest,
    LoginResponse,
    Me,
    Message,
    Ministry,
    PasswordChangeRequest,
    PasswordResetResult,
    Procuration,
    ProcurationCreate,
    ProcurationPatch,
    ProcurationResult,
    Receipt,
    RefuseRequest,
    Registration,
    RegistrationRequest,
    RegistrationResult,
    UnreadCount,
    User,
    UserCreate,
    UserCreated,
    UserPatch,
    UserResult,
)
from app.version import version

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
# Sign-in hashes a password (argon2) and a list may be long: generous reads, quick connects,
# so an unreachable service is reported in seconds.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0, pool=10.0)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

ExpressCodeAction = Literal["suspend", "reactivate", "cancel", "reissue"]
UserAction = Literal["suspend", "reactivate", "revoke", "reset-password"]
UserStateAction = Literal["suspend", "reactivate", "revoke"]
ProcurationAction = Literal["revoke", "refuse"]
MessageSort = Literal["newest", "unread_first"]
ProcurationSort = Literal[
    "end_date",
    "-end_date",
    "start_date",
    "-start_date",
    "description",
    "-description",
    "state",
    "-state",
    "type",
    "-type",
    "mandant",
    "-mandant",
    "mandataire",
    "-mandataire",
    "created",
    "-created",
]
UserSort = Literal[
    "last_name",
    "-last_name",
    "user_code",
    "-user_code",
    "role",
    "-role",
    "state",
    "-state",
    "created",
    "-created",
]


def new_idempotency_key() -> str:
    """A fresh key for one transaction; keep it and send it again on every retry of it."""
    return str(uuid.uuid4())


class Tagged(NamedTuple, Generic[T]):
    """A resource with the `ETag` of the version read: pass `etag` to the matching PATCH.

    Unpacks like a pair: `user, etag = await api.user("EXG97HL")`.
    """

    value: T
    etag: str


class ServiceHealth(Payload):
    """`GET /health`: the service answers and says which version it runs."""

    status: str
    version: str = ""


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _problem_of(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _slug(problem: Mapping[str, Any]) -> str:
    return str(problem.get("type") or "").rstrip("/").rsplit("/", 1)[-1]


def _service_messages(problem: Mapping[str, Any]) -> dict[str, str]:
    # The service writes its `detail` in French and `detail_en` in English, both saying what
    # to do; use them when both are there, else the client's own sentence for the class.
    fr, en = problem.get("detail"), problem.get("detail_en")
    if isinstance(fr, str) and fr and isinstance(en, str) and en:
        return {"message_fr": fr, "message_en": en}
    return {}


def error_from_response(
    response: httpx.Response,
    *,
    at_sign_in: bool = False,
    current_model: type[BaseModel] | None = None,
) -> ApiError:
    """The typed error for an answer of status ≥ 400.

    `at_sign_in` tells a wrong password at sign-in (`Unauthorized`) from an ended or missing
    session on any other call (`SessionExpired`); `current_model` parses the `current` object
    of a 412.
    """
    status = response.status_code
    problem = _problem_of(response)
    common: dict[str, Any] = {
        "status": status,
        "problem": problem,
        "request_id": problem.get("request_id") or response.headers.get("X-Request-ID"),
    }
    slug = _slug(problem)
    if status == 422:
        errors = field_errors_from_problem(problem)
        if not errors:
            common.update(_service_messages(problem))
        return ValidationFailed(errors, **common)
    common.update(_service_messages(problem))
    if status == 400:
        return BadRequest(**common)
    if status == 401:
        if not at_sign_in and slug != "bad-credentials":
            return SessionExpired(**common)
        return Unauthorized(**common)
    if status == 403:
        if slug == "password-change-required":
            return PasswordChangeRequired(**common)
        return Forbidden(**common)
    if status == 410:
        return Gone(**common)
    if status == 404:
        return NotFound(**common)
    if status == 409:
        return Conflict(**common)
    if status == 412:
        raw = problem.get("current")
        current: BaseModel | dict[str, Any] | None = raw if isinstance(raw, dict) else None
        if current is not None and current_model is not None:
            try:
                current = current_model.model_validate(current)
            except ValidationError:
                log.warning("The current object of a 412 did not match %s", current_model)
        return StaleObject(current, response.headers.get("ETag"), **common)
    if status == 413:
        return PayloadTooLarge(**common)
    if status == 428:
        return PreconditionRequired(**common)
    if status == 429:
        return Throttled(_retry_after_seconds(response.headers.get("Retry-After")), **common)
    if status >= 500:
        return ServiceUnavailable(**common)
    return ApiError(**common)


def _offline(exc: httpx.TransportError) -> Offline:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return UntrustedCertificate(problem={"detail": cause.verify_message or str(cause)})
        cause = cause.__cause__ or cause.__context__
    # A connect timeout means the request never left: only a read/write timeout leaves the
    # outcome unknown, which is what `timed_out` tells the wizard.
    timed_out = isinstance(exc, httpx.TimeoutException) and not isinstance(
        exc, httpx.ConnectTimeout | httpx.PoolTimeout
    )
    return Offline(timed_out=timed_out, problem={"detail": type(exc).__name__})


async def all_pages(fetch: Callable[[str | None], Awaitable[Page[T]]]) -> list[T]:
    """Every item of a paged list: `fetch(cursor)` is called until `next_cursor` is None."""
    items: list[T] = []
    cursor: str | None = None
    while True:
        page = await fetch(cursor)
        items.extend(page.items)
        if not page.next_cursor or page.next_cursor == cursor:
            return items
        cursor = page.next_cursor


async def _every_item(page: Callable[..., Awaitable[Page[T]]], page_size: int | None) -> list[T]:
    """Every item of a list method whose filters are already bound (`partial(api.users,
    role=...)`): it is called with `limit=page_size` and each `cursor` until the last page."""

    async def fetch(cursor: str | None) -> Page[T]:
        return await page(limit=page_size, cursor=cursor)

    return await all_pages(fetch)


def _params(**values: Any) -> dict[str, str]:
    """Query parameters without the unset ones; booleans, dates and enums as the service
    reads them."""
    out: dict[str, str] = {}
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool):
            out[name] = "true" if value else "false"
        elif isinstance(value, date):
            out[name] = value.isoformat()
        else:
            out[name] = str(value)
    return out


def tls_context() -> ssl.SSLContext:
    """TLS to a remote service, checked against the operating system's trust store (Windows
    and macOS certificate stores, the distribution's CA bundle on Linux) rather than the
    certificates shipped with httpx: an enterprise that installs its own root certificate
    (an internal service, a proxy that inspects TLS) is trusted as its browsers trust it."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class ApiClient:
    """The service as typed async methods. Create one per service address; `aclose()` on quit.

    Args:
        service_url: the service's address, e.g. "https://procura.example" or
            "http://127.0.0.1:8765" (the `/api/v1` prefix is added; it may also be given).
        token: a remembered session token to resume with (check it with `me()`).
        timeout: httpx timeouts (seconds or an `httpx.Timeout`).
        transport: for tests, e.g. `httpx.ASGITransport(app)`.
        on_session_expired: called (without arguments) when the service answers 401 to a
            signed-in call, after the token is dropped: the main window goes back to sign-in.
        language: "fr" or "en", sent as Accept-Language.
    """

    def __init__(
        self,
        service_url: str,
        *,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        on_session_expired: Callable[[], None] | None = None,
        language: str = "fr",
    ) -> None:
        root = service_url.strip().rstrip("/")
        root = root.removesuffix(API_PREFIX)
        self.service_url = root
        self._token = token
        self.on_session_expired = on_session_expired
        self._http = httpx.AsyncClient(
            base_url=root + API_PREFIX,
            verify=tls_context() if root.startswith("https:") else True,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            transport=transport,
            headers={"Accept": "application/json", "User-Agent": f"Procura-client/{version()}"},
            follow_redirects=False,  # a redirect could send the token elsewhere
        )
        self.language = language

    def __repr__(self) -> str:  # never the token
        state = "signed in" if self._token else "signed out"
        return f"<ApiClient {self.service_url} {state}>"

    # ---- lifetime and session -----------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connections. The client cannot be used afterwards."""
        await self._http.aclose()

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    @property
    def token(self) -> str | None:
        """The session token, to remember in the keyring with «Se souvenir de moi»."""
        return self._token

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def use_token(self, token: str | None) -> None:
        """Resume a remembered session (then call `me()` to check it), or drop it (None)."""
        self._token = token

    # ---- plumbing -----------------------------------------------------------------------------

    async def _send(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        exclude_unset: bool = False,
        params: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        if_match: str | None = None,
        authenticated: bool = True,
        current_model: type[BaseModel] | None = None,
        notify_expired: bool = True,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        headers = {"Accept-Language": self.language, "X-Request-ID": uuid.uuid4().hex}
        headers.update(extra_headers or {})
        if authenticated and self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if if_match is not None:
            headers["If-Match"] = if_match
        payload = (
            body.model_dump(mode="json", exclude_unset=exclude_unset) if body is not None else None
        )
        started = time.monotonic()
        try:
            response = await self._http.request(
                method, path, json=payload, params=params, headers=headers
            )
        except httpx.TransportError as exc:
            log.info("%s %s: no answer (%s)", method, path, type(exc).__name__)
            raise _offline(exc) from exc
        elapsed_ms = (time.monotonic() - started) * 1000
        # Method, path and status only: bodies hold passwords, headers the token.
        log.debug(
            "%s %s -> %s in %.0f ms (request %s)",
            method,
            path,
            response.status_code,
            elapsed_ms,
            headers["X-Request-ID"],
        )
        if response.status_code < 400:
            return response
        error = error_from_response(
            response, at_sign_in=not authenticated, current_model=current_model
        )
        log.info("%s %s -> %s %s", method, path, response.status_code, type(error).__name__)
        if isinstance(error, SessionExpired):
            self._token = None
            if notify_expired and self.on_session_expired is not None:
                self.on_session_expired()
        raise error

    @staticmethod
    def _parse(response: httpx.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            log.warning("Unexpected answer for %s: %s", model.__name__, exc.error_count())
            raise UnexpectedResponse(status=response.status_code) from exc

    @staticmethod
    def _parse_list(response: httpx.Response, item: type[M]) -> list[M]:
        try:
            data = response.json()
            # Tolerate a service that pages a list the contract shows whole.
            if isinstance(data, dict) and "items" in data:
                data = data["items"]
            return TypeAdapter(list[item]).validate_python(data)  # type: ignore[valid-type]
        except (ValueError, ValidationError) as exc:
            log.warning("Unexpected list answer for %s", item.__name__)
            raise UnexpectedResponse(status=response.status_code) from exc

    @staticmethod
    def _etag(response: httpx.Response) -> str:
        etag: str | None = response.headers.get("ETag")
        if not etag:
            raise UnexpectedResponse(status=response.status_code, problem={"detail": "no ETag"})
        return etag

    async def _get(self, path: str, model: type[M], **params: Any) -> M:
        return self._parse(await self._send("GET", path, params=_params(**params)), model)

    async def _page(self, path: str, item: type[M], **params: Any) -> Page[M]:
        response = await self._send("GET", path, params=_params(**params))
        return self._parse(response, Page[item])  # type: ignore[valid-type]

    # ---- service ------------------------------------------------------------------------------

    async def health(self) -> ServiceHealth:
        """`GET /health` (no session needed): raises `Offline` when nothing answers."""
        response = await self._send("GET", "/health", authenticated=False)
        return self._parse(response, ServiceHealth)

    # ---- sign-in ------------------------------------------------------------------------------

    async def login(self, user_code: str, password: str) -> LoginResponse:
        """Open a session; the token is kept by the client for the calls that follow.

        Raises `Unauthorized` (wrong code or password), `Throttled` (too many attempts,
        `retry_after` seconds), `Offline`. When `password_change_required` is true, only
        `change_password()` and `logout()` are allowed until the password is changed.
        """
        body = LoginRequest(user_code=user_code, password=password)
        response = await self._send(
            "POST",
            "/auth/login",
            body=body,
            authenticated=False,
            idempotency_key=new_idempotency_key(),
        )
        result = self._parse(response, LoginResponse)
        self._token = result.token
        return result

    async def change_password(
        self, current_password: str, new_password: str, *, idempotency_key: str | None = None
    ) -> None:
        """Replace the password (also the temporary one). `ValidationFailed` carries
        `password_incorrect` (field current_password) or the new password's rule codes."""
        body = PasswordChangeRequest(current_password=current_password, new_password=new_password)
        await self._send(
            "POST",
            "/auth/password",
            body=body,
            idempotency_key=idempotency_key or new_idempotency_key(),
        )

    async def logout(self) -> None:
        """Close the session on the service, then forget the token, even if the service
        cannot be reached (the token then expires by itself)."""
        try:
            if self._token:
                # A session already ended is what the person asked for: no "expired" event.
                await self._send(
                    "POST",
                    "/auth/logout",
                    idempotency_key=new_idempotency_key(),
                    notify_expired=False,
                )
        except (SessionExpired, Offline, ServiceUnavailable):
            pass
        finally:
            self._token = None

    async def me(self) -> Me:
        """Who is signed in, and for which enterprise. `SessionExpired` when the token is not
        valid any more (the way to check a remembered session)."""
        return await self._get("/me", Me)

    # ---- enterprise ---------------------------------------------------------------------------

    async def enterprise(self) -> Enterprise:
        """The signed-in person's enterprise: numbers, head office, express code state."""
        return await self._get("/enterprise", Enterprise)

    async def express_code(
        self, action: ExpressCodeAction, *, idempotency_key: str
    ) -> ExpressCodeResult:
        """Suspend, reactivate, cancel or reissue the clicSÉQUR express code (RSE). On
        reissue, `result.code` holds the new code, shown once."""
        response = await self._send(
            "POST", f"/enterprise/express-code/{action}", idempotency_key=idempotency_key
        )
        return self._parse(response, ExpressCodeResult)

    # ---- catalogue and registrations ----------------------------------------------------------

    async def ministries(self) -> list[Ministry]:
        """Every ministry or body with its services (tree) and registration questions."""
        return self._parse_list(await self._send("GET", "/ministries"), Ministry)

    async def registrations(self) -> list[Registration]:
        """One line per ministry: request date, state and state date (None when never asked)."""
        return self._parse_list(await self._send("GET", "/registrations"), Registration)

    async def register(
        self, ministry: str, answers: Mapping[str, str], *, idempotency_key: str
    ) -> RegistrationResult:
        """Ask for the enterprise's registration to `ministry` (code), with the answers to its
        questions (`Ministry.questions`, by question code)."""
        body = RegistrationRequest(ministry=ministry, answers=dict(answers))
        response = await self._send(
            "POST", "/registrations", body=body, idempotency_key=idempotency_key
        )
        return self._parse(response, RegistrationResult)

    async def unregister(self, ministry: str, *, idempotency_key: str) -> RegistrationResult:
        """Désinscrire the enterprise from `ministry`."""
        response = await self._send(
            "DELETE", f"/registrations/{ministry}", idempotency_key=idempotency_key
        )
        return self._parse(response, RegistrationResult)

    # ---- users --------------------------------------------------------------------------------

    async def users(
        self,
        *,
        search: str | None = None,
        role: Role | str | None = None,
        state: UserState | str | None = None,
        has_procuration: bool | None = None,
        sort: UserSort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[User]:
        """One page of the enterprise's user records (RSE).

        `search` matches last name, first name or user code; `has_procuration=False` gives
        the users offered for an assignment; `sort` is a field, "-" first for descending.
        Pass `next_cursor` of a page as `cursor` for the next one.
        """
        return await self._page(
            "/users",
            User,
            q=search,
            role=role,
            state=state,
            has_procuration=has_procuration,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )

    async def all_users(
        self,
        *,
        search: str | None = None,
        role: Role | str | None = None,
        state: UserState | str | None = None,
        has_procuration: bool | None = None,
        sort: UserSort | None = None,
        page_size: int | None = None,
    ) -> list[User]:
        """Every user record matching the filters, all pages fetched."""
        return await _every_item(
            partial(
                self.users,
                search=search,
                role=role,
                state=state,
                has_procuration=has_procuration,
                sort=sort,
            ),
            page_size,
        )

    async def user(self, user_code: str) -> Tagged[User]:
        """One user record with its ETag (for `patch_user`)."""
        response = await self._send("GET", f"/users/{user_code}")
        return Tagged(self._parse(response, User), self._etag(response))

    async def create_user(self, user: UserCreate, *, idempotency_key: str) -> UserCreated:
        """Create a user record (RSE). The answer holds the new user code and the temporary
        password, shown once: never log or store it."""
        response = await self._send("POST", "/users", body=user, idempotency_key=idempotency_key)
        return self._parse(response, UserCreated)

    async def patch_user(
        self, user_code: str, changes: UserPatch, etag: str, *, idempotency_key: str
    ) -> UserResult:
        """Modify a user record: only the fields set in `changes` are sent. `etag` comes from
        `user()`; `StaleObject.current` is the record as it is now (a `User`)."""
        response = await self._send(
            "PATCH",
            f"/users/{user_code}",
            body=changes,
            exclude_unset=True,
            idempotency_key=idempotency_key,
            if_match=etag,
            current_model=User,
        )
        return self._parse(response, UserResult)

    @overload
    async def user_action(
        self, user_code: str, action: UserStateAction, *, idempotency_key: str
    ) -> UserResult: ...

    @overload
    async def user_action(
        self, user_code: str, action: Literal["reset-password"], *, idempotency_key: str
    ) -> PasswordResetResult: ...

    async def user_action(
        self, user_code: str, action: UserAction, *, idempotency_key: str
    ) -> UserResult | PasswordResetResult:
        """Suspend, reactivate or revoke a user record, or reset its password (the answer
        then holds a new temporary password, shown once)."""
        response = await self._send(
            "POST", f"/users/{user_code}/{action}", idempotency_key=idempotency_key
        )
        if action == "reset-password":
            return self._parse(response, PasswordResetResult)
        return self._parse(response, UserResult)

    # ---- procurations -------------------------------------------------------------------------

    async def procurations(
        self,
        *,
        received: bool = False,
        type: ProcurationType | str | None = None,
        state: ProcurationState | str | None = None,
        ministry: str | None = None,
        assigned: bool | None = None,
        ending_within_days: int | None = None,
        search: str | None = None,
        sort: ProcurationSort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Procuration]:
        """One page of the procurations the enterprise gave or, with `received=True`, the
        external ones it received as mandataire (the client enterprise is in `mandant`).

        `state` filters on the state shown (an active procuration past its end date is EC);
        `ministry` keeps those granting a right on that ministry; `ending_within_days` keeps
        active ones ending within N days; `search` matches the description and the other
        party's name or number; `sort` is a field, "-" first for descending (default
        "end_date").
        """
        return await self._page(
            "/procurations",
            Procuration,
            received=received or None,
            type=type,
            state=state,
            ministry=ministry,
            assigned=assigned,
            ending_within_days=ending_within_days,
            q=search,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )

    async def all_procurations(
        self,
        *,
        received: bool = False,
        type: ProcurationType | str | None = None,
        state: ProcurationState | str | None = None,
        ministry: str | None = None,
        assigned: bool | None = None,
        ending_within_days: int | None = None,
        search: str | None = None,
        sort: ProcurationSort | None = None,
        page_size: int | None = None,
    ) -> list[Procuration]:
        """Every procuration matching the filters (see `procurations`), all pages fetched."""
        return await _every_item(
            partial(
                self.procurations,
                received=received,
                type=type,
                state=state,
                ministry=ministry,
                assigned=assigned,
                ending_within_days=ending_within_days,
                search=search,
                sort=sort,
            ),
            page_size,
        )

    async def procuration(self, procuration_id: str) -> Tagged[Procuration]:
        """One procuration with its ETag (for `patch_procuration`)."""
        response = await self._send("GET", f"/procurations/{procuration_id}")
        return Tagged(self._parse(response, Procuration), self._etag(response))

    async def create_procuration(
        self, procuration: ProcurationCreate, *, idempotency_key: str
    ) -> ProcurationResult:
        """Give an internal procuration, or an external one to a mandataire (RSE)."""
        response = await self._send(
            "POST", "/procurations", body=procuration, idempotency_key=idempotency_key
        )
        return self._parse(response, ProcurationResult)

    async def patch_procuration(
        self, procuration_id: str, end_date: date, etag: str, *, idempotency_key: str
    ) -> ProcurationResult:
        """Move the end date of an active procuration. `StaleObject.current` is a
        `Procuration`."""
        response = await self._send(
            "PATCH",
            f"/procurations/{procuration_id}",
            body=ProcurationPatch(end_date=end_date),
            idempotency_key=idempotency_key,
            if_match=etag,
            current_model=Procuration,
        )
        return self._parse(response, ProcurationResult)

    async def procuration_action(
        self,
        procuration_id: str,
        action: ProcurationAction,
        reason: str | None = None,
        *,
        idempotency_key: str,
    ) -> ProcurationResult:
        """Revoke a procuration given, or refuse (as mandataire, with a `reason`) one
        received."""
        body = RefuseRequest(reason=reason or "") if action == "refuse" else None
        response = await self._send(
            "POST",
            f"/procurations/{procuration_id}/{action}",
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._parse(response, ProcurationResult)

    async def assignments(self, procuration_id: str) -> list[Assignment]:
        """The assignments of a procuration (active and ended)."""
        response = await self._send("GET", f"/procurations/{procuration_id}/assignments")
        return self._parse_list(response, Assignment)

    async def assign(
        self,
        procuration_id: str,
        user_codes: list[str],
        start_date: date | None = None,
        end_date: date | None = None,
        *,
        idempotency_key: str,
    ) -> AssignmentResult:
        """Assign a procuration to users (who hold none of that enterprise), for a period
        within the procuration's (its own when not given)."""
        body = AssignmentCreate(user_codes=user_codes, start_date=start_date, end_date=end_date)
        response = await self._send(
            "POST",
            f"/procurations/{procuration_id}/assignments",
            body=body,
            idempotency_key=idempotency_key,
        )
        return self._parse(response, AssignmentResult)

    async def revoke_assignment(
        self, assignment_id: str, *, idempotency_key: str
    ) -> AssignmentRevokeResult:
        """End an assignment: the user no longer acts under that procuration."""
        response = await self._send(
            "DELETE", f"/assignments/{assignment_id}", idempotency_key=idempotency_key
        )
        return self._parse(response, AssignmentRevokeResult)

    async def user_assignments(self, user_code: str) -> list[Assignment]:
        """What a user holds: the procuration of their enterprise or, for a mandataire's
        staff, one per client enterprise (`Assignment.mandant`)."""
        response = await self._send("GET", f"/users/{user_code}/assignments")
        return self._parse_list(response, Assignment)

    async def my_assignments(self) -> list[Assignment]:
        """What the signed-in person holds (any role): the procurations assigned to them, of
        their enterprise or of its clients, current ones first."""
        return self._parse_list(await self._send("GET", "/me/assignments"), Assignment)

    async def current_assignments(
        self, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Assignment]:
        """One page of the assignments in force of every procuration the enterprise sees
        (given and received), by number (RSE): the `assignments` list of the change feed."""
        return await self._page("/assignments", Assignment, limit=limit, cursor=cursor)

    async def all_current_assignments(self, *, page_size: int | None = None) -> list[Assignment]:
        """Every assignment in force (see `current_assignments`), all pages fetched."""
        return await _every_item(self.current_assignments, page_size)

    # ---- synchronisation ----------------------------------------------------------------------

    async def changes(self, since: str | None = None, *, limit: int | None = None) -> ChangesPage:
        """What changed in the caller's view since `since` (a `next_cursor` of an earlier
        answer). Without `since`: no change, only the current cursor — take it BEFORE loading
        the lists. While `has_more`, ask again with `next_cursor`. Raises `Gone` when the
        cursor is too old (load every list again and start from a new cursor)."""
        return await self._get("/changes", ChangesPage, since=since, limit=limit)

    async def all_if_changed(
        self,
        path: str,
        item: type[M],
        etag: str | None,
        *,
        params: Mapping[str, Any] | None = None,
        page_size: int | None = None,
    ) -> Tagged[list[M]] | None:
        """Every item of a list route (`path`, e.g. "/procurations"), unless it is unchanged
        since `etag` (the `etag` of an earlier answer): then None, after one 304 answer and
        nothing parsed. The tag is the first page's; pass it back next time. Paged routes are
        followed to their last page; a plain list is read whole, a single record (GET
        /enterprise) is a list of one."""
        query = _params(**dict(params or {}), limit=page_size)
        headers = {"If-None-Match": etag} if etag else None
        response = await self._send("GET", path, params=query, extra_headers=headers)
        if response.status_code == 304:
            return None
        tag = response.headers.get("ETag", "")
        data = response.json()
        if isinstance(data, list):
            return Tagged(self._parse_list(response, item), tag)
        if isinstance(data, dict) and "items" not in data:  # one record (GET /enterprise)
            return Tagged([self._parse(response, item)], tag)
        first = self._parse(response, Page[item])  # type: ignore[valid-type]
        if not first.next_cursor:
            return Tagged(first.items, tag)

        async def fetch(cursor: str | None) -> Page[M]:
            if cursor is None:
                return first
            page_query = dict(query, cursor=cursor)
            return self._parse(
                await self._send("GET", path, params=page_query),
                Page[item],  # type: ignore[valid-type]
            )

        return Tagged(await all_pages(fetch), tag)

    # ---- directory ----------------------------------------------------------------------------

    async def directory_enterprise(self, enterprise_id: str) -> EnterpriseRef:
        """The enterprise bearing this 10-digit identification number, to confirm a
        mandataire before transmitting. `ValidationFailed` (`identification_number_invalid`)
        for a malformed number, `NotFound` for an unknown one."""
        return await self._get(f"/directory/enterprises/{enterprise_id}", EnterpriseRef)

    # ---- receipts, messages, audit ------------------------------------------------------------

    async def receipts(
        self,
        *,
        kind: str | None = None,
        reference_prefix: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Receipt]:
        """One page of the enterprise's receipts, newest first.

        `kind` is an exact kind ("procuration.create") or a family ("procuration");
        `reference_prefix` the first digits of a reference number; `since`/`until` dates
        (Québec time), both included.
        """
        return await self._page(
            "/receipts",
            Receipt,
            kind=kind,
            q=reference_prefix,
            limit=limit,
            cursor=cursor,
            **{"from": since, "to": until},
        )

    async def all_receipts(
        self,
        *,
        kind: str | None = None,
        reference_prefix: str | None = None,
        since: date | None = None,
        until: date | None = None,
        page_size: int | None = None,
    ) -> list[Receipt]:
        """Every receipt matching the filters (see `receipts`), all pages fetched."""
        return await _every_item(
            partial(
                self.receipts,
                kind=kind,
                reference_prefix=reference_prefix,
                since=since,
                until=until,
            ),
            page_size,
        )

    async def receipt(self, reference: str) -> Receipt:
        """One receipt by its 9-digit reference number (leading zeros kept)."""
        return await self._get(f"/receipts/{reference}", Receipt)

    async def messages(
        self,
        *,
        unread: bool | None = None,
        kind: MessageKind | str | None = None,
        sort: MessageSort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Message]:
        """One page of the enterprise's secure messages, newest first (`sort="unread_first"`:
        the unread ones first). `unread=True`: unread only; `False`: read only."""
        return await self._page(
            "/messages", Message, unread=unread, kind=kind, sort=sort, limit=limit, cursor=cursor
        )

    async def unread_count(self) -> int:
        """How many messages are unread (for the badge)."""
        return (await self._get("/messages/unread-count", UnreadCount)).unread

    async def mark_read(self, message_id: str, *, idempotency_key: str | None = None) -> Message:
        """Mark a message read and get it back; harmless to repeat, so the key is optional."""
        response = await self._send(
            "POST",
            f"/messages/{message_id}/read",
            idempotency_key=idempotency_key or new_idempotency_key(),
        )
        return self._parse(response, Message)

    async def audit(
        self,
        *,
        action: str | None = None,
        actor: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[AuditEntry]:
        """One page of the enterprise's audit log, newest first (RSE). `action` is exact
        ("procuration.create") or a family ("procuration"); `actor` a user code;
        `since`/`until` dates (Québec time), both included."""
        return await self._page(
            "/audit",
            AuditEntry,
            action=action,
            actor=actor,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
        )


def retry_delay(error: ApiError, attempt: int) -> float | None:
    """How long to wait before retrying after `error` (attempt 1, 2...), or None when a retry
    cannot help. A helper for screens that retry a transaction with the same key."""
    if isinstance(error, Throttled):
        return error.retry_after if error.retry_after is not None else 60.0
    if isinstance(error, Conflict | Offline | ServiceUnavailable):
        return float(min(30, math.pow(2, attempt - 1)))
    return None
