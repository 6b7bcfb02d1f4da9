"""The client's folders on this computer: configuration, data, logs and cache."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "procura"


def _folder(env_var: str, default: str) -> Path:
    # Tests and portable installs point these elsewhere; the environment wins.
    override = os.environ.get(env_var)
    path = Path(override) if override else Path(default)
    # 0700: the folders hold the person's settings and the embedded service's database.
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    """Settings (`settings.json`). Override: `PROCURA_CONFIG_DIR`."""
    return _folder("PROCURA_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    """The embedded service's database and state file. Override: `PROCURA_DATA_DIR`."""
    return _folder("PROCURA_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def log_dir() -> Path:
    """Rotating log files. Override: `PROCURA_LOG_DIR`."""
    return _folder("PROCURA_LOG_DIR", platformdirs.user_log_dir(APP_NAME))


def cache_dir() -> Path:
    """The offline store and other disposable files. Override: `PROCURA_CACHE_DIR`."""
    return _folder("PROCURA_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def write_private_file(path: Path, text: str) -> None:
    """Replace `path` with `text` atomically, readable by its owner only (mode 0600).

    A crash mid-write leaves the previous file whole: the text goes to a temporary file in the
    same folder, is flushed to disk, then renamed over the target.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkstemp creates the file with mode 0600 from the start: no window where others can read.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
