"""«Accusés de réception»: listed, found by reference, reprinted identically; real service."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.domain.models import UserCreate, UserCreated
from app.receipts.render import receipt_html
from ui.context import AppContext
from ui.receipt_view import ReceiptView
from ui.views.receipts import ReceiptsView


@pytest.fixture
def ctx(signed_in: Callable[..., AppContext]) -> AppContext:
    return signed_in("RSE — Les Champions")


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, run_async: Callable[..., Any]) -> ReceiptsView:
    widget = ReceiptsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    run_async(widget.refresh(), timeout=15000)
    return widget


def create_user(ctx: AppContext, run_async: Callable[..., Any], last_name: str) -> UserCreated:
    email = f"{last_name.lower()}@example.com"
    created: UserCreated = run_async(
        ctx.api.create_user(
            UserCreate(
                last_name=last_name,
                first_name="Reçu",
                email=email,
                email_confirmation=email,
                phone="4185550123",
                role="utilisateur",
            ),
            idempotency_key=new_idempotency_key(),
        )
    )
    return created


def row_of(view: ReceiptsView, reference: str) -> list[str]:
    row = view.model.find(lambda r: r.reference == reference)
    assert row >= 0, reference
    return [str(view.model.index(row, c).data()) for c in range(view.model.columnCount())]


def shown_text(view: ReceiptView) -> str:
    return " ".join(view.browser.toPlainText().split())


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler) is not installed")
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


# ---- the list ------------------------------------------------------------------------------------


def test_the_receipts_are_listed_newest_first_with_their_kind_in_words(view: ReceiptsView) -> None:
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Date", "Référence", "Transaction", "Objet", "Transmis par"]
    shown = view.model.visible_rows()
    assert len(shown) > 10
    instants = [r.transmitted_at for r in shown]
    assert instants == sorted(instants, reverse=True)
    # The procedure's own receipts (seed 003): the user created, the procuration assigned.
    assert row_of(view, "605579971")[1:4] == [
        "605579971",
        "Création du dossier d'un utilisateur",
        "Sharron McReady (SMC52RD)",
    ]
    assert row_of(view, "002909985")[2] == "Assignation d'une procuration"
    assert view.count_label.text() == f"Nombre d'accusés : {view.model.total_count()}"
    assert view.receipt_view.receipt() is None


def test_the_model_passes_the_model_tester(qtmodeltester: Any, view: ReceiptsView) -> None:
    qtmodeltester.check(view.model)


def test_the_kind_filter_keeps_one_family(view: ReceiptsView) -> None:
    view.family.setCurrentIndex(view.family.findData("user"))
    kinds = {r.kind.split(".")[0] for r in view.model.visible_rows()}
    assert kinds == {"user"}
    view.family.setCurrentIndex(0)
    assert view.model.visible_count() == view.model.total_count()


# ---- finding one ---------------------------------------------------------------------------------


def test_a_partial_reference_filters_at_each_keystroke(qtbot: QtBot, view: ReceiptsView) -> None:
    qtbot.keyClicks(view.reference, "6055")
    references = [r.reference for r in view.model.visible_rows()]
    assert "605579971" in references
    assert all("6055" in r for r in references)
    qtbot.keyClicks(view.reference, "x-")  # only digits are taken
    assert view.reference.text() == "6055"


def test_nine_digits_find_the_receipt_and_show_it(qtbot: QtBot, view: ReceiptsView) -> None:
    qtbot.keyClicks(view.reference, "002909985")
    qtbot.waitUntil(lambda: view.receipt_view.receipt() is not None, timeout=10000)
    assert view.selected_receipt().reference == "002909985"  # type: ignore[union-attr]
    assert "Votre numéro de référence est : 002909985." in shown_text(view.receipt_view)
    assert view.receipt_view.print_button.isEnabled()


def test_a_receipt_newer_than_the_list_is_found_by_its_reference(
    qtbot: QtBot, view: ReceiptsView, ctx: AppContext, run_async: Callable[..., Any]
) -> None:
    total = view.model.total_count()
    created = create_user(ctx, run_async, "Nouveaureçu")
    reference = created.receipt.reference
    assert view.model.find(lambda r: r.reference == reference) < 0
    qtbot.keyClicks(view.reference, reference)
    qtbot.waitUntil(
        lambda: (
            view.selected_receipt() is not None and view.selected_receipt().reference == reference
        ),  # type: ignore[union-attr]
        timeout=10000,
    )
    assert view.model.total_count() == total + 1
    assert "Nouveaureçu" in shown_text(view.receipt_view)


def test_an_unknown_reference_says_so(qtbot: QtBot, view: ReceiptsView) -> None:
    qtbot.keyClicks(view.reference, "000000000")
    qtbot.waitUntil(view.status_label.isVisible, timeout=10000)
    assert "Aucun accusé de réception de l'entreprise ne porte le numéro 000000000" in (
        view.status_label.text()
    )
    assert view.model.visible_count() == 0
    view.reference.clear()
    assert not view.status_label.isVisible()


# ---- reprinting ----------------------------------------------------------------------------------


def test_a_reprint_is_identical_to_the_first_print(
    qtbot: QtBot,
    view: ReceiptsView,
    ctx: AppContext,
    run_async: Callable[..., Any],
    tmp_path: Path,
) -> None:
    created = create_user(ctx, run_async, "Reimpression")
    first_view = ReceiptView(created.receipt)
    qtbot.addWidget(first_view)
    first = first_view.save_pdf(tmp_path / "premier.pdf")
    assert first is not None

    run_async(view.refresh(), timeout=15000)
    qtbot.keyClicks(view.reference, created.receipt.reference)
    qtbot.waitUntil(lambda: view.receipt_view.receipt() is not None, timeout=10000)
    stored = view.receipt_view.receipt()
    assert stored is not None
    assert receipt_html(stored) == receipt_html(created.receipt)
    assert shown_text(view.receipt_view) == shown_text(first_view)
    reprint = view.receipt_view.save_pdf(tmp_path / "reimpression.pdf")
    assert reprint is not None
    text = pdf_text(reprint)
    assert text == pdf_text(first)
    assert created.receipt.reference in text and "Reimpression" in text

    view.receipt_view.open_print_preview()
    qtbot.waitUntil(lambda: view.receipt_view.preview_dialog is not None)
    view.receipt_view.preview_dialog.close()  # type: ignore[union-attr]
