"""Registration of the enterprise to ministries' online services: list, register, désinscrire."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import select

from app.domain import catalogue
from app.domain.common import REGISTRATION_STATE_LABELS_FR, RegistrationState
from app.domain.errors import FieldError, RuleViolation, field_error
from app.domain.models import Ministry, Registration, RegistrationRequest, RegistrationResult
from app.receipts.french import french_date
from server import notify, registrations_ops
from server.app import BACKGROUND_JOBS
from server.deps import DB, RSE, Config, SignedIn
from server.errors import not_found
from server.models import RegistrationRow
from server.transactions import Tx, recap, section

router = APIRouter(tags=["Inscription aux services électroniques"])

if registrations_ops.activation_job not in BACKGROUND_JOBS:
    BACKGROUND_JOBS.append(registrations_ops.activation_job)

YES = {"oui", "yes"}
NO = {"non", "no"}


def registration_model(ministry: Ministry, row: RegistrationRow | None) -> Registration:
    if row is None:
        return Registration(ministry=ministry.code, ministry_name=ministry.name)
    return Registration(
        ministry=ministry.code,
        ministry_name=ministry.name,
        requested_on=row.requested_on,
        state=RegistrationState(row.state),
        state_on=row.state_on,
        answers=dict(row.answers or {}),
    )


def check_answers(ministry: Ministry, answers: dict[str, str]) -> list[FieldError]:
    """Each question of the ministry answered: yes/no ones by «oui» or «non», text ones
    present (they may be empty: the catalogue asks them «s'il y a lieu»); nothing else."""
    errors: list[FieldError] = []
    known = {q.code for q in ministry.questions}
    for q in ministry.questions:
        value = answers.get(q.code)
        unanswered = value is None or (
            q.kind == "yes_no" and value.strip().casefold() not in YES | NO
        )
        if unanswered or value is None:
            errors.append(field_error(f"answers.{q.code}", "answers_invalid"))
        elif len(value) > 500:
            errors.append(field_error(f"answers.{q.code}", "text_too_long"))
    for code in answers:
        if code not in known:
            errors.append(field_error(f"answers.{code}", "unknown_field"))
    return errors


def _answer_text(ministry: Ministry, code: str, value: str) -> str:
    kinds = {q.code: q.kind for q in ministry.questions}
    if kinds.get(code) == "yes_no":
        return "Oui" if value.strip().casefold() in YES else "Non"
    return value


def registration_recap(
    title_fr: str, title_en: str, ministry: Ministry, row: RegistrationRow
) -> dict[str, Any]:
    state = RegistrationState(row.state)
    sections = [
        section(
            "Inscription à des services offerts par un ministère ou un organisme",
            "Registration to services offered by a ministry or body",
            [
                ("Ministère ou organisme", "Ministry or body", ministry.name),
                ("Date de la demande", "Date of the request", french_date(row.requested_on)),
                ("État", "State", REGISTRATION_STATE_LABELS_FR[state]),
                ("Date de l'état", "Date of the state", french_date(row.state_on)),
            ],
        )
    ]
    answers = row.answers or {}
    if ministry.questions and answers:
        sections.append(
            section(
                "Réponses aux questions",
                "Answers to the questions",
                [
                    (q.text, q.text, _answer_text(ministry, q.code, answers.get(q.code, "")))
                    for q in ministry.questions
                ],
            )
        )
    return recap(title_fr, title_en, *sections)


def _snapshot(row: RegistrationRow) -> dict[str, Any]:
    return {
        "ministry": row.ministry,
        "state": row.state,
        "requested_on": row.requested_on.isoformat(),
        "state_on": row.state_on.isoformat(),
    }


@router.get(
    "/registrations",
    response_model=list[Registration],
    summary="Inscriptions de l'entreprise (tous les ministères et organismes)",
    description=(
        "Une ligne par ministère ou organisme du catalogue : date de la demande, état et date "
        "de l'état (nuls quand l'entreprise n'a jamais demandé à s'y inscrire)."
    ),
)
async def list_registrations(caller: SignedIn, db: DB) -> list[Registration]:
    async with db.read() as s:
        rows = (
            await s.scalars(
                select(RegistrationRow).where(RegistrationRow.enterprise_id == caller.enterprise_id)
            )
        ).all()
    by_ministry = {r.ministry: r for r in rows}
    return [registration_model(m, by_ministry.get(m.code)) for m in catalogue.ministries()]


@router.post(
    "/registrations",
    status_code=201,
    response_model=RegistrationResult,
    summary="Inscrire l'entreprise aux services d'un ministère ou organisme",
    description=(
        "Réponses par code de question (`Ministry.questions`) : « oui » ou « non » pour les "
        "questions oui/non, du texte (vide permis) pour les autres. La demande passe à « En "
        "traitement »; le service l'active selon sa configuration (aussitôt, après un délai, "
        "ou par l'opérateur) et envoie le message « Inscription activée ». Une entreprise "
        "désinscrite peut se réinscrire."
    ),
)
async def register(body: RegistrationRequest, caller: RSE, tx: Tx, config: Config) -> JSONResponse:
    code = body.ministry.strip().upper()
    ministry = catalogue.by_code().get(code)
    if ministry is None:
        raise RuleViolation([field_error("ministry", "ministry_unknown")])
    errors = check_answers(ministry, body.answers)
    if errors:
        raise RuleViolation(errors)
    now = datetime.now(UTC)
    on = notify.today()
    answers = {k: v.strip() for k, v in body.answers.items()}
    async with tx.run(caller, body) as s:
        row = await s.scalar(
            select(RegistrationRow).where(
                RegistrationRow.enterprise_id == caller.enterprise_id,
                RegistrationRow.ministry == code,
            )
        )
        before = _snapshot(row) if row else None
        if row is not None and row.state in (
            RegistrationState.EN_TRAITEMENT.value,
            RegistrationState.ACTIF.value,
        ):
            raise RuleViolation([field_error("ministry", "already_registered")])
        if row is None:
            row = RegistrationRow(enterprise_id=caller.enterprise_id, ministry=code)
            s.add(row)
        row.requested_on = on
        row.requested_at = now
        row.state = RegistrationState.EN_TRAITEMENT.value
        row.state_on = on
        row.answers = answers
        await s.flush()
        await tx.audit(
            "registration.create", "registration", code, before=before, after=_snapshot(row)
        )
        if config.registration_auto_activate_seconds == 0:
            await registrations_ops.activate(
                s, row, actor=caller.user_code, request_id=caller.request_id
            )
        receipt = await tx.receipt(
            "registration.create",
            registration_recap(
                "Inscription à des services électroniques",
                "Registration to online services",
                ministry,
                row,
            ),
        )
        result = RegistrationResult(registration=registration_model(ministry, row), receipt=receipt)
        return await tx.done(result, 201)


@router.delete(
    "/registrations/{ministry}",
    response_model=RegistrationResult,
    summary="Désinscrire l'entreprise des services d'un ministère ou organisme",
    description=(
        "L'inscription (active ou en traitement) passe à « Désactivé ». Les procurations ne "
        "peuvent plus accorder de droits sur ce ministère ou organisme. Un ministère inconnu : "
        "404; aucune inscription active ou en traitement : 422 `not_registered`."
    ),
)
async def unregister(ministry: str, caller: RSE, tx: Tx) -> JSONResponse:
    code = ministry.strip().upper()
    found = catalogue.by_code().get(code)
    if found is None:
        raise not_found()
    async with tx.run(caller) as s:
        row = await s.scalar(
            select(RegistrationRow).where(
                RegistrationRow.enterprise_id == caller.enterprise_id,
                RegistrationRow.ministry == code,
            )
        )
        if row is None or row.state not in (
            RegistrationState.EN_TRAITEMENT.value,
            RegistrationState.ACTIF.value,
        ):
            raise RuleViolation([field_error("ministry", "not_registered")])
        before = _snapshot(row)
        row.state = RegistrationState.DESACTIVE.value
        row.state_on = notify.today()
        receipt = await tx.receipt(
            "registration.delete",
            registration_recap(
                "Désinscription des services électroniques",
                "Withdrawal from online services",
                found,
                row,
            ),
        )
        await tx.audit(
            "registration.delete", "registration", code, before=before, after=_snapshot(row)
        )
        return await tx.done(
            RegistrationResult(registration=registration_model(found, row), receipt=receipt)
        )
