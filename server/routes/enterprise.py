"""The enterprise's own record and its clicSÉQUR express access code."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import select

from app.domain import rules
from app.domain.common import EXPRESS_CODE_STATE_LABELS_FR, ExpressCodeState, Role, UserState
from app.domain.errors import RuleViolation, field_error
from app.domain.models import (
    Enterprise,
    ExpressCode,
    ExpressCodeResult,
    UserSummary,
)
from server.deps import DB, RSE, SignedIn
from server.models import EnterpriseRow, UserRow
from server.security import hash_password
from server.transactions import Tx, recap, section

router = APIRouter(tags=["Dossier de l'entreprise"])


def express_model(e: EnterpriseRow) -> ExpressCode:
    return ExpressCode(
        state=ExpressCodeState(e.express_code_state), state_on=e.express_code_state_on
    )


@router.get("/enterprise", response_model=Enterprise, summary="Dossier de l'entreprise")
async def get_enterprise(caller: SignedIn, db: DB) -> Enterprise:
    async with db.read() as s:
        e = await s.get(EnterpriseRow, caller.enterprise_id)
        assert e is not None
        rses = (
            await s.scalars(
                select(UserRow)
                .where(
                    UserRow.enterprise_id == e.id,
                    UserRow.role == Role.RSE.value,
                    UserRow.state != UserState.REVOQUE.value,
                )
                .order_by(UserRow.last_name, UserRow.first_name)
            )
        ).all()
    return Enterprise(
        id=e.id,
        neq=e.neq,
        name=e.name,
        address=e.address,
        express_code=express_model(e),
        rses=[
            UserSummary(
                user_code=u.user_code,
                last_name=u.last_name,
                first_name=u.first_name,
                role=Role(u.role),
                state=UserState(u.state),
            )
            for u in rses
        ],
    )


_EXPRESS: dict[str, tuple[set[str], str, str, str]] = {
    "suspend": (
        {"actif"},
        "suspendu",
        "Suspension du code express",
        "Suspension of the express code",
    ),
    "reactivate": (
        {"suspendu"},
        "actif",
        "Réactivation du code express",
        "Reactivation of the express code",
    ),
    "cancel": (
        {"actif", "suspendu"},
        "annule",
        "Annulation du code express",
        "Cancellation of the express code",
    ),
    "reissue": (
        {"actif", "suspendu", "annule"},
        "actif",
        "Nouveau code express",
        "Reissue of the express code",
    ),
}


@router.post(
    "/enterprise/express-code/{action}",
    response_model=ExpressCodeResult,
    summary="Suspendre, réactiver, annuler ou remplacer le code clicSÉQUR express",
)
async def express_code_action(
    action: Literal["suspend", "reactivate", "cancel", "reissue"], caller: RSE, tx: Tx
) -> JSONResponse:
    allowed, new_state, title_fr, title_en = _EXPRESS[action]
    code = rules.new_express_code() if action == "reissue" else None
    code_hash = await hash_password(code) if code else None
    async with tx.run(caller) as s:
        e = await s.get(EnterpriseRow, caller.enterprise_id)
        assert e is not None
        if e.express_code_state not in allowed:
            raise RuleViolation([field_error("express_code", "state_transition_invalid")])
        before = {"state": e.express_code_state}
        e.express_code_state = new_state
        e.express_code_state_on = datetime.now(UTC).date()
        if code_hash:
            e.express_code_hash = code_hash
        receipt = await tx.receipt(
            f"express_code.{action}",
            recap(
                title_fr,
                title_en,
                section(
                    "Code clicSÉQUR express",
                    "clicSÉQUR express code",
                    [
                        ("Numéro d'identification", "Identification number", e.id),
                        ("NEQ", "NEQ", e.neq or ""),
                        (
                            "État du code",
                            "Code state",
                            EXPRESS_CODE_STATE_LABELS_FR[ExpressCodeState(new_state)],
                        ),
                    ],
                ),
            ),
        )
        await tx.audit(
            f"express_code.{action}", "enterprise", e.id, before=before, after={"state": new_state}
        )
        return await tx.done(
            ExpressCodeResult(express_code=express_model(e), code=code, receipt=receipt)
        )
