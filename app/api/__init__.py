"""The async client of the Procura service and its typed errors.

from app.api import ApiClient, new_idempotency_key, ValidationFailed

api = ApiClient("http://127.0.0.1:8765")
await api.login("EXG97HL", password)
user, etag = await api.user("EXG97HL")
"""

from app.api.client import (
    API_PREFIX,
    DEFAULT_TIMEOUT,
    ApiClient,
    ExpressCodeAction,
    MessageSort,
    ProcurationAction,
    ProcurationSort,
    ServiceHealth,
    Tagged,
    UserAction,
    UserSort,
    UserStateAction,
    all_pages,
    error_from_response,
    new_idempotency_key,
    retry_delay,
)
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
    ValidationFailed,
)

__all__ = [
    "API_PREFIX",
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ApiError",
    "BadRequest",
    "Conflict",
    "ExpressCodeAction",
    "Forbidden",
    "Gone",
    "MessageSort",
    "NotFound",
    "Offline",
    "PasswordChangeRequired",
    "PayloadTooLarge",
    "PreconditionRequired",
    "ProcurationAction",
    "ProcurationSort",
    "ServiceHealth",
    "ServiceUnavailable",
    "SessionExpired",
    "StaleObject",
    "Tagged",
    "Throttled",
    "Unauthorized",
    "UnexpectedResponse",
    "UserAction",
    "UserSort",
    "UserStateAction",
    "ValidationFailed",
    "all_pages",
    "error_from_response",
    "new_idempotency_key",
    "retry_delay",
]
