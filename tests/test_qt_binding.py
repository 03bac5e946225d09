"""The Qt binding itself must be sound: a refcount bug there crashes the desk mid-morning."""

from __future__ import annotations

import sys


def test_qt_calls_that_return_nothing_keep_none_alive(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(3000):
        qapp.processEvents()
        label.setText("x")
    # PySide6 6.12.0 loses one reference per call: 6,000 here, then Python aborts.
    assert abs(sys.getrefcount(None) - before) < 100
