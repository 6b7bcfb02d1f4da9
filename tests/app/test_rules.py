"""The rules of DOMAIN.md as properties (hypothesis), and the procedure's own example values."""

from __future__ import annotations

import re
import string
from datetime import date, timedelta

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from app.domain import rules, validation
from app.domain.models import ProcurationCreate, UserCreate

TEN_DIGITS = st.text(alphabet=string.digits, min_size=10, max_size=10)
SEPARATORS = " -.()"


def codes(errors: list[object]) -> list[str]:
    return [e.code for e in errors]  # type: ignore[attr-defined]


# ---- identification number (enterprise, mandataire) --------------------------------------------


@given(TEN_DIGITS)
def test_any_ten_digit_string_is_a_valid_identification_number(value: str) -> None:
    assert rules.check_identification_number(value, "id") == []


@given(st.text(alphabet=string.digits, max_size=30).filter(lambda v: len(v) not in (0, 10)))
def test_a_digit_string_of_another_length_is_refused(value: str) -> None:
    assert codes(rules.check_identification_number(value, "id")) == [
        "identification_number_invalid"
    ]


@given(st.text(min_size=10, max_size=10).filter(lambda v: not (v.isascii() and v.isdigit())))
@example("12345678٩0")  # an Arabic-Indic nine: a digit to str.isdigit, not to the rule
@example("123456789O")  # letter O for a zero
@example("1234-56789")
def test_ten_characters_that_are_not_all_ascii_digits_are_refused(value: str) -> None:
    assume(value.strip())  # blank is «required», tested below
    assert codes(rules.check_identification_number(value, "id")) == [
        "identification_number_invalid"
    ]


@pytest.mark.parametrize("value", [None, "", "   "])
def test_a_missing_identification_number_is_required(value: str | None) -> None:
    assert codes(rules.check_identification_number(value, "mandataire_id")) == ["required"]


def test_the_procedures_example_123456789_has_nine_digits_and_is_refused() -> None:
    errors = rules.check_identification_number("123456789", "mandataire_id")
    assert [(e.field, e.code) for e in errors] == [
        ("mandataire_id", "identification_number_invalid")
    ]
    body = ProcurationCreate(
        type="externe",
        mandataire_id="123456789",
        start_date=date(2019, 11, 29),
        end_date=date(2022, 11, 28),
    )
    found = validation.check_procuration_create(
        body, today=date(2019, 11, 29), own_enterprise_id="1006237700", check_rights_too=False
    )
    assert [(e.field, e.code) for e in found] == [
        ("mandataire_id", "identification_number_invalid")
    ]
    assert (
        validation.check_procuration_create(
            body.model_copy(update={"mandataire_id": "1234567890"}),
            today=date(2019, 11, 29),
            own_enterprise_id="1006237700",
            check_rights_too=False,
        )
        == []
    )


# ---- work phone and extension ------------------------------------------------------------------


@st.composite
def written_phones(draw: st.DrawFn, digits: int = 10) -> str:
    """Digits as a person types them: spaces, dashes, dots, brackets anywhere between."""
    number = draw(st.text(alphabet=string.digits, min_size=digits, max_size=digits))
    out = ""
    for d in number:
        out += draw(st.text(alphabet=SEPARATORS, max_size=2)) + d
    return out + draw(st.text(alphabet=" ", max_size=2))


@given(written_phones(), st.text(alphabet=string.digits, max_size=4))
@example("514 522-6699", "1234")
@example("(514) 522-6699", "")
@example("514.522.6699", "1")
def test_ten_digits_with_separators_and_an_extension_of_at_most_four_digits_pass(
    phone: str, extension: str
) -> None:
    assert rules.check_phone(phone, extension or None) == []


@given(st.integers(min_value=0, max_value=20).filter(lambda n: n != 10).flatmap(written_phones))
def test_another_number_of_digits_is_refused(phone: str) -> None:
    assume(phone.strip())
    assert codes(rules.check_phone(phone, None)) == ["phone_invalid"]


@given(written_phones(), st.sampled_from(string.ascii_letters + "#*/,"))
def test_a_phone_with_a_letter_or_other_sign_is_refused(phone: str, intruder: str) -> None:
    assert codes(rules.check_phone(phone + intruder, None)) == ["phone_invalid"]


@given(st.text(alphabet=string.digits, min_size=5, max_size=12))
@example("12345")
def test_an_extension_of_five_digits_or_more_is_too_long(extension: str) -> None:
    assert codes(rules.check_phone("514 522-6699", extension)) == ["phone_extension_too_long"]


@given(st.text(min_size=1, max_size=4).filter(lambda v: v.strip() and not v.strip().isdigit()))
def test_an_extension_that_is_not_digits_is_refused(extension: str) -> None:
    assert codes(rules.check_phone("514 522-6699", extension)) == ["phone_extension_invalid"]


def test_the_procedures_phone_514_522_6699_poste_1234_is_accepted_and_12345_is_not() -> None:
    assert rules.check_phone("514 522-6699", "1234") == []
    assert [(e.field, e.code) for e in rules.check_phone("514 522-6699", "12345")] == [
        ("phone_extension", "phone_extension_too_long")
    ]
    assert rules.format_phone("5145226699", "1234") == "514 522-6699 poste 1234"
    assert rules.format_phone("514 522-6699") == "514 522-6699"


@given(written_phones())
def test_format_phone_shows_any_accepted_number_as_the_procedure_does(phone: str) -> None:
    assert re.fullmatch(r"\d{3} \d{3}-\d{4}", rules.format_phone(phone))
    assert rules.digits_only(rules.format_phone(phone)) == rules.digits_only(phone)


# ---- email -------------------------------------------------------------------------------------


@given(
    st.from_regex(r"[a-z0-9._]{1,20}@[a-z0-9-]{1,20}\.[a-z]{2,6}", fullmatch=True),
    st.booleans(),
)
def test_an_email_typed_twice_passes_whatever_the_case(email: str, upper: bool) -> None:
    confirmation = email.upper() if upper else email
    assert rules.check_email(email, f" {confirmation} ") == []


def test_an_email_confirmation_that_differs_is_refused_on_the_confirmation() -> None:
    errors = rules.check_email("sharron.mcready@leschampions.com", "sharron@leschampions.com")
    assert [(e.field, e.code) for e in errors] == [("email_confirmation", "email_mismatch")]
    assert codes(rules.check_email("pas une adresse", "pas une adresse")) == ["email_invalid"]


# ---- the procuration's period ------------------------------------------------------------------

DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))


@given(DATES)
@example(date(2019, 11, 29))
@example(date(2020, 2, 29))
@example(date(2021, 3, 1))
def test_latest_end_date_is_three_years_less_one_day(start: date) -> None:
    latest = rules.latest_end_date(start)
    day_after = latest + timedelta(days=1)
    if (start.month, start.day) == (2, 29):
        assert day_after == date(start.year + 3, 3, 1)  # no 29 February three years on
    else:
        assert day_after == start.replace(year=start.year + 3)
    assert 3 * 365 - 1 <= (latest - start).days <= 3 * 366 - 1


@given(DATES, st.integers(min_value=0, max_value=4000))
def test_an_end_date_is_accepted_exactly_up_to_the_latest_end_date(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    latest = rules.latest_end_date(start)
    found = codes(rules.check_period(start, end))
    assert found == ([] if end <= latest else ["end_date_too_late"])


@given(DATES, st.integers(min_value=1, max_value=4000))
def test_an_end_date_before_the_start_is_refused(start: date, days: int) -> None:
    assert codes(rules.check_period(start, start - timedelta(days=days))) == ["end_before_start"]


def test_the_procedures_period_2019_11_29_ends_at_the_latest_on_2022_11_28() -> None:
    start = date(2019, 11, 29)
    assert rules.latest_end_date(start) == date(2022, 11, 28)
    assert rules.check_period(start, date(2022, 11, 28)) == []
    too_late = rules.check_period(start, date(2022, 11, 29))
    assert [(e.field, e.code) for e in too_late] == [("end_date", "end_date_too_late")]
    assert "2022-11-28" in too_late[0].message_fr
    assert codes(rules.check_period(start, None)) == ["required"]


def test_a_start_on_29_february_ends_at_the_latest_on_28_february() -> None:
    assert rules.latest_end_date(date(2020, 2, 29)) == date(2023, 2, 28)
    assert rules.latest_end_date(date(2021, 3, 1)) == date(2024, 2, 29)  # leap year on arrival
    assert rules.latest_end_date(date(2023, 3, 1)) == date(2026, 2, 28)


# ---- passwords ---------------------------------------------------------------------------------

UNCOMMON = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=8, max_size=128
).filter(lambda p: p.casefold() not in rules.common_passwords())


@given(UNCOMMON)
@example("qzjvkwpx")  # lower-case letters only: no composition rule
@example("x" * 7 + "é")
@example("phrase de passe " * 8)
def test_any_uncommon_password_of_8_to_128_characters_is_accepted(password: str) -> None:
    assert rules.check_password(password) == []


@given(st.text(min_size=1, max_size=7))
def test_a_password_under_8_characters_is_too_short(password: str) -> None:
    assert codes(rules.check_password(password)) == ["password_too_short"]


@given(st.text(min_size=129, max_size=300))
def test_a_password_over_128_characters_is_too_long(password: str) -> None:
    assert codes(rules.check_password(password)) == ["password_too_long"]


@given(
    st.sampled_from(sorted(p for p in rules.common_passwords() if 8 <= len(p) <= 128)),
    st.booleans(),
)
@example("password1", False)
@example("motdepasse", True)
@example("123456789", False)
def test_a_common_password_is_refused_in_any_case(password: str, upper: bool) -> None:
    typed = password.upper() if upper else password
    assert codes(rules.check_password(typed)) == ["password_too_common"]


def test_64_and_128_character_passwords_are_accepted_and_129_is_not() -> None:
    phrase = "Le vent se lève, il faut tenter de vivre! " * 4
    assert rules.check_password(phrase[:64]) == []
    assert rules.check_password(phrase[:128]) == []
    assert codes(rules.check_password(phrase[:129])) == ["password_too_long"]


# ---- generated codes ---------------------------------------------------------------------------


def test_the_procedures_user_code_exg97hl_has_the_shape_of_generated_codes() -> None:
    shape = re.compile(r"[A-Z]{3}[0-9]{2}[A-Z]{2}")
    assert shape.fullmatch("EXG97HL") and rules.is_user_code("EXG97HL")
    made = {rules.new_user_code() for _ in range(200)}
    assert len(made) > 190
    for code in made:
        assert shape.fullmatch(code) and rules.is_user_code(code)
        assert not set(code) & set("IO01")  # nothing to misread on paper


@pytest.mark.parametrize("code", ["EXG97H", "exg97hl", "EXG97HLX", "EXG 7HL", "ÉXG97HL"])
def test_other_strings_are_not_user_codes(code: str) -> None:
    assert not rules.is_user_code(code)


def test_temporary_passwords_are_random_16_characters_that_pass_the_rules() -> None:
    made = [rules.new_temporary_password() for _ in range(100)]
    assert len(set(made)) == 100
    for p in made:
        assert len(p) == 16 and rules.check_password(p) == []


def test_reference_numbers_have_nine_digits_with_leading_zeros_kept() -> None:
    made = [rules.new_reference_number() for _ in range(500)]
    assert all(len(r) == 9 and r.isdigit() for r in made)
    assert len(set(made)) > 490


# ---- the user form as a whole ------------------------------------------------------------------

SHARRON = {
    "last_name": "McReady",
    "first_name": "Sharron",
    "email": "sharron.mcready@leschampions.com",
    "email_confirmation": "sharron.mcready@leschampions.com",
    "phone": "514 522-6699",
    "phone_extension": "1234",
    "role": "utilisateur",
}


def test_the_procedures_user_passes_and_each_mistake_is_one_error_on_its_field() -> None:
    assert validation.check_user_create(UserCreate(**SHARRON)) == []
    bad = UserCreate(**dict(SHARRON, phone_extension="12345", role="ra", last_name=" "))
    assert [(e.field, e.code) for e in validation.check_user_create(bad)] == [
        ("last_name", "required"),
        ("phone_extension", "phone_extension_too_long"),
        ("role", "role_invalid"),
    ]
