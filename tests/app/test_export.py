"""CSV for Excel and ICS for calendars: the bytes as Excel and RFC 5545 read them."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, date, datetime

import pytest

from app.export import (
    BOM,
    CalendarEvent,
    csv_text,
    escape_text,
    fold_line,
    ics_text,
    offline_note,
    write_csv,
    write_ics,
)

HEADERS = ["Entreprise mandante", "Numéro d'identification", "Date de fin (AAAA-MM-JJ)", "Jours"]


def test_csv_has_a_bom_french_headers_semicolons_crlf_and_iso_dates() -> None:
    text = csv_text(
        HEADERS,
        [
            ["Boulangerie du Vieux-Port inc.", "1171035577", date(2024, 6, 30), 45],
            ["Érablière; Lévesque & fils", "2200000001", date(2025, 1, 2), -3],
        ],
    )
    assert text.startswith(BOM)
    data = text.encode("utf-8")
    assert data[:3] == b"\xef\xbb\xbf"
    lines = text[1:].split("\r\n")
    assert lines[0] == "Entreprise mandante;Numéro d'identification;Date de fin (AAAA-MM-JJ);Jours"
    assert lines[1] == "Boulangerie du Vieux-Port inc.;1171035577;2024-06-30;45"
    # The separator inside a value: quoted. A negative number is not a formula: left as is.
    assert lines[2] == '"Érablière; Lévesque & fils";2200000001;2025-01-02;-3'
    assert lines[3] == ""  # the file ends with CRLF
    assert "\n" not in text.replace("\r\n", "")


def test_quotes_newlines_and_separators_are_quoted_and_read_back_the_same() -> None:
    tricky = [
        'Les « Champions » "inc."',
        "Ligne 1\nLigne 2",
        "a;b,c",
        "",
        None,
        True,
    ]
    for separator in (";", ","):
        text = csv_text(["A", "B", "C", "D", "E", "F"], [tricky], separator=separator)
        assert '"Les « Champions » ""inc."""' in text
        assert '"Ligne 1\nLigne 2"' in text
        rows = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=separator))
        assert rows[1] == [
            'Les « Champions » "inc."',
            "Ligne 1\nLigne 2",
            "a;b,c",
            "",
            "",
            "Oui",
        ]
    comma = csv_text(["A"], [["a;b"]], separator=",")
    assert comma.splitlines()[1] == "a;b"  # no quoting needed with commas


def test_text_that_excel_would_run_as_a_formula_is_neutralised() -> None:
    text = csv_text(["A", "B", "C"], [['=HYPERLINK("http://x")', "+1", "@SUM(A1)"]])
    row = text[1:].split("\r\n")[1]
    assert row == '"\'=HYPERLINK(""http://x"")";\'+1;\'@SUM(A1)'


def test_offline_lists_say_so_on_their_first_line(tmp_path: pytest.TempPathFactory) -> None:
    moment = datetime(2024, 5, 1, 18, 32, tzinfo=UTC)  # 14 h 32 in Québec
    note = offline_note(moment)
    assert note == "Hors ligne — données au 1er mai 2024 à 14 h 32"
    path = write_csv(tmp_path / "liste.csv", HEADERS, [], note=note)  # type: ignore[operator]
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode() + note.encode())
    assert raw.decode("utf-8-sig").split("\r\n")[1].startswith("Entreprise mandante;")


# ---- ICS -----------------------------------------------------------------------------------------


def test_ics_escapes_text_and_folds_at_75_octets_without_splitting_characters() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    line = "SUMMARY:" + "Échéance de la procuration «Déclarations TPS/TVQ» " * 3
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line
    short = "UID:abc"
    assert fold_line(short) == short


def test_the_calendar_has_one_all_day_event_per_item_with_a_stable_uid() -> None:
    events = [
        CalendarEvent(
            uid="procura-procuration-abc123",
            day=date(2024, 6, 30),
            summary="Fin de procuration : Taxes et paiements — Boulangerie du Vieux-Port inc.",
            description="Client : Boulangerie du Vieux-Port inc. (1171035577)\nÉtat : Actif",
            categories=("Procuration", "Reçue"),
        ),
        CalendarEvent(
            uid="procura-assignment-9", day=date(2024, 12, 31), summary="Fin, vraiment; oui"
        ),
    ]
    now = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
    text = ics_text(events, note="Hors ligne — données au 1er mai 2024 à 14 h 32", now=now)
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    unfolded = text.replace("\r\n ", "").split("\r\n")
    assert unfolded[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Procura//Echeances des procurations//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert unfolded.count("BEGIN:VEVENT") == 2 and unfolded.count("END:VEVENT") == 2
    first = unfolded[unfolded.index("BEGIN:VEVENT") : unfolded.index("END:VEVENT") + 1]
    assert "UID:procura-procuration-abc123" in first
    assert "DTSTAMP:20240515T120000Z" in first
    assert "DTSTART;VALUE=DATE:20240630" in first
    assert "DTEND;VALUE=DATE:20240701" in first
    assert "CATEGORIES:Procuration,Reçue" in first
    assert (
        "DESCRIPTION:Hors ligne — données au 1er mai 2024 à 14 h 32\\nClient : Boulangerie du "
        "Vieux-Port inc. (1171035577)\\nÉtat : Actif"
    ) in first
    assert "SUMMARY:Fin\\, vraiment\\; oui" in unfolded
    assert "X-WR-CALDESC:Hors ligne — données au 1er mai 2024 à 14 h 32" in unfolded
    # The same item exported again keeps its UID: the calendar updates the event.
    again = ics_text(events[:1], now=now)
    assert "UID:procura-procuration-abc123" in again.replace("\r\n ", "")


def test_write_ics_writes_crlf_bytes(tmp_path: pytest.TempPathFactory) -> None:
    path = write_ics(tmp_path / "echeances.ics", [CalendarEvent("u1", date(2024, 1, 2), "Fin")])  # type: ignore[operator]
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
