"""Shared base classes and enumerations of the domain's states and kinds."""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """A request body: unknown fields are refused (OWASP API3, mass assignment)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Payload(BaseModel):
    """A response body: tolerant of fields a newer service adds."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)


class Role(StrEnum):
    RA = "ra"
    RSE = "rse"
    UTILISATEUR = "utilisateur"


class UserState(StrEnum):
    ACTIF = "actif"
    SUSPENDU = "suspendu"
    REVOQUE = "revoque"


class ProcurationType(StrEnum):
    INTERNE = "interne"
    EXTERNE = "externe"


class ProcurationState(StrEnum):
    AC = "AC"  # actif
    RF = "RF"  # refusée by the mandataire
    RV = "RV"  # révoquée
    EC = "EC"  # échue: end date passed


class Access(StrEnum):
    NONE = "none"
    RESTRICTED = "restricted"
    UNRESTRICTED = "unrestricted"


class RegistrationState(StrEnum):
    EN_TRAITEMENT = "en_traitement"
    ACTIF = "actif"
    REFUSE = "refuse"
    DESACTIVE = "desactive"


class ExpressCodeState(StrEnum):
    ACTIF = "actif"
    SUSPENDU = "suspendu"
    ANNULE = "annule"


class MessageKind(StrEnum):
    REGISTRATION_ACTIVATED = "registration_activated"
    PROCURATION_RECEIVED = "procuration_received"
    PROCURATION_REFUSED = "procuration_refused"
    PROCURATION_REVOKED = "procuration_revoked"
    PROCURATION_ENDING = "procuration_ending"
    ASSIGNMENT_ENDING = "assignment_ending"


# French labels as the original screens show them.
ROLE_LABELS_FR = {
    Role.RA: "Représentant(e) autorisé(e)",
    Role.RSE: "Responsable des services électroniques",
    Role.UTILISATEUR: "Utilisateur",
}
USER_STATE_LABELS_FR = {
    UserState.ACTIF: "Actif",
    UserState.SUSPENDU: "Suspendu",
    UserState.REVOQUE: "Révoqué",
}
PROCURATION_STATE_LABELS_FR = {
    ProcurationState.AC: "Actif",
    ProcurationState.RF: "Refusée",
    ProcurationState.RV: "Révoquée",
    ProcurationState.EC: "Échue",
}
PROCURATION_TYPE_CODES = {ProcurationType.INTERNE: "IN", ProcurationType.EXTERNE: "EX"}
ACCESS_LABELS_FR = {
    Access.UNRESTRICTED: "Sans restriction",
    Access.RESTRICTED: "Avec restriction",
    Access.NONE: "Aucun accès",
}
REGISTRATION_STATE_LABELS_FR = {
    RegistrationState.EN_TRAITEMENT: "En traitement",
    RegistrationState.ACTIF: "Actif",
    RegistrationState.REFUSE: "Refusé",
    RegistrationState.DESACTIVE: "Désactivé",
}
EXPRESS_CODE_STATE_LABELS_FR = {
    ExpressCodeState.ACTIF: "Actif",
    ExpressCodeState.SUSPENDU: "Suspendu",
    ExpressCodeState.ANNULE: "Annulé",
}

T = TypeVar("T")


class Page(Payload, Generic[T]):
    """One page of a list: `next_cursor` is None on the last page."""

    items: list[T]
    next_cursor: str | None = None
