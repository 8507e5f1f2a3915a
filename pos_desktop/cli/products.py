"""``pos import products FILE`` and ``pos export products FILE`` (services/products_csv.py).

Both sign in through the auth service (``--user``/``POS_USER`` with a password or ``--pin``).
Import needs MANAGE_CATALOG (the service checks it); the export is held to the same permission
here, since the file is the whole catalog with costs. Import validates every row first: on any
error it lists each problem with its line number and imports nothing (exit code 2), unless
``--skip-bad-rows`` is given, in which case good rows are imported, bad ones are listed as
skipped, and the exit code is 1 so scripts notice.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos_desktop.cli.common import (
    CliEnv,
    CliError,
    add_login_options,
    login,
    open_existing,
    service_context,
)
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import require
from pos_desktop.services.products_csv import (
    ImportReport,
    ProductImportError,
    export_products,
    import_products,
)

EXIT_SKIPPED_ROWS = 1
EXIT_REFUSED = 2


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import data from a file (products CSV or XLSX)")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    p = imp_sub.add_parser(
        "products", help="create or update products by SKU from a CSV or Excel (.xlsx) file"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the valid rows and list the invalid ones (default: import nothing)",
    )
    add_login_options(p)
    p.set_defaults(handler=handle_import)

    exp = sub.add_parser("export", help="export data to a file (products CSV)")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    p = exp_sub.add_parser("products", help="write every product to a CSV file")
    p.add_argument("file", type=Path, metavar="FILE")
    add_login_options(p)
    p.set_defaults(handler=handle_export)


def handle_import(args: argparse.Namespace, env: CliEnv) -> int:
    path: Path = args.file
    if not path.is_file():
        raise CliError(f"no such file: {path}")
    db = open_existing(env)
    try:
        ctx = service_context(db)
        actor = login(env, args, ctx)
        try:
            report = import_products(ctx, actor, path, skip_bad_rows=args.skip_bad_rows)
        except ProductImportError as exc:
            _print_errors(env, exc.report, f"nothing imported from {path}")
            return EXIT_REFUSED
    finally:
        db.dispose()
    env.say(
        f"{path}: {report.rows} rows: {report.created} created, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.skipped} skipped"
    )
    if report.errors:
        _print_errors(env, report, f"{report.skipped} bad rows skipped")
        return EXIT_SKIPPED_ROWS
    return 0


def _print_errors(env: CliEnv, report: ImportReport, headline: str) -> None:
    env.warn(f"error: {headline}; {len(report.errors)} problem(s):")
    for error in report.errors:
        env.warn(f"  {error}")


def handle_export(args: argparse.Namespace, env: CliEnv) -> int:
    path: Path = args.file
    if not path.parent.is_dir():
        raise CliError(f"folder {path.parent} does not exist")
    db = open_existing(env)
    try:
        ctx = service_context(db)
        actor = login(env, args, ctx)
        require(actor, Permission.MANAGE_CATALOG)
        report = export_products(ctx, path)
    finally:
        db.dispose()
    env.say(f"exported {report.rows} products to {report.path}")
    return 0
