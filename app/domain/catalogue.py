"""The catalogue of ministries, their services and functional blocks (resources/ministries.json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from app.domain.models import Ministry, Service

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
CATALOGUE_FILE = RESOURCES / "ministries.json"


@cache
def ministries() -> tuple[Ministry, ...]:
    data = json.loads(CATALOGUE_FILE.read_text("utf-8"))
    return tuple(Ministry.model_validate(m) for m in data["ministries"])


@cache
def by_code() -> dict[str, Ministry]:
    return {m.code: m for m in ministries()}


def walk(services: list[Service]) -> Iterator[Service]:
    for service in services:
        yield service
        yield from walk(service.children)


@cache
def service_codes(ministry: str) -> frozenset[str]:
    """Every service and functional block of a ministry, at any depth."""
    m = by_code().get(ministry)
    return frozenset(s.code for s in walk(m.services)) if m else frozenset()


def service_name(ministry: str, code: str) -> str:
    m = by_code().get(ministry)
    if m:
        for s in walk(m.services):
            if s.code == code:
                return s.name
    return code
