"""The Qt half of the app (the only package that imports PySide6)."""
