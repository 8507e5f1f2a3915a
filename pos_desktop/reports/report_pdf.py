"""A report table as a PDF (reportlab): store header, title, period, generation time, the chart
drawn with reportlab.graphics (vectors, not a screenshot), the table, notes, "Page n of m".

Sinhala and Tamil: script_text.py cuts mixed text into runs by script (Noto fonts for
Sinhala/Tamil, Helvetica for the rest), shapes them with HarfBuzz and keeps the text layer
exact. Text with such runs is a ScriptParagraph (headings, table cells) or is drawn by the
chart drawing itself (its labels); Latin-only text stays an ordinary Paragraph.

Qt-free; runs on a worker thread. Written beside the final name and renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pos_desktop.reports.report_export import ReportMeta
from pos_desktop.reports.report_tables import Kind, ReportTable, cell_text
from pos_desktop.reports.script_text import (
    LATIN,
    LATIN_BOLD,
    Run,
    cell,
    draw_runs,
    paragraph,
    register_fonts,
    runs,
    width,
)

__all__ = ["chart_drawing", "register_fonts", "runs", "write_report_pdf"]

PALETTE: Final = [
    colors.HexColor(c)
    for c in ("#2f6db5", "#e07b39", "#3a9d5d", "#c94c4c", "#8a63b8", "#b8a13a", "#4bb3c4")
]


class _LabelledDrawing(Drawing):  # type: ignore[misc]
    """A chart whose mixed-script labels are drawn straight onto the canvas after the
    graphics (shaped, with their text layer), which a plain String cannot do."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self._labels: list[tuple[float, float, list[Run], float]] = []

    def label(self, x: float, y: float, text: str, size: float, anchor: str) -> None:
        pieces = runs(text)
        left = x - width(pieces, size) if anchor == "end" else x
        self._labels.append((left, y, pieces, size))

    def draw(self, *args: Any, **kwargs: Any) -> None:
        super().draw(*args, **kwargs)
        for x, y, pieces, size in self._labels:
            draw_runs(self.canv, x, y, pieces, size)


def _money_axis(value: float) -> str:
    return f"{value / 100:,.0f}"


def chart_drawing(table: ReportTable, width: float) -> Drawing | None:
    """The table's chart in reportlab graphics: vertical bars for days and hours, horizontal
    bars with mixed-script labels for named groups, a pie with a legend for payment methods."""
    points = [(label, value) for label, value in table.chart_points()]
    if table.chart is None or not points:
        return None
    if table.chart.kind == "pie":
        return _pie(points, width)
    if table.key in ("day", "hour"):
        return _columns(points, width)
    return _bars(points, width)


def _columns(points: list[tuple[str, int]], width: float) -> Drawing:
    d = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 18 * mm, 10 * mm
    chart.width, chart.height = width - 22 * mm, 48 * mm
    # Numbers here are plotting coordinates only (the figures themselves stay integers).
    chart.data = [[v for _, v in points]]
    chart.categoryAxis.categoryNames = [label[-5:] for label, _ in points]
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 60 if len(points) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(points) > 12 else "n"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _money_axis
    chart.valueAxis.valueMin = min(0, *(v for _, v in points))
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    d.add(chart)
    return d


def _bars(points: list[tuple[str, int]], width: float) -> Drawing:
    row_h = 5.5 * mm
    height = row_h * len(points) + 6 * mm
    d = _LabelledDrawing(width, height)
    label_w = 60 * mm
    top = max(abs(v) for _, v in points) or 1
    span = width - label_w - 30 * mm
    for i, (label, value) in enumerate(points):
        y = height - (i + 1) * row_h
        short = label if len(label) <= 40 else label[:39] + "…"
        d.label(label_w - 2 * mm, y + 1.2 * mm, short, 7.5, "end")
        bar = span * abs(value) / top
        d.add(
            Rect(
                label_w, y + 0.6 * mm, bar, row_h - 1.6 * mm, fillColor=PALETTE[0], strokeColor=None
            )
        )
        d.add(
            String(
                label_w + bar + 1.5 * mm,
                y + 1.2 * mm,
                _money_axis(value),
                fontName=LATIN,
                fontSize=7,
            )
        )
    return d


def _pie(points: list[tuple[str, int]], width: float) -> Drawing:
    d = _LabelledDrawing(width, 55 * mm)
    positive = [(label, v) for label, v in points if v > 0] or [("-", 1)]
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10 * mm, 5 * mm, 45 * mm, 45 * mm
    pie.data = [v for _, v in positive]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(positive)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    total = sum(v for _, v in positive)
    for i, (label, value) in enumerate(positive):
        y = 45 * mm - i * 6 * mm
        d.add(
            Rect(65 * mm, y, 4 * mm, 4 * mm, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None)
        )
        share = f"{value * 100 // total}%" if total else ""
        d.label(71 * mm, y + 0.8 * mm, f"{label}  {_money_axis(value)}  ({share})", 8, "start")
    return d


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Writes "Page n of m" at the foot of every page once the page count is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(LATIN, 8)
            w, _h = self._pagesize
            self.drawRightString(w - 15 * mm, 8 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def write_report_pdf(table: ReportTable, meta: ReportMeta, path: Path) -> Path:
    register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    wide = len(table.columns) > 6
    page = landscape(A4) if wide else A4
    frame_w = page[0] - 30 * mm
    styles = getSampleStyleSheet()
    body = ParagraphStyle("cell", parent=styles["BodyText"], fontSize=8, leading=10)
    story: list[Flowable] = [
        paragraph(meta.store_name, styles["Heading2"], bold=True),
        *(paragraph(line, styles["BodyText"]) for line in meta.store_lines),
        Spacer(1, 2 * mm),
        paragraph(table.title, styles["Heading1"], bold=True),
        paragraph(meta.period, styles["BodyText"]),
        paragraph(f"Generated {meta.generated}", styles["BodyText"]),
        Spacer(1, 3 * mm),
    ]
    chart = chart_drawing(table, frame_w)
    if chart is not None:
        story += [chart, Spacer(1, 4 * mm)]
    header = [cell(c.title, body, bold=True) for c in table.columns]
    data: list[list[Any]] = [header]
    for row in table.rows:
        data.append(
            [cell(cell_text(v, c.kind), body) for v, c in zip(row, table.columns, strict=True)]
        )
    if table.totals is not None:
        data.append(
            [
                cell(cell_text(v, c.kind), body, bold=True)
                for v, c in zip(table.totals, table.columns, strict=True)
            ]
        )
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("FONTNAME", (0, 0), (-1, 0), LATIN_BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i, column in enumerate(table.columns):
        if column.kind is not Kind.TEXT:
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    if table.totals is not None:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), LATIN_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ]
    # Numbers get a fixed width, text columns share the rest: the table spans the page.
    numeric = min(30 * mm, frame_w / (len(table.columns) + 1))
    texts = sum(1 for c in table.columns if c.kind is Kind.TEXT) or 1
    rest = (frame_w - numeric * (len(table.columns) - texts)) / texts
    widths = [rest if c.kind is Kind.TEXT else numeric for c in table.columns]
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle(style))
    story.append(grid)
    for note in table.notes:
        story += [Spacer(1, 2 * mm), paragraph(note, styles["BodyText"])]
    story += [
        Spacer(1, 2 * mm),
        Paragraph(f"Amounts in {escape(table.currency)}.", styles["BodyText"]),
    ]
    partial = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(partial),
        pagesize=page,
        title=table.title,
        author=meta.store_name,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    os.replace(partial, path)
    return path
