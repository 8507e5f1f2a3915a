"""What every ``pos-hq`` command shares: where the database is, output, prompts, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import platformdirs
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from sync.server.service import HqDatabase
from sync.server.settings import ENV_DATABASE_URL

ENV_USER_PASSWORD = "POS_HQ_USER_PASSWORD"
ENV_USER_PIN = "POS_HQ_USER_PIN"
APP_NAME = "pos-hq"


class CliError(Exception):
    """A refusal of the command line itself: printed as one line, exit code 2."""


def _prompt(prompt: str) -> str:
    # Looked up at call time so tests can replace getpass.getpass.
    return getpass.getpass(prompt)


@dataclass
class HqCliEnv:
    """Per-invocation state of one command (no globals, so tests can run it in-process)."""

    environ: Mapping[str, str]
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    ask_secret: Callable[[str], str] = _prompt
    interactive: bool = field(default_factory=lambda: sys.stdin.isatty())
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def warn(self, text: str) -> None:
        print(text, file=self.err, flush=True)


def default_database_url() -> str:
    """A SQLite file in the per-user data directory (created on first use)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'hq.db'}"


def database_url(args: argparse.Namespace, env: HqCliEnv) -> str:
    url = getattr(args, "db", None) or env.environ.get(ENV_DATABASE_URL, "").strip()
    url = url or default_database_url()
    try:
        parsed = make_url(url)
    except Exception:
        raise CliError(f"not a database URL: {url!r}") from None
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for any other database."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


@contextmanager
def open_db(args: argparse.Namespace, env: HqCliEnv) -> Iterator[HqDatabase]:
    db = HqDatabase(database_url(args, env))
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def transaction(args: argparse.Namespace, env: HqCliEnv) -> Iterator[Session]:
    """One committed transaction on the command's database."""
    with open_db(args, env) as db, db.transaction() as session:
        yield session


def emit(env: HqCliEnv, args: argparse.Namespace, value: Any, plain: str | Sequence[str]) -> None:
    """``--json``: the value as one JSON document; else the plain line(s), easy to parse."""
    if getattr(args, "json", False):
        env.say(json.dumps(value, default=str, ensure_ascii=False))
        return
    for line in [plain] if isinstance(plain, str) else plain:
        env.say(line)


def secret_from(
    env: HqCliEnv, given: str | None, env_var: str, prompt: str, *, confirm: bool = True
) -> str | None:
    """The option, else the environment, else a no-echo prompt on a terminal, else None."""
    if given:
        return given
    from_env = env.environ.get(env_var, "")
    if from_env:
        return from_env
    if not env.interactive:
        return None
    value = env.ask_secret(prompt)
    if value and confirm and env.ask_secret("Again: ") != value:
        raise CliError("the two entries differ")
    return value or None


def common_options() -> argparse.ArgumentParser:
    """``--db`` and ``--json`` accepted after any subcommand as well as before it."""
    parent = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an option not given after the subcommand must not erase one given before it.
    parent.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"database URL (else ${ENV_DATABASE_URL}, else a SQLite file in the user data dir)",
    )
    parent.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the result as JSON",
    )
    return parent
