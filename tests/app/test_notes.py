"""The firm's own tags and notes on its clients, kept on this computer."""

from __future__ import annotations

import stat

from app.notes import ClientNotes, notes_path, split_tags


def test_notes_are_kept_per_person_and_enterprise_privately(procura_dirs: object) -> None:
    notes = ClientNotes.for_user("MGA42CP", "1164829357")
    notes.set(
        "1171035577",
        tags=split_tags("TPS trimestrielle, à relancer; TPS TRIMESTRIELLE"),
        note=" Appeler en mars ",
    )
    notes.set("2200000001", tags=["Fin d'exercice 31 mars"])
    path = notes_path("MGA42CP", "1164829357")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = ClientNotes.for_user("MGA42CP", "1164829357")
    assert again.tags_of("1171035577") == ("à relancer", "TPS trimestrielle")
    assert again.note_of("1171035577") == "Appeler en mars"
    assert again.all_tags() == ["à relancer", "Fin d'exercice 31 mars", "TPS trimestrielle"]
    assert again.clients_tagged("tps trimestrielle") == {"1171035577"}
    # Another person of the same firm has their own notes.
    assert ClientNotes.for_user("ABE63RG", "1164829357").clients() == []
    # Emptied: the client leaves the file.
    again.set("2200000001", tags=[], note="")
    assert ClientNotes.for_user("MGA42CP", "1164829357").clients() == ["1171035577"]


def test_a_damaged_notes_file_is_put_aside_not_overwritten(procura_dirs: object) -> None:
    path = notes_path("MGA42CP", "1164829357")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{pas du json", "utf-8")
    notes = ClientNotes.for_user("MGA42CP", "1164829357")
    assert notes.clients() == []
    assert path.with_suffix(".damaged.json").read_text("utf-8") == "{pas du json"
