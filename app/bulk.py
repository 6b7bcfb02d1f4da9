"""Bulk work on many procurations: extend, revoke, refuse or assign, each item its own transaction.

A bulk run is planned first (`plan_extend`, `plan_revoke`, `plan_refuse`, `plan_assign`): one
`BulkItem` per selected procuration, each with its own Idempotency-Key, and the items that
cannot be done at all (not active, already at its limit, not the enterprise's to change)
marked SKIPPED with the reason — nothing is silently dropped. The plan is a `BulkJournal`,
saved in the data folder (per person and enterprise, mode 0600) BEFORE anything is sent.

`BulkRunner.run()` then sends the unfinished items one after the other. Before each request
the item is marked SENDING in the journal on disk; after the answer, DONE (with its reference
and receipt) or FAILED (with the service's reason, in French and English). So a run stopped
half-way — cancelled, the service gone, the program killed — is resumed from the journal by
sending the unfinished items again with the SAME keys: an item the service already did is
replayed by the service (same receipt, same reference, nothing done twice).

Decisions:
- Items are sent one at a time: each is its own transaction, and a cancel stops between
  two items without leaving one half known.
- Extend sets each procuration's end date to the date asked, capped at its own limit (start +
  3 years − 1 day). It reads the procuration (GET) just before the PATCH for its ETag; a 412
  (someone changed it in between) is retried ONCE with the fresh ETag and the same key and
  date; a second 412 is a failure of that item with the service's reason.
- Service gone, 5xx, session ended, or still «en cours» (409) after a few tries: the run
  stops as INTERRUPTED, the item stays SENDING to be resumed with its key. A 429 waits the
  delay asked (up to 30 s) and tries again.
- Journals are kept 30 days after they finish (the service keeps keys at least that long);
  older finished ones are removed when the list of unfinished ones is read.
- A run the person decides not to finish is ABANDONED (`BulkJournal.abandon`), not deleted:
  the journal is marked `abandoned_at` (and `finished_at`, so it is kept 30 days like any
  finished run), each item keeps its status — DONE ones their reference and receipt, PLANNED
  ones are the items never sent, SENDING ones the items whose outcome is unknown (the service
  may have done them: their receipt is then in the service's receipts). An abandoned journal
  is no longer unfinished (no resume offered) and a runner refuses to send it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import paths
from app.api.client import ApiClient, new_idempotency_key
from app.api.errors import (
    ApiError,
    Conflict,
    Offline,
    ServiceUnavailable,
    SessionExpired,
    StaleObject,
    Throttled,
    ValidationFailed,
)
from app.domain import rules
from app.domain.common import ProcurationState, ProcurationType
from app.domain.models import Procuration, Receipt

log = logging.getLogger(__name__)

FORMAT = 1
KEEP_FINISHED = timedelta(days=30)
MAX_THROTTLE_WAIT = 30.0
CONFLICT_TRIES = 3


class BulkAction(StrEnum):
    EXTEND = "extend"  # PATCH end_date (own procurations)
    REVOKE = "revoke"  # own procurations
    REFUSE = "refuse"  # received procurations, one reason for all
    ASSIGN = "assign"  # received (or own internal) procurations, to one staff member


class ItemStatus(StrEnum):
    PLANNED = "planned"  # not sent yet
    SENDING = "sending"  # sent (or about to be): the outcome is not known
    DONE = "done"
    FAILED = "failed"  # the service refused it: `message_fr` says why
    SKIPPED = "skipped"  # not sent: it could not be done (`message_fr` says why)


UNFINISHED = (ItemStatus.PLANNED, ItemStatus.SENDING)


class RunOutcome(StrEnum):
    COMPLETED = "completed"  # every item is done, failed or skipped
    CANCELLED = "cancelled"  # stopped at the person's request: resume to finish
    INTERRUPTED = "interrupted"  # the service could not be reached: resume to finish


@dataclass
class BulkItem:
    """One procuration of a bulk run and what became of it."""

    procuration_id: str
    description: str
    client_id: str
    client_name: str
    key: str
    status: ItemStatus = ItemStatus.PLANNED
    end_date: date | None = None  # extend: the end date asked for this item
    previous_end: date | None = None
    reference: str | None = None
    receipt: dict[str, Any] | None = None
    message_fr: str = ""
    message_en: str = ""
    attempts: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "procuration_id": self.procuration_id,
            "description": self.description,
            "client_id": self.client_id,
            "client_name": self.client_name,
            "key": self.key,
            "status": self.status.value,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "previous_end": self.previous_end.isoformat() if self.previous_end else None,
            "reference": self.reference,
            "receipt": self.receipt,
            "message_fr": self.message_fr,
            "message_en": self.message_en,
            "attempts": self.attempts,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BulkItem:
        return cls(
            procuration_id=str(data["procuration_id"]),
            description=str(data.get("description", "")),
            client_id=str(data.get("client_id", "")),
            client_name=str(data.get("client_name", "")),
            key=str(data["key"]),
            status=ItemStatus(data.get("status", "planned")),
            end_date=_day(data.get("end_date")),
            previous_end=_day(data.get("previous_end")),
            reference=data.get("reference"),
            receipt=data.get("receipt"),
            message_fr=str(data.get("message_fr", "")),
            message_en=str(data.get("message_en", "")),
            attempts=int(data.get("attempts", 0)),
        )

    def receipt_model(self) -> Receipt | None:
        return Receipt.model_validate(self.receipt) if self.receipt else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass
class BulkJournal:
    """A bulk run: what was asked, each item, and where the run stands. Saved as JSON."""

    id: str
    action: BulkAction
    user_code: str
    enterprise_id: str
    created_at: datetime
    items: list[BulkItem]
    target: date | None = None  # extend: the date asked (each item capped at its limit)
    assignee: str | None = None  # assign: the staff member's user code
    assignee_name: str = ""
    reason: str = ""  # refuse: the reason the clients will read
    finished_at: datetime | None = None
    interrupted_fr: str = ""  # why the last run stopped before the end
    interrupted_en: str = ""
    abandoned_at: datetime | None = None  # the person gave up the rest of the run
    path: Path | None = field(default=None, repr=False)

    # ---- reading -------------------------------------------------------------------------------

    def pending(self) -> list[BulkItem]:
        return [i for i in self.items if i.status in UNFINISHED]

    def with_status(self, status: ItemStatus) -> list[BulkItem]:
        return [i for i in self.items if i.status is status]

    @property
    def finished(self) -> bool:
        """Nothing left to send: every item done, failed or skipped, or the run abandoned."""
        return self.abandoned or not self.pending()

    @property
    def abandoned(self) -> bool:
        return self.abandoned_at is not None

    def outcome_unknown(self) -> list[BulkItem]:
        """The items sent whose answer never came: the service may have done them."""
        return self.with_status(ItemStatus.SENDING)

    def abandon(self, *, now: datetime | None = None) -> None:
        """Give up the items not finished: nothing more will be sent. The journal is kept
        (marked abandoned, each item as it stands: the receipts of the items done stay)."""
        moment = now or datetime.now(UTC)
        self.abandoned_at = moment
        self.finished_at = moment
        self.interrupted_fr = self.interrupted_en = ""
        self.save()

    def receipts(self) -> list[Receipt]:
        """The receipts of the items done, in the items' order."""
        return [r for i in self.items if (r := i.receipt_model()) is not None]

    def counts(self) -> dict[ItemStatus, int]:
        return {s: len(self.with_status(s)) for s in ItemStatus}

    # ---- saving --------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "id": self.id,
            "action": self.action.value,
            "user_code": self.user_code,
            "enterprise_id": self.enterprise_id,
            "created_at": self.created_at.isoformat(),
            "target": self.target.isoformat() if self.target else None,
            "assignee": self.assignee,
            "assignee_name": self.assignee_name,
            "reason": self.reason,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "interrupted_fr": self.interrupted_fr,
            "interrupted_en": self.interrupted_en,
            "abandoned_at": self.abandoned_at.isoformat() if self.abandoned_at else None,
            "items": [i.to_json() for i in self.items],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], path: Path | None = None) -> BulkJournal:
        if data.get("format") != FORMAT:
            raise ValueError(f"journal format {data.get('format')!r}")
        finished = data.get("finished_at")
        abandoned = data.get("abandoned_at")
        return cls(
            id=str(data["id"]),
            action=BulkAction(data["action"]),
            user_code=str(data["user_code"]),
            enterprise_id=str(data["enterprise_id"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            items=[BulkItem.from_json(i) for i in data["items"]],
            target=_day(data.get("target")),
            assignee=data.get("assignee"),
            assignee_name=str(data.get("assignee_name", "")),
            reason=str(data.get("reason", "")),
            finished_at=datetime.fromisoformat(finished) if finished else None,
            interrupted_fr=str(data.get("interrupted_fr", "")),
            interrupted_en=str(data.get("interrupted_en", "")),
            abandoned_at=datetime.fromisoformat(abandoned) if abandoned else None,
            path=path,
        )

    @classmethod
    def load(cls, path: Path) -> BulkJournal:
        return cls.from_json(json.loads(path.read_text("utf-8")), path)

    def save(self) -> None:
        """Write the journal whole (a crash leaves the previous version), mode 0600."""
        if self.path is None:
            self.path = journal_dir(self.user_code, self.enterprise_id) / f"{self.id}.json"
        paths.write_private_file(self.path, json.dumps(self.to_json(), ensure_ascii=False))


def journal_dir(user_code: str, enterprise_id: str) -> Path:
    safe = "".join(c if c.isalnum() else "_" for c in f"{enterprise_id}-{user_code}")
    return paths.data_dir() / "bulk" / safe


def journals(user_code: str, enterprise_id: str) -> list[BulkJournal]:
    """Every journal of this person, newest first (unreadable files are skipped and logged)."""
    folder = journal_dir(user_code, enterprise_id)
    found: list[BulkJournal] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("*.json"):
        try:
            found.append(BulkJournal.load(path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Journal de traitement en lot illisible %s (%s)", path.name, exc)
    found.sort(key=lambda j: j.created_at, reverse=True)
    return found


def unfinished_journals(
    user_code: str, enterprise_id: str, *, now: datetime | None = None
) -> list[BulkJournal]:
    """The runs left unfinished (to resume), newest first; finished ones older than 30 days
    are removed on the way."""
    moment = now or datetime.now(UTC)
    out: list[BulkJournal] = []
    for j in journals(user_code, enterprise_id):
        if not j.finished:
            out.append(j)
        elif j.finished_at is not None and moment - j.finished_at > KEEP_FINISHED and j.path:
            j.path.unlink(missing_ok=True)
    return out


# ---- planning ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Skip:
    """Why an item is not sent, in both languages."""

    fr: str
    en: str


def _item(p: Procuration) -> BulkItem:
    return BulkItem(
        procuration_id=p.id,
        description=p.description,
        client_id=p.mandant.id,
        client_name=p.mandant.name,
        key=new_idempotency_key(),
        previous_end=p.end_date,
    )


def _skip(item: BulkItem, why: Skip) -> BulkItem:
    item.status = ItemStatus.SKIPPED
    item.message_fr, item.message_en = why.fr, why.en
    return item


def _journal(
    action: BulkAction, user_code: str, enterprise_id: str, items: list[BulkItem], **extra: Any
) -> BulkJournal:
    return BulkJournal(
        id=f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{action.value}-{uuid.uuid4().hex[:8]}",
        action=action,
        user_code=user_code,
        enterprise_id=enterprise_id,
        created_at=datetime.now(UTC),
        items=items,
        **extra,
    )


def _not_active(p: Procuration) -> Skip | None:
    if p.state is ProcurationState.AC:
        return None
    label_fr = {"EC": "échue", "RV": "révoquée", "RF": "refusée"}.get(p.state.value, "inactive")
    label_en = {"EC": "expired", "RV": "revoked", "RF": "refused"}.get(p.state.value, "inactive")
    return Skip(
        f"Cette procuration est {label_fr} : elle ne peut plus être modifiée.",
        f"This procuration is {label_en}: it can no longer be changed.",
    )


def _not_own(p: Procuration, enterprise_id: str) -> Skip | None:
    if p.mandant.id == enterprise_id:
        return None
    return Skip(
        "Seule l'entreprise mandante peut modifier ou révoquer cette procuration : "
        "communiquez avec votre client.",
        "Only the enterprise that gave this procuration can change or revoke it: contact "
        "your client.",
    )


def extended_end(p: Procuration, target: date) -> date:
    """The end date a bulk extension gives `p`: `target`, capped at its own limit."""
    return min(target, rules.latest_end_date(p.start_date))


def plan_extend(
    procurations: Sequence[Procuration],
    target: date,
    *,
    user_code: str,
    enterprise_id: str,
    today: date,
) -> BulkJournal:
    """Move each procuration's end date to `target`, capped at its own limit."""
    items: list[BulkItem] = []
    for p in procurations:
        item = _item(p)
        why = _not_own(p, enterprise_id) or _not_active(p)
        if why is None and p.end_date < today:
            why = Skip(
                "Cette procuration est échue : créez-en une nouvelle (Renouveler).",
                "This procuration has expired: create a new one (Renew).",
            )
        if why is None:
            new_end = extended_end(p, target)
            item.end_date = new_end
            if new_end <= p.end_date:
                limit = rules.latest_end_date(p.start_date)
                if p.end_date >= limit:
                    why = Skip(
                        f"Sa date de fin ({p.end_date.isoformat()}) est déjà à sa limite de "
                        "trois ans moins un jour : renouvelez-la plutôt.",
                        f"Its end date ({p.end_date.isoformat()}) is already at its limit of "
                        "three years less one day: renew it instead.",
                    )
                else:
                    why = Skip(
                        f"Sa date de fin ({p.end_date.isoformat()}) est déjà le "
                        f"{new_end.isoformat()} ou plus tard.",
                        f"Its end date ({p.end_date.isoformat()}) is already "
                        f"{new_end.isoformat()} or later.",
                    )
        items.append(_skip(item, why) if why else item)
    return _journal(BulkAction.EXTEND, user_code, enterprise_id, items, target=target)


def plan_revoke(
    procurations: Sequence[Procuration], *, user_code: str, enterprise_id: str
) -> BulkJournal:
    items = []
    for p in procurations:
        item = _item(p)
        why = _not_own(p, enterprise_id) or _not_active(p)
        items.append(_skip(item, why) if why else item)
    return _journal(BulkAction.REVOKE, user_code, enterprise_id, items)


def plan_refuse(
    procurations: Sequence[Procuration], reason: str, *, user_code: str, enterprise_id: str
) -> BulkJournal:
    items = []
    for p in procurations:
        item = _item(p)
        why = None
        if p.mandataire is None or p.mandataire.id != enterprise_id:
            why = Skip(
                "Seul le mandataire peut refuser une procuration : celle-ci n'a pas été "
                "reçue par votre entreprise.",
                "Only the mandataire can refuse a procuration: this one was not received by "
                "your enterprise.",
            )
        why = why or _not_active(p)
        items.append(_skip(item, why) if why else item)
    return _journal(BulkAction.REFUSE, user_code, enterprise_id, items, reason=reason.strip())


def plan_assign(
    procurations: Sequence[Procuration],
    assignee: str,
    assignee_name: str,
    *,
    user_code: str,
    enterprise_id: str,
    today: date,
) -> BulkJournal:
    items = []
    for p in procurations:
        item = _item(p)
        why = _not_active(p)
        if why is None and p.end_date < today:
            why = Skip(
                "Cette procuration est échue : elle ne peut plus être assignée.",
                "This procuration has expired: it can no longer be assigned.",
            )
        if (
            why is None
            and p.type is ProcurationType.EXTERNE
            and (p.mandataire is None or p.mandataire.id != enterprise_id)
        ):
            why = Skip(
                "Une procuration externe est assignée par le mandataire, à ses propres "
                "utilisateurs.",
                "An external procuration is assigned by the mandataire, to its own users.",
            )
        items.append(_skip(item, why) if why else item)
    return _journal(
        BulkAction.ASSIGN,
        user_code,
        enterprise_id,
        items,
        assignee=assignee,
        assignee_name=assignee_name,
    )


# ---- running -----------------------------------------------------------------------------------

ItemCallback = Callable[[BulkJournal, BulkItem], None]
Sleep = Callable[[float], Awaitable[None]]


class _Stop(Exception):
    """The run cannot go on now (service gone...): the item stays SENDING."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(str(error))
        self.error = error


def error_messages(error: ApiError) -> tuple[str, str]:
    """The service's reason in French and English; several field errors joined."""
    if isinstance(error, ValidationFailed) and len(error.errors) > 1:
        return (
            " ".join(e.message_fr for e in error.errors),
            " ".join(e.message_en for e in error.errors),
        )
    return error.message_fr, error.message_en


class BulkRunner:
    """Sends the unfinished items of a journal (see the module docstring).

    on_item(journal, item) is called after each change of an item's status (SENDING, then
    DONE or FAILED), once the journal is saved: for a progress bar. `cancel()` stops the run
    after the item being sent.
    """

    def __init__(
        self,
        api: ApiClient,
        journal: BulkJournal,
        *,
        on_item: ItemCallback | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.api = api
        self.journal = journal
        self.on_item = on_item
        self._sleep = sleep
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled

    async def run(self) -> RunOutcome:
        journal = self.journal
        if journal.abandoned:
            raise ValueError(f"journal {journal.id} was abandoned: nothing more is sent")
        journal.interrupted_fr = journal.interrupted_en = ""
        journal.save()
        for item in journal.pending():
            if self._cancelled:
                return self._stopped(
                    RunOutcome.CANCELLED,
                    "Traitement interrompu à votre demande : reprenez-le pour terminer.",
                    "Stopped at your request: resume it to finish.",
                )
            item.status = ItemStatus.SENDING
            item.attempts += 1
            journal.save()  # before the request: a crash now leaves it to be resumed
            self._tell(item)
            try:
                await self._send(item)
            except _Stop as stop:
                fr, en = stop.error.message_fr, stop.error.message_en
                return self._stopped(RunOutcome.INTERRUPTED, fr, en)
            journal.save()
            self._tell(item)
        journal.finished_at = datetime.now(UTC)
        journal.save()
        return RunOutcome.COMPLETED

    def _stopped(self, outcome: RunOutcome, fr: str, en: str) -> RunOutcome:
        self.journal.interrupted_fr, self.journal.interrupted_en = fr, en
        self.journal.save()
        return outcome

    def _tell(self, item: BulkItem) -> None:
        if self.on_item is not None:
            self.on_item(self.journal, item)

    async def _send(self, item: BulkItem) -> None:
        conflicts = 0
        while True:
            try:
                receipt = await self._transaction(item)
            except StaleObject as error:
                self._fail(item, error)
                return
            except (Offline, SessionExpired) as error:
                raise _Stop(error) from error
            except Throttled as error:
                wait = error.retry_after if error.retry_after is not None else 60.0
                if wait > MAX_THROTTLE_WAIT:
                    raise _Stop(error) from error
                await self._sleep(wait)
                continue
            except Conflict as error:
                conflicts += 1
                if conflicts >= CONFLICT_TRIES:
                    raise _Stop(error) from error
                await self._sleep(float(2**conflicts))
                continue
            except ServiceUnavailable as error:
                raise _Stop(error) from error
            except ApiError as error:
                self._fail(item, error)
                return
            item.status = ItemStatus.DONE
            item.reference = receipt.reference
            item.receipt = receipt.model_dump(mode="json")
            item.message_fr = item.message_en = ""
            return

    def _fail(self, item: BulkItem, error: ApiError) -> None:
        item.status = ItemStatus.FAILED
        item.message_fr, item.message_en = error_messages(error)
        log.info("Élément %s refusé : %s", item.procuration_id, type(error).__name__)

    async def _transaction(self, item: BulkItem) -> Receipt:
        api, journal = self.api, self.journal
        if journal.action is BulkAction.EXTEND:
            assert item.end_date is not None
            return await self._extend(item, item.end_date)
        if journal.action is BulkAction.REVOKE:
            result = await api.procuration_action(
                item.procuration_id, "revoke", idempotency_key=item.key
            )
            return result.receipt
        if journal.action is BulkAction.REFUSE:
            result = await api.procuration_action(
                item.procuration_id, "refuse", journal.reason, idempotency_key=item.key
            )
            return result.receipt
        assert journal.assignee is not None
        assigned = await api.assign(
            item.procuration_id, [journal.assignee], idempotency_key=item.key
        )
        return assigned.receipt

    async def _extend(self, item: BulkItem, end: date) -> Receipt:
        # The ETag of now; on a resume the service replays a finished PATCH before it looks at
        # If-Match, so a fresh tag never turns a done item into a second change.
        _current, etag = await self.api.procuration(item.procuration_id)
        try:
            result = await self.api.patch_procuration(
                item.procuration_id, end, etag, idempotency_key=item.key
            )
        except StaleObject as stale:
            fresh = stale.current_etag
            if not fresh:
                _current, fresh = await self.api.procuration(item.procuration_id)
            # The failed attempt released its key: the same key and date go again, once.
            result = await self.api.patch_procuration(
                item.procuration_id, end, fresh, idempotency_key=item.key
            )
        return result.receipt


async def run_all(
    api: ApiClient, journal: BulkJournal, *, on_item: ItemCallback | None = None
) -> RunOutcome:
    """Plan saved, then run: the one call a script needs."""
    return await BulkRunner(api, journal, on_item=on_item).run()


def summary_rows(journal: BulkJournal, language: str = "fr") -> list[tuple[str, str, str, str]]:
    """(description, client, result, reference or reason) of every item, for the summary page
    of the combined receipt and for the result screen."""
    english = language.startswith("en")
    words = {
        ItemStatus.DONE: ("Fait", "Done"),
        ItemStatus.FAILED: ("Refusé par le service", "Refused by the service"),
        ItemStatus.SKIPPED: ("Non transmis", "Not sent"),
        ItemStatus.PLANNED: ("Pas encore transmis", "Not sent yet"),
        ItemStatus.SENDING: ("Résultat inconnu : à reprendre", "Outcome unknown: resume"),
    }
    out = []
    for i in journal.items:
        word = words[i.status][1 if english else 0]
        detail = i.reference or (i.message_en if english else i.message_fr) or ""
        out.append((i.description, f"{i.client_name} ({i.client_id})", word, detail))
    return out


def items_for(journal: BulkJournal, ids: Iterable[str]) -> list[BulkItem]:
    wanted = set(ids)
    return [i for i in journal.items if i.procuration_id in wanted]
