"""What every command shares: the resolved data paths, output streams, opening and logging in."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from pos_desktop.core.errors import DomainError, NotFoundError, ValidationError
from pos_desktop.paths import DataPaths
from pos_desktop.services.auth import login_with_password, login_with_pin
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.store.database import Database
from pos_desktop.store.terminal import load_identity, open_database


class CliError(DomainError):
    """A refusal that belongs to the command line itself (missing file, no terminal...)."""

    code = "cli_error"


def _prompt(prompt: str) -> str:
    # Looked up at call time so tests can replace getpass.getpass.
    return getpass.getpass(prompt)


@dataclass
class CliEnv:
    """Per-invocation state passed to every command handler (no globals, testable in-process)."""

    paths: DataPaths
    environ: Mapping[str, str]
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    ask_secret: Callable[[str], str] = _prompt
    interactive: bool = field(default_factory=lambda: sys.stdin.isatty())

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def warn(self, text: str) -> None:
        print(text, file=self.err)


def secret_from(
    env: CliEnv, given: str | None, env_var: str, prompt: str, *, confirm: bool = False
) -> str:
    """A password or PIN from the option, else the environment, else a no-echo prompt."""
    if given:
        return given
    from_env = env.environ.get(env_var, "")
    if from_env:
        return from_env
    if not env.interactive:
        raise ValidationError(f"{prompt.rstrip(': ')} is required: pass it or set {env_var}")
    value = env.ask_secret(prompt)
    if confirm and env.ask_secret("Again: ") != value:
        raise ValidationError("the two entries differ")
    return value


def open_existing(env: CliEnv) -> Database:
    """Open the terminal database of the data dir, refusing to create one by accident."""
    path = env.paths.database
    if not path.exists():
        raise NotFoundError(
            f"no database at {path}; run 'pos init' (or 'pos demo') first, "
            "or point --data-dir / POS_DATA_DIR at an existing one"
        )
    return open_database(path)


def service_context(db: Database) -> ServiceContext:
    return ServiceContext(db=db, terminal=load_identity(db))


def getenv(env: CliEnv, name: str) -> str | None:
    value = env.environ.get(name, "").strip()
    return value or None


ENV_USER = "POS_USER"
ENV_PASSWORD = "POS_PASSWORD"
ENV_PIN = "POS_PIN"


def add_login_options(parser: Any) -> None:
    """``--user`` and ``--pin`` for commands that act as a user (services check permissions)."""
    parser.add_argument(
        "--user", help=f"who is doing this (else ${ENV_USER}); signs in through the auth service"
    )
    parser.add_argument(
        "--pin",
        action="store_true",
        help=f"sign in with the PIN (${ENV_PIN} or a prompt) instead of the password "
        f"(${ENV_PASSWORD} or a prompt); administrators must use their password",
    )


def login(env: CliEnv, args: argparse.Namespace, ctx: ServiceContext) -> Actor:
    """Sign in through services/auth.py (lockout and audit apply as at the till)."""
    username = args.user or getenv(env, ENV_USER)
    if not username:
        raise ValidationError(f"say who you are: --user NAME or {ENV_USER}")
    if args.pin or (not getenv(env, ENV_PASSWORD) and getenv(env, ENV_PIN)):
        pin = secret_from(env, None, ENV_PIN, f"PIN for {username}: ")
        return login_with_pin(ctx, username, pin)
    password = secret_from(env, None, ENV_PASSWORD, f"Password for {username}: ")
    return login_with_password(ctx, username, password)
