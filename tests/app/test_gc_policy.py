"""The collector's policy: a bulk build pauses it and freezes what it built, settling freezes
what lives and collects the young garbage, and the collector always comes back."""

from __future__ import annotations

import gc
import threading
import weakref

from app import gc_policy


def walked_by_the_collector(obj: object) -> bool:
    return any(o is obj for o in gc.get_objects())


class Row:
    def __init__(self, n: int) -> None:
        self.values: list[object] = [n]


def test_a_bulk_build_pauses_the_collector_and_freezes_what_it_built() -> None:
    assert gc.isenabled()
    with gc_policy.bulk():
        assert not gc.isenabled()
        built = [Row(i) for i in range(1000)]
    assert gc.isenabled()
    assert not walked_by_the_collector(built) and not walked_by_the_collector(built[500].values)
    row = weakref.ref(built[0])
    del built
    assert row() is None  # frozen, still freed by reference counting once dropped


def test_bulk_builds_nest_and_overlap_across_threads_and_the_collector_comes_back_last() -> None:
    started, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with gc_policy.bulk():
            started.set()
            release.wait(10)

    thread = threading.Thread(target=other_build)
    with gc_policy.bulk():
        with gc_policy.bulk():
            thread.start()
            assert started.wait(10)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's build still runs
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off() -> None:
    gc.disable()
    try:
        with gc_policy.bulk():
            pass
        gc_policy.settle()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_settling_collects_the_young_garbage_and_freezes_what_lives() -> None:
    cycle = Row(0)
    cycle.values.append(cycle)  # garbage only the collector can free
    gone = weakref.ref(cycle)
    del cycle
    kept = [Row(1)]
    gc_policy.settle()
    assert gone() is None
    assert not walked_by_the_collector(kept)


def test_garbage_made_before_a_bulk_build_is_collected_not_frozen_with_it() -> None:
    cycle = Row(0)
    cycle.values.append(cycle)
    gone = weakref.ref(cycle)
    del cycle
    with gc_policy.bulk():
        built = [Row(i) for i in range(10)]
    assert gone() is None
    assert not walked_by_the_collector(built)
