"""The person's preferences, saved as JSON in the config folder; never a secret."""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import logging
import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app import paths
from app.domain.errors import FieldError

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"

Language = Literal["fr", "en"]
ServiceMode = Literal["embedded", "remote"]

# The URL rules' messages: codes are stable so the settings dialog can place them.
_URL_MESSAGES: dict[str, tuple[str, str]] = {
    "url_required": (
        "Indiquez l'adresse du service (par exemple https://procura.exemple.qc.ca).",
        "Enter the service's address (for example https://procura.example.com).",
    ),
    "url_invalid": (
        "Cette adresse n'est pas valide : elle doit ressembler à https://procura.exemple.qc.ca.",
        "This address is not valid: it should look like https://procura.example.com.",
    ),
    "url_not_https": (
        "L'adresse du service doit commencer par https:// ; http:// n'est permis que pour "
        "cet ordinateur (localhost, 127.0.0.1 ou ::1).",
        "The service's address must start with https://; http:// is only allowed for this "
        "computer (localhost, 127.0.0.1 or ::1).",
    ),
    "url_has_credentials": (
        "L'adresse ne doit contenir ni nom d'utilisateur ni mot de passe : retirez la partie "
        "qui précède « @ ».",
        "The address must not contain a user name or password: remove the part before '@'.",
    ),
}


def _url_error(code: str) -> FieldError:
    fr, en = _URL_MESSAGES[code]
    return FieldError("remote_url", code, fr, en)


def is_loopback_host(host: str) -> bool:
    """True for this computer: `localhost`, 127.0.0.0/8 or ::1."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_service_url(url: str) -> FieldError | None:
    """The rule for a remote service's address, or None when `url` is acceptable.

    https everywhere; plain http only for this computer, where nothing crosses a network.
    The error is a `FieldError` on field `remote_url` with French and English messages.
    """
    url = url.strip()
    if not url:
        return _url_error("url_required")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a port that is not a number in range
    except ValueError:
        return _url_error("url_invalid")
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return _url_error("url_invalid")
    if parts.username is not None or parts.password is not None:
        return _url_error("url_has_credentials")
    if parts.query or parts.fragment:
        return _url_error("url_invalid")
    if parts.scheme.lower() == "http" and not is_loopback_host(parts.hostname):
        return _url_error("url_not_https")
    return None


def normalise_service_url(url: str) -> str:
    """The canonical spelling of a service address: lower-case scheme and host, no final `/`.

    Two spellings of one service then share one remembered session in the keyring.
    """
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{netloc.lower()}{path}"


class Settings(BaseModel):
    """What the client remembers between runs. Secrets never go here: the session token
    lives in memory and, with «Se souvenir de moi», in the OS keyring (`app.secrets`)."""

    # Unknown keys (an older or newer version's, or a secret someone put there by hand) are
    # dropped on load and therefore never written back.
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: int = 1
    language: Language = "fr"
    service_mode: ServiceMode = "embedded"
    remote_url: str = ""
    last_user_code: str = Field(default="", max_length=64)
    remember_me: bool = False
    idle_lock_minutes: int = Field(default=15, ge=1, le=480)
    # QMainWindow.saveGeometry() as base64, so the JSON stays text.
    window_geometry: str = ""

    @field_validator("remote_url")
    @classmethod
    def _remote_url_is_safe(cls, value: str) -> str:
        if value and (error := check_service_url(value)) is not None:
            raise ValueError(error.message_en)
        return value.strip()

    @field_validator("window_geometry")
    @classmethod
    def _geometry_is_base64(cls, value: str) -> str:
        if value:
            try:
                base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError) as exc:
                raise ValueError("window_geometry must be base64") from exc
        return value

    def geometry_bytes(self) -> bytes:
        """The saved window geometry (for `restoreGeometry`), empty when none."""
        return base64.b64decode(self.window_geometry) if self.window_geometry else b""

    def set_geometry_bytes(self, data: bytes) -> None:
        """Keep `saveGeometry()`'s bytes."""
        self.window_geometry = base64.b64encode(data).decode("ascii")


def settings_path() -> Path:
    """Where the settings live: `<config folder>/settings.json`."""
    return paths.config_dir() / SETTINGS_FILE


def _set_aside(path: Path) -> None:
    backup = path.with_name(path.name + ".bak")
    try:
        os.replace(path, backup)
        log.warning("Settings file %s could not be read; kept aside as %s", path, backup)
    except OSError:
        log.warning("Settings file %s could not be read nor set aside", path, exc_info=True)


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; defaults when the file is missing or unreadable.

    Never raises: a corrupt file is renamed to `settings.json.bak` and defaults are used. A
    file that is valid JSON but has some bad values keeps its good values; the bad ones take
    their defaults (and the original is also kept as `.bak`).
    """
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError:
        log.warning("Settings file %s could not be read; using defaults", path, exc_info=True)
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:  # bad UTF-8 or bad JSON
        _set_aside(path)
        return Settings()
    if not isinstance(data, dict):
        _set_aside(path)
        return Settings()
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        log.warning(
            "Settings file %s has invalid values for %s; using defaults for them", path, sorted(bad)
        )
        _set_aside(path)
        try:
            return Settings.model_validate({k: v for k, v in data.items() if k not in bad})
        except ValidationError:
            return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically, readable by the owner only (0600)."""
    path = path or settings_path()
    paths.write_private_file(path, settings.model_dump_json(indent=2) + "\n")
