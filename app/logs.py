"""The client's log: a rotating file in the platform's log folder, with secrets masked out."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from app.paths import log_dir as default_log_dir

LOG_FILE_NAME = "procura.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MASK = "***"

_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

# The key names whose values are secrets: passwords of every kind (password, new_password,
# temporary_password, mot_de_passe…), tokens (token, access_token…), the enterprise's express
# code, API keys. The name must END with the word, so `password_change_required: true` or
# `token_expires_at` stay readable.
_MASKED_NAMES = (
    r"[\w.-]*(?:password|passwd|pwd|mot_de_passe|token|secret|api[_-]?key|express[_-]?code"
    r"|authorization|cookie)"
)
# key=value, key: value, "key": "value", 'key': 'value', key='value' (a pydantic repr), and
# query strings (?token=…&…). The value is a quoted string or a bare run up to a delimiter.
_KEY_VALUE = re.compile(
    r"(?P<key>[\"']?\b" + _MASKED_NAMES + r"[\"']?)"
    r"(?P<sep>\s*[:=]\s*)"
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"
    # An Authorization header value is a scheme and a credential: «Bearer abc», «Basic xyz».
    r"|(?:Bearer|Basic|Digest|Token)\s+[^\s,;&)}\]\"']+"
    # A bare value; one opening a structure ({…} or […]) is not a secret itself.
    r"|[^\s,;&)}\]\"'{\[(][^\s,;&)}\]\"']*)",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\b(Bearer|Basic|Token)\s+[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE)
# A JSON Web Token anywhere, whatever surrounds it.
_JWT = re.compile(r"\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*")
# The French sentence a receipt uses: «mot de passe temporaire : Xy12…».
_FRENCH_PASSWORD = re.compile(r"(?P<key>mot de passe(?: temporaire)?\s*:\s*)(?P<value>\S+)", re.I)


def _mask_value(match: re.Match[str]) -> str:
    value = match.group("value")
    if value[:1] in "\"'":
        masked = value[0] + MASK + value[0]
    elif " " in value:  # «Bearer abc»: keep the scheme, it helps reading the log
        masked = value.split(None, 1)[0] + " " + MASK
    else:
        masked = MASK
    return match.group("key") + match.group("sep") + masked


def redact(text: str) -> str:
    """`text` with every secret it seems to contain replaced by `***`.

    Masks `Bearer <token>` (and Basic/Token schemes), `Authorization` headers, the values of
    keys ending in password/token/secret/api_key/express_code in `key=value`, `key: value`,
    JSON and Python-repr shapes, JSON Web Tokens, and «mot de passe temporaire : …».
    """
    text = _KEY_VALUE.sub(_mask_value, text)
    text = _BEARER.sub(lambda m: m.group(1) + " " + MASK, text)
    text = _JWT.sub(MASK, text)
    return _FRENCH_PASSWORD.sub(lambda m: m.group("key") + MASK, text)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message, exception text and stack before any handler writes it.

    Installed on the handler (not a logger) so records propagated from every library's logger
    (httpx, uvicorn, asyncio…) pass through it too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg = message
        record.args = None
        if record.exc_info and not record.exc_text:
            # The formatter would render the traceback after the filters ran: render it now,
            # masked; Formatter.format() reuses exc_text when it is set.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_handler: logging.Handler | None = None
_previous_level: int | None = None


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send every log record to a rotating file and return that file's path.

    The folder is `log_dir` if given, else `PROCURA_LOG_DIR`, else the platform's log folder
    (platformdirs `user_log_dir("procura")`). The file is `procura.log`, rotated at 1 MB with 5
    backups. Secrets are masked by `RedactingFilter`. Calling it again replaces the handler it
    installed before (it never stacks handlers); `close_logging()` removes it.
    """
    global _handler, _previous_level
    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_FILE_NAME
    close_logging()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    handler.setLevel(level)
    root = logging.getLogger()
    _previous_level = root.level
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    root.addHandler(handler)
    _handler = handler
    # The log may hold names and addresses: readable by its owner only.
    if os.name == "posix":
        path.chmod(0o600)
    return path


def log_file() -> Path | None:
    """The file `setup_logging()` writes to, or None before it ran."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def close_logging() -> None:
    """Flush, close and remove the handler `setup_logging()` installed (no-op if none)."""
    global _handler, _previous_level
    if _handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(_handler)
    _handler.close()
    _handler = None
    if _previous_level is not None:
        root.setLevel(_previous_level)
        _previous_level = None
