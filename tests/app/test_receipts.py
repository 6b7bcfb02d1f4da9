"""The accusé de réception: French and English spelling, the exact sentence, escaping, the PDF."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import segno
from PySide6.QtGui import QImage

from app.domain.models import Receipt
from app.receipts.french import (
    english_date,
    english_time,
    french_date,
    french_time,
    quebec_time,
    spelled_date,
    transmission_sentence,
)
from app.receipts.pdf import write_pdf
from app.receipts.render import receipt_document, receipt_html

# 16:00:22 in Québec on 9 June 2017 (daylight time, UTC−4): the procedure's own example.
EXAMPLE_INSTANT = datetime(2017, 6, 9, 20, 0, 22, tzinfo=UTC)
EXAMPLE_SENTENCE = (
    "Vos données ont été transmises avec succès le 9 juin 2017 à 16 h 0 min 22 s, "
    "par François Grégoire. Votre numéro de référence est : 002909985."
)


def make_receipt(**changes: object) -> Receipt:
    data: dict[str, object] = {
        "reference": "002909985",
        "transmitted_at": EXAMPLE_INSTANT,
        "transmitted_by": "François Grégoire",
        "kind": "assignment.create",
        "enterprise_id": "1006237700",
        "enterprise_name": "Les Champions inc.",
        "recap": {
            "title_fr": "Assignation d'une procuration",
            "title_en": "Assignment of a procuration",
            "sections": [
                {
                    "title_fr": "Renseignements sur l'utilisateur",
                    "title_en": "User information",
                    "rows": [
                        {"label_fr": "Nom de famille", "label_en": "Last name", "value": "McReady"},
                        {"label_fr": "Prénom", "label_en": "First name", "value": "Sharron"},
                    ],
                },
                {
                    "title_fr": "Informations sur l'assignation",
                    "title_en": "Assignment information",
                    "columns_fr": [
                        "Nom de famille et prénom",
                        "Code d'utilisateur",
                        "Date de début (AAAA-MM-JJ)",
                        "Date de fin (AAAA-MM-JJ)",
                    ],
                    "columns_en": ["Name", "User code", "Start date", "End date"],
                    "table": [["Turcotte, Vanessa", "EXG97HL", "2019-11-29", "2022-11-19"]],
                },
            ],
        },
    }
    data.update(changes)
    return Receipt.model_validate(data)


def words(text: str) -> str:
    """pdftotext wraps lines where the page does: compare text with single spaces."""
    return " ".join(text.split())


# ---- spelling dates and times ----------------------------------------------------------------

FRENCH_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
ENGLISH_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_is_spelled_in_french_and_english(month: int) -> None:
    day = date(2019, month, 20)
    assert french_date(day) == f"20 {FRENCH_MONTHS[month - 1]} 2019"
    assert english_date(day) == f"{ENGLISH_MONTHS[month - 1]} 20, 2019"


@pytest.mark.parametrize(
    ("day", "french", "english"),
    [
        (date(2017, 6, 9), "9 juin 2017", "June 9, 2017"),
        (date(2017, 6, 1), "1er juin 2017", "June 1, 2017"),
        (date(2019, 11, 20), "20 novembre 2019", "November 20, 2019"),
        (date(2022, 11, 19), "19 novembre 2022", "November 19, 2022"),
        (date(2020, 2, 29), "29 février 2020", "February 29, 2020"),
        (date(2021, 8, 11), "11 août 2021", "August 11, 2021"),
        (date(2000, 1, 1), "1er janvier 2000", "January 1, 2000"),
        (date(1999, 12, 31), "31 décembre 1999", "December 31, 1999"),
    ],
)
def test_dates_are_spelled_out(day: date, french: str, english: str) -> None:
    assert french_date(day) == french
    assert english_date(day) == english
    assert spelled_date(day, "fr") == french
    assert spelled_date(day, "en_CA") == english


@pytest.mark.parametrize(
    ("moment", "french", "english"),
    [
        (time(16, 0, 22), "16 h 0 min 22 s", "4:00:22 p.m."),
        (time(16, 55, 50), "16 h 55 min 50 s", "4:55:50 p.m."),
        (time(0, 0, 0), "0 h 0 min 0 s", "12:00:00 a.m."),
        (time(0, 30, 5), "0 h 30 min 5 s", "12:30:05 a.m."),
        (time(12, 0, 0), "12 h 0 min 0 s", "12:00:00 p.m."),
        (time(9, 5, 7), "9 h 5 min 7 s", "9:05:07 a.m."),
        (time(23, 59, 59), "23 h 59 min 59 s", "11:59:59 p.m."),
    ],
)
def test_times_are_written_as_the_original_writes_them(
    moment: time, french: str, english: str
) -> None:
    assert french_time(moment) == french
    assert english_time(moment) == english


def test_instants_are_shown_in_quebec_time_summer_and_winter() -> None:
    assert quebec_time(EXAMPLE_INSTANT).replace(tzinfo=None) == datetime(2017, 6, 9, 16, 0, 22)
    winter = datetime(2017, 1, 15, 5, 0, 0, tzinfo=UTC)  # UTC−5 in January
    assert quebec_time(winter).replace(tzinfo=None) == datetime(2017, 1, 15, 0, 0, 0)
    # A naive instant is UTC, as the API sends it; another offset is converted too.
    assert quebec_time(datetime(2017, 6, 9, 20, 0, 22)) == quebec_time(EXAMPLE_INSTANT)
    paris = EXAMPLE_INSTANT.astimezone(timezone(timedelta(hours=2)))
    assert quebec_time(paris).hour == 16


def test_the_sentence_is_the_procedures_own_example_word_for_word() -> None:
    sentence = transmission_sentence("002909985", EXAMPLE_INSTANT, "François Grégoire")
    assert sentence == EXAMPLE_SENTENCE


def test_the_sentence_in_english() -> None:
    sentence = transmission_sentence("002909985", EXAMPLE_INSTANT, "François Grégoire", "en")
    assert sentence == (
        "Your data was successfully transmitted on June 9, 2017 at 4:00:22 p.m., "
        "by François Grégoire. Your reference number is: 002909985."
    )


def test_the_sentence_takes_the_quebec_date_not_the_utc_one() -> None:
    late_evening = datetime(2017, 6, 10, 2, 0, 0, tzinfo=UTC)  # still 9 June in Québec
    assert "le 9 juin 2017 à 22 h 0 min 0 s" in transmission_sentence("1", late_evening, "A B")
    first_of_month = datetime(2017, 6, 1, 13, 0, 0, tzinfo=UTC)
    assert "le 1er juin 2017 à 9 h 0 min 0 s" in transmission_sentence("1", first_of_month, "A B")


# ---- HTML ------------------------------------------------------------------------------------


def test_the_html_carries_sentence_enterprise_and_recap(qapp: object) -> None:
    document = receipt_document(make_receipt())
    text = words(document.toPlainText())
    assert EXAMPLE_SENTENCE in text
    assert "Procura — Accusé de réception" in text
    assert "Assignation d'une procuration" in text
    assert "Les Champions inc." in text
    assert "1006237700" in text
    assert "Renseignements sur l'utilisateur" in text
    assert "Nom de famille McReady" in text
    assert "Date de début (AAAA-MM-JJ)" in text
    assert "Turcotte, Vanessa EXG97HL 2019-11-29 2022-11-19" in text


def test_the_english_receipt_uses_the_english_labels(qapp: object) -> None:
    text = words(receipt_document(make_receipt(), "en").toPlainText())
    assert "Your reference number is: 002909985." in text
    assert "Assignment of a procuration" in text
    assert "Last name McReady" in text
    assert "Name User code Start date End date" in text
    assert "Nom de famille" not in text


def test_a_missing_english_text_falls_back_to_french(qapp: object) -> None:
    recap = {"title_fr": "Révocation", "sections": [{"title_fr": "Dossier", "rows": [
        {"label_fr": "Code d'utilisateur", "value": "EXG97HL"}]}]}  # fmt: skip
    text = words(receipt_document(make_receipt(recap=recap), "en").toPlainText())
    assert "Révocation" in text
    assert "Code d'utilisateur EXG97HL" in text


def test_malicious_values_are_shown_as_text_not_markup(qapp: object) -> None:
    attack = '<img src="file:///etc/passwd"><script>alert("x")</script> & <b>gras</b>'
    recap = {
        "title_fr": attack,
        "sections": [
            {"title_fr": attack, "rows": [{"label_fr": attack, "value": attack}]},
            {"columns_fr": [attack], "table": [[attack]]},
        ],
    }
    receipt = make_receipt(
        enterprise_name=attack, transmitted_by=attack, recap=recap, reference="00<b>1</b>"
    )
    html = receipt_html(receipt, offline_note=attack)
    assert "<script>" not in html
    assert "<b>gras" not in html
    assert '<img src="file' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;gras" in html
    # Only our own picture, the QR code, is an image of the page.
    assert html.count("<img") == 1
    document = receipt_document(receipt, offline_note=attack)
    # Every place shows the text as typed: the title, the enterprise, the sentence, the
    # section title, the row's label and value, the column and the cell, and the note.
    assert document.toPlainText().count('<script>alert("x")</script> & <b>gras</b>') == 9


def test_a_recap_with_missing_parts_still_renders(qapp: object) -> None:
    odd = {
        "sections": [
            {},
            {"title_fr": "Seulement un titre"},
            {"rows": [{"label_fr": "Sans valeur"}, {"value": None}, "not a row"]},
            {"columns_fr": ["A", "B", "C"], "table": [["1"], ["1", "2", "3", "4"]]},
            "not a section",
        ]
    }
    text = words(receipt_document(make_receipt(recap=odd)).toPlainText())
    assert "Accusé de réception" in text  # the title the recap did not give
    assert "Seulement un titre" in text
    assert "Sans valeur" in text
    assert "A B C" in text
    assert "1 2 3 4" in text
    assert EXAMPLE_SENTENCE in words(receipt_document(make_receipt(recap={})).toPlainText())


def test_line_breaks_in_a_value_stay_line_breaks(qapp: object) -> None:
    recap = {"sections": [{"rows": [{"label_fr": "Droits", "value": "Avec restriction\nBilan"}]}]}
    html = receipt_html(make_receipt(recap=recap))
    assert "Avec restriction<br>Bilan" in html


def test_the_qr_code_holds_the_reference_number(qapp: object) -> None:
    html = receipt_html(make_receipt(reference="000000042"))
    found = re.search(r'src="data:image/png;base64,([^"]+)"', html)
    assert found, "no embedded QR code"
    image = QImage()
    assert image.loadFromData(base64.b64decode(found.group(1)), "PNG")
    expected = segno.make("000000042", error="m", micro=False).matrix
    other = segno.make("000000043", error="m", micro=False).matrix
    modules = len(expected)
    scale = image.width() / (modules + 4)  # two quiet modules each side
    assert image.width() == image.height()

    def dark(row: int, column: int) -> bool:
        x, y = int((column + 2.5) * scale), int((row + 2.5) * scale)
        return image.pixelColor(x, y).lightness() < 128

    seen = [[dark(r, c) for c in range(modules)] for r in range(modules)]
    assert seen == [[bool(v) for v in row] for row in expected]
    assert seen != [[bool(v) for v in row] for row in other]


def test_the_document_is_laid_out_for_an_a4_page(qapp: object) -> None:
    document = receipt_document(make_receipt())
    size = document.pageSize()
    # A4 less 18 mm margins: 174 mm × 261 mm.
    assert size.height() / size.width() == pytest.approx(261 / 174, rel=0.01)
    assert document.pageCount() == 1


# ---- PDF -------------------------------------------------------------------------------------


def need(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.skip(f"{tool} (poppler-utils) is not installed: the PDF's text cannot be read")
    return found


def pdf_text(path: Path, *pages: int) -> str:
    command = [need("pdftotext"), "-enc", "UTF-8"]
    if pages:
        command += ["-f", str(pages[0]), "-l", str(pages[-1])]
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def test_the_pdf_reads_as_the_receipt(qapp: object, tmp_path: Path) -> None:
    path = write_pdf(make_receipt(), tmp_path / "accuse-002909985.pdf")
    assert path == tmp_path / "accuse-002909985.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    raw = pdf_text(path)
    assert raw.count("\f") == 1, "one receipt is one page"
    text = words(raw)
    assert EXAMPLE_SENTENCE in text
    assert "002909985" in text
    assert "Les Champions inc." in text
    assert "Numéro d'identification 1006237700" in text
    for value in ("McReady", "Sharron", "Turcotte, Vanessa", "EXG97HL", "2022-11-19"):
        assert value in text
    assert "Page 1 de 1" in text


def test_the_pdf_page_renders_to_an_a4_picture(qapp: object, tmp_path: Path) -> None:
    path = write_pdf(make_receipt(), tmp_path / "receipt.pdf")
    subprocess.run(
        [need("pdftoppm"), "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True
    )
    pictures = sorted(tmp_path.glob("page*.png"))
    assert len(pictures) == 1
    image = QImage(str(pictures[0]))
    assert (image.width(), image.height()) == pytest.approx((496, 702), abs=2)  # A4 at 60 dpi
    # Not a blank page: the QR code's dark modules are in the top right corner.
    corner = image.copy(image.width() // 2, 0, image.width() // 2, image.height() // 5)
    darks = sum(
        corner.pixelColor(x, y).lightness() < 100
        for x in range(0, corner.width(), 2)
        for y in range(0, corner.height(), 2)
    )
    assert darks > 50


def test_several_receipts_make_one_pdf_one_receipt_per_page(qapp: object, tmp_path: Path) -> None:
    first, second = make_receipt(), make_receipt(reference="000000017", enterprise_name="Autre")
    path = write_pdf([first, second], tmp_path / "combined.pdf", language="en")
    assert pdf_text(path).count("\f") == 2
    assert "002909985" in pdf_text(path, 1)
    assert "000000017" not in pdf_text(path, 1)
    assert "Your reference number is: 000000017." in words(pdf_text(path, 2))


def test_a_long_receipt_flows_onto_more_pages_with_its_footer(qapp: object, tmp_path: Path) -> None:
    lines = [[f"Personne {i:03d}", "EXG97HL", "2019-11-29", "2022-11-19"] for i in range(120)]
    recap = {"sections": [{"columns_fr": ["Nom", "Code", "Début", "Fin"], "table": lines}]}
    path = write_pdf(make_receipt(recap=recap), tmp_path / "long.pdf")
    raw = pdf_text(path)
    pages = raw.count("\f")
    assert pages >= 3
    text = words(raw)
    assert "Personne 000" in text
    assert "Personne 119" in text
    assert f"Page {pages} de {pages}" in text
    assert words(pdf_text(path, 2)).startswith("Nom Code Début Fin"), "header row repeated"


def test_an_unwritable_folder_raises_and_leaves_nothing(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(make_receipt(), tmp_path / "missing" / "receipt.pdf")
    assert list(tmp_path.iterdir()) == []


def test_no_receipt_is_refused(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no receipt"):
        write_pdf([], tmp_path / "empty.pdf")
    assert not (tmp_path / "empty.pdf").exists()
