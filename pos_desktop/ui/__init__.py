"""The Qt half of the app (the only package that imports PySide6)."""

from __future__ import annotations

import ctypes
import sys

# PySide6 6.12 on CPython 3.11: some calls hand back a singleton without a new reference: a Qt
# method returning nothing (setText, show, processEvents...) returns None, and Signal.emit()
# returns True, each time taking one reference from the interpreter. After a few thousand calls
# (minutes of work at a till) the count reaches zero and the interpreter aborts
# ("none_dealloc" / "bool_dealloc"). From 3.12 on these objects are immortal (PEP 683) and this
# does not matter; on 3.11 give them a reference count no run can exhaust.
if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    for _singleton in (None, True, False, NotImplemented, Ellipsis):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 48
