"""The rules of DOMAIN.md as plain functions: each returns the errors it finds, never raises.

The client calls them at the field before sending; the service calls them again whatever the
client did. One implementation, so both always agree.
"""

from __future__ import annotations

import re
import secrets
import string
from datetime import MAXYEAR, MINYEAR, date, timedelta
from importlib import resources

from app.domain.errors import FieldError, field_error

_DIGITS = re.compile(r"\d+")
# Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

PASSWORD_MIN = 8
PASSWORD_MAX = 128
NAME_MAX = 100
TEXT_MAX = 500


def digits_only(value: str) -> str:
    """Keep the digits of a number typed with spaces or dashes («514 522-6699»)."""
    return "".join(_DIGITS.findall(value))


def check_identification_number(value: str | None, field: str) -> list[FieldError]:
    """An enterprise's or mandataire's number: exactly ten digits, nothing else."""
    if value is None or not value.strip():
        return [field_error(field, "required")]
    v = value.strip()
    if len(v) != 10 or not v.isascii() or not v.isdigit():
        return [field_error(field, "identification_number_invalid")]
    return []


def check_required_text(value: str | None, field: str, limit: int = NAME_MAX) -> list[FieldError]:
    if value is None or not value.strip():
        return [field_error(field, "required")]
    if len(value) > limit:
        return [field_error(field, "name_too_long")]
    return []


def check_optional_text(value: str | None, field: str, limit: int = TEXT_MAX) -> list[FieldError]:
    if value is not None and len(value) > limit:
        return [field_error(field, "text_too_long")]
    return []


def check_phone(phone: str | None, extension: str | None) -> list[FieldError]:
    """Work phone of 10 digits (separators allowed), extension of at most 4 digits."""
    errors: list[FieldError] = []
    if phone is None or not phone.strip():
        errors.append(field_error("phone", "required"))
    else:
        cleaned = phone.strip()
        if re.fullmatch(r"[\d\s().+-]*", cleaned) is None or len(digits_only(cleaned)) != 10:
            errors.append(field_error("phone", "phone_invalid"))
    if extension:
        ext = extension.strip()
        if not (ext.isascii() and ext.isdigit()):
            errors.append(field_error("phone_extension", "phone_extension_invalid"))
        elif len(ext) > 4:
            errors.append(field_error("phone_extension", "phone_extension_too_long"))
    return errors


def check_email(email: str | None, confirmation: str | None) -> list[FieldError]:
    """Email entered twice and equal (compared without surrounding spaces, case-insensitively)."""
    errors: list[FieldError] = []
    if email is None or not email.strip():
        errors.append(field_error("email", "required"))
    elif len(email) > 254 or _EMAIL.match(email.strip()) is None:
        errors.append(field_error("email", "email_invalid"))
    if confirmation is None or not confirmation.strip():
        errors.append(field_error("email_confirmation", "required"))
    elif email and confirmation.strip().casefold() != email.strip().casefold():
        errors.append(field_error("email_confirmation", "email_mismatch"))
    return errors


def format_phone(phone: str, extension: str | None = None) -> str:
    """«514 522-6699 poste 1234», as the procedure's screens show it."""
    d = digits_only(phone)
    text = f"{d[:3]} {d[3:6]}-{d[6:]}" if len(d) == 10 else phone
    return f"{text} poste {extension}" if extension else text


def add_years(day: date, years: int) -> date:
    """Same day `years` later; 29 February falls on 1 March when the year has none. Past the
    calendar's last (or first) year: its last (or first) day, there is no later date."""
    if not MINYEAR <= day.year + years <= MAXYEAR:
        return date.max if years > 0 else date.min
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def latest_end_date(start: date) -> date:
    """A procuration lasts at most three years less one day: 2019-11-29 → 2022-11-28."""
    return add_years(start, 3) - timedelta(days=1)


def check_period(
    start: date | None,
    end: date | None,
    *,
    start_field: str = "start_date",
    end_field: str = "end_date",
) -> list[FieldError]:
    """End date required, not before start, not past start + 3 years − 1 day."""
    if end is None:
        return [field_error(end_field, "required")]
    if start is None:
        return []
    if end < start:
        return [field_error(end_field, "end_before_start")]
    latest = latest_end_date(start)
    if end > latest:
        return [field_error(end_field, "end_date_too_late", latest=latest.isoformat())]
    return []


def check_password(password: str | None, field: str = "new_password") -> list[FieldError]:
    """ASVS 2.1: at least 8 characters, long ones accepted, no composition rules, no common ones."""
    if password is None or password == "":
        return [field_error(field, "required")]
    if len(password) < PASSWORD_MIN:
        return [field_error(field, "password_too_short")]
    if len(password) > PASSWORD_MAX:
        return [field_error(field, "password_too_long")]
    if password.casefold() in common_passwords():
        return [field_error(field, "password_too_common")]
    return []


_COMMON: frozenset[str] | None = None


def common_passwords() -> frozenset[str]:
    """Passwords too common to accept: zxcvbn's 30 000 most frequent ones, plus French and
    Québec favourites shipped in app/domain/common_passwords.txt."""
    global _COMMON
    if _COMMON is None:
        from zxcvbn.frequency_lists import FREQUENCY_LISTS

        text = resources.files("app.domain").joinpath("common_passwords.txt").read_text("utf-8")
        ours = {line.strip().casefold() for line in text.splitlines() if line.strip()}
        _COMMON = frozenset(ours | {p.casefold() for p in FREQUENCY_LISTS["passwords"]})
    return _COMMON


_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0 on paper
_DIGITS_NO_AMBIGUITY = "23456789"


def new_user_code() -> str:
    """Seven characters shaped like the procedure's EXG97HL: 3 letters, 2 digits, 2 letters."""
    pick = secrets.choice
    return (
        "".join(pick(_LETTERS) for _ in range(3))
        + "".join(pick(_DIGITS_NO_AMBIGUITY) for _ in range(2))
        + "".join(pick(_LETTERS) for _ in range(2))
    )


def is_user_code(value: str) -> bool:
    return len(value) == 7 and value.isascii() and value.isalnum() and value.upper() == value


def new_temporary_password() -> str:
    """Random, 16 characters from an alphabet that survives being read aloud or printed."""
    alphabet = _LETTERS + _LETTERS.lower().replace("l", "") + _DIGITS_NO_AMBIGUITY
    return "".join(secrets.choice(alphabet) for _ in range(16))


def new_reference_number() -> str:
    """Nine random digits, leading zeros kept («002909985»); uniqueness is the database's job."""
    return f"{secrets.randbelow(1_000_000_000):09d}"


def new_express_code() -> str:
    """The enterprise's shared 8-character express access code."""
    alphabet = string.ascii_uppercase.replace("I", "").replace("O", "") + _DIGITS_NO_AMBIGUITY
    return "".join(secrets.choice(alphabet) for _ in range(8))
