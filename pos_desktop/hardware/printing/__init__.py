"""Receipt printers: transports (backends), paper profiles, ESC/POS rendering, the print worker.

Qt-free. Text in scripts the printer cannot print (Sinhala, Tamil) is rasterized by an injected
``Rasterize`` callable; the Qt one is ``pos_desktop.ui.raster.rasterize_text``.
"""

from pos_desktop.hardware.printing.backends import (
    DeviceFileBackend,
    MemoryBackend,
    NetworkBackend,
    PrinterBackend,
    open_backend,
)
from pos_desktop.hardware.printing.errors import PrinterUnavailable, Problem
from pos_desktop.hardware.printing.profiles import PAPER_58, PAPER_80, PaperProfile, paper_profile
from pos_desktop.hardware.printing.render import (
    Rasterize,
    render_drawer_kick,
    render_receipt,
    render_shift_report,
    render_test_page,
)
from pos_desktop.hardware.printing.worker import PrintEvent, PrintWorker, RetryPolicy, render_job

__all__ = [
    "PAPER_58",
    "PAPER_80",
    "DeviceFileBackend",
    "MemoryBackend",
    "NetworkBackend",
    "PaperProfile",
    "PrintEvent",
    "PrintWorker",
    "PrinterBackend",
    "PrinterUnavailable",
    "Problem",
    "Rasterize",
    "RetryPolicy",
    "open_backend",
    "paper_profile",
    "render_drawer_kick",
    "render_job",
    "render_receipt",
    "render_shift_report",
    "render_test_page",
]
