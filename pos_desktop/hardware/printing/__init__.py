"""Receipt printers: transports (backends), paper profiles, ESC/POS rendering, the print worker.

Qt-free. Text in scripts the printer cannot print (Sinhala, Tamil) is rasterized by an injected
``Rasterize`` callable; the Qt one is ``pos_desktop.ui.raster.rasterize_text``.

Import from the modules (``render``, ``worker``, ``backends``...): this package imports nothing
itself, so loading the worker does not load python-escpos before the first print job.
"""
