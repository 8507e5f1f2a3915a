"""A real ``pos-hq serve`` process on 127.0.0.1 for end-to-end and fault-injection tests.

``HqProcess`` starts ``python -m sync.server.cli serve --port 0 --db URL``, waits for its
"listening" line and a 200 from ``/health``, and can be SIGKILLed, SIGTERMed and restarted
(on the same port, so proxies and terminals keep their address). Output goes to a log file,
never to a pipe nobody drains (a full pipe would freeze the server mid-test).

``setup_tenant`` makes an organization, its stores, users, enrollment codes and an API key
through the ``pos-hq`` command functions, as an administrator would.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.server.cli import main as hq_main
from sync.server.cli_common import HqCliEnv

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"pos-hq listening on (http://\S+)")


class HqProcessError(RuntimeError):
    pass


@dataclass
class HqProcess:
    db_url: str
    workdir: Path
    extra_args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    port: int = 0
    url: str = ""
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def log_path(self) -> Path:
        return self.workdir / f"hq-{self.starts}.log"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def start(self, timeout: float = 60.0) -> HqProcess:
        if self.proc is not None and self.proc.poll() is None:
            raise HqProcessError("already running")
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.starts += 1
        cmd = [sys.executable, "-m", "sync.server.cli", "serve", "--host", "127.0.0.1"]
        cmd += ["--port", str(self.port), "--db", self.db_url, *self.extra_args]
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **self.env}
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        self.url = self._wait_listening(timeout)
        self.port = int(self.url.rsplit(":", 1)[1])
        self._wait_healthy(timeout)
        return self

    def _wait_listening(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        assert self.proc is not None
        while time.monotonic() < deadline:
            found = LISTENING.search(self.log())
            if found:
                return found.group(1)
            if self.proc.poll() is not None:
                raise HqProcessError(f"pos-hq exited with {self.proc.returncode}:\n{self.log()}")
            time.sleep(0.02)
        self.kill()
        raise HqProcessError(f"pos-hq did not start in {timeout} s:\n{self.log()}")

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last: object = None
        while time.monotonic() < deadline:
            try:
                answer = httpx.get(f"{self.url}/health", timeout=5)
                if answer.status_code == 200:
                    return
                last = answer.text
            except httpx.HTTPError as exc:
                last = exc
            time.sleep(0.05)
        raise HqProcessError(f"/health never answered 200 (last: {last}):\n{self.log()}")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> int | None:
        """SIGKILL: no graceful shutdown, whatever was in flight is cut."""
        return self._signal(signal.SIGKILL)

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM and wait for the graceful shutdown (SIGKILL if it hangs)."""
        return self._signal(signal.SIGTERM, timeout)

    def _signal(self, sig: signal.Signals, timeout: float = 20.0) -> int | None:
        proc = self.proc
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        return proc.returncode

    def restart(self, *, kill: bool = False, timeout: float = 60.0) -> HqProcess:
        """Stop (or SIGKILL) and start again on the same port and database."""
        self.kill() if kill else self.stop()
        return self.start(timeout)

    def __enter__(self) -> HqProcess:
        return self if self.running else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)


def hq_process_fixture(
    *, extra_args: Sequence[str] = (), env: Mapping[str, str] | None = None
) -> Callable[..., Any]:
    """A pytest fixture giving ``start(db_url, ...) -> HqProcess``; every process it started
    is stopped after the test. Use: ``hq_processes = hq_process_fixture()`` in a test module.
    """

    @pytest.fixture
    def fixture(tmp_path: Path) -> Iterator[Callable[..., HqProcess]]:
        started: list[HqProcess] = []

        def start(
            db_url: str, *, args: Sequence[str] = (), environ: Mapping[str, str] | None = None
        ) -> HqProcess:
            proc = HqProcess(
                db_url,
                tmp_path / f"hq{len(started)}",
                extra_args=[*extra_args, *args],
                env={**(env or {}), **(environ or {})},
            )
            started.append(proc)
            return proc.start()

        yield start
        for proc in started:
            if proc.stop() not in (0, None, -signal.SIGKILL):
                print(proc.log(), file=sys.stderr)

    return fixture


# -- tenants made through the admin commands ---------------------------------------------------


class HqCliFailed(RuntimeError):
    pass


def hq_cli(db_url: str, *argv: str) -> Any:
    """Run one ``pos-hq --json`` command in-process and return its parsed JSON output."""
    out, err = io.StringIO(), io.StringIO()
    env = HqCliEnv(environ={}, out=out, err=err, interactive=False)
    code = hq_main(["--db", db_url, "--json", *argv], env=env)
    if code != 0:
        raise HqCliFailed(f"pos-hq {' '.join(argv)} exited {code}: {err.getvalue().strip()}")
    return json.loads(out.getvalue())


@dataclass
class Tenant:
    organization_id: str
    name: str
    store_ids: dict[str, str]  # store code -> id
    user_ids: dict[str, str]  # username -> id
    enroll_codes: dict[str, list[str]]  # store code -> unused codes
    api_key: str
    api_key_id: str

    def take_code(self, store_code: str) -> str:
        return self.enroll_codes[store_code].pop()


def setup_tenant(
    db_url: str,
    name: str,
    stores: Sequence[str] = ("S01",),
    *,
    codes_per_store: int = 1,
    users: Sequence[tuple[str, str, str]] = (("owner", "admin", "owner-pass-1"),),
    migrate: bool = True,
) -> Tenant:
    """An organization with stores, users (username, role, password) and enrollment codes."""
    if migrate:
        hq_cli(db_url, "migrate")
    org_id = str(hq_cli(db_url, "org", "create", name)["id"])
    store_ids: dict[str, str] = {}
    codes: dict[str, list[str]] = {}
    for code in stores:
        store_ids[code] = str(hq_cli(db_url, "store", "create", "--org", org_id, code, code)["id"])
        codes[code] = [
            str(hq_cli(db_url, "enroll-code", "--org", org_id, "--store", code)["code"])
            for _ in range(codes_per_store)
        ]
    user_ids: dict[str, str] = {}
    for username, role, password in users:
        made = hq_cli(
            db_url,
            "user",
            "create",
            "--org",
            org_id,
            username,
            "--name",
            username.title(),
            "--role",
            role,
            "--password",
            password,
            "--pin",
            "4321",
        )
        user_ids[username] = str(made["id"])
    key = hq_cli(db_url, "api-key", "create", "--org", org_id, "integration")
    return Tenant(
        organization_id=org_id,
        name=name,
        store_ids=store_ids,
        user_ids=user_ids,
        enroll_codes=codes,
        api_key=str(key["token"]),
        api_key_id=str(key["key_id"]),
    )
