"""The catalogue of ministries and bodies, their services and their registration questions."""

from __future__ import annotations

from fastapi import APIRouter

from app.domain import catalogue
from app.domain.models import Ministry
from server.deps import SignedIn

router = APIRouter(tags=["Inscription aux services électroniques"])


@router.get(
    "/ministries",
    response_model=list[Ministry],
    summary="Ministères et organismes offrant des services électroniques",
    description=(
        "Le catalogue : chaque ministère ou organisme avec ses services et blocs fonctionnels "
        "(arbre `children`), et les questions auxquelles répondre pour s'y inscrire."
    ),
)
async def list_ministries(caller: SignedIn) -> list[Ministry]:
    return list(catalogue.ministries())
