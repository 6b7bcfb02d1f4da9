"""Whole-form checks built from the rules: one error per field, shared by service and client."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from app.domain import catalogue, rules
from app.domain.common import Access, ProcurationType, Role
from app.domain.errors import FieldError, field_error
from app.domain.models import (
    AssignmentCreate,
    ProcurationCreate,
    RightIn,
    UserCreate,
    UserPatch,
)

ASSIGNABLE_ROLES = {Role.UTILISATEUR.value, Role.RSE.value}


def first_per_field(errors: Sequence[FieldError]) -> list[FieldError]:
    """Keep the first error of each field: the person fixes one thing at a time."""
    seen: set[str] = set()
    out = []
    for e in errors:
        if e.field not in seen:
            seen.add(e.field)
            out.append(e)
    return out


def check_user_create(body: UserCreate) -> list[FieldError]:
    errors = [
        *rules.check_required_text(body.last_name, "last_name"),
        *rules.check_required_text(body.first_name, "first_name"),
        *rules.check_email(body.email, body.email_confirmation),
        *rules.check_phone(body.phone, body.phone_extension),
    ]
    if not body.role:
        errors.append(field_error("role", "required"))
    elif body.role not in ASSIGNABLE_ROLES:
        errors.append(field_error("role", "role_invalid"))
    return first_per_field(errors)


def check_user_patch(body: UserPatch) -> list[FieldError]:
    errors: list[FieldError] = []
    if body.last_name is not None:
        errors += rules.check_required_text(body.last_name, "last_name")
    if body.first_name is not None:
        errors += rules.check_required_text(body.first_name, "first_name")
    if body.email is not None or body.email_confirmation is not None:
        errors += rules.check_email(body.email, body.email_confirmation)
    if body.phone is not None:
        errors += rules.check_phone(body.phone, body.phone_extension)
    elif body.phone_extension:
        errors += [e for e in rules.check_phone("0000000000", body.phone_extension)]
    if body.role is not None and body.role not in ASSIGNABLE_ROLES:
        errors.append(field_error("role", "role_invalid"))
    return first_per_field(errors)


def check_rights(rights: Sequence[RightIn], active_ministries: Collection[str]) -> list[FieldError]:
    """Per ministry: a known access; services only with restriction and then at least one; any
    access other than none needs the enterprise's registration to be Actif."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    granted = 0
    for i, right in enumerate(rights):
        f = f"rights[{i}]"
        if right.ministry not in catalogue.by_code():
            errors.append(field_error(f"{f}.ministry", "ministry_unknown"))
            continue
        if right.ministry in seen:
            errors.append(field_error(f"{f}.ministry", "ministry_duplicate"))
            continue
        seen.add(right.ministry)
        try:
            access = Access(right.access)
        except ValueError:
            errors.append(field_error(f"{f}.access", "access_invalid"))
            continue
        if access is Access.NONE:
            if right.services:
                errors.append(field_error(f"{f}.services", "services_not_allowed"))
            continue
        granted += 1
        if right.ministry not in active_ministries:
            errors.append(field_error(f"{f}.ministry", "registration_not_active"))
        if access is Access.UNRESTRICTED and right.services:
            errors.append(field_error(f"{f}.services", "services_not_allowed"))
        if access is Access.RESTRICTED:
            if not right.services:
                errors.append(field_error(f"{f}.services", "services_required"))
            known = catalogue.service_codes(right.ministry)
            if any(s not in known for s in right.services):
                errors.append(field_error(f"{f}.services", "service_unknown"))
    if not errors and granted == 0:
        errors.append(field_error("rights", "rights_required"))
    return errors


def check_procuration_create(
    body: ProcurationCreate,
    *,
    today: date,
    own_enterprise_id: str | None = None,
    active_ministries: Collection[str] = (),
    check_rights_too: bool = True,
) -> list[FieldError]:
    errors: list[FieldError] = []
    try:
        kind: ProcurationType | None = ProcurationType(body.type)
    except ValueError:
        kind = None
        errors.append(field_error("type", "type_invalid" if body.type else "required"))
    if kind is ProcurationType.EXTERNE:
        if not body.mandataire_id:
            errors.append(field_error("mandataire_id", "mandataire_required"))
        else:
            errors += rules.check_identification_number(body.mandataire_id, "mandataire_id")
            if own_enterprise_id and body.mandataire_id == own_enterprise_id:
                errors.append(field_error("mandataire_id", "mandataire_is_self"))
    elif kind is ProcurationType.INTERNE and body.mandataire_id:
        errors.append(field_error("mandataire_id", "mandataire_not_allowed"))
    start = body.start_date or today
    errors += rules.check_period(start, body.end_date)
    if body.end_date is not None and body.end_date < today and not errors:
        errors.append(field_error("end_date", "end_date_in_past"))
    errors += rules.check_optional_text(body.description, "description", 200)
    errors += rules.check_optional_text(body.remark, "remark")
    if check_rights_too:
        errors += check_rights(body.rights, active_ministries)
    return first_per_field(errors)


def check_end_date_change(start: date, new_end: date, *, today: date) -> list[FieldError]:
    errors = rules.check_period(start, new_end)
    if not errors and new_end < today:
        errors.append(field_error("end_date", "end_date_in_past"))
    return errors


def check_assignment(
    body: AssignmentCreate, *, proc_start: date, proc_end: date, today: date
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not body.user_codes:
        errors.append(field_error("user_codes", "users_required"))
    start = body.start_date or max(proc_start, today)
    end = body.end_date or proc_end
    if end < start:
        errors.append(field_error("end_date", "end_before_start"))
    elif start < proc_start:
        errors.append(field_error("start_date", "assignment_outside_procuration"))
    elif end > proc_end:
        errors.append(field_error("end_date", "assignment_outside_procuration"))
    return errors
