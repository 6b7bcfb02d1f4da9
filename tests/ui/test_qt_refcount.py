"""Guard against PySide6 6.12.0's bug: void Qt calls corrupt the refcount of None on Python 3.11.

With that release, every call of a C++ method returning void handed back None without taking a
reference; after a few thousand calls None's count fell to zero and the interpreter aborted
(`Fatal Python error: none_dealloc`). pyproject.toml pins `PySide6-Essentials<6.12` for that
reason; this test tells whoever lifts the pin whether the new release is fixed.

The calls run in a child process so that an abort fails this test instead of killing the run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 200_000

CHILD = f"""
import sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication([])
obj = QObject()
widget = QWidget()
before = sys.getrefcount(None)
for i in range({CALLS} // 2):
    obj.setObjectName("procura")   # void setObjectName(QAnyStringView)
    widget.update()                # void update()
after = sys.getrefcount(None)
print(before, after)
"""


def test_void_qt_calls_leave_the_refcount_of_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, f"the process died ({done.returncode}): {done.stderr[-2000:]}"
    before, after = (int(n) for n in done.stdout.split())
    # Python 3.12+ makes None immortal (a constant huge count); on 3.11 the count moves by a few
    # references at most. The bug takes one per call: 200 000.
    assert after >= before - 100, f"refcount of None fell from {before} to {after}"
