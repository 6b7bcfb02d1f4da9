"""Secure messages to enterprises: posting them, their wording, and the «ends soon» reminders."""

from __future__ import annotations

import asyncio
import logging
import weakref
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Date, String, bindparam, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.domain import catalogue
from app.domain.common import MessageKind, ProcurationType
from app.receipts.french import QUEBEC, french_date
from server.db import Database
from server.models import AssignmentRow, EnterpriseRow, MessageRow, ProcurationRow, UserRow

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger(__name__)

# A procuration or an assignment that ends within this many days gets one reminder.
REMINDER_DAYS = 30
REMINDER_EVERY_SECONDS = 3600.0


def today() -> date:
    """The civil date in Québec: a procuration «ends» on Québec's calendar, not UTC's."""
    return datetime.now(QUEBEC).date()


async def post_message(
    s: AsyncSession,
    enterprise_id: str,
    kind: MessageKind,
    subject: str,
    body: str,
    *,
    related_id: str | None = None,
    dedupe_key: str | None = None,
    now: datetime | None = None,
) -> MessageRow | None:
    """Add a message in the caller's transaction. With `dedupe_key`, a message already posted
    under that key is not posted again (None is returned)."""
    row = MessageRow(
        enterprise_id=enterprise_id,
        kind=kind.value,
        subject=subject[:300],
        body=body,
        related_id=related_id,
        dedupe_key=dedupe_key,
        created_at=now or datetime.now(UTC),
        read_at=None,
    )
    if dedupe_key is None:
        s.add(row)
        await s.flush()
        return row
    try:
        async with s.begin_nested():
            s.add(row)
    except IntegrityError:
        return None
    return row


def _ministry_name(code: str) -> str:
    m = catalogue.by_code().get(code)
    return m.name if m else code


def _label(description: str) -> str:
    return f"« {description} »" if description else "sans description"


async def registration_activated(
    s: AsyncSession, enterprise_id: str, ministry: str, on: date
) -> MessageRow | None:
    name = _ministry_name(ministry)
    return await post_message(
        s,
        enterprise_id,
        MessageKind.REGISTRATION_ACTIVATED,
        f"Inscription activée : {name}",
        f"L'inscription de votre entreprise aux services électroniques du ministère ou de "
        f"l'organisme « {name} » est active depuis le {french_date(on)}. Vous pouvez "
        f"maintenant accorder des droits d'accès à ses services dans vos procurations.",
        related_id=ministry,
    )


async def procuration_received(
    s: AsyncSession, proc: ProcurationRow, mandant_name: str
) -> MessageRow | None:
    assert proc.mandataire_id is not None
    return await post_message(
        s,
        proc.mandataire_id,
        MessageKind.PROCURATION_RECEIVED,
        f"Procuration reçue de {mandant_name}",
        f"{mandant_name} ({proc.mandant_id}) a donné à votre entreprise une procuration "
        f"externe {_label(proc.description)}, valide du {french_date(proc.start_date)} au "
        f"{french_date(proc.end_date)}. Assignez-la à vos utilisateurs, ou refusez-la, dans "
        f"Gestion des procurations (procurations reçues).",
        related_id=proc.id,
    )


async def procuration_refused(
    s: AsyncSession, proc: ProcurationRow, mandataire_name: str, reason: str
) -> MessageRow | None:
    return await post_message(
        s,
        proc.mandant_id,
        MessageKind.PROCURATION_REFUSED,
        f"Procuration refusée par {mandataire_name}",
        f"{mandataire_name} ({proc.mandataire_id}) a refusé la procuration externe "
        f"{_label(proc.description)} que votre entreprise lui avait donnée. Raison du refus : "
        f"{reason}",
        related_id=proc.id,
    )


async def procuration_revoked(
    s: AsyncSession, proc: ProcurationRow, mandant_name: str
) -> MessageRow | None:
    assert proc.mandataire_id is not None
    return await post_message(
        s,
        proc.mandataire_id,
        MessageKind.PROCURATION_REVOKED,
        f"Procuration révoquée par {mandant_name}",
        f"{mandant_name} ({proc.mandant_id}) a révoqué la procuration externe "
        f"{_label(proc.description)}. Vos utilisateurs ne peuvent plus agir en son nom "
        f"avec cette procuration.",
        related_id=proc.id,
    )


def _days(n: int) -> str:
    return f"{n} jour" if n <= 1 else f"{n} jours"


async def expire_assignments(s: AsyncSession, on: date, *, mandant_id: str | None = None) -> None:
    """Deactivate assignments whose end date has passed, so their holders are free again."""
    # Before every assignment: most often there is nothing to end, and a look costs a tenth
    # of the bulk UPDATE (with the change feed's read of the rows it would touch).
    if (
        mandant_id is not None
        and await s.scalar(_ANY_EXPIRED, {"mandant_id": mandant_id, "on": on}) is None
    ):
        return
    stmt = (
        update(AssignmentRow)
        .where(AssignmentRow.active, AssignmentRow.end_date < on)
        .values(active=False, ended_at=datetime.now(UTC))
    )
    if mandant_id is not None:
        stmt = stmt.where(AssignmentRow.mandant_id == mandant_id)
    await s.execute(stmt)


_ANY_EXPIRED = (
    select(AssignmentRow.id)
    .where(
        AssignmentRow.mandant_id == bindparam("mandant_id", type_=String),
        AssignmentRow.active,
        AssignmentRow.end_date < bindparam("on", type_=Date),
    )
    .limit(1)
)


async def post_reminders(
    s: AsyncSession, on: date | None = None, *, enterprise_id: str | None = None
) -> int:
    """Post one «se termine dans N jours» message per active procuration and per active
    assignment that ends within REMINDER_DAYS (to the mandant and, for an external one, the
    mandataire; an assignment's reminder goes to the enterprise that assigned it). The end
    date is part of the dedupe key: a procuration whose end is moved gets a new reminder when
    the new end comes near. With `enterprise_id`, only what concerns that enterprise."""
    on = on or today()
    horizon = on + timedelta(days=REMINDER_DAYS)
    posted = 0
    mandant = aliased(EnterpriseRow)
    stmt = (
        select(ProcurationRow, mandant.name)
        .join(mandant, mandant.id == ProcurationRow.mandant_id)
        .where(
            ProcurationRow.state == "AC",
            ProcurationRow.end_date >= on,
            ProcurationRow.end_date <= horizon,
        )
    )
    if enterprise_id is not None:
        stmt = stmt.where(
            or_(
                ProcurationRow.mandant_id == enterprise_id,
                ProcurationRow.mandataire_id == enterprise_id,
            )
        )
    for proc, mandant_name in (await s.execute(stmt)).all():
        left = (proc.end_date - on).days
        recipients = [proc.mandant_id]
        if proc.type == ProcurationType.EXTERNE.value and proc.mandataire_id:
            recipients.append(proc.mandataire_id)
        for recipient in recipients:
            if enterprise_id is not None and recipient != enterprise_id:
                continue
            whose = "" if recipient == proc.mandant_id else f" de {mandant_name}"
            row = await post_message(
                s,
                recipient,
                MessageKind.PROCURATION_ENDING,
                f"La procuration {_label(proc.description)}{whose} se termine dans {_days(left)}",
                f"La procuration {_label(proc.description)}{whose} prend fin le "
                f"{french_date(proc.end_date)}. Le ou la RSE de l'entreprise mandante peut "
                f"reporter sa date de fin avant l'échéance (au plus trois ans moins un jour "
                f"après son début); une fois échue, il faudra en créer une nouvelle.",
                related_id=proc.id,
                dedupe_key=f"proc-ending:{proc.id}:{proc.end_date.isoformat()}:{recipient}",
            )
            posted += row is not None

    assigning = aliased(EnterpriseRow)
    astmt = (
        select(AssignmentRow, ProcurationRow, UserRow)
        .join(ProcurationRow, ProcurationRow.id == AssignmentRow.procuration_id)
        .join(UserRow, UserRow.id == AssignmentRow.user_id)
        .join(assigning, assigning.id == UserRow.enterprise_id)
        .where(
            AssignmentRow.active,
            AssignmentRow.end_date >= on,
            AssignmentRow.end_date <= horizon,
            ProcurationRow.state == "AC",
        )
    )
    if enterprise_id is not None:
        astmt = astmt.where(UserRow.enterprise_id == enterprise_id)
    for a, proc, user in (await s.execute(astmt)).all():
        left = (a.end_date - on).days
        row = await post_message(
            s,
            user.enterprise_id,
            MessageKind.ASSIGNMENT_ENDING,
            f"L'assignation de {user.first_name} {user.last_name} se termine dans {_days(left)}",
            f"L'assignation de la procuration {_label(proc.description)} à {user.first_name} "
            f"{user.last_name} ({user.user_code}) prend fin le {french_date(a.end_date)}.",
            related_id=proc.id,
            dedupe_key=f"asg-ending:{a.id}:{a.end_date.isoformat()}",
        )
        posted += row is not None
    return posted


async def run_reminders(db: Database, *, enterprise_id: str | None = None) -> int:
    """One pass: free the holders of ended assignments, then post the reminders due."""
    on = today()
    async with db.write() as s:
        await expire_assignments(s, on, mandant_id=None)
        return await post_reminders(s, on, enterprise_id=enterprise_id)


class LazyReminders:
    """Runs the reminders of one enterprise at most every `every` seconds, when someone of
    that enterprise looks at the messages: they appear without waiting for the hourly job."""

    def __init__(self, every: float = 300.0) -> None:
        self.every = every
        # Per database: several services may live in one process (tests, embedded).
        self._last: weakref.WeakKeyDictionary[Database, dict[str, float]] = (
            weakref.WeakKeyDictionary()
        )

    async def maybe_run(self, db: Database, enterprise_id: str) -> None:
        now = asyncio.get_running_loop().time()
        seen = self._last.setdefault(db, {})
        last = seen.get(enterprise_id)
        if last is not None and now - last < self.every:
            return
        seen[enterprise_id] = now
        try:
            await run_reminders(db, enterprise_id=enterprise_id)
        except Exception:  # a reminder never breaks the reading of messages
            log.exception("reminders for one enterprise failed")


async def reminders_job(app: FastAPI) -> None:
    """Background job of the service: the reminders pass at start, then every hour."""
    while True:
        try:
            posted = await run_reminders(app.state.db)
            if posted:
                log.info("posted %d reminder(s)", posted)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("reminders pass failed")
        await asyncio.sleep(REMINDER_EVERY_SECONDS)
