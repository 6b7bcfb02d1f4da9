"""List-scale benchmark of the client: the portfolio at 100 000 and 1 000 000 procurations.

Run: `.venv/bin/python bench/client_lists.py [--sizes 100000 1000000] [--sync-rows 100000]`

Each size runs in a fresh child process (so its peak memory is its own), offscreen, with
private folders and a cache key made for the run:

1. Generate N procurations received by an accounting firm from N/20 client enterprises (with
   rights on one to three ministries, states, end dates over five years), an assignment in
   force for 80 % of them (50 staff members) and the staff's user records; write them to an
   offline cache file (`app.cache.CacheStore`, encrypted) as a sync would — not timed as a
   target, reported as `cache_build_s`.
2. cache open → first paint: from nothing in memory, open the cache file, read and decrypt the
   lists (in a worker thread, as the screen does), build the portfolio rows, groups and
   filters (`ui.views.portfolio.PortfolioView` in offline mode, the real screen), and wait for
   the table's first paint event.
3. sort: click each column's header (through the view, so the view's own work counts), first
   time (keys computed) and again (keys cached), ascending then descending; the worst.
4. filter per keystroke: type «garage tremblay» one character at a time in the search box
   (after the search text was built, right after the first paint; its build is reported as
   `search_index_ms`), the worst and the median keystroke.
5. filter choice: «AC» chosen in the État combo (`filter_choice_ms`: until the list filtered
   and its groups recounted have painted, work done in a worker thread included), then «Tous
   les états» again (`filter_choice_back_*`).
6. the «Procurations» scope (`scope_choice_ms`): «Toutes» chosen, until its rows sorted, the
   filters' choices and the groups have painted; then «Reçues des clients» again
   (`scope_choice_back_*`).
7. «Notes du cabinet» (`notes_save_ms`): a tag saved for the client of the row selected, the
   list sorted by client, until the table has painted; then another with the list sorted by
   «Étiquettes» (`notes_save_tag_sorted_*`, the whole order changes).
8. a refresh while «AC» is chosen in the État combo (`refresh_filtered_ms`): the screen's
   `refresh()` with the lists it shows given again as the service's answer (no network: the
   rows built, sorted, filtered and counted again for the new data).
9. scroll to the end: `scrollToBottom()` until the table has painted.
10. the «Qui peut agir pour qui» tab (`matrix_tab_ms`): a click on the tab until its grid has
   painted the rights matrix of every assignment (built in a worker thread).
11. peak memory: the child's peak resident set (`getrusage`), and tracemalloc is not used (it
   slows every allocation).

For 5 to 8 and 10, which may hand their work to a worker thread, `*_qt_ms` is what the window
feels: the longest event-loop stall from the click until the result has painted, measured as
the sync's (below: a 5 ms QTimer probe on the Qt thread, the wait for a CPU taken out), and
`*_qt_cpu_ms` the Qt thread's CPU time over the same span.

Then, with `--sync-rows`, the longest event-loop stall during a full sync (`app.sync`) of that
many procurations from the service, running in its own process on 127.0.0.1 (its database
seeded directly for the run): a 5 ms QTimer probe on the Qt thread; on Linux the time the
machine kept the thread waiting for a CPU is taken out (as tests/ui/test_no_stall.py does).

Targets at 100 000 rows: first paint ≤ 500 ms, sort ≤ 200 ms, filter ≤ 50 ms, stall ≤ 50 ms
(during the sync, the filter choice, the scope choice, a note saved, a refresh while
filtered and the opening of the matrix's tab).
The last line printed is one JSON object with every figure. Times are wall-clock; `*_cpu_ms`
beside them are CPU times (the Qt thread's for sort and filter, the whole process's for the
first paint, background reading included): on a shared, loaded machine the wall-clock figures
grow with the other programs' load, the CPU ones much less.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS_MS = {
    "first_paint_ms": 500,
    "sort_ms": 200,
    "filter_ms": 50,
    "filter_choice_qt_ms": 50,
    "matrix_tab_qt_ms": 50,
    "scope_choice_qt_ms": 50,
    "notes_save_qt_ms": 50,
    "notes_save_tag_sorted_qt_ms": 50,
    "refresh_filtered_qt_ms": 50,
    "sync_stall_ms": 50,
}
FIRM_ID = "1164829357"
STAFF = 50
KINDS = [
    "Garage", "Boulangerie", "Quincaillerie", "Transport", "Érablière", "Ferme", "Construction",
    "Plomberie", "Électricité", "Restaurant", "Clinique dentaire", "Imprimerie", "Pharmacie",
]  # fmt: skip
NAMES = [
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette",
]  # fmt: skip
MANDATES = [
    ("Déclarations TPS/TVQ", "RQ", ["RQ-TVQ-DECL"]),
    ("Taxes et paiements", "RQ", ["RQ-TVQ-DECL", "RQ-TVQ-PAIE"]),
    ("Retenues à la source", "RQ", ["RQ-RETEN"]),
    ("Mandat fiscal complet", "RQ", []),
    ("Déclaration des salaires", "CNESST", ["CNESST-DECL"]),
    ("Mise à jour annuelle", "REQ", ["REQ-DECL"]),
    ("Équité salariale", "EQS", ["EQS-DEC"]),
    ("SAAQclic Commerçants", "SAAQ", ["SAAQ-IMMAT", "SAAQ-HIST"]),
]


# ---- data -------------------------------------------------------------------------------------


def generate(count: int, seed: int = 20191129) -> tuple[list[Any], list[Any], list[Any]]:
    """(procurations received, assignments in force, staff users) of a firm with `count`
    procurations from count/20 clients."""
    from app.domain.common import Access, ProcurationState, ProcurationType, Role, UserState
    from app.domain.models import Assignment, EnterpriseRef, Procuration, Right, User

    rng = random.Random(seed)
    today = date.today()
    firm = EnterpriseRef(id=FIRM_ID, name="Gagnon Comptables CPA inc.")
    clients = [
        EnterpriseRef(
            id=f"{2_000_000_000 + i:010d}",
            name=f"{rng.choice(KINDS)} {rng.choice(NAMES)} {i} inc.",
        )
        for i in range(max(1, count // 20))
    ]
    staff = [
        User(
            user_code=f"ST{i:03d}XX",
            last_name=rng.choice(NAMES),
            first_name=f"Prénom{i}",
            role=Role.UTILISATEUR,
            state=UserState.ACTIF,
            email=f"staff{i}@example.ca",
            phone="4185550100",
        )
        for i in range(STAFF)
    ]
    states = [ProcurationState.AC] * 17 + [ProcurationState.EC, ProcurationState.RV]
    states += [ProcurationState.RF]
    procurations = []
    assignments = []
    for i in range(count):
        picks = rng.sample(MANDATES, rng.randrange(1, 4))
        rights = []
        seen: set[str] = set()
        for _label, ministry, services in picks:
            if ministry in seen:
                continue
            seen.add(ministry)
            rights.append(
                Right(
                    ministry=ministry,
                    access=Access.RESTRICTED if services else Access.UNRESTRICTED,
                    services=services,
                )
            )
        end = today + timedelta(days=rng.randrange(-200, 1000))
        state = rng.choice(states)
        if end < today and state is ProcurationState.AC:
            state = ProcurationState.EC
        p = Procuration(
            id=f"{rng.getrandbits(128):032x}",
            type=ProcurationType.EXTERNE,
            mandant=clients[i % len(clients)],
            mandataire=firm,
            start_date=end - timedelta(days=rng.randrange(100, 1000)),
            end_date=end,
            description=" et ".join(label for label, _m, _s in picks),
            rights=rights,
            state=state,
            assigned=state is ProcurationState.AC,
            version=1,
        )
        procurations.append(p)
        if state is ProcurationState.AC and rng.random() < 0.8:
            holder = staff[rng.randrange(STAFF)]
            assignments.append(
                Assignment(
                    id=str(i + 1),
                    procuration_id=p.id,
                    user_code=holder.user_code,
                    last_name=holder.last_name,
                    first_name=holder.first_name,
                    start_date=p.start_date,
                    end_date=p.end_date,
                    active=True,
                    procuration_description=p.description,
                    mandant=p.mandant,
                )
            )
    return procurations, assignments, staff


# ---- one size, in a child process --------------------------------------------------------------


def child_lists(count: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from app.cache.store import KEY_BYTES, CacheOwner, CacheStore
    from app.domain.changes import ChangeKind
    from app.domain.common import Role
    from app.domain.models import EnterpriseRef, Me
    from app.settings import Settings
    from ui.context import AppContext

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    out: dict[str, Any] = {"rows": count}

    folder = Path(tempfile.mkdtemp(prefix="procura-bench-"))
    path, key = folder / "offline.sqlite", os.urandom(KEY_BYTES)
    owner = CacheOwner("bench://client-lists", "MGA42CP")
    me = Me(
        user_code="MGA42CP",
        last_name="Gagnon",
        first_name="Mélanie",
        role=Role.RSE,
        enterprise=EnterpriseRef(id=FIRM_ID, name="Gagnon Comptables CPA inc."),
    )
    started = time.perf_counter()
    procurations, assignments, staff = generate(count)
    out["generate_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    store = CacheStore.open(path, key, owner)
    store.set_identity(me)
    store.begin_full()
    for start in range(0, len(procurations), 5000):
        store.stage(ChangeKind.RECEIVED, procurations[start : start + 5000])
    for start in range(0, len(assignments), 5000):
        store.stage(ChangeKind.ASSIGNMENTS, assignments[start : start + 5000])
    store.stage(ChangeKind.USERS, staff)
    store.commit_full(
        [ChangeKind.RECEIVED, ChangeKind.ASSIGNMENTS, ChangeKind.USERS],
        cursor="bench",
        synced_at=datetime.now(UTC),
    )
    store.close()
    out["cache_build_s"] = round(time.perf_counter() - started, 2)
    out["cache_file_mb"] = round(path.stat().st_size / 2**20, 1)
    del procurations, assignments, staff, store
    import gc

    gc.collect()

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    class LastPaint(QObject):
        """When the widgets watched last painted (after `since`). Watched one by one: a
        Python filter on the whole application is given every widget, and one of a class
        PySide has not wrapped yet makes it wrap them all (30 ms, once)."""

        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None
            self._since = 0.0
            self.filters: list[tuple[QObject, QObject]] = []  # (widget, its filter)

        def since(self, t: float) -> None:
            self._since, self.at = t, None

        def watch(self, widget: QObject, through: QObject | None = None) -> None:
            through = through or self
            widget.installEventFilter(through)
            self.filters.append((widget, through))

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                now = time.perf_counter()
                if now >= self._since:
                    self.at = now
            return False

        def close(self) -> None:
            for widget, through in self.filters:
                widget.removeEventFilter(through)

    class WhenPolished(QObject):
        """`found(child)` for each child of the widget it filters, when polished (before its
        first paint): the matrix's widget, made once its tab is chosen."""

        def __init__(self, found: Any) -> None:
            super().__init__()
            self.found = found

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.ChildPolished:
                self.found(event.child())  # type: ignore[attr-defined]
            return False

    async def measure() -> None:
        from ui.views.portfolio import PortfolioView

        watch = PaintWatch()
        t0, c0 = time.perf_counter(), time.process_time()
        cache = await asyncio.to_thread(CacheStore.open, path, key, owner)
        ctx = AppContext(api=None, me=me, settings=Settings(), online=False)  # type: ignore[arg-type]
        ctx.cache = cache  # type: ignore[attr-defined]
        view = PortfolioView(ctx)
        view.resize(1400, 820)
        view.table.viewport().installEventFilter(watch)
        view.show()
        loading = asyncio.ensure_future(view.refresh())
        while not (watch.painted and view.model.total_count()):
            watch.painted = watch.painted and view.model.total_count() > 0
            await asyncio.sleep(0)
        out["first_paint_ms"] = round((time.perf_counter() - t0) * 1000)
        out["first_paint_cpu_ms"] = round((time.process_time() - c0) * 1000)
        out["first_paint_rows"] = view.model.total_count()
        await loading
        out["all_rows_ms"] = round((time.perf_counter() - t0) * 1000)
        out["rows_shown"] = view.model.total_count()
        # Search text and sort keys are built in a worker thread after the paint.
        t = time.perf_counter()
        await view.prepare_task
        out["background_prepare_ms"] = round((time.perf_counter() - t) * 1000)

        def timed(action: Any) -> tuple[float, float]:
            t, c = time.perf_counter(), time.thread_time()
            action()
            app.processEvents()
            return (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000

        headers = [" ".join(c.header.split()) for c in view.model.columns()]
        sorts = []
        for column in range(len(headers)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                sorts.append(timed(lambda c=column, o=order: view.table.sortByColumn(c, o)))
        out["sort_ms"] = round(max(w for w, _c in sorts))
        out["sort_cpu_ms"] = round(max(c for _w, c in sorts))
        # Clicked before the background keys are ready: the keys of that column on demand.
        cold = []
        for column in range(len(headers)):
            view.model._keys.clear()
            cold.append(
                timed(lambda c=column: view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder))
            )
        out["sort_cold_ms"] = {h: round(w) for h, (w, _c) in zip(headers, cold, strict=True)}
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        keystrokes = []
        word = "garage tremblay"
        for n in range(1, len(word) + 1):
            keystrokes.append(timed(lambda n=n: view.search.setText(word[:n])))
        out["filter_ms"] = round(max(w for w, _c in keystrokes))
        out["filter_cpu_ms"] = round(max(c for _w, c in keystrokes))
        out["filter_median_ms"] = round(statistics.median(w for w, _c in keystrokes))
        out["filter_shown"] = view.model.visible_count()
        out["clear_search_ms"] = round(timed(lambda: view.search.setText(""))[0])
        combo = view.state_filter

        def filtered() -> list[Any]:
            return [getattr(view, "filter_task", None)]

        def table(painted: LastPaint) -> None:
            painted.watch(view.table.viewport())

        await interaction(
            "filter_choice", lambda: combo.setCurrentIndex(combo.findData("AC")), filtered, table
        )
        out["filter_choice_shown"] = view.model.visible_count()
        await interaction("filter_choice_back", lambda: combo.setCurrentIndex(0), filtered, table)
        out["filter_choice_back_shown"] = view.model.visible_count()

        # The «Procurations» scope: «Toutes» chosen, then «Reçues des clients» again.
        def scoped() -> list[Any]:
            return [getattr(view, "scope_task", None), getattr(view, "filter_task", None)]

        scope = view.scope
        await interaction(
            "scope_choice", lambda: scope.setCurrentIndex(scope.findData("all")), scoped, table
        )
        out["scope_choice_shown"] = view.model.visible_count()
        await interaction(
            "scope_choice_back",
            lambda: scope.setCurrentIndex(scope.findData("received")),
            scoped,
            table,
        )
        out["scope_choice_back_shown"] = view.model.visible_count()

        # «Notes du cabinet»: a tag saved for the client of the row selected (list sorted by
        # client), then another with the list sorted by «Étiquettes».
        def noted() -> list[Any]:
            return [
                getattr(view, "notes_task", None),
                getattr(view, "filter_task", None),
                getattr(view, "prepare_task", None),
            ]

        def save_tag(tag: str) -> Any:
            def action() -> None:
                view.tags_edit.setText(tag)
                view.save_notes()

            return action

        tags_column = len(headers) - 1
        rows = view.model.rows()
        view.select_ids({rows[len(rows) // 2].id})
        app.processEvents()
        await interaction("notes_save", save_tag("À relancer"), noted, table)
        out["notes_save_selected"] = len(view.selected_rows())
        view.table.sortByColumn(tags_column, Qt.SortOrder.DescendingOrder)
        view.select_ids({rows[len(rows) // 3].id})
        app.processEvents()
        await interaction("notes_save_tag_sorted", save_tag("TPS trimestrielle"), noted, table)
        out["notes_save_tag_sorted_selected"] = len(view.selected_rows())
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        # A refresh while a filter is chosen (the lists as the service would give them: the
        # same, without the network): rows, filter and groups for the new data.
        import ui.views.portfolio as portfolio_module

        async def same_data(_ctx: Any, on_first: Any = None) -> Any:
            from dataclasses import replace

            return replace(view.data)  # new data, the same lists

        portfolio_module.load_portfolio = same_data  # type: ignore[assignment]
        await interaction(
            "filter_choice_again",
            lambda: combo.setCurrentIndex(combo.findData("AC")),
            filtered,
            table,
        )
        refreshing: list[Any] = []

        def refreshed() -> list[Any]:
            return [*refreshing, getattr(view, "filter_task", None)]

        await interaction(
            "refresh_filtered",
            lambda: refreshing.append(asyncio.ensure_future(view.refresh())),
            refreshed,
            table,
        )
        out["refresh_filtered_shown"] = view.model.visible_count()
        await interaction(
            "filter_choice_back_again", lambda: combo.setCurrentIndex(0), filtered, table
        )

        view.table.scrollToTop()
        app.processEvents()
        watch.painted = False
        t = time.perf_counter()
        view.table.scrollToBottom()
        while not watch.painted:
            app.processEvents()
        out["scroll_to_end_ms"] = round((time.perf_counter() - t) * 1000)

        def matrix_tasks() -> list[Any]:
            widget = getattr(view, "matrix_widget", None)
            return [getattr(view, "matrix_task", None), getattr(widget, "refresh_task", None)]

        def grid(painted: LastPaint) -> None:
            def found(child: QObject) -> None:
                if child is view.matrix_widget or hasattr(child, "grid"):
                    painted.watch(child.grid.viewport())  # type: ignore[attr-defined]

            painted.watch(view.matrix_tab, WhenPolished(found))

        # A click on the tab: the grants built in a worker thread.
        await interaction("matrix_tab", lambda: view.tabs.setCurrentIndex(1), matrix_tasks, grid)
        widget = view.matrix_widget
        out["matrix_people"] = widget.model.rowCount() if widget is not None else None
        cache.close()

    async def interaction(name: str, action: Any, tasks: Any, watch: Any) -> None:
        """`action()`, then the loop runs until the tasks `tasks()` lists are done and the
        table `watch(painted)` had watched has painted: `{name}_ms` on the clock,
        `{name}_qt_ms` the longest stall of the event loop meanwhile, `{name}_qt_cpu_ms` the
        Qt thread's CPU time."""
        painted = LastPaint()
        watch(painted)
        probe = LoopProbe(precise=True)
        probe.start()
        await asyncio.sleep(0.05)  # the probe ticking before the click
        t, c = time.perf_counter(), time.thread_time()
        painted.since(t)
        action()
        while True:  # tasks started by the action, then by those tasks (a newer one wins)
            pending = [task for task in tasks() if task is not None and not task.done()]
            if not pending:
                break
            await asyncio.wait(pending)
        for _ in range(2000):  # 10 s at most
            if painted.at is not None:
                break
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.05)  # the turns after the paint, still probed
        done_at = painted.at or time.perf_counter()  # the last paint
        probe.stop()
        painted.close()
        out[f"{name}_ms"] = round((done_at - t) * 1000)
        out[f"{name}_qt_ms"] = round(probe.worst_ms)
        out[f"{name}_qt_cpu_ms"] = round((time.thread_time() - c) * 1000)

    with loop:
        loop.run_until_complete(measure())
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


# ---- the sync stall, in a child process --------------------------------------------------------


async def seed_service_database(url: str, count: int) -> tuple[str, str]:
    """A database with a firm receiving `count` procurations from count/20 clients; returns
    the firm RSE's user code and password."""
    from sqlalchemy import insert

    from server.db import Database
    from server.models import EnterpriseRow, ProcurationRow
    from server.provisioning import create_enterprise

    db = Database(url)
    try:
        password = "Banc-Essai-Listes-2024"
        made = await create_enterprise(
            db,
            enterprise_id=FIRM_ID,
            name="Gagnon Comptables CPA inc.",
            rse_last_name="Gagnon",
            rse_first_name="Mélanie",
            rse_email="melanie.gagnon@example.ca",
            password=password,
        )
        procurations, _assignments, _staff = generate(count)
        now = datetime.now(UTC)
        clients = {p.mandant.id: p.mandant.name for p in procurations}
        async with db.write() as s:
            await s.execute(
                insert(EnterpriseRow),
                [
                    {"id": cid, "neq": cid, "name": name, "address": "", "created_at": now}
                    for cid, name in clients.items()
                ],
            )
            for start in range(0, len(procurations), 5000):
                await s.execute(
                    insert(ProcurationRow),
                    [
                        {
                            "id": p.id,
                            "type": p.type.value,
                            "mandant_id": p.mandant.id,
                            "mandataire_id": FIRM_ID,
                            "start_date": p.start_date,
                            "end_date": p.end_date,
                            "description": p.description,
                            "remark": "",
                            "rights": [r.model_dump(mode="json") for r in p.rights],
                            "state": p.state.value,
                            "state_changed_at": now,
                            "version": 1,
                            "created_at": now,
                        }
                        for p in procurations[start : start + 5000]
                    ],
                )
        return made.user_code, password
    finally:
        await db.dispose()


def child_sync(count: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out: dict[str, Any] = {"sync_rows": count}
    try:
        import app.sync  # noqa: F401
    except ImportError:
        return {"sync_stall_ms": None, "sync_missing": "app/sync is not in this tree"}
    from server.db import migrate

    folder = Path(tempfile.mkdtemp(prefix="procura-bench-sync-"))
    url = f"sqlite+aiosqlite:///{folder / 'service.db'}"
    migrate(url)
    started = time.perf_counter()
    user_code, password = asyncio.run(seed_service_database(url, count))
    out["seed_s"] = round(time.perf_counter() - started, 1)
    port_file = folder / "port"
    env = dict(os.environ, PROCURA_FAST_HASH_FOR_TESTS="1")
    service = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--database-url",
            url,
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--port-file",
            str(port_file),
            "--parent-pid",
            str(os.getpid()),
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if service.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the service did not start")
            time.sleep(0.1)
        port = int(port_file.read_text().strip())
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        out.update(_measure_sync(f"http://127.0.0.1:{port}", user_code, password, folder))
    finally:
        service.terminate()
        service.wait(timeout=30)
    return out


def _runqueue_wait_ms() -> float | None:
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return None


class LoopProbe:
    """A 5 ms QTimer on the Qt thread: `worst_ms` is the longest gap between two ticks less
    the time the machine kept the thread waiting for a CPU meanwhile (Linux), `worst_wall_ms`
    the longest on the clock."""

    def __init__(self, *, precise: bool = False) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        if precise:
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.worst_ms = 0.0
        self.worst_wall_ms = 0.0
        self._last = 0.0
        self._last_wait = 0.0

    def start(self) -> None:
        self._last, self._last_wait = time.perf_counter(), _runqueue_wait_ms() or 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tick()  # the gap up to now counts too

    def _tick(self) -> None:
        now, waited = time.perf_counter(), _runqueue_wait_ms() or 0.0
        wall = (now - self._last) * 1000
        stall = wall - (waited - self._last_wait)
        self._last, self._last_wait = now, waited
        self.worst_wall_ms = max(self.worst_wall_ms, wall)
        self.worst_ms = max(self.worst_ms, stall)


def _measure_sync(base_url: str, user_code: str, password: str, folder: Path) -> dict[str, Any]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from app.api.client import ApiClient
    from app.cache.store import KEY_BYTES, CacheOwner, CacheStore
    from app.sync import Synchronizer

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    result: dict[str, Any] = {}
    probe = LoopProbe()

    async def run() -> None:
        api = ApiClient(base_url)
        await api.login(user_code, password)
        store = CacheStore.open(
            folder / "offline.sqlite", os.urandom(KEY_BYTES), CacheOwner(base_url, user_code)
        )
        sync = Synchronizer(api, store)
        probe.start()
        started = time.perf_counter()
        done = await sync.sync()
        result["sync_s"] = round(time.perf_counter() - started, 1)
        probe.stop()
        result["sync_full"] = done.full
        result["synced_received"] = store.count(
            __import__("app.domain.changes", fromlist=["ChangeKind"]).ChangeKind.RECEIVED
        )
        store.close()
        await api.aclose()

    with loop:
        loop.run_until_complete(run())
    result["sync_stall_ms"] = round(probe.worst_ms)
    result["sync_longest_gap_on_clock_ms"] = round(probe.worst_wall_ms)
    result["sync_cpu_wait_taken_out"] = _runqueue_wait_ms() is not None
    return result


# ---- the parent --------------------------------------------------------------------------------


def run_child(*args: str) -> dict[str, Any]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND=("keyring.backends.null.Keyring"),
    )
    home = tempfile.mkdtemp(prefix="procura-bench-home-")
    for name in ("CONFIG", "DATA", "LOG", "CACHE"):
        env[f"PROCURA_{name}_DIR"] = str(Path(home) / name.lower())
    done = subprocess.run(
        [sys.executable, __file__, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stderr[-4000:])
        return {"error": f"child {' '.join(args)} failed ({done.returncode})"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--sync-rows", type=int, default=100_000, help="0: skip the sync")
    parser.add_argument("--child-lists", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-sync", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_lists:
        print(json.dumps(child_lists(args.child_lists), ensure_ascii=False))
        return 0
    if args.child_sync:
        print(json.dumps(child_sync(args.child_sync), ensure_ascii=False))
        return 0

    report: dict[str, Any] = {"targets_at_100000_ms": TARGETS_MS, "machine_cpus": os.cpu_count()}
    for size in args.sizes:
        print(f"… {size} lignes", file=sys.stderr, flush=True)
        result = run_child("--child-lists", str(size))
        report[str(size)] = result
        print(json.dumps({str(size): result}, ensure_ascii=False), flush=True)
    if args.sync_rows:
        print(f"… synchronisation de {args.sync_rows} lignes", file=sys.stderr, flush=True)
        report["sync"] = run_child("--child-sync", str(args.sync_rows))
        print(json.dumps({"sync": report["sync"]}, ensure_ascii=False), flush=True)
    base = report.get("100000", {})
    checks = {
        name: (base.get(name) if name != "sync_stall_ms" else report.get("sync", {}).get(name))
        for name in TARGETS_MS
    }
    report["meets_targets_at_100000"] = {
        name: (value is not None and value <= TARGETS_MS[name]) for name, value in checks.items()
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
