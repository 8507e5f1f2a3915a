"""The back office: what a manager does on the store's back-office PC, in the same app.

One screen (``BackOfficeScreen``) with a sidebar of pages; each page is a QWidget built from
``(UiContext, Shell)`` by a module of its own, listed once in ``pages.py``.
"""
