"""The Qt half of ``pos --self-test`` (pos_desktop/selftest.py): the sell screen rendered into an
image, the bundled Sinhala/Tamil fonts shaping text, and the compiled translations.

Each check returns a ``CheckResult``; none raises for a failed check (the orchestrator catches
the unexpected). A QApplication must exist (``application()`` makes one on the offscreen
platform the orchestrator chose).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Final

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication

from pos_desktop.app import AppServices
from pos_desktop.hardware.printing.render import Rasterize
from pos_desktop.resources import resource_dir
from pos_desktop.selftest import CheckResult
from pos_desktop.services.context import Actor
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.fonts import SINHALA_FAMILY, TAMIL_FAMILY, load_bundled_fonts
from pos_desktop.ui.raster import rasterize_text
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.tasks import TaskRunner

SAMPLES: Final = {SINHALA_FAMILY: "ශ්‍රී ලංකාව සහල් කිලෝ", TAMIL_FAMILY: "இலங்கை அரிசி கிலோ"}
LANGUAGES: Final = ("si", "ta")
SELL_SCREEN_NAME: Final = "screen_sell"
IDLE_TIMEOUT_S: Final = 20.0


def application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    return app


def _wait_idle(app: QApplication, runner: TaskRunner, timeout_s: float = IDLE_TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if runner.pending == 0:
            # One more turn so results delivered just now are laid out and painted.
            app.processEvents()
            return True
        time.sleep(0.01)
    return False


def _looks_blank(image: QImage) -> str | None:
    """None when the image shows something, else why it looks blank. Sampled on a grid: a real
    sell screen has text, buttons and a table (many colours, a fair share off the background)."""
    if image.isNull() or image.width() < 640 or image.height() < 480:
        return f"image is {image.width()}x{image.height()}"
    colours: Counter[int] = Counter()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colours[image.pixel(x, y)] += 1
    total = sum(colours.values())
    background = colours.most_common(1)[0][1]
    off_background = 1 - background / total
    if len(colours) < 16 or off_background < 0.02:
        return f"{len(colours)} colours, {off_background:.1%} off the background"
    return None


def check_sell_screen(
    services: AppServices, cashier: Actor, screenshot: Path | None = None
) -> CheckResult:
    """Build the app's window, sign the cashier in, show the sell screen and paint it."""
    app = application()
    runner = TaskRunner()
    ui = UiContext(services, runner)
    shell = build_shell(ui)
    try:
        shell.resize(1280, 800)
        shell.show()
        ui.set_actor(cashier)
        shell.show_screen("sell")
        if not _wait_idle(app, runner):
            return CheckResult.fail("sell screen", "background work did not finish in time")
        current = shell.current_screen
        name = current.objectName() if current is not None else "none"
        if name != SELL_SCREEN_NAME:
            return CheckResult.fail("sell screen", f"the window shows {name}, not the sell screen")
        image = shell.grab().toImage()
        blank = _looks_blank(image)
        if blank is not None:
            return CheckResult.fail("sell screen", f"rendered image looks blank: {blank}")
        where = ""
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(screenshot)):
                return CheckResult.fail("sell screen", f"could not save {screenshot}")
            where = f", saved to {screenshot}"
        platform = QApplication.platformName()
        return CheckResult.ok(
            "sell screen",
            f"rendered {image.width()}x{image.height()} on the {platform} platform{where}",
        )
    finally:
        shell.close()
        runner.shutdown()
        shell.deleteLater()
        app.processEvents()


def _shaped_by(text: str, family: str) -> tuple[set[str], int]:
    """The font families Qt shaped ``text`` with, and how many glyphs it made."""
    font = QFont()
    font.setFamilies([family])
    font.setPixelSize(32)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    families: set[str] = set()
    glyphs = 0
    for run in layout.glyphRuns():
        families.add(run.rawFont().familyName())
        glyphs += len(run.glyphIndexes())
    return families, glyphs


def _ink(text: str, family: str) -> int:
    image = QImage(400, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setFamilies([family])
    font.setPixelSize(32)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(4, 44, text)
    painter.end()
    white = QColor("white").rgb()
    return sum(1 for y in range(0, 60, 2) for x in range(0, 400, 2) if image.pixel(x, y) != white)


def check_fonts() -> CheckResult:
    """The bundled Noto fonts load, and Qt shapes a Sinhala and a Tamil string with them."""
    application()
    loaded = load_bundled_fonts()
    missing = [f for f in SAMPLES if f not in loaded]
    if missing:
        where = resource_dir("fonts")
        return CheckResult.fail("fonts", f"{', '.join(missing)} not loaded from {where}")
    details = []
    for family, text in SAMPLES.items():
        families, glyphs = _shaped_by(text, family)
        if families != {family} or glyphs == 0:
            return CheckResult.fail(
                "fonts", f"{text!r} shaped with {sorted(families) or 'nothing'}, not {family}"
            )
        ink = _ink(text, family)
        if ink == 0:
            return CheckResult.fail("fonts", f"{family} rendered {text!r} as an empty image")
        details.append(f"{family} ({glyphs} glyphs)")
    return CheckResult.ok("fonts", "shaped and rendered " + ", ".join(details))


def check_translations(languages: tuple[str, ...] = LANGUAGES) -> CheckResult:
    """The compiled translations (.qm) for Sinhala and Tamil load when they are present. A
    missing file is a warning (a source checkout before the build compiled them)."""
    application()
    folder = resource_dir("i18n")
    loaded, missing, broken = [], [], []
    for lang in languages:
        path = folder / f"pos_{lang}.qm"
        if not path.is_file():
            missing.append(lang)
            continue
        translator = QTranslator()
        if not translator.load(str(path)):
            broken.append(lang)
            continue
        loaded.append(f"{lang} ({path.stat().st_size:,} bytes)")
    if broken:
        return CheckResult.fail("translations", f"could not load {', '.join(broken)} from {folder}")
    if missing:
        have = f"; loaded {', '.join(loaded)}" if loaded else ""
        return CheckResult.warn(
            "translations", f"not built for {', '.join(missing)} in {folder}{have}"
        )
    return CheckResult.ok("translations", "loaded " + ", ".join(loaded))


def check_back_office() -> CheckResult:
    """Every back-office page's module imports (the bundle carries them all) and QtCharts, which
    the report pages draw with, renders a bar chart into an image."""
    import importlib

    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    from pos_desktop.ui.backoffice.pages import back_office_pages

    application()
    pages = back_office_pages()
    for page in pages:
        module_name, _, attr = page.factory.partition(":")
        if not hasattr(importlib.import_module(module_name), attr):
            return CheckResult.fail("back office", f"{page.factory} is missing")
    bars = QBarSet("sales")
    bars.append([3.0, 5.0, 2.0])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(320, 200)
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, 200, 4)}
    if len(colours) < 3:
        return CheckResult.fail("back office", "QtCharts drew an empty chart")
    return CheckResult.ok("back office", f"{len(pages)} pages importable, QtCharts renders")


def rasterizer() -> Rasterize:
    """The Qt rasterizer receipts use for Sinhala and Tamil, with the bundled fonts loaded."""
    application()
    load_bundled_fonts()
    return rasterize_text
