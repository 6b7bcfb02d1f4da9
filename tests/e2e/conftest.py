"""End-to-end tests drive the client's screens against the real service: the UI test fixtures
(qasync loop, `run_async`, the live service with the demo data, signed-in contexts)."""

from tests.ui.conftest import live_service, qasync_loop, run_async, signed_in

__all__ = ["live_service", "qasync_loop", "run_async", "signed_in"]
