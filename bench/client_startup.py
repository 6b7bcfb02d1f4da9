"""Start-up benchmark of the desktop client, against a bare PySide6 window measured in the same run.

Run: `.venv/bin/python bench/client_startup.py [--rounds 5]`

The service runs first, in its own process on 127.0.0.1 (the embedded service of `make run`,
SQLite in a temporary folder, demo data seeded, production settings: real argon2id), started
before any timing. Then, `--rounds` times, alternating so a noisy moment hurts both alike:

- bare window: a fresh `python` that imports PySide6, creates a QApplication, shows a QWidget
  and reports once the event loop has turned after the show;
- Procura: a fresh `python` that runs `ui.main.main(["--service-url", URL])` and reports once
  the loop has turned after the sign-in dialog is shown (interactive: it takes keys);
  then it types the demo RSE's code and password, clicks «Se connecter», and reports when the
  main window is on screen with Accueil loaded (registrations, messages, enterprise).

Times to the first window are measured by this process, from starting the child to reading its
line (interpreter start included, the same for both). All run offscreen (QT_QPA_PLATFORM),
with private config/data/log folders and no keyring, and with compiled bytecode, as an
installed program has it: the children write theirs under a temporary PYTHONPYCACHEPREFIX
(never into the source tree, even where PYTHONDONTWRITEBYTECODE is set), and one round that
is not counted runs first. The last line printed is one JSON object:
medians in seconds, the ratio Procura / bare window (target ≤ 2), and the longest stall of the
Qt loop in the second after the sign-in dialog appeared (work started behind it must not make
it unresponsive; on Linux, the time the machine kept the thread waiting for a CPU is taken
out, as in tests/ui/test_no_stall.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RSE_CODE = "FGR97HL"  # server/demo.py SIGN_INS: the procedure's RSE of Les Champions inc.
RSE_PASSWORD = "Halocarbures-Champions"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle("bare")
window.resize(520, 440)
window.show()
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def child_procura(url: str) -> int:
    """In the child: run the real entry point, report the sign-in dialog, sign in, report."""
    from PySide6.QtCore import QTimer

    import ui.main

    stalls = {"worst": 0.0, "last": 0.0, "waited": 0.0}

    def waited_ms() -> float:
        # Time the Qt thread spent ready but waiting for a CPU (Linux): the machine's, not ours.
        try:
            with open("/proc/thread-self/schedstat", encoding="ascii") as f:
                return int(f.read().split()[1]) / 1e6
        except (OSError, ValueError, IndexError):
            return 0.0

    def on_controller(controller: Any) -> None:
        def shown() -> None:
            QTimer.singleShot(0, interactive)

        def interactive() -> None:
            print("READY", flush=True)
            probe = QTimer(controller)
            probe.setInterval(5)
            stalls["last"] = time.perf_counter()
            stalls["waited"] = waited_ms()
            started = stalls["last"]

            def tick() -> None:
                now, waited = time.perf_counter(), waited_ms()
                gap = (now - stalls["last"]) - (waited - stalls["waited"]) / 1000
                stalls["worst"] = max(stalls["worst"], gap)
                stalls["last"], stalls["waited"] = now, waited
                if now - started > 1.0:
                    probe.stop()
                    print(f"STALL {stalls['worst'] * 1000:.1f}", flush=True)
                    sign_in()

            probe.timeout.connect(tick)
            probe.start()

        def sign_in() -> None:
            dialog = controller.sign_in_dialog
            dialog.user_code_edit.setText(RSE_CODE)
            dialog.password_edit.setText(RSE_PASSWORD)
            clicked = time.perf_counter()
            waiting = QTimer(controller)
            waiting.setInterval(5)

            def loaded() -> None:
                window = controller.main_window
                if window is None or window.current_page() is None:
                    return
                if window.current_key() != "home" or window.loading_tasks():
                    return
                home = window.current_page()
                if not home.registrations:  # Accueil's data is on screen
                    return
                waiting.stop()
                print(f"MAIN {time.perf_counter() - clicked:.4f}", flush=True)
                controller.quit()

            waiting.timeout.connect(loaded)
            waiting.start()
            dialog.submit()

        controller.sign_in_shown.connect(shown)

    return ui.main.main(["--service-url", url], on_controller=on_controller)


def _env(folder: Path, pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    for name in ("config", "data", "log", "cache"):
        path = folder / name
        path.mkdir(parents=True, exist_ok=True)
        env[f"PROCURA_{name.upper()}_DIR"] = str(path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.pop("PROCURA_FAST_HASH_FOR_TESTS", None)
    return env


def _run(command: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Start `command`; the seconds to its READY line, and the figures of its other lines."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    figures: dict[str, float] = {}
    assert process.stdout is not None
    try:
        for line in process.stdout:
            word, _, value = line.strip().partition(" ")
            if word == "READY":
                figures["ready"] = time.perf_counter() - started
            elif word == "STALL":
                figures["stall_ms"] = float(value)
            elif word == "MAIN":
                figures["main"] = float(value)
        process.wait(timeout)
    finally:
        if process.poll() is None:
            process.kill()
    if process.returncode != 0 or "ready" not in figures:
        err = process.stderr.read() if process.stderr else ""
        raise SystemExit(f"{command[-1]!r} failed ({process.returncode}): {err[-2000:]}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", nargs=1, metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_procura(args.child[0])

    from app.embedded import EmbeddedService

    with tempfile.TemporaryDirectory(prefix="procura-bench-") as tmp:
        root = Path(tmp)
        service = EmbeddedService(root / "service", log_path=root / "service.log")
        url = asyncio.run(service.start())
        print(f"service ready at {url}", flush=True)
        try:
            bare: list[float] = []
            procura: list[float] = []
            signed_in: list[float] = []
            stalls: list[float] = []
            pycache = root / "pycache"
            warm = _env(root / "client-warm-up", pycache)
            _run([sys.executable, "-c", BARE], warm)
            _run([sys.executable, __file__, "--child", url], warm)
            for round_number in range(args.rounds):
                env = _env(root / f"client-{round_number}", pycache)
                bare.append(_run([sys.executable, "-c", BARE], env)["ready"])
                figures = _run([sys.executable, __file__, "--child", url], env)
                procura.append(figures["ready"])
                signed_in.append(figures["main"])
                stalls.append(figures.get("stall_ms", 0.0))
                print(
                    f"round {round_number + 1}: bare window {bare[-1]:.3f} s, sign-in window "
                    f"{procura[-1]:.3f} s, sign-in to main window {signed_in[-1]:.3f} s",
                    flush=True,
                )
        finally:
            service.stop_now()
    bare_s = statistics.median(bare)
    procura_s = statistics.median(procura)
    result = {
        "rounds": args.rounds,
        "bare_window_s": round(bare_s, 3),
        "sign_in_window_s": round(procura_s, 3),
        "ratio": round(procura_s / bare_s, 2),
        "target_ratio": 2.0,
        "sign_in_to_main_window_s": round(statistics.median(signed_in), 3),
        "sign_in_window_worst_stall_ms": round(max(stalls), 1),
        "bare_window_runs_s": [round(x, 3) for x in bare],
        "sign_in_window_runs_s": [round(x, 3) for x in procura],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
