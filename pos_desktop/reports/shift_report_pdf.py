"""X/Z shift report as a PDF (reportlab), saved in the data directory's ``reports/`` folder.

Qt-free: runs on a worker thread after the shift is closed. The file is written beside its
final name and renamed into place, so a crash never leaves a half-written report that looks
complete. Layout comes from shift_report_rows.py, the same rows the till's screen shows.
Names in Sinhala or Tamil (store, cashier, payment methods) are drawn shaped (script_text.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pos_desktop.reports.script_text import cell, paragraph
from pos_desktop.reports.shift_report_rows import (
    ReportHeader,
    load_header,
    report_sections,
    title,
)
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.shift_reports import ShiftReport

REPORTS_FOLDER = "reports"


def report_filename(report: ShiftReport, header: ReportHeader) -> str:
    """``Z00012_S01-T01.pdf`` for a Z; an X is stamped with the moment it was read."""
    if report.report == "Z":
        return f"Z{report.z_report_number or 0:05d}_{header.terminal}.pdf"
    return f"X_{header.terminal}_{report.generated_at.strftime('%Y%m%dT%H%M%SZ')}.pdf"


def write_shift_report_pdf(report: ShiftReport, header: ReportHeader, path: Path) -> Path:
    """Render ``report`` to ``path`` (atomically); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    heading = ParagraphStyle("heading", parent=styles["Heading1"], spaceAfter=2 * mm)
    section = ParagraphStyle("section", parent=styles["Heading3"], spaceBefore=4 * mm)
    body = styles["BodyText"]
    values = ParagraphStyle("values", parent=body, alignment=TA_RIGHT)
    story: list[Flowable] = [
        paragraph(header.store_name, heading),
        *(paragraph(line, body) for line in header.store_lines),
        Spacer(1, 3 * mm),
        paragraph(title(report), styles["Heading2"], bold=True),
    ]
    for part in report_sections(report, header):
        story.append(paragraph(part.title, section))
        data = [
            [
                cell("  " * row.indent + row.label, body, row.strong),
                cell(row.value, values, row.strong),
            ]
            for row in part.rows
        ]
        table = Table(data, colWidths=[95 * mm, 75 * mm], hAlign="LEFT")
        style = [
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("FONTSIZE", (0, 0), (-1, -1), 10),
        ]
        for i, row in enumerate(part.rows):
            if row.strong:
                style.append(("FONTNAME", (0, i), (-1, i), "Helvetica-Bold"))
        table.setStyle(TableStyle(style))
        story.append(table)
    if report.report == "X":
        story += [Spacer(1, 4 * mm), Paragraph("This is a reading; the shift stays open.", body)]
    partial = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        title=title(report),
        author=header.store_name,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    doc.build(story)
    os.replace(partial, path)
    return path


def save_shift_report_pdf(ctx: ServiceContext, report: ShiftReport, data_dir: Path) -> Path:
    """Write the report into ``data_dir/reports/`` and return the file's path."""
    with ctx.db.read() as s:
        header = load_header(s, ctx, report)
    target = data_dir / REPORTS_FOLDER / report_filename(report, header)
    return write_shift_report_pdf(report, header, target)
