"""Offline cache benchmark: 100 000 procurations written, then read back as a list shows them.

Run: `.venv/bin/python bench/cache_load.py [--rows 100000] [--rounds 3] [--paint]`

Measures, on a cache file in a temporary folder (the key in memory: no keyring involved):

- fill: a full reload staged in pages of 500 and swapped in (what the first sync writes);
- open: the file opened, its header decrypted and its row counts checked;
- decrypt+check: the kind's manifest checked (HMAC), every row read, checked and decrypted;
- all(): the same, plus the 100 000 pydantic `Procuration` models built (what a list needs);
- first batch: `batches(size=2000)` up to its first batch (a list's first screen);
- with --paint, timed from opening the file to a QTableView (offscreen) painted once over the
  client's table model: «open → first paint» with the first 2 000 rows (`batches`), and
  «open → full list painted» with `all()`.

The last line printed is one JSON object with the medians in seconds.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.cache.store import CacheOwner, CacheStore  # noqa: E402
from app.domain.changes import ChangeKind  # noqa: E402
from app.domain.common import Access, ProcurationState, ProcurationType  # noqa: E402
from app.domain.models import EnterpriseRef, Procuration, Right  # noqa: E402

OWNER = CacheOwner("https://procura.example", "MGA42CP")
FIRM = EnterpriseRef(id="1171035577", name="Gagnon Comptables CPA inc.")


def procurations(n: int) -> list[Procuration]:
    """A firm's received procurations, like the demo's: varied names, states, rights."""
    start = date(2025, 1, 1)
    states = [ProcurationState.AC] * 8 + [ProcurationState.EC, ProcurationState.RV]
    out = []
    for i in range(n):
        out.append(
            Procuration(
                id=f"{i:032x}",
                type=ProcurationType.EXTERNE,
                mandant=EnterpriseRef(id=f"{1100000000 + i}", name=f"Client numéro {i} inc."),
                mandataire=FIRM,
                start_date=start + timedelta(days=i % 365),
                end_date=start + timedelta(days=365 + i % 700),
                description=f"Déclarations et remises — dossier {i}",
                rights=[
                    Right(ministry="RQ", access=Access.UNRESTRICTED),
                    Right(ministry="MELCC", access=Access.RESTRICTED, services=["HALO-DECL"]),
                ][: 1 + i % 2],
                state=states[i % len(states)],
                assigned=i % 3 != 0,
                version=1 + i % 4,
                created_at=datetime(2025, 1, 1, 12, tzinfo=UTC) + timedelta(minutes=i),
            )
        )
    return out


CPU: dict[str, list[float]] = {}


def timed(f, label: str = ""):  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), time.process_time()
    result = f()
    if label:  # CPU time too: on a shared machine the wall clock also counts others' work
        CPU.setdefault(label, []).append(time.process_time() - cpu)
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--paint", action="store_true")
    args = parser.parse_args()

    key = os.urandom(32)
    folder = Path(tempfile.mkdtemp(prefix="procura-cache-bench-"))
    path = folder / "cache.sqlite"
    store = CacheStore.open(path, key, OWNER)

    def fill() -> None:
        rows = procurations(args.rows)
        store.begin_full()
        for i in range(0, len(rows), 500):
            store.stage(ChangeKind.RECEIVED, rows[i : i + 500])
        store.commit_full([ChangeKind.RECEIVED], cursor="bench", synced_at=datetime.now(UTC))

    fill_s, _ = timed(fill)
    store.close()
    gc.collect()  # the reads below start from a heap without the rows, as a fresh client does
    print(f"fill {args.rows} rows: {fill_s:.2f} s, file {path.stat().st_size / 1e6:.1f} MB")

    results: dict[str, list[float]] = {
        "open": [],
        "decrypt_check": [],
        "all": [],
        "first_batch": [],
        "open_to_first_paint": [],
        "open_to_full_list_painted": [],
    }
    app = None
    if args.paint:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])

    for round_ in range(args.rounds):
        open_s, s = timed(lambda: CacheStore.open(path, key, OWNER))
        results["open"].append(open_s)

        def decrypt_check(s: CacheStore = s) -> int:
            with s._lock:
                s._manifests.clear()  # checked against the header again, as a first read is
                manifest = s._manifest(ChangeKind.RECEIVED)
                return len(s._read(ChangeKind.RECEIVED, manifest, 0, len(manifest.ids)))

        def first_batch(s: CacheStore = s) -> int:
            with s._lock:
                s._manifests.clear()
            return len(next(s.batches(ChangeKind.RECEIVED, size=2000)))

        results["decrypt_check"].append(timed(decrypt_check, "decrypt_check")[0])
        results["first_batch"].append(timed(first_batch, "first_batch")[0])
        all_s, models = timed(lambda s=s: s.all(ChangeKind.RECEIVED), "all")
        assert len(models) == args.rows
        results["all"].append(all_s)
        del models
        gc.collect()
        s.close()
        if app is not None:
            results["open_to_first_paint"].append(paint(app, path, key, first_only=True))
            gc.collect()
            results["open_to_full_list_painted"].append(paint(app, path, key, first_only=False))
            gc.collect()
        print(
            f"round {round_ + 1}: " + ", ".join(f"{k} {v[-1]:.3f}" for k, v in results.items() if v)
        )

    summary: dict[str, object] = {
        k: round(statistics.median(v), 3) for k, v in results.items() if v
    }
    summary["cpu"] = {k: round(statistics.median(v), 3) for k, v in CPU.items()}
    summary["rows"] = args.rows
    print(json.dumps(summary))
    return 0


def paint(app: object, path: Path, key: bytes, *, first_only: bool) -> float:
    """Open the cache, hand its procurations to the client's table model and paint the table
    once. `first_only`: the first 2 000 (`batches`), as a list shows its first screen while
    the rest is parsed between turns of the event loop; else `all()` at once."""
    from PySide6.QtWidgets import QTableView

    from ui.models.table import Column, TableModel

    started = time.perf_counter()
    store = CacheStore.open(path, key, OWNER)
    if first_only:
        received = next(store.batches(ChangeKind.RECEIVED, size=2000))
    else:
        received = store.all(ChangeKind.RECEIVED)
    model: TableModel[Procuration] = TableModel(
        [
            Column("Numéro d'identification", lambda p: p.mandant.id),
            Column("Nom", lambda p: p.mandant.name),
            Column("État", lambda p: p.state),
            Column("Date de fin", lambda p: p.end_date),
        ]
    )
    model.set_rows(received)  # type: ignore[arg-type]
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    view.repaint()  # a synchronous paint of the visible rows
    elapsed = time.perf_counter() - started
    view.close()
    store.close()
    return elapsed


if __name__ == "__main__":
    raise SystemExit(main())
