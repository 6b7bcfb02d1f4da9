"""Typed errors of the service client, each saying in French and English what to do next.

Every exception the client raises is an `ApiError`. Screens catch the specific classes they
can act on (a `ValidationFailed` places its errors at the fields, a `StaleObject` offers to
reload) and hand anything else to the one error display, which shows `message(language)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import BaseModel

from app.domain.errors import MESSAGES, FieldError

# What `app.api` re-exports; `field_errors_from_problem` is the client's own.
__all__ = [
    "ApiError",
    "BadRequest",
    "Conflict",
    "Forbidden",
    "Gone",
    "NotFound",
    "Offline",
    "PasswordChangeRequired",
    "PayloadTooLarge",
    "PreconditionRequired",
    "ServiceUnavailable",
    "SessionExpired",
    "StaleObject",
    "Throttled",
    "Unauthorized",
    "UnexpectedResponse",
    "UntrustedCertificate",
    "ValidationFailed",
]


class ApiError(Exception):
    """Base of every error the client raises.

    Attributes:
        message_fr, message_en: a sentence for the person, saying what happened and what to do.
        status: the HTTP status, or None when no answer arrived.
        problem: the RFC 9457 body as received (`type`, `title`, `status`, `detail`, ...),
            empty when there was none.
        request_id: the service's `X-Request-ID` for this call when it sent one, to quote to
            support.
    """

    default_fr: ClassVar[str] = (
        "Le service a répondu de façon inattendue. Réessayez ; si le problème persiste, "
        "communiquez avec le soutien technique."
    )
    default_en: ClassVar[str] = (
        "The service answered unexpectedly. Try again; if the problem persists, contact "
        "technical support."
    )

    def __init__(
        self,
        message_fr: str | None = None,
        message_en: str | None = None,
        *,
        status: int | None = None,
        problem: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.message_fr = message_fr or self.default_fr
        self.message_en = message_en or self.default_en
        self.status = status
        self.problem: dict[str, Any] = dict(problem or {})
        self.request_id = request_id
        super().__init__(self.message_en)

    def message(self, language: str = "fr") -> str:
        """The sentence to show, in `language` ("fr" or "en")."""
        return self.message_en if language == "en" else self.message_fr

    @property
    def detail(self) -> str:
        """The service's own `detail` (English or French, for logs and support), or ''."""
        return str(self.problem.get("detail") or "")

    def __str__(self) -> str:
        status = f"{self.status} " if self.status is not None else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{status}{type(self).__name__}: {self.message_en}{detail}"


class BadRequest(ApiError):
    """400: the client sent something the service cannot read (a defect in the client)."""

    default_fr = (
        "La demande n'a pas pu être traitée par le service. Réessayez ; si le problème "
        "persiste, communiquez avec le soutien technique."
    )
    default_en = (
        "The service could not process the request. Try again; if the problem persists, "
        "contact technical support."
    )


class ValidationFailed(ApiError):
    """422: rules broken. `errors` holds one `FieldError` per field to show next to it.

    `errors` may be empty when the service refused the whole request (for example an
    `Idempotency-Key` reused with another body); then `message_fr`/`message_en` explain.
    """

    default_fr = "Certaines données ne sont pas valides : corrigez les champs signalés."
    default_en = "Some data is not valid: correct the fields shown."

    def __init__(self, errors: list[FieldError], **kwargs: Any) -> None:
        self.errors = errors
        # One error alone is said as it is; several send the person to the fields.
        if len(errors) == 1 and "message_fr" not in kwargs:
            kwargs["message_fr"] = errors[0].message_fr
            kwargs["message_en"] = errors[0].message_en
        super().__init__(kwargs.pop("message_fr", None), kwargs.pop("message_en", None), **kwargs)

    @property
    def codes(self) -> list[str]:
        """The stable codes of the errors, in order (e.g. ["phone_extension_too_long"])."""
        return [e.code for e in self.errors]

    def for_field(self, field: str) -> FieldError | None:
        """The first error on `field` (dotted for nested fields, e.g. "rights.0.services")."""
        return next((e for e in self.errors if e.field == field), None)


class Unauthorized(ApiError):
    """401 at sign-in: the user code or password is wrong (or the account cannot sign in)."""

    default_fr = (
        "Le code d'utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez."
    )
    default_en = "The user code or password is incorrect. Check them and try again."


class SessionExpired(Unauthorized):
    """401 on any call after sign-in: the session ended (idle, expired, or signed out)."""

    default_fr = "Votre session a pris fin. Reconnectez-vous pour continuer."
    default_en = "Your session has ended. Sign in again to continue."


class Forbidden(ApiError):
    """403: the person's role does not allow this action, or a password change comes first."""

    default_fr = (
        "Vous n'avez pas les droits nécessaires pour cette action. Adressez-vous au "
        "responsable des services électroniques de votre entreprise."
    )
    default_en = (
        "You do not have the rights needed for this action. Ask your enterprise's "
        "electronic services officer."
    )


class PasswordChangeRequired(Forbidden):
    """403 while signed in with a temporary password: only the password change is allowed."""

    default_fr = "Vous devez d'abord remplacer votre mot de passe temporaire."
    default_en = "You must first replace your temporary password."


class NotFound(ApiError):
    """404: the object does not exist, or belongs to another enterprise (never told apart)."""

    default_fr = "Ce dossier est introuvable : il a peut-être été supprimé. Actualisez la liste."
    default_en = "This record cannot be found: it may have been removed. Refresh the list."


class Gone(NotFound):
    """410: the change feed's cursor is too old or unknown; every list must be loaded again
    (the synchronizer does it by itself)."""

    default_fr = "Les données hors ligne sont trop anciennes : elles seront rechargées au complet."
    default_en = "The offline data is too old: it will be loaded again in full."


class Conflict(ApiError):
    """409: the same transaction (same `Idempotency-Key`) is still being processed."""

    default_fr = (
        "Cette transaction est encore en cours de traitement. Patientez quelques secondes, "
        "puis transmettez de nouveau : elle ne sera pas faite deux fois."
    )
    default_en = (
        "This transaction is still being processed. Wait a few seconds, then send it "
        "again: it will not be done twice."
    )


class StaleObject(ApiError):
    """412: someone changed the object since it was read; nothing was saved.

    Attributes:
        current: the object as it is now on the service (a `User`, a `Procuration`... when the
            calling method knows the model, else the raw dict; None if the service sent none).
        current_etag: the ETag of `current` when the service sent it, else None (then read
            the object again to get one).
    """

    default_fr = (
        "Ce dossier a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : "
        "rien n'a été enregistré. Revoyez la version à jour, puis refaites votre modification."
    )
    default_en = (
        "Someone else changed this record since you opened it: nothing was saved. Review "
        "the current version, then make your change again."
    )

    def __init__(
        self,
        current: BaseModel | dict[str, Any] | None,
        current_etag: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.current = current
        self.current_etag = current_etag
        super().__init__(kwargs.pop("message_fr", None), kwargs.pop("message_en", None), **kwargs)


class PreconditionRequired(ApiError):
    """428: a modification was sent without `If-Match` (a defect in the client)."""


class PayloadTooLarge(ApiError):
    """413: the request body is too large."""

    default_fr = "Les données transmises sont trop volumineuses. Raccourcissez les textes."
    default_en = "The data sent is too large. Shorten the texts."


class Throttled(ApiError):
    """429: too many attempts. `retry_after` is the wait in seconds the service asked for."""

    default_fr = "Trop de tentatives. Patientez quelques minutes, puis réessayez."
    default_en = "Too many attempts. Wait a few minutes, then try again."

    def __init__(self, retry_after: float | None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        if retry_after is not None and "message_fr" not in kwargs:
            minutes = max(1, round(retry_after / 60))
            kwargs["message_fr"] = (
                f"Trop de tentatives. Réessayez dans {minutes} minute{'s' if minutes > 1 else ''}."
            )
            kwargs["message_en"] = (
                f"Too many attempts. Try again in {minutes} minute{'s' if minutes > 1 else ''}."
            )
        super().__init__(kwargs.pop("message_fr", None), kwargs.pop("message_en", None), **kwargs)


class ServiceUnavailable(ApiError):
    """5xx: the service is up but failing or overloaded; nothing reliable came back."""

    default_fr = (
        "Le service est momentanément indisponible. Réessayez dans quelques minutes ; une "
        "transaction transmise de nouveau ne sera pas faite deux fois."
    )
    default_en = (
        "The service is temporarily unavailable. Try again in a few minutes; a transaction "
        "sent again will not be done twice."
    )


class Offline(ServiceUnavailable):
    """No answer: the service cannot be reached, or it did not answer in time.

    `timed_out` is True when the request left but no answer came in time: a transaction may
    then have been done. Sending it again with the SAME `idempotency_key` is safe: the
    service replays the first answer instead of doing it twice.
    """

    default_fr = (
        "Le service ne répond pas. Vérifiez votre connexion réseau, puis réessayez ; une "
        "transaction transmise de nouveau ne sera pas faite deux fois."
    )
    default_en = (
        "The service does not answer. Check your network connection, then try again; a "
        "transaction sent again will not be done twice."
    )

    def __init__(self, *, timed_out: bool = False, **kwargs: Any) -> None:
        self.timed_out = timed_out
        super().__init__(kwargs.pop("message_fr", None), kwargs.pop("message_en", None), **kwargs)


class UntrustedCertificate(Offline):
    """The service's TLS certificate is not trusted by this workstation (nor valid for its
    address): nothing was sent. Offline for what follows (the cache stays readable), with a
    message that names the cause instead of the network."""

    default_fr = (
        "Le certificat de sécurité du service n'est pas reconnu par ce poste : la connexion a "
        "été refusée et rien n'a été transmis. Vérifiez l'adresse du service ; si elle est "
        "juste, demandez à votre service informatique d'installer le certificat de votre "
        "organisation."
    )
    default_en = (
        "This workstation does not recognize the service's security certificate: the "
        "connection was refused and nothing was sent. Check the service address; if it is "
        "right, ask your IT department to install your organization's certificate."
    )


class UnexpectedResponse(ApiError):
    """The answer did not have the expected shape (a service of another version?)."""

    default_fr = (
        "La réponse du service n'a pas la forme attendue : sa version est peut-être "
        "incompatible avec ce programme. Communiquez avec le soutien technique."
    )
    default_en = (
        "The service's answer does not have the expected shape: its version may not match "
        "this program. Contact technical support."
    )


def field_errors_from_problem(problem: Mapping[str, Any]) -> list[FieldError]:
    """The `errors` of a 422 problem as `FieldError`s; messages filled in from the shared
    catalogue when the service left them out."""
    out: list[FieldError] = []
    raw = problem.get("errors")
    if not isinstance(raw, list):
        return out
    for item in raw:
        if not isinstance(item, Mapping):
            continue
        code = str(item.get("code") or "invalid_value")
        fr_default, en_default = MESSAGES.get(code, MESSAGES["invalid_value"])
        out.append(
            FieldError(
                field=str(item.get("field") or ""),
                code=code,
                message_fr=str(item.get("message_fr") or fr_default),
                message_en=str(item.get("message_en") or en_default),
            )
        )
    return out
