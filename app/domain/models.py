"""The service's request and response bodies (API.md), shared by the service and the client."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.domain.common import (
    Access,
    ExpressCodeState,
    MessageKind,
    Payload,
    ProcurationState,
    ProcurationType,
    RegistrationState,
    Role,
    Strict,
    UserState,
)

# ---- sign-in ---------------------------------------------------------------------------------


class LoginRequest(Strict):
    user_code: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class LoginResponse(Payload):
    token: str
    expires_at: datetime
    password_change_required: bool


class PasswordChangeRequest(Strict):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class EnterpriseRef(Payload):
    id: str
    name: str


class Me(Payload):
    user_code: str
    last_name: str
    first_name: str
    role: Role
    enterprise: EnterpriseRef


# ---- enterprise ------------------------------------------------------------------------------


class ExpressCode(Payload):
    state: ExpressCodeState
    state_on: date | None = None


class Enterprise(Payload):
    id: str
    neq: str | None
    name: str
    address: str
    express_code: ExpressCode
    rses: list[UserSummary] = []


class ExpressCodeResult(Payload):
    express_code: ExpressCode
    # Only on reissue, shown once: the new code to hand over.
    code: str | None = None
    receipt: Receipt


# ---- catalogue and registrations -------------------------------------------------------------


class Service(Payload):
    code: str
    name: str
    children: list[Service] = []


class Question(Payload):
    code: str
    text: str
    kind: str = "yes_no"  # yes_no | text


class Ministry(Payload):
    code: str
    name: str
    short_name: str = ""
    services: list[Service] = []
    questions: list[Question] = []


class Registration(Payload):
    ministry: str
    ministry_name: str = ""
    requested_on: date | None = None
    state: RegistrationState | None = None
    state_on: date | None = None
    answers: dict[str, str] = {}


class RegistrationRequest(Strict):
    ministry: str = Field(max_length=32)
    answers: dict[str, str] = Field(default_factory=dict, max_length=50)


class RegistrationResult(Payload):
    registration: Registration
    receipt: Receipt


# ---- users -----------------------------------------------------------------------------------


class UserCreate(Strict):
    last_name: str = Field(max_length=1000)
    first_name: str = Field(max_length=1000)
    email: str = Field(max_length=1000)
    email_confirmation: str = Field(max_length=1000)
    phone: str = Field(max_length=100)
    phone_extension: str | None = Field(default=None, max_length=100)
    role: str = Field(max_length=32)


class UserPatch(Strict):
    """Fields a modification may change; email_confirmation is required with a new email."""

    last_name: str | None = Field(default=None, max_length=1000)
    first_name: str | None = Field(default=None, max_length=1000)
    email: str | None = Field(default=None, max_length=1000)
    email_confirmation: str | None = Field(default=None, max_length=1000)
    phone: str | None = Field(default=None, max_length=100)
    phone_extension: str | None = Field(default=None, max_length=100)
    role: str | None = Field(default=None, max_length=32)


class UserSummary(Payload):
    user_code: str
    last_name: str
    first_name: str
    role: Role
    state: UserState


class User(UserSummary):
    email: str
    phone: str
    phone_extension: str | None = None
    created_on: date | None = None
    password_change_required: bool = False
    # The procuration of the caller's enterprise this user holds, if any.
    procuration_id: str | None = None
    procuration_description: str | None = None
    version: int = 1


class UserCreated(Payload):
    user: User
    user_code: str
    temporary_password: str
    receipt: Receipt


class UserResult(Payload):
    user: User
    receipt: Receipt


class PasswordResetResult(Payload):
    user: User
    temporary_password: str
    receipt: Receipt


# ---- procurations ----------------------------------------------------------------------------


class RightIn(Strict):
    ministry: str = Field(max_length=32)
    access: str = Field(max_length=32)
    services: list[str] = Field(default_factory=list, max_length=500)


class Right(Payload):
    ministry: str
    access: Access
    services: list[str] = []


class ProcurationCreate(Strict):
    type: str = Field(max_length=32)
    mandataire_id: str | None = Field(default=None, max_length=100)
    start_date: date | None = None
    end_date: date | None = None
    description: str | None = Field(default=None, max_length=5000)
    remark: str | None = Field(default=None, max_length=5000)
    rights: list[RightIn] = Field(default_factory=list, max_length=100)


class ProcurationPatch(Strict):
    end_date: date


class RefuseRequest(Strict):
    reason: str = Field(max_length=5000)


class Procuration(Payload):
    id: str
    type: ProcurationType
    mandant: EnterpriseRef
    mandataire: EnterpriseRef | None = None
    start_date: date
    end_date: date
    description: str = ""
    remark: str = ""
    rights: list[Right] = []
    state: ProcurationState
    assigned: bool = False
    refusal_reason: str | None = None
    version: int = 1
    created_at: datetime | None = None


class ProcurationResult(Payload):
    procuration: Procuration
    receipt: Receipt


class AssignmentCreate(Strict):
    user_codes: list[str] = Field(max_length=500)
    start_date: date | None = None
    end_date: date | None = None


class Assignment(Payload):
    id: str
    procuration_id: str
    user_code: str
    last_name: str
    first_name: str
    start_date: date
    end_date: date
    active: bool = True
    # What the holder acts under: handy when one user holds procurations of many clients.
    procuration_description: str = ""
    mandant: EnterpriseRef | None = None


class AssignmentResult(Payload):
    assignments: list[Assignment]
    receipt: Receipt


class AssignmentRevokeResult(Payload):
    assignment: Assignment
    receipt: Receipt


# ---- receipts, messages, audit ---------------------------------------------------------------


class Receipt(Payload):
    reference: str
    transmitted_at: datetime
    transmitted_by: str  # «Prénom Nom», as the sentence of the receipt shows it
    kind: str
    enterprise_id: str
    enterprise_name: str = ""
    recap: dict[str, Any] = {}


class Message(Payload):
    id: str
    kind: MessageKind
    subject: str
    body: str
    created_at: datetime
    read: bool = False
    related_id: str | None = None


class AuditEntry(Payload):
    id: int
    at: datetime
    actor: str | None
    action: str
    object_type: str
    object_id: str | None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    outcome: str
    request_id: str | None = None


class UnreadCount(Payload):
    unread: int


# Forward references between the classes above.
for _model in (
    Enterprise,
    ExpressCodeResult,
    RegistrationResult,
    UserCreated,
    UserResult,
    PasswordResetResult,
    ProcurationResult,
    AssignmentResult,
    AssignmentRevokeResult,
    Service,
):
    _model.model_rebuild()
