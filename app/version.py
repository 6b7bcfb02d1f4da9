"""The program's version number: the one of `pyproject.toml`, as the installed package reports it.

`pyproject.toml` is the only place it is written. At run time it comes from the package's
metadata (`importlib.metadata`), which `pip install` writes from `pyproject.toml` and which the
PyInstaller build copies into the bundle; the packaging scripts read `pyproject.toml` itself.
"""

from __future__ import annotations

import functools
import tomllib
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as distribution_version
from pathlib import Path

DISTRIBUTION = "procura"
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
UNKNOWN = "0+inconnue"


@functools.cache
def version() -> str:
    """«0.1.0»: the installed package's version, else (a source tree never installed) the one
    written in `pyproject.toml`, else «0+inconnue»."""
    try:
        return distribution_version(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    try:
        project = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]
        return str(project["version"])
    except (OSError, ValueError, KeyError):
        return UNKNOWN
