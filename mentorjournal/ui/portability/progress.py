"""A cancellable progress dialog fed from a background job.

The job gets a `progress(done, total) -> bool` callback; it is called on the worker
thread, forwards the numbers to the GUI thread through a queued signal, and answers
False once the user pressed Cancel, so the job stops and rolls back.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class JobProgress(QObject):
    _moved = Signal(int, int)

    def __init__(self, parent: QWidget, label: str) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(label)
        self.dialog.setAccessibleName(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick jobs finish before it shows
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancelled.set)
        self._moved.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, done: int, total: int) -> bool:
        self._moved.emit(done, total)
        return not self.cancelled.is_set()

    def cancel(self) -> None:
        self.cancelled.set()

    def _show(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def finish(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
