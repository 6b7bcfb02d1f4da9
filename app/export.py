"""Lists as files: CSV for Excel, and the expiry board as an iCalendar (ICS) file.

CSV (`csv_text`, `write_csv`):
- UTF-8 with a byte-order mark: without it Excel reads the file as Windows-1252 and breaks
  every accent («Équité» → «Ã‰quitÃ©»).
- `;` between fields by default: Excel in fr-CA (decimal comma) splits on its list separator,
  which is the semicolon; `,` is offered for other software (`separator=","`).
- French headers, one per column, as the screen shows them; dates AAAA-MM-JJ; CRLF line
  ends; a field holding the separator, a quote or a line break is quoted, quotes doubled.
- A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
  apostrophe (OWASP «CSV injection»): descriptions come from other enterprises, and Excel
  would run them as formulas. Numbers and dates are written as they are.
- Offline data: a first line «Hors ligne — données au …» before the headers.

ICS (`ics_text`, `write_ics`), RFC 5545: one VEVENT per ending item, all-day (`DTSTART;
VALUE=DATE` on the end date, `DTEND` the day after), a UID stable across exports (the calendar
updates the event when the end date moves), TEXT values escaped (`\\`, `;`, `,`, newlines),
lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path

BOM = "\ufeff"
EXCEL_SEPARATOR = ";"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def offline_note(as_of: datetime | None, language: str = "fr") -> str:
    """«Hors ligne — données au 1er mai 2024 à 14 h 32» (Québec time), for lists read offline:
    the same sentence as the status bar's (`app.cache.label`)."""
    from app.cache.label import offline_label

    return offline_label(as_of, language)


def cell_text(value: object) -> str:
    """How a value is written in a CSV cell: dates AAAA-MM-JJ, booleans Oui/Non, enums by
    their value, lists joined with «, », None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Oui" if value else "Non"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(cell_text(v) for v in value)
    return str(value)


def _safe(value: object) -> str:
    text = cell_text(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def csv_text(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    separator: str = EXCEL_SEPARATOR,
    note: str | None = None,
) -> str:
    """The CSV text, BOM first (see the module docstring). `note` is written on a line of its
    own before the headers (the offline note)."""
    if separator not in (";", ",", "\t"):
        raise ValueError("separator must be ';', ',' or a tab")
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(
        out, delimiter=separator, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    if note:
        writer.writerow([note])
    writer.writerow(list(headers))
    for row in rows:
        writer.writerow([_safe(v) for v in row])
    return out.getvalue()


def write_csv(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    separator: str = EXCEL_SEPARATOR,
    note: str | None = None,
) -> Path:
    """Write `csv_text(...)` to `path` (whole or not at all). Raises OSError."""
    return _write(Path(path), csv_text(headers, rows, separator=separator, note=note))


# ---- iCalendar ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One all-day event: `day` is the item's end date (its last valid day)."""

    uid: str
    day: date
    summary: str
    description: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """An iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str, limit: int = 75) -> str:
    """One content line folded at `limit` octets (RFC 5545 §3.1): CRLF then a space before
    each continuation; a UTF-8 character is never split. Returns the line(s) without the final
    CRLF."""
    data = line.encode("utf-8")
    if len(data) <= limit:
        return line
    parts: list[str] = []
    start = 0
    room = limit
    while start < len(data):
        end = min(start + room, len(data))
        # Step back to a character boundary: continuation bytes look like 0b10xxxxxx.
        while end < len(data) and end > start and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start = end
        room = limit - 1  # the leading space of a continuation line counts
    return "\r\n ".join(parts)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_text(
    events: Iterable[CalendarEvent],
    *,
    name: str = "Procura — Échéances",
    note: str | None = None,
    now: datetime | None = None,
) -> str:
    """The calendar (see the module docstring). `note` (the offline note) goes in the
    calendar's description and at the top of each event's description."""
    stamp = _stamp(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Procura//Echeances des procurations//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    if note:
        lines.append(f"X-WR-CALDESC:{escape_text(note)}")
    for e in events:
        description = "\n".join(x for x in (note, e.description) if x)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(e.uid)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{e.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{e.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(e.summary)}",
        ]
        if description:
            lines.append(f"DESCRIPTION:{escape_text(description)}")
        if e.categories:
            lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in e.categories))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def write_ics(
    path: str | os.PathLike[str],
    events: Iterable[CalendarEvent],
    *,
    name: str = "Procura — Échéances",
    note: str | None = None,
    now: datetime | None = None,
) -> Path:
    return _write(Path(path), ics_text(events, name=name, note=note, now=now))


def _write(target: Path, text: str) -> Path:
    import tempfile

    # newline="" keeps the CRLF both formats need, on every platform.
    handle, temporary = tempfile.mkstemp(prefix=".procura-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        # An exported list is an ordinary document of the person's (mkstemp made it 0600).
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
