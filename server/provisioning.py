"""Operator actions outside the HTTP API: onboarding an enterprise with its first RSE."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError

from app.domain import rules
from app.domain.errors import FieldError, RuleViolation, field_error
from server import audit
from server.db import Database
from server.models import EnterpriseRow, UserRow
from server.security import hash_password


@dataclass(slots=True)
class Onboarded:
    enterprise_id: str
    user_code: str
    temporary_password: str
    express_code: str = ""


async def create_enterprise(
    db: Database,
    *,
    enterprise_id: str,
    name: str,
    rse_last_name: str,
    rse_first_name: str,
    rse_email: str,
    neq: str | None = None,
    address: str = "",
    rse_phone: str = "4185550100",
    password: str | None = None,
    temporary_hours: int = 72,
) -> Onboarded:
    """Create an enterprise and its first RSE. With `password` the RSE's password is final
    (demo data); otherwise a temporary one is returned, to hand over once."""
    errors: list[FieldError] = [
        *rules.check_identification_number(enterprise_id, "id"),
        *rules.check_required_text(name, "name", 200),
        *rules.check_required_text(rse_last_name, "rse_last_name"),
        *rules.check_required_text(rse_first_name, "rse_first_name"),
        *[e for e in rules.check_email(rse_email, rse_email) if e.field == "email"],
        *[e for e in rules.check_phone(rse_phone, None) if e.field == "phone"],
    ]
    if neq:
        errors += (
            [field_error("neq", "neq_invalid")]
            if rules.check_identification_number(neq, "neq")
            else []
        )
    if errors:
        raise RuleViolation(errors)
    temporary = password or rules.new_temporary_password()
    # Handed to the enterprise once, as the letter of document 002 does; only its hash is kept.
    express_code = rules.new_express_code()
    password_hash = await hash_password(temporary)
    now = datetime.now(UTC)
    async with db.write() as s:
        if await s.get(EnterpriseRow, enterprise_id) is not None:
            raise RuleViolation([field_error("id", "enterprise_exists")])
        s.add(
            EnterpriseRow(
                id=enterprise_id,
                neq=neq,
                name=name,
                address=address,
                express_code_state="actif",
                express_code_state_on=now.date(),
                express_code_hash=await hash_password(express_code),
                created_at=now,
            )
        )
        await s.flush()
        for _ in range(20):
            user = UserRow(
                user_code=rules.new_user_code(),
                enterprise_id=enterprise_id,
                last_name=rse_last_name,
                first_name=rse_first_name,
                email=rse_email,
                phone=rules.digits_only(rse_phone),
                phone_extension=None,
                role="rse",
                state="actif",
                password_hash=password_hash,
                password_is_temporary=password is None,
                temporary_expires_at=None if password else now + timedelta(hours=temporary_hours),
                created_at=now,
                version=1,
            )
            try:
                async with s.begin_nested():
                    s.add(user)
            except IntegrityError:
                continue
            break
        await audit.append(
            s,
            action="enterprise.create",
            object_type="enterprise",
            object_id=enterprise_id,
            enterprise_id=enterprise_id,
            after={"name": name, "rse": user.user_code},
        )
    return Onboarded(enterprise_id, user.user_code, temporary, express_code)
