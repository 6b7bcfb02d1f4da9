"""Public facts about other enterprises: the name behind an identification number."""

from __future__ import annotations

from fastapi import APIRouter

from app.domain import rules
from app.domain.errors import RuleViolation
from app.domain.models import EnterpriseRef
from server.deps import DB, RSE
from server.errors import not_found
from server.models import EnterpriseRow

router = APIRouter(tags=["Répertoire des entreprises"])


@router.get(
    "/directory/enterprises/{enterprise_id}",
    response_model=EnterpriseRef,
    summary="Nom de l'entreprise qui porte ce numéro d'identification",
    description=(
        "Pour confirmer le mandataire d'une procuration externe avant de la transmettre. Les "
        "numéros et noms des entreprises sont publics (registre des entreprises du Québec). "
        "Un numéro mal formé : 422 `identification_number_invalid`; inconnu : 404."
    ),
)
async def get_directory_enterprise(enterprise_id: str, caller: RSE, db: DB) -> EnterpriseRef:
    errors = rules.check_identification_number(enterprise_id, "enterprise_id")
    if errors:
        raise RuleViolation(errors)
    async with db.read() as s:
        found = await s.get(EnterpriseRow, enterprise_id.strip())
    if found is None:
        raise not_found()
    return EnterpriseRef(id=found.id, name=found.name)
