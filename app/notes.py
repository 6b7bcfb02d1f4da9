"""The firm's own tags and notes on its clients, kept on this computer only.

The service knows nothing of them: they are the firm's working notes («TPS trimestrielle»,
«Fin d'exercice 31 mars», «À relancer»). One small JSON file per person and enterprise in the
data folder (`notes/<enterprise>-<user code>.json`), written whole through a temporary file
(a crash leaves the previous version) and readable by its owner only (mode 0600).

    notes = ClientNotes.for_user("MGA42CP", "1164829357")
    notes.set("1171035577", tags=["TPS trimestrielle", "À relancer"], note="Appeler en mars")
    notes.tags_of("1171035577")   # ('À relancer', 'TPS trimestrielle')
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import paths

log = logging.getLogger(__name__)

FORMAT = 1
TAG_MAX = 40
TAGS_PER_CLIENT = 20
NOTE_MAX = 5000
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ClientNote:
    """The tags (sorted, no duplicates) and the free note of one client."""

    tags: tuple[str, ...] = ()
    note: str = ""
    updated_at: datetime | None = None

    def is_empty(self) -> bool:
        return not self.tags and not self.note


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as kept: spaces collapsed, at most 40 characters each, no duplicates (ignoring
    case: the first spelling wins), at most 20, sorted."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = _SPACES.sub(" ", raw).strip()[:TAG_MAX].strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(sorted(seen.values(), key=_fold)[:TAGS_PER_CLIENT])


def _fold(text: str) -> str:
    """Sorting without accents or case: «à relancer» before «TPS»."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one field, separated by commas or semicolons."""
    return clean_tags(re.split(r"[,;]", text))


def notes_path(user_code: str, enterprise_id: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9]", "_", f"{enterprise_id}-{user_code}")
    return paths.data_dir() / "notes" / f"{safe}.json"


class ClientNotes:
    """The notes of one person for one enterprise's clients (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._notes: dict[str, ClientNote] = {}
        self._load()

    @classmethod
    def for_user(cls, user_code: str, enterprise_id: str) -> ClientNotes:
        return cls(notes_path(user_code, enterprise_id))

    # ---- reading -------------------------------------------------------------------------------

    def get(self, client_id: str) -> ClientNote:
        return self._notes.get(client_id, ClientNote())

    def tags_of(self, client_id: str) -> tuple[str, ...]:
        note = self._notes.get(client_id)
        return note.tags if note is not None else ()

    def note_of(self, client_id: str) -> str:
        note = self._notes.get(client_id)
        return note.note if note is not None else ""

    def all_tags(self) -> list[str]:
        """Every tag in use, each once (first spelling met), sorted."""
        return list(clean_tags(t for n in self._notes.values() for t in n.tags))

    def clients_tagged(self, tag: str) -> set[str]:
        wanted = tag.casefold()
        return {
            cid for cid, n in self._notes.items() if any(t.casefold() == wanted for t in n.tags)
        }

    def clients(self) -> list[str]:
        return sorted(self._notes)

    # ---- writing -------------------------------------------------------------------------------

    def set(
        self, client_id: str, *, tags: Iterable[str] | None = None, note: str | None = None
    ) -> ClientNote:
        """Replace the tags and/or the note of a client and save at once. An empty note with
        no tags removes the client from the file."""
        current = self.get(client_id)
        updated = ClientNote(
            tags=clean_tags(tags) if tags is not None else current.tags,
            note=(note if note is not None else current.note).strip()[:NOTE_MAX],
            updated_at=datetime.now(UTC),
        )
        if updated.is_empty():
            self._notes.pop(client_id, None)
        else:
            self._notes[client_id] = updated
        self.save()
        return updated

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "clients": {
                cid: {
                    "tags": list(n.tags),
                    "note": n.note,
                    "updated_at": n.updated_at.isoformat() if n.updated_at else None,
                }
                for cid, n in sorted(self._notes.items())
            },
        }
        paths.write_private_file(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def _load(self) -> None:
        try:
            raw = self.path.read_text("utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("Notes des clients illisibles (%s) : liste vide", type(exc).__name__)
            return
        try:
            data = json.loads(raw)
            clients = data.get("clients", {}) if isinstance(data, dict) else {}
            for cid, n in clients.items():
                when = n.get("updated_at")
                self._notes[str(cid)] = ClientNote(
                    tags=clean_tags(str(t) for t in n.get("tags", [])),
                    note=str(n.get("note", ""))[:NOTE_MAX],
                    updated_at=datetime.fromisoformat(when) if when else None,
                )
        except (ValueError, AttributeError, TypeError) as exc:
            # Keep the damaged file aside rather than overwrite what the person wrote.
            aside = self.path.with_suffix(".damaged.json")
            log.warning("Notes des clients endommagées (%s) : mises de côté", type(exc).__name__)
            self._notes.clear()
            with contextlib.suppress(OSError):
                self.path.replace(aside)
