"""`make translations`: refresh the .ts files from the sources, then build the .qm files.

Also builds `procura_pseudo.qm`, the pseudo-locale (`app.i18n_pseudo`: every French string
accented and 40 % longer), from the French .ts; its .ts is not kept. The steps are functions of
their own, so the tests can run them on the current sources into a folder of their own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.i18n_pseudo import write_pseudo_ts

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
PSEUDO_QM = TS_DIR / "procura_pseudo.qm"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} introuvable : installez PySide6-Essentials.")
    return found


def sources() -> list[str]:
    """The files whose `tr()` texts are translated: every module of `ui/`."""
    return sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))


def update_ts(ts: Path, language: str) -> None:
    """Bring `ts` up to date with the sources (new texts unfinished, gone texts dropped); the
    translations it already holds are kept."""
    subprocess.run(  # noqa: S603 — our own tool, our own file list
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-source-language",
            "fr",
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` (unfinished translations left out: the French text shows)."""
    subprocess.run(  # noqa: S603
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )


def build_pseudo(french_ts: Path, qm: Path) -> None:
    """Compile the pseudo-locale of the texts of `french_ts` into `qm`."""
    with tempfile.TemporaryDirectory() as tmp:
        pseudo = Path(tmp) / "procura_pseudo.ts"
        write_pseudo_ts(french_ts, pseudo)
        release(pseudo, qm)


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"procura_{lang}.ts"
        update_ts(ts, lang)
        release(ts, ts.with_suffix(".qm"))
    build_pseudo(TS_DIR / "procura_fr.ts", PSEUDO_QM)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
