"""Bulk runs against the real service in process: partial failures, a run killed and resumed."""

from __future__ import annotations

import json
import stat
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.api import ApiClient, new_idempotency_key
from app.bulk import (
    BulkAction,
    BulkJournal,
    BulkRunner,
    ItemStatus,
    RunOutcome,
    journal_dir,
    plan_extend,
    plan_revoke,
    summary_rows,
    unfinished_journals,
)
from app.domain import rules
from app.domain.common import ProcurationState
from app.domain.models import Procuration, ProcurationCreate, Receipt, RightIn
from app.receipts.french import QUEBEC
from server.testing import RunningService
from tests.app.conftest import SERVICE_URL, Account, ClientFactory

MELCC_ANSWERS = {"deja_client": "oui", "numero_client": ""}
HALO = RightIn(ministry="MELCC", access="restricted", services=["HALO-DECL"])


def today() -> date:
    return datetime.now(QUEBEC).date()


async def give(
    rse: ApiClient, count: int, *, prefix: str, start_days_ago: int = 30
) -> list[Procuration]:
    """`count` internal procurations of the enterprise, each ending within a month."""
    registrations = {r.ministry: r.state for r in await rse.registrations()}
    if registrations.get("MELCC") is None:
        await rse.register("MELCC", MELCC_ANSWERS, idempotency_key=new_idempotency_key())
    start = today() - timedelta(days=start_days_ago)
    made = []
    for n in range(count):
        body = ProcurationCreate(
            type="interne",
            start_date=start,
            end_date=today() + timedelta(days=5 + n),
            description=f"{prefix} {n + 1:02d}",
            rights=[HALO],
        )
        made.append(
            (await rse.create_procuration(body, idempotency_key=new_idempotency_key())).procuration
        )
    return made


def description_of(receipt: Receipt) -> str:
    for section in receipt.recap.get("sections", []):
        for row in section.get("rows", []):
            if row.get("label_fr") == "Description":
                return str(row.get("value"))
    return ""


async def modify_receipts(rse: ApiClient) -> list[Receipt]:
    return await rse.all_receipts(kind="procuration.modify")


class DropAnswer(httpx.AsyncBaseTransport):
    """The real service in process, whose answer to the n-th PATCH is lost on the way back
    (the service did the change; the client sees a dropped connection). Also notes, at each
    PATCH, what the journal on disk said about that key before the request left."""

    def __init__(self, inner: httpx.AsyncBaseTransport, drop_patch: int | None) -> None:
        self.inner = inner
        self.drop_patch = drop_patch
        self.patches = 0
        self.journal_path: Any = None
        self.seen_before_send: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            self.patches += 1
            if self.journal_path is not None:
                saved = json.loads(self.journal_path.read_text("utf-8"))
                key = request.headers["Idempotency-Key"]
                status = {i["key"]: i["status"] for i in saved["items"]}.get(key, "absent")
                self.seen_before_send.append(status)
        response = await self.inner.handle_async_request(request)
        if request.method == "PATCH" and self.patches == self.drop_patch:
            await response.aread()
            raise httpx.ReadError("connection dropped after the service answered", request=request)
        return response


async def signed_in(
    make_client: ClientFactory, account: Account, transport: httpx.AsyncBaseTransport | None = None
) -> ApiClient:
    client = make_client(transport)
    await client.login(account.user_code, account.password)
    return client


# ---- partial failures ----------------------------------------------------------------------------


async def test_a_bulk_extension_does_what_it_can_and_lists_every_refusal_with_its_reason(
    rse: ApiClient, rse_account: Account
) -> None:
    ps = await give(rse, 5, prefix="Lot partiel")
    # Revoked before the plan: never sent (skipped, with the reason).
    await rse.procuration_action(ps[0].id, "revoke", idempotency_key=new_idempotency_key())
    ps[0] = (await rse.procuration(ps[0].id)).value
    target = today() + timedelta(days=400)
    journal = plan_extend(
        ps,
        target,
        user_code=rse_account.user_code,
        enterprise_id=rse_account.enterprise_id,
        today=today(),
    )
    assert journal.items[0].status is ItemStatus.SKIPPED
    assert "révoquée" in journal.items[0].message_fr
    # Revoked by someone else after the list was read: the service refuses it.
    await rse.procuration_action(ps[1].id, "revoke", idempotency_key=new_idempotency_key())
    # A plan made by hand past the limit (start + 3 years − 1 day): the service refuses it.
    limit = rules.latest_end_date(ps[2].start_date)
    journal.items[2].end_date = limit + timedelta(days=1)

    outcome = await BulkRunner(rse, journal).run()

    assert outcome is RunOutcome.COMPLETED
    statuses = [i.status for i in journal.items]
    assert statuses == [
        ItemStatus.SKIPPED,
        ItemStatus.FAILED,
        ItemStatus.FAILED,
        ItemStatus.DONE,
        ItemStatus.DONE,
    ]
    assert "révoquée" in journal.items[1].message_fr or "active" in journal.items[1].message_fr
    assert (
        limit.isoformat() in journal.items[2].message_fr
        or "trois ans" in journal.items[2].message_fr
    )
    done = journal.with_status(ItemStatus.DONE)
    for item in done:
        now, _etag = await rse.procuration(item.procuration_id)
        assert now.end_date == target == item.end_date
        assert item.reference is not None and len(item.reference) == 9
    # The failed ones are untouched, and only the done ones have a receipt.
    assert (await rse.procuration(ps[2].id)).value.end_date == ps[2].end_date
    receipts = await modify_receipts(rse)
    assert sorted(r.reference for r in receipts) == sorted(i.reference for i in done if i.reference)
    rows = summary_rows(journal)
    assert [r[2] for r in rows] == [
        "Non transmis",
        "Refusé par le service",
        "Refusé par le service",
        "Fait",
        "Fait",
    ]
    assert rows[3][3] == done[0].reference


async def test_each_end_date_is_capped_at_its_own_limit(
    rse: ApiClient, rse_account: Account
) -> None:
    old = await give(rse, 1, prefix="Ancienne", start_days_ago=900)
    new = await give(rse, 1, prefix="Récente", start_days_ago=10)
    far = today() + timedelta(days=5000)
    journal = plan_extend(
        [*old, *new],
        far,
        user_code=rse_account.user_code,
        enterprise_id=rse_account.enterprise_id,
        today=today(),
    )
    assert [i.end_date for i in journal.items] == [
        rules.latest_end_date(old[0].start_date),
        rules.latest_end_date(new[0].start_date),
    ]
    assert await BulkRunner(rse, journal).run() is RunOutcome.COMPLETED
    assert all(i.status is ItemStatus.DONE for i in journal.items)


async def test_a_bulk_revocation_ends_each_procuration_with_its_own_receipt(
    rse: ApiClient, rse_account: Account
) -> None:
    ps = await give(rse, 3, prefix="À révoquer")
    journal = plan_revoke(
        ps, user_code=rse_account.user_code, enterprise_id=rse_account.enterprise_id
    )
    assert await BulkRunner(rse, journal).run() is RunOutcome.COMPLETED
    refs = [i.reference for i in journal.items]
    assert len(set(refs)) == 3 and None not in refs
    for p in ps:
        assert (await rse.procuration(p.id)).value.state is ProcurationState.RV
    revoked = await rse.all_receipts(kind="procuration.revoke")
    assert {r.reference for r in revoked} >= set(refs)


# ---- the journal, a run killed and resumed ------------------------------------------------


async def test_a_run_killed_half_way_is_resumed_without_doing_anything_twice(
    service: RunningService,
    make_client: ClientFactory,
    rse: ApiClient,
    rse_account: Account,
    procura_dirs: Any,
) -> None:
    ps = await give(rse, 6, prefix="Reprise")
    target = today() + timedelta(days=500)
    journal = plan_extend(
        ps,
        target,
        user_code=rse_account.user_code,
        enterprise_id=rse_account.enterprise_id,
        today=today(),
    )
    journal.save()
    assert journal.path is not None
    assert journal.path.parent == journal_dir(rse_account.user_code, rse_account.enterprise_id)
    assert journal.path.is_relative_to(procura_dirs.data)
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600

    # First run: the answer to the 3rd PATCH is lost (done on the service, unknown here).
    dropping = DropAnswer(service.transport(), drop_patch=3)
    dropping.journal_path = journal.path
    first = await signed_in(make_client, rse_account, dropping)
    outcome = await BulkRunner(first, journal).run()
    assert outcome is RunOutcome.INTERRUPTED
    assert "ne répond pas" in journal.interrupted_fr
    # Every key was marked «sending» on disk before its request left.
    assert dropping.seen_before_send == ["sending"] * 3

    on_disk = BulkJournal.load(journal.path)
    assert [i.status for i in on_disk.items] == [
        ItemStatus.DONE,
        ItemStatus.DONE,
        ItemStatus.SENDING,
        ItemStatus.PLANNED,
        ItemStatus.PLANNED,
        ItemStatus.PLANNED,
    ]
    assert [i.key for i in on_disk.items] == [i.key for i in journal.items]
    assert [
        j.id for j in unfinished_journals(rse_account.user_code, rse_account.enterprise_id)
    ] == [journal.id]

    # Second run, killed by the program itself while the 5th item is being marked.
    class Killed(Exception):
        pass

    def kill_on_fifth(_journal: BulkJournal, item: Any) -> None:
        if item.status is ItemStatus.SENDING and item.procuration_id == ps[4].id:
            raise Killed()

    second = await signed_in(make_client, rse_account)
    with pytest.raises(Killed):
        await BulkRunner(second, BulkJournal.load(journal.path), on_item=kill_on_fifth).run()
    on_disk = BulkJournal.load(journal.path)
    assert [i.status for i in on_disk.items] == [
        ItemStatus.DONE,
        ItemStatus.DONE,
        ItemStatus.DONE,  # the lost answer, replayed by the service
        ItemStatus.DONE,
        ItemStatus.SENDING,  # marked, never sent
        ItemStatus.PLANNED,
    ]

    # Resume from the file, as the program does after a restart.
    third = await signed_in(make_client, rse_account)
    resumed = BulkJournal.load(journal.path)
    assert await BulkRunner(third, resumed).run() is RunOutcome.COMPLETED
    assert resumed.finished and resumed.finished_at is not None
    assert unfinished_journals(rse_account.user_code, rse_account.enterprise_id) == []

    # Each procuration was changed once: one receipt each, version 2, the end date asked.
    receipts = await modify_receipts(rse)
    per_description = Counter(description_of(r) for r in receipts)
    assert per_description == Counter(p.description for p in ps)
    assert sorted(r.reference for r in receipts) == sorted(i.reference for i in resumed.items)
    for p in ps:
        now, _etag = await rse.procuration(p.id)
        assert now.end_date == target
        assert now.version == p.version + 1

    # The lost answer came back as the receipt the service made the first time.
    lost = resumed.items[2]
    made_then = next(r for r in receipts if description_of(r) == lost.description)
    assert lost.reference == made_then.reference

    # Sending every item again with the same keys: the service replays each one.
    again = BulkJournal.load(journal.path)
    for item in again.items:
        item.status = ItemStatus.SENDING
    again.finished_at = None
    assert await BulkRunner(third, again).run() is RunOutcome.COMPLETED
    assert [i.reference for i in again.items] == [i.reference for i in resumed.items]
    assert len(await modify_receipts(rse)) == len(ps)


async def test_a_cancelled_run_stops_between_two_items_and_resumes_later(
    rse: ApiClient, rse_account: Account
) -> None:
    ps = await give(rse, 4, prefix="Annulation")
    journal = plan_revoke(
        ps, user_code=rse_account.user_code, enterprise_id=rse_account.enterprise_id
    )
    runner = BulkRunner(rse, journal)

    def cancel_after_second(_j: BulkJournal, item: Any) -> None:
        if item.status is ItemStatus.DONE and item.procuration_id == ps[1].id:
            runner.cancel()

    runner.on_item = cancel_after_second
    assert await runner.run() is RunOutcome.CANCELLED
    assert [i.status for i in journal.items] == [
        ItemStatus.DONE,
        ItemStatus.DONE,
        ItemStatus.PLANNED,
        ItemStatus.PLANNED,
    ]
    assert "votre demande" in journal.interrupted_fr
    assert journal.path is not None
    assert await BulkRunner(rse, BulkJournal.load(journal.path)).run() is RunOutcome.COMPLETED
    assert len(await rse.all_receipts(kind="procuration.revoke")) == 4


async def test_an_abandoned_run_keeps_its_record_and_sends_nothing_more(
    service: RunningService,
    make_client: ClientFactory,
    rse: ApiClient,
    rse_account: Account,
) -> None:
    ps = await give(rse, 4, prefix="Abandon")
    target = today() + timedelta(days=400)
    journal = plan_extend(
        ps,
        target,
        user_code=rse_account.user_code,
        enterprise_id=rse_account.enterprise_id,
        today=today(),
    )
    journal.save()
    assert journal.path is not None
    # The answer to the 2nd PATCH is lost: done on the service, its outcome unknown here.
    first = await signed_in(make_client, rse_account, DropAnswer(service.transport(), 2))
    assert await BulkRunner(first, journal).run() is RunOutcome.INTERRUPTED
    assert [i.status for i in journal.items] == [
        ItemStatus.DONE,
        ItemStatus.SENDING,
        ItemStatus.PLANNED,
        ItemStatus.PLANNED,
    ]
    assert not journal.abandoned and not journal.finished

    moment = datetime.now(UTC)
    journal.abandon(now=moment)

    # Kept on disk, marked abandoned; each item as it stood, the receipt of the one done kept.
    on_disk = BulkJournal.load(journal.path)
    assert on_disk.abandoned and on_disk.abandoned_at == moment
    assert on_disk.finished and on_disk.finished_at == moment
    assert [i.status for i in on_disk.items] == [i.status for i in journal.items]
    assert [i.procuration_id for i in on_disk.outcome_unknown()] == [ps[1].id]
    assert [r.reference for r in on_disk.receipts()] == [journal.items[0].reference]
    assert on_disk.items[0].reference is not None
    # No longer offered to resume, and a runner refuses it: nothing more is sent.
    assert unfinished_journals(rse_account.user_code, rse_account.enterprise_id) == []
    assert journal.path.exists()
    with pytest.raises(ValueError, match="abandoned"):
        await BulkRunner(rse, on_disk).run()
    for p, changed in zip(ps, (True, True, False, False), strict=True):
        now, _etag = await rse.procuration(p.id)
        assert (now.end_date == target) is changed
        assert now.version == p.version + (1 if changed else 0)
    # Kept 30 days like a finished run, then removed.
    unfinished_journals(
        rse_account.user_code, rse_account.enterprise_id, now=moment + timedelta(days=29)
    )
    assert journal.path.exists()
    unfinished_journals(
        rse_account.user_code, rse_account.enterprise_id, now=moment + timedelta(days=31)
    )
    assert not journal.path.exists()


def test_a_journal_written_before_abandoning_existed_reads_as_not_abandoned() -> None:
    journal = BulkJournal(
        id="j",
        action=BulkAction.REVOKE,
        user_code="u",
        enterprise_id="e",
        created_at=datetime.now(UTC),
        items=[],
    )
    data = journal.to_json()
    del data["abandoned_at"]
    assert BulkJournal.from_json(data).abandoned_at is None


async def test_a_412_is_retried_once_with_the_fresh_etag(
    service: RunningService, make_client: ClientFactory, rse: ApiClient, rse_account: Account
) -> None:
    [p] = await give(rse, 1, prefix="Concurrence")
    journal = plan_extend(
        [p],
        today() + timedelta(days=300),
        user_code=rse_account.user_code,
        enterprise_id=rse_account.enterprise_id,
        today=today(),
    )

    class ChangeInBetween(httpx.AsyncBaseTransport):
        """Someone else moves the end date between our GET and our PATCH (once)."""

        def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
            self.inner = inner
            self.done = False
            self.statuses: list[int] = []

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "PATCH" and not self.done:
                self.done = True
                current, etag = await rse.procuration(p.id)
                await rse.patch_procuration(
                    p.id,
                    current.end_date + timedelta(days=1),
                    etag,
                    idempotency_key=new_idempotency_key(),
                )
            response = await self.inner.handle_async_request(request)
            if request.method == "PATCH":
                self.statuses.append(response.status_code)
            return response

    racing = ChangeInBetween(service.transport())
    client = await signed_in(make_client, rse_account, racing)
    assert await BulkRunner(client, journal).run() is RunOutcome.COMPLETED
    assert racing.statuses == [412, 200]
    assert journal.items[0].status is ItemStatus.DONE
    assert (await rse.procuration(p.id)).value.end_date == journal.items[0].end_date


async def test_the_service_gone_interrupts_the_run_and_leaves_the_item_to_resume(
    rse: ApiClient, rse_account: Account
) -> None:
    ps = await give(rse, 2, prefix="Hors ligne")
    journal = plan_revoke(
        ps, user_code=rse_account.user_code, enterprise_id=rse_account.enterprise_id
    )
    unreachable = ApiClient(
        SERVICE_URL, token=rse.token, transport=httpx.MockTransport(_refuse_connection)
    )
    try:
        assert await BulkRunner(unreachable, journal).run() is RunOutcome.INTERRUPTED
    finally:
        await unreachable.aclose()
    assert [i.status for i in journal.items] == [ItemStatus.SENDING, ItemStatus.PLANNED]
    assert await BulkRunner(rse, journal).run() is RunOutcome.COMPLETED
    assert journal.counts()[ItemStatus.DONE] == 2
    assert journal.action is BulkAction.REVOKE


def _refuse_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


async def test_the_combined_receipt_lists_every_item_then_each_receipt(
    rse: ApiClient, rse_account: Account, qapp: Any, tmp_path: Any
) -> None:
    from app.receipts.bulk_summary import write_bulk_pdf

    ps = await give(rse, 3, prefix="Accusé groupé")
    journal = plan_extend(
        ps,
        today() + timedelta(days=200),
        user_code=rse_account.user_code,
        enterprise_id=rse_account.enterprise_id,
        today=today(),
    )
    await rse.procuration_action(ps[1].id, "revoke", idempotency_key=new_idempotency_key())
    assert await BulkRunner(rse, journal).run() is RunOutcome.COMPLETED
    path = write_bulk_pdf(journal, tmp_path / "lot.pdf", by="François Grégoire")
    text = pdf_text(path)
    pages = text.split("\f")
    summary = " ".join(pages[0].split())
    assert "Prolongation de procurations — sommaire d'un traitement en lot" in summary
    assert "François Grégoire" in summary
    assert "2 fait(s), 1 refusé(s) par le service" in summary
    for item in journal.items:
        assert item.description in summary
    done = journal.with_status(ItemStatus.DONE)
    failed = journal.with_status(ItemStatus.FAILED)
    assert [i.procuration_id for i in failed] == [ps[1].id]
    for item in done:
        assert item.reference in summary
        # Its own receipt follows, with its sentence and reference.
        assert any(
            f"Votre numéro de référence est : {item.reference}" in " ".join(p.split())
            for p in pages[1:]
        )
    # The reason of the refusal, as the service gave it (cells wrap: read without layout).
    plain = " ".join(pdf_text(path, layout=False).split("\f")[0].split())
    assert failed[0].message_fr in plain


def pdf_text(path: Any, *, layout: bool = True) -> str:
    import subprocess

    options = ["-layout"] if layout else []
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
