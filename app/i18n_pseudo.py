"""The pseudo-locale: every French source string accented and lengthened by 40 %, to find clipped
and hard-coded texts on screen («Ĝéšţîöñ~~ ðéš~ ûţîļîšåţéûŕš~~~~»).

`pseudo_text(text)` keeps what the program reads in a translation: placeholders (`{0}`, `{n}`,
`%1`, `%n`), the mnemonic letter after `&` (Alt shortcuts stay the same), `&&`, HTML tags and
entities, and line breaks. Each word gets 40 % more characters (`~`), so a word-wrapped text
still wraps between words, and the whole text is framed by «[» and «]»: a visible text without
them did not go through the translation. `make translations` builds
`resources/translations/procura_pseudo.qm` from the French .ts with it (`procura --language
pseudo`).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

OPEN, CLOSE = "[", "]"
GROWTH = 0.4

_ACCENTS = str.maketrans(
    "abcdeghijklnoprstuwyzABCDEGHIJKLNOPRSTUWYZ",
    "åƀçðéĝĥîĵķļñöþŕšţûŵýžÅƁÇÐÉĜĤÎĴĶĻÑÖÞŔŠŢÛŴÝŽ",
)
# What must reach the program untouched: placeholders, mnemonics, markup, entities.
_KEEP = re.compile(
    r"\{[^{}]*\}"  # {0} {n} {name}
    r"|%L?\d+|%n"  # %1 %L1 %n
    r"|&&"  # a literal ampersand
    r"|&#?\w+;"  # entities
    r"|&\S"  # a mnemonic and its letter
    r"|<[^<>]+>"  # tags
    r"|\s+"  # spaces and line breaks: words are padded one by one
)


def _pad(word: str) -> str:
    return word.translate(_ACCENTS) + "~" * math.ceil(len(word) * GROWTH)


# A file dialog's filter ends with its patterns, «Calendrier (*.ics)»: they stay outside.
_FILE_PATTERNS = re.compile(r"\s*\([^()]*\*[^()]*\)$")


def pseudo_text(text: str) -> str:
    """`text` accented, 40 % longer, framed by [ ], with its placeholders and markup kept."""
    if not text.strip():
        return text
    patterns = _FILE_PATTERNS.search(text)
    if patterns and patterns.start() > 0:
        return pseudo_text(text[: patterns.start()]) + patterns.group()
    out: list[str] = []
    position = 0
    for found in _KEEP.finditer(text):
        if found.start() > position:
            out.append(_pad(text[position : found.start()]))
        out.append(found.group())
        position = found.end()
    if position < len(text):
        out.append(_pad(text[position:]))
    return OPEN + "".join(out) + CLOSE


def write_pseudo_ts(source_ts: Path, target_ts: Path) -> int:
    """Write `target_ts`, a copy of `source_ts` whose every message is translated by
    `pseudo_text` of its source (numerus forms included). Returns the number of messages."""
    tree = ET.parse(source_ts)  # noqa: S314 — our own .ts, written by lupdate
    root = tree.getroot()
    root.set("language", "fr_CA")
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
        count += 1
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)
    return count
