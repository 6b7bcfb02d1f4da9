"""`make translations`: refresh the .ts files from the sources, then build the .qm files.

Also builds `procura_pseudo.qm`, the pseudo-locale (`app.i18n_pseudo`: every French string
accented and 40 % longer), from the French .ts; its .ts is not kept.
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


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"procura_{lang}.ts"
        if sources:
            subprocess.run(  # noqa: S603 — our own tool, our own file list
                [
                    _tool("pyside6-lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-source-language",
                    "fr",
                    "-target-language",
                    lang,
                    *sources,
                    "-ts",
                    str(ts),
                ],
                check=True,
            )
        if ts.exists():
            subprocess.run(  # noqa: S603
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )
    french = TS_DIR / "procura_fr.ts"
    if french.exists():
        with tempfile.TemporaryDirectory() as tmp:
            pseudo = Path(tmp) / "procura_pseudo.ts"
            write_pseudo_ts(french, pseudo)
            subprocess.run(  # noqa: S603
                [_tool("pyside6-lrelease"), "-silent", str(pseudo), "-qm", str(PSEUDO_QM)],
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
