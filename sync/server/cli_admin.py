"""Admin commands of ``pos-hq``: organizations, stores, users, enrollment codes, devices,
API keys, catalog import and epoch rotation. Each prints the id or code it made on stdout
(one line, or ``--json``) so scripts can capture it; notes for people go to stderr."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sync.server import service
from sync.server.cli_common import (
    ENV_USER_PASSWORD,
    ENV_USER_PIN,
    CliError,
    HqCliEnv,
    emit,
    secret_from,
    transaction,
)

ROLES = ("admin", "manager", "cashier")
DEVICE_COLUMNS = (
    "id",
    "organization_id",
    "store_id",
    "code",
    "name",
    "last_seq",
    "last_seen_at",
    "revoked_at",
)


def cmd_org_create(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        org = service.create_org(
            session, args.name, currency=args.currency, timezone=args.timezone, now=env.clock()
        )
    emit(env, args, org, str(org["id"]))
    return 0


def cmd_store_create(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        org = service.find_org(session, args.org)
        store = service.create_store(session, org["id"], args.code, args.name, now=env.clock())
    emit(env, args, store, str(store["id"]))
    return 0


def cmd_user_create(args: argparse.Namespace, env: HqCliEnv) -> int:
    # Secrets are asked before the transaction opens: nobody holds a write lock while typing.
    password = args.password
    if args.role in ("admin", "manager"):
        password = secret_from(
            env, args.password, ENV_USER_PASSWORD, f"Password for {args.username}: "
        )
    pin = secret_from(
        env, args.pin, ENV_USER_PIN, f"PIN for {args.username} (empty for none): ", confirm=True
    )
    with transaction(args, env) as session:
        org = service.find_org(session, args.org)
        store_id = service.find_store(session, org["id"], args.store)["id"] if args.store else None
        user = service.create_user(
            session,
            org["id"],
            args.username,
            args.full_name,
            args.role,
            password=password,
            pin=pin,
            store_id=store_id,
            now=env.clock(),
        )
    emit(env, args, _without_secrets(user), str(user["id"]))
    return 0


def _without_secrets(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if "hash" not in k}


def cmd_enroll_code(args: argparse.Namespace, env: HqCliEnv) -> int:
    if not 1 <= args.hours <= 24 * 30:
        raise CliError("--hours must be between 1 and 720")
    with transaction(args, env) as session:
        org = service.find_org(session, args.org)
        store = service.find_store(session, org["id"], args.store)
        code = service.make_enroll_code(
            session, org["id"], store["id"], env.clock(), ttl_hours=args.hours
        )
    env.warn(f"enrollment code for store {store.get('code', store['id'])}, valid {args.hours} h")
    emit(env, args, {"code": code, "store_id": store["id"], "hours": args.hours}, code)
    return 0


def cmd_device_list(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        org_id = service.find_org(session, args.org)["id"] if args.org else None
        devices = service.list_devices(session, org_id)
    lines = ["\t".join(DEVICE_COLUMNS)]
    lines += ["\t".join(_cell(d.get(c)) for c in DEVICE_COLUMNS) for d in devices]
    emit(env, args, devices, lines)
    return 0


def _cell(value: Any) -> str:
    return "-" if value is None or value == "" else str(value)


def cmd_device_revoke(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        service.revoke_device(session, args.device_id, env.clock())
    env.warn(f"device {args.device_id} revoked: its next request answers 401")
    emit(env, args, {"device_id": args.device_id, "revoked": True}, args.device_id)
    return 0


def cmd_device_reset_instance(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        service.reset_instance(session, args.device_id)
    env.warn(f"device {args.device_id} will be bound to the next database instance it shows")
    emit(env, args, {"device_id": args.device_id, "reset": True}, args.device_id)
    return 0


def cmd_api_key_create(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        org = service.find_org(session, args.org)
        token = service.create_api_key(session, org["id"], args.name, env.clock())
    key_id = token.split(".")[1] if token.count(".") == 2 else ""
    env.warn("keep this key now: only its hash is stored, it cannot be shown again")
    emit(env, args, {"key_id": key_id, "token": token, "organization_id": org["id"]}, token)
    return 0


def cmd_api_key_revoke(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        service.revoke_api_key(session, args.key_id, env.clock())
    emit(env, args, {"key_id": args.key_id, "revoked": True}, args.key_id)
    return 0


def cmd_catalog_import(args: argparse.Namespace, env: HqCliEnv) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"no such file: {path}")
    with transaction(args, env) as session:
        org = service.find_org(session, args.org)
        count = service.import_catalog(session, org["id"], path, env.clock())
    env.warn(f"imported {count} rows from {path}")
    emit(env, args, {"imported": count}, str(count))
    return 0


def cmd_epoch_rotate(args: argparse.Namespace, env: HqCliEnv) -> int:
    with transaction(args, env) as session:
        epoch = service.rotate_epoch(session)
    env.warn("new server epoch: terminals will resend what this database lacks")
    emit(env, args, {"server_epoch": epoch}, epoch)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    def group(name: str, help_text: str) -> Any:
        parser = sub.add_parser(name, help=help_text)
        return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)

    def command(where: Any, name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = where.add_parser(name, help=help_text, parents=[common])
        parser.set_defaults(handler=handler)
        return parser

    org = group("org", "organizations (tenants)")
    c = command(org, "create", cmd_org_create, "create an organization; prints its id")
    c.add_argument("name")
    c.add_argument("--currency", default="LKR")
    c.add_argument("--timezone", default="Asia/Colombo")

    store = group("store", "stores of an organization")
    c = command(store, "create", cmd_store_create, "create a store; prints its id")
    c.add_argument("--org", required=True, help="organization name or id")
    c.add_argument("code", help="short store code, e.g. S01")
    c.add_argument("name")

    user = group("user", "users of an organization")
    c = command(user, "create", cmd_user_create, "create a user; prints its id")
    c.add_argument("--org", required=True, help="organization name or id")
    c.add_argument("username")
    c.add_argument("--name", dest="full_name", required=True, help="full name")
    c.add_argument("--role", required=True, choices=ROLES)
    c.add_argument("--store", help="home store code or id")
    c.add_argument("--password", help=f"else ${ENV_USER_PASSWORD} or a prompt")
    c.add_argument("--pin", help=f"else ${ENV_USER_PIN} or a prompt")

    c = command(sub, "enroll-code", cmd_enroll_code, "one-time code to enroll a terminal")
    c.add_argument("--org", required=True, help="organization name or id")
    c.add_argument("--store", required=True, help="store code or id")
    c.add_argument("--hours", type=int, default=24, help="valid for this long (default 24)")

    device = group("device", "enrolled terminals")
    c = command(device, "list", cmd_device_list, "list devices (tab-separated)")
    c.add_argument("--org", help="only this organization (name or id)")
    c = command(device, "revoke", cmd_device_revoke, "revoke a device credential")
    c.add_argument("device_id")
    c = command(
        device,
        "reset-instance",
        cmd_device_reset_instance,
        "accept a legitimately moved database file for this device",
    )
    c.add_argument("device_id")

    key = group("api-key", "organization API keys")
    c = command(key, "create", cmd_api_key_create, "create a key; prints the token once")
    c.add_argument("--org", required=True, help="organization name or id")
    c.add_argument("name")
    c = command(key, "revoke", cmd_api_key_revoke, "revoke a key")
    c.add_argument("key_id")

    catalog = group("catalog", "catalog data")
    c = command(catalog, "import", cmd_catalog_import, "import a catalog file")
    c.add_argument("--org", required=True, help="organization name or id")
    c.add_argument("file")

    epoch = group("epoch", "server epoch")
    command(epoch, "rotate", cmd_epoch_rotate, "give the database a new epoch (after a restore)")
