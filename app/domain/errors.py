"""Stable error codes with French and English messages, shared by the service and the client."""

from __future__ import annotations

from dataclasses import dataclass

# code -> (message_fr, message_en). Codes are part of the public contract: never rename one.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("Ce champ est obligatoire.", "This field is required."),
    "identification_number_invalid": (
        "Le numéro d'identification doit contenir exactement 10 chiffres.",
        "The identification number must have exactly 10 digits.",
    ),
    "neq_invalid": (
        "Le NEQ doit contenir exactement 10 chiffres.",
        "The NEQ must have exactly 10 digits.",
    ),
    "phone_invalid": (
        "Le numéro de téléphone doit contenir 10 chiffres.",
        "The phone number must have 10 digits.",
    ),
    "phone_extension_too_long": (
        "Le poste ne peut contenir plus de 4 chiffres.",
        "The extension can have at most 4 digits.",
    ),
    "phone_extension_invalid": (
        "Le poste ne peut contenir que des chiffres.",
        "The extension can only contain digits.",
    ),
    "email_invalid": (
        "L'adresse courriel n'est pas valide.",
        "The email address is not valid.",
    ),
    "email_mismatch": (
        "La confirmation du courriel doit être identique au courriel.",
        "The email confirmation must match the email.",
    ),
    "name_too_long": (
        "Ce champ ne peut dépasser 100 caractères.",
        "This field cannot exceed 100 characters.",
    ),
    "text_too_long": (
        "Ce texte est trop long (500 caractères au plus).",
        "This text is too long (500 characters at most).",
    ),
    "role_invalid": (
        "Le rôle doit être « Utilisateur » ou « Responsable des services électroniques ».",
        "The role must be 'User' or 'Electronic services officer'.",
    ),
    "date_invalid": (
        "La date doit être au format AAAA-MM-JJ.",
        "The date must be in YYYY-MM-DD format.",
    ),
    "end_before_start": (
        "La date de fin ne peut précéder la date de début.",
        "The end date cannot be before the start date.",
    ),
    "end_date_too_late": (
        "Une procuration est valide au plus trois ans moins un jour : la date de fin "
        "ne peut dépasser le {latest}.",
        "A procuration is valid for at most three years less one day: the end date "
        "cannot be after {latest}.",
    ),
    "end_date_in_past": (
        "La date de fin ne peut être antérieure à aujourd'hui.",
        "The end date cannot be in the past.",
    ),
    "assignment_outside_procuration": (
        "L'assignation doit être comprise dans la période de la procuration.",
        "The assignment must fall within the procuration's period.",
    ),
    "mandataire_required": (
        "Le numéro d'identification du mandataire est obligatoire pour une procuration externe.",
        "The mandataire's identification number is required for an external procuration.",
    ),
    "mandataire_not_allowed": (
        "Une procuration interne n'a pas de mandataire.",
        "An internal procuration has no mandataire.",
    ),
    "mandataire_unknown": (
        "Aucune entreprise ne porte ce numéro d'identification.",
        "No enterprise has this identification number.",
    ),
    "mandataire_is_self": (
        "L'entreprise ne peut se donner une procuration externe à elle-même.",
        "An enterprise cannot give an external procuration to itself.",
    ),
    "rights_required": (
        "Accordez au moins un droit d'accès à un ministère ou organisme.",
        "Grant at least one access right to a ministry or body.",
    ),
    "ministry_unknown": (
        "Ce ministère ou organisme n'existe pas.",
        "This ministry or body does not exist.",
    ),
    "ministry_duplicate": (
        "Ce ministère ou organisme apparaît plus d'une fois.",
        "This ministry or body appears more than once.",
    ),
    "registration_not_active": (
        "L'inscription de l'entreprise à ce ministère ou organisme n'est pas active.",
        "The enterprise's registration to this ministry or body is not active.",
    ),
    "services_required": (
        "Avec restriction, cochez au moins un service.",
        "With restriction, tick at least one service.",
    ),
    "services_not_allowed": (
        "Des services ne se choisissent qu'avec restriction.",
        "Services are only chosen with restriction.",
    ),
    "service_unknown": (
        "Ce service n'existe pas pour ce ministère ou organisme.",
        "This service does not exist for this ministry or body.",
    ),
    "access_invalid": (
        "Le droit d'accès doit être Sans restriction, Avec restriction ou Aucun accès.",
        "Access must be unrestricted, restricted or none.",
    ),
    "type_invalid": (
        "Le type de procuration doit être Interne ou Externe.",
        "The procuration type must be internal or external.",
    ),
    "users_required": (
        "Sélectionnez au moins un utilisateur.",
        "Select at least one user.",
    ),
    "user_unknown": (
        "Cet utilisateur n'existe pas dans votre entreprise.",
        "This user does not exist in your enterprise.",
    ),
    "user_not_active": (
        "Cet utilisateur n'est pas actif.",
        "This user is not active.",
    ),
    "user_already_holds_procuration": (
        "Cet utilisateur détient déjà une procuration de cette entreprise.",
        "This user already holds a procuration of this enterprise.",
    ),
    "procuration_not_active": (
        "Cette procuration n'est plus active (échue, révoquée ou refusée) : créez-en une nouvelle.",
        "This procuration is no longer active (expired, revoked or refused): create a new one.",
    ),
    "not_mandataire": (
        "Seul le mandataire peut refuser ou assigner une procuration externe reçue.",
        "Only the mandataire can refuse or assign a received external procuration.",
    ),
    "not_mandataire_revoke_assignment": (
        "Seul le mandataire peut révoquer l'assignation d'une procuration externe : ce sont "
        "ses utilisateurs qui la détiennent.",
        "Only the mandataire can revoke the assignment of an external procuration: its own "
        "users hold it.",
    ),
    "reason_required": (
        "Indiquez la raison du refus.",
        "Give the reason for the refusal.",
    ),
    "password_too_short": (
        "Le mot de passe doit contenir au moins 8 caractères.",
        "The password must have at least 8 characters.",
    ),
    "password_too_long": (
        "Le mot de passe ne peut dépasser 128 caractères.",
        "The password cannot exceed 128 characters.",
    ),
    "password_too_common": (
        "Ce mot de passe est trop courant : choisissez-en un autre.",
        "This password is too common: choose another one.",
    ),
    "password_same_as_current": (
        "Le nouveau mot de passe doit différer de l'actuel.",
        "The new password must differ from the current one.",
    ),
    "password_incorrect": (
        "Le mot de passe actuel est incorrect.",
        "The current password is incorrect.",
    ),
    "answers_invalid": (
        "Répondez à chacune des questions du ministère ou organisme.",
        "Answer each of the ministry's questions.",
    ),
    "already_registered": (
        "L'entreprise est déjà inscrite à ce ministère ou organisme, "
        "ou sa demande est en traitement.",
        "The enterprise is already registered to this ministry or body, or its request is pending.",
    ),
    "not_registered": (
        "L'entreprise n'est pas inscrite à ce ministère ou organisme.",
        "The enterprise is not registered to this ministry or body.",
    ),
    "state_transition_invalid": (
        "Cette action n'est pas possible dans l'état actuel du dossier.",
        "This action is not possible in the record's current state.",
    ),
    "enterprise_exists": (
        "Une entreprise porte déjà ce numéro d'identification.",
        "An enterprise already has this identification number.",
    ),
    "cannot_act_on_self": (
        "Vous ne pouvez pas faire cette action sur votre propre dossier.",
        "You cannot do this to your own record.",
    ),
    "last_rse": (
        "L'entreprise doit garder au moins un ou une RSE actif.",
        "The enterprise must keep at least one active RSE.",
    ),
    "unknown_field": (
        "Ce champ n'est pas reconnu.",
        "This field is not recognised.",
    ),
    "invalid_value": (
        "Cette valeur n'est pas valide.",
        "This value is not valid.",
    ),
}


@dataclass(frozen=True, slots=True)
class FieldError:
    """One rule broken by one field: placed by the client next to that field."""

    field: str
    code: str
    message_fr: str
    message_en: str

    def as_dict(self) -> dict[str, str]:
        return {
            "field": self.field,
            "code": self.code,
            "message_fr": self.message_fr,
            "message_en": self.message_en,
        }


def field_error(field: str, code: str, **params: object) -> FieldError:
    """Build the error for `code` on `field`, its messages filled with `params`."""
    fr, en = MESSAGES.get(code, MESSAGES["invalid_value"])
    return FieldError(field, code, fr.format(**params), en.format(**params))


class RuleViolation(Exception):
    """One or more rules broken; the service answers 422, the client shows them at their fields."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    @classmethod
    def single(cls, field: str, code: str, **params: object) -> RuleViolation:
        return cls([field_error(field, code, **params)])
