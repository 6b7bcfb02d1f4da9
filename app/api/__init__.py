"""The async client of the Procura service and its typed errors.

from app.api import ApiClient, new_idempotency_key, ValidationFailed

api = ApiClient("http://127.0.0.1:8765")
await api.login("EXG97HL", password)
user, etag = await api.user("EXG97HL")
"""

from app.api import errors
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
from app.api.errors import *  # noqa: F403 (names from errors.__all__)

__all__ = [
    "API_PREFIX",
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ExpressCodeAction",
    "MessageSort",
    "ProcurationAction",
    "ProcurationSort",
    "ServiceHealth",
    "Tagged",
    "UserAction",
    "UserSort",
    "UserStateAction",
    "all_pages",
    "error_from_response",
    "new_idempotency_key",
    "retry_delay",
]
__all__ += errors.__all__
