"""The change feed's contract (`GET /changes`), shared by the service and the offline cache.

A caller's *view* is what its list routes show it; the feed says which objects of that view
were created, changed or removed since a cursor. Each kind names one list:

| kind          | list route                         | object       | id            |
|---------------|------------------------------------|--------------|---------------|
| enterprise    | GET /enterprise                    | Enterprise   | enterprise id |
| registrations | GET /registrations                 | Registration | ministry code |
| users         | GET /users                         | User         | user code     |
| procurations  | GET /procurations                  | Procuration  | id            |
| received      | GET /procurations?received=true    | Procuration  | id            |
| assignments   | GET /assignments (in force)        | Assignment   | id            |
| receipts      | GET /receipts                      | Receipt      | reference     |
| messages      | GET /messages                      | Message      | id            |

A utilisateur (not RSE) sees enterprise, registrations, receipts (their own), messages and
assignments (those they hold); the other kinds are an RSE's.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from app.domain.common import Payload, Role
from app.domain.models import (
    Assignment,
    Enterprise,
    Message,
    Procuration,
    Receipt,
    Registration,
    User,
)


class ChangeKind(StrEnum):
    """One list of a caller's view (the names of `AppEvents.data_changed` too)."""

    ENTERPRISE = "enterprise"
    REGISTRATIONS = "registrations"
    USERS = "users"
    PROCURATIONS = "procurations"
    RECEIVED = "received"
    ASSIGNMENTS = "assignments"
    RECEIPTS = "receipts"
    MESSAGES = "messages"


class ChangeOp(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    # The object left the caller's view (an assignment revoked or ended, a receipt or message
    # the caller may no longer see): drop it. Never sent with an object.
    REMOVED = "removed"


# The pydantic model of each kind's objects, as its list route renders them.
KIND_MODELS: dict[ChangeKind, type[BaseModel]] = {
    ChangeKind.ENTERPRISE: Enterprise,
    ChangeKind.REGISTRATIONS: Registration,
    ChangeKind.USERS: User,
    ChangeKind.PROCURATIONS: Procuration,
    ChangeKind.RECEIVED: Procuration,
    ChangeKind.ASSIGNMENTS: Assignment,
    ChangeKind.RECEIPTS: Receipt,
    ChangeKind.MESSAGES: Message,
}

# The kinds a utilisateur's view holds; an RSE's holds them all.
USER_KINDS: tuple[ChangeKind, ...] = (
    ChangeKind.ENTERPRISE,
    ChangeKind.REGISTRATIONS,
    ChangeKind.ASSIGNMENTS,
    ChangeKind.RECEIPTS,
    ChangeKind.MESSAGES,
)


def kinds_for(role: Role) -> tuple[ChangeKind, ...]:
    """The kinds of the view of a person with this role."""
    return tuple(ChangeKind) if role is Role.RSE else USER_KINDS


def object_id(kind: ChangeKind, obj: BaseModel) -> str:
    """The identifier of an object of `kind` (the `id` of its changes)."""
    if isinstance(obj, Registration):
        return obj.ministry
    if isinstance(obj, User):
        return obj.user_code
    if isinstance(obj, Receipt):
        return obj.reference
    if isinstance(obj, Enterprise | Procuration | Assignment | Message):
        return obj.id
    raise TypeError(f"{type(obj).__name__} is not an object of {kind}")


class Change(Payload):
    """One object of the caller's view that was created, changed or removed after the cursor.

    `object` is the object as its list route renders it now (see `KIND_MODELS`), for created
    and changed; None for removed. Several changes of one object since the cursor are sent
    as one, with its current state.
    """

    kind: ChangeKind
    id: str
    op: ChangeOp
    object: dict[str, Any] | None = None

    def model(self) -> BaseModel | None:
        """The object parsed into its kind's model (None for a removal)."""
        if self.object is None:
            return None
        return KIND_MODELS[self.kind].model_validate(self.object)


class ChangesPage(Payload):
    """An answer of `GET /changes`: pass `next_cursor` as `since` next time; while `has_more`
    is true, ask again at once."""

    items: list[Change] = Field(default_factory=list)
    next_cursor: str
    has_more: bool = False
