"""Dates and times spelled out as the receipts of the original write them, in French and English."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

# Québec's civil time. Montréal and Québec City follow the same rules as Toronto, and
# "America/Toronto" is the zone the IANA database keeps for them (America/Montreal is a link).
QUEBEC = ZoneInfo("America/Toronto")

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def is_english(language: str) -> bool:
    """True for "en", "en_CA", "en-US"…; every other language falls back to French, the source."""
    return language.lower().startswith("en")


def quebec_time(instant: datetime) -> datetime:
    """The instant in Québec's local time; a naive instant is taken as UTC, as the API sends."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(QUEBEC)


def french_date(day: date) -> str:
    """«9 juin 2017»; the first of the month is «1er juin 2017»."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def english_date(day: date) -> str:
    """«June 9, 2017»."""
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"


def french_time(moment: time) -> str:
    """«16 h 0 min 22 s»: 24-hour clock, no zero padding, as the original writes it."""
    return f"{moment.hour} h {moment.minute} min {moment.second} s"


def english_time(moment: time) -> str:
    """«4:00:22 p.m.»; midnight is «12:00:00 a.m.», noon «12:00:00 p.m.» (Canadian style)."""
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d}:{moment.second:02d} {suffix}"


def spelled_date(day: date, language: str = "fr") -> str:
    """A date spelled out in the given language («20 novembre 2019» / «November 20, 2019»)."""
    if isinstance(day, datetime):
        day = quebec_time(day).date()
    return english_date(day) if is_english(language) else french_date(day)


def spelled_time(moment: time, language: str = "fr") -> str:
    """A time of day in the given language («16 h 0 min 22 s» / «4:00:22 p.m.»)."""
    return english_time(moment) if is_english(language) else french_time(moment)


def transmission_sentence(
    reference: str, transmitted_at: datetime, transmitted_by: str, language: str = "fr"
) -> str:
    """The receipt's sentence, word for word as the original shows it, in Québec local time."""
    local = quebec_time(transmitted_at)
    when_date = spelled_date(local.date(), language)
    when_time = spelled_time(local.time(), language)
    if is_english(language):
        return (
            f"Your data was successfully transmitted on {when_date} at {when_time}, "
            f"by {transmitted_by}. Your reference number is: {reference}."
        )
    return (
        f"Vos données ont été transmises avec succès le {when_date} à {when_time}, "
        f"par {transmitted_by}. Votre numéro de référence est : {reference}."
    )
