"""The sentences that say how fresh offline data is, for the status bar and printed lists."""

from __future__ import annotations

from datetime import datetime

from app.receipts.french import is_english, quebec_time, spelled_date


def data_time(instant: datetime, language: str = "fr") -> str:
    """«22 novembre 2026 à 14 h 03» / «November 22, 2026 at 2:03 p.m.», in Québec time."""
    local = quebec_time(instant)
    day = spelled_date(local.date(), language)
    if is_english(language):
        hour = local.hour % 12 or 12
        suffix = "a.m." if local.hour < 12 else "p.m."
        return f"{day} at {hour}:{local.minute:02d} {suffix}"
    return f"{day} à {local.hour} h {local.minute:02d}"


def offline_label(synced_at: datetime | None, language: str = "fr") -> str:
    """«Hors ligne — données au 22 novembre 2026 à 14 h 03»: shown in the status bar and
    printed on every list made while the service does not answer."""
    if is_english(language):
        if synced_at is None:
            return "Offline — no data saved on this computer"
        return f"Offline — data as of {data_time(synced_at, language)}"
    if synced_at is None:
        return "Hors ligne — aucune donnée enregistrée sur cet ordinateur"
    return f"Hors ligne — données au {data_time(synced_at, language)}"


def memory_only_label(language: str = "fr") -> str:
    """Said when no keyring can keep the cache's key: the lists are not kept after quitting."""
    if is_english(language):
        return "Offline data kept in memory only (no system keyring)"
    return "Données hors ligne en mémoire seulement (aucun trousseau de clés)"
