"""`OfflineApi` stands where the screens expect the `ApiClient`: each read it answers from the
cache takes what the client's takes, so a screen's call works online and offline alike.

(What the reads answer is compared with the service's in tests/app/test_sync.py.)"""

from __future__ import annotations

import inspect

import pytest

from app.api.client import ApiClient
from app.cache.offline_api import OfflineApi

READS = sorted(
    name
    for name, member in vars(OfflineApi).items()
    if not name.startswith("_") and inspect.iscoroutinefunction(member)
)


def parameters(method: object) -> dict[str, tuple[inspect._ParameterKind, object]]:
    """Name → (kind, default) of each parameter but `self` and a `**filters` catch-all."""
    return {
        p.name: (p.kind, p.default)
        for p in inspect.signature(method).parameters.values()  # type: ignore[arg-type]
        if p.name != "self" and p.kind is not inspect.Parameter.VAR_KEYWORD
    }


def test_the_offline_reads_are_the_client_reads() -> None:
    assert {"users", "all_users", "procurations", "receipts", "messages", "me"} <= set(READS)
    assert all(callable(getattr(ApiClient, name, None)) for name in READS)


@pytest.mark.parametrize("name", READS)
def test_an_offline_read_takes_the_client_read_parameters(name: str) -> None:
    client = parameters(getattr(ApiClient, name))
    offline = getattr(OfflineApi, name)
    if name.startswith("all_"):
        # `all_x(page_size=…, **filters)` hands its filters to `x`: those are checked there.
        assert parameters(offline) == {"page_size": client.pop("page_size")}
        assert client.keys() <= parameters(getattr(OfflineApi, name.removeprefix("all_"))).keys()
    else:
        assert parameters(offline) == client
