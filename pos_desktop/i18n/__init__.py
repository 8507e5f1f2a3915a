"""Languages of the app (Qt-free): the language list, building the .qm catalogues, and the
markers Qt-free code uses so lupdate extracts its labels. The Qt side is ``ui/i18n.py``."""
