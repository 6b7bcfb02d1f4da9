"""The cyclic garbage collector kept from stalling the window.

CPython 3.11's collector is not incremental: a full pass walks every object that can hold
references with the interpreter lock held, whichever thread set it off, and the window's
thread waits meanwhile. On the 2-core reference machine that is about 0.4 µs an object: 40 to
110 ms for the 120 000 to 220 000 objects of a client once its modules are imported (measured
as the stalls of signing in and of a full sync), seconds for a portfolio of 100 000
procurations (some twenty objects each).

The policy: what lives for the session is taken out of the collector's sight once it is built
(`gc.freeze()`) — the modules imported at start-up, the session's objects when a sync starts,
the lists read from the offline cache. Full passes then only walk what is recent, in a few ms.
Frozen objects are still freed by reference counting when dropped (rows, models and modules
form no cycles); only a cycle already garbage at that moment would never be collected. To keep
that small, the young garbage is collected first (a pass over the recent objects only, a few
ms): what can still be caught is garbage made by other threads during a bulk build — a cost
accepted for a window that never stalls.

    with bulk():                  # many long-lived objects built at once
        rows = [build(x) for x in data]
    settle()                      # what is alive now lives for the session
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pauses = 0  # bulk() sections running, in any thread
_was_enabled = True  # the collector's state when the first of them started


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Build many long-lived objects: the collector is paused meanwhile (it would walk them
    again and again while they cannot be garbage yet) and what was built is frozen at the
    end (else the first collection after it would walk all of it at once). Nests, and may
    run in several threads at once: the collector comes back when the last one ends."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            if _was_enabled:
                gc.collect(1)  # the young garbage, not to be frozen with what is built
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            gc.freeze()
            if _pauses == 0 and _was_enabled:
                gc.enable()


def settle() -> None:
    """Everything alive now lives for the session: the young garbage is collected (a pass over
    the recent objects only) and the rest frozen, out of the collector's full passes."""
    with _lock:
        if _pauses == 0 and gc.isenabled():
            gc.collect(1)
        gc.freeze()
