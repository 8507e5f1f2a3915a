"""Maintenance commands of ``pos-hq``: what HQ quarantined, and purging old tombstones.

``quarantine list`` is the administrator's view of the entries HQ refused as business-invalid
(managers see their store's in the terminal's sync inbox). ``tombstones purge`` drops deletion
markers older than the retention and moves each organization's horizon up, so a terminal whose
cursor is older snapshots again instead of missing a deletion; run it from cron.
"""

from __future__ import annotations

import argparse
from typing import Any

from sync.server import service
from sync.server.changes import TOMBSTONE_RETENTION_DAYS
from sync.server.cli_common import HqCliEnv, emit, transaction

QUARANTINE_COLUMNS = ("created_at", "device_id", "seq", "entity", "entity_id", "reason")


def cmd_quarantine_list(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        org = service.find_org(session, args.org)
        scope = service.ApiKeyScope(org["id"], "pos-hq", "pos-hq command line")
        rows = service.org_list(session, scope, "quarantine", None, args.limit)
    lines = ["\t".join(QUARANTINE_COLUMNS)]
    lines += ["\t".join(_cell(row.get(c)) for c in QUARANTINE_COLUMNS) for row in rows]
    emit(env, args, rows, lines)
    return 0


def _cell(value: Any) -> str:
    return "-" if value is None or value == "" else str(value).replace("\t", " ")


def cmd_tombstones_purge(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        purged = service.purge_tombstones(session, env.clock(), args.days)
    env.warn(f"purged {purged} tombstones older than {args.days} days")
    emit(env, args, {"purged": purged}, str(purged))
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    quarantine = sub.add_parser("quarantine", help="entries HQ refused as business-invalid")
    actions = quarantine.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    c = actions.add_parser("list", help="list an organization's quarantine", parents=[common])
    c.set_defaults(handler=cmd_quarantine_list)
    c.add_argument("--org", required=True, help="organization name or id")
    c.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")

    tombstones = sub.add_parser("tombstones", help="deletion markers of the change log")
    actions = tombstones.add_subparsers(dest="tombstones_command", metavar="ACTION", required=True)
    c = actions.add_parser("purge", help="drop tombstones older than --days", parents=[common])
    c.set_defaults(handler=cmd_tombstones_purge)
    c.add_argument(
        "--days",
        type=int,
        default=TOMBSTONE_RETENTION_DAYS,
        help=f"retention in days (default {TOMBSTONE_RETENTION_DAYS})",
    )
