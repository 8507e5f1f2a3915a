"""Child process for the client-kill fault test: one sync round on a terminal file, killed
with SIGKILL at a chosen step.

The engine has no step callback, so the smallest hook is added here, outside ``sync.client``:
the ``HqClient`` methods and the database's write transactions are wrapped to count steps.
The steps of a round, in order, numbered from 1:

- ``<request>#n:before``: about to send the n-th hello, push, pull or snapshot request;
- ``<request>#n:answered``: HQ's answer is in memory, nothing of it written yet (for a push:
  HQ has committed the batch, the terminal has not marked a single entry);
- ``<request>#n:commit``: inside the write transaction that follows (acks of a push, a pull
  or snapshot page with its cursor, hello's bookkeeping), everything written, just before
  COMMIT; ``commit2``, ``commit3`` for the ones after it (the final prune, the saved outcome).

At step number ``kill_at`` (or at the step named ``kill_on``) the child sends itself SIGKILL.
Every step is appended to ``log`` (one line each, unbuffered) before it runs, and
``REPORT <json>`` once the round returns, so the parent knows which step the kill hit.

Usage:
    python -m tests.support.sync_child run '<json job>'
    python -m tests.support.sync_child serve

``serve`` is a fork server: it imports everything once (the imports take seconds), prints
``READY``, then for each JSON job on a line of stdin forks a child that runs the job, waits
for it and answers one JSON line ``{"pid": ..., "killed": bool, "exit_code": ...}``. The server
itself never opens a database or starts a thread, so forking it is safe. A job is
``{"db": path, "token": device token, "log": path, "kill_at": k or null, "kill_on": step
name or null, "push": n, "pull": n, "snapshot": n, "timeout": seconds}``.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import keyring
from keyring.backend import KeyringBackend

from pos_desktop.store.database import Database, UnitOfWork
from pos_desktop.store.terminal import load_identity, open_database
from sync.client.build import build_sync
from sync.client.credentials import SERVICE_NAME, CredentialStore
from sync.client.engine import SyncEngine

APP_VERSION = "0.1.0-sync-child"
REQUESTS = ("hello", "push", "pull", "snapshot")


class _OneTokenKeyring(KeyringBackend):
    """The parent's keyring lives in its memory; the child is handed the one token it needs."""

    priority = 1

    def __init__(self, device_id: str, token: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._entry = (SERVICE_NAME, device_id)
        self._token = token

    def get_password(self, service: str, username: str) -> str | None:
        return self._token if (service, username) == self._entry else None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError("the sync child never stores credentials")

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError("the sync child never deletes credentials")


class Steps:
    """Counts steps, logs each before it runs, and kills the process at ``kill_at``."""

    def __init__(self, log: Path, kill_at: int | None, kill_on: str | None = None) -> None:
        self._fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.kill_at = kill_at
        self.kill_on = kill_on
        self.count = 0
        self.calls: dict[str, int] = {}
        self.last_request = "start"
        self.commits = 0  # write transactions since the last request

    def write(self, line: str) -> None:
        os.write(self._fd, (line + "\n").encode())

    def step(self, name: str) -> None:
        self.count += 1
        self.write(f"STEP {self.count} {name}")
        if self.count == self.kill_at or name == self.kill_on:
            os.kill(os.getpid(), signal.SIGKILL)

    def request(self, method: str, real: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def wrapped(req: Any) -> Any:
            self.calls[method] = self.calls.get(method, 0) + 1
            label = f"{method}#{self.calls[method]}"
            self.last_request = label
            self.commits = 0
            self.step(f"{label}:before")
            answer = real(req)
            self.step(f"{label}:answered")
            return answer

        return wrapped


def _hook_commits(db: Database, steps: Steps) -> None:
    """Every write transaction of this database steps just before its COMMIT."""
    make = db.uow

    def uow() -> UnitOfWork:
        unit = make()
        commit = unit.commit

        def stepped_commit() -> None:
            steps.commits += 1
            suffix = "" if steps.commits == 1 else str(steps.commits)
            steps.step(f"{steps.last_request}:commit{suffix}")
            commit()

        unit.commit = stepped_commit  # type: ignore[method-assign]
        return unit

    db.uow = uow  # type: ignore[method-assign]


def build(job: dict[str, Any], steps: Steps) -> SyncEngine:
    db = open_database(Path(job["db"]), run_migrations=False)  # the parent made it current
    identity = load_identity(db)
    keyring.set_keyring(_OneTokenKeyring(identity.device_id, job["token"]))
    timeout = float(job.get("timeout", 5.0))
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    engine = build_sync(
        db, credentials=CredentialStore(), app_version=APP_VERSION, transport=transport
    )
    assert engine is not None, "the terminal file is not enrolled"
    engine.client._http.timeout = httpx.Timeout(timeout, connect=timeout)
    for key, attr in (
        ("push", "push_limit"),
        ("pull", "pull_limit"),
        ("snapshot", "snapshot_limit"),
    ):
        if job.get(key):
            setattr(engine, attr, int(job[key]))
    for method in REQUESTS:
        setattr(engine.client, method, steps.request(method, getattr(engine.client, method)))
    _hook_commits(db, steps)
    return engine


def run(job: dict[str, Any]) -> int:
    """One round; SIGKILLed at ``kill_at`` (if the round gets that far)."""
    steps = Steps(Path(job["log"]), job.get("kill_at"), job.get("kill_on"))
    try:
        engine = build(job, steps)
        report = engine.run_round()
        steps.write(
            "REPORT "
            + json.dumps(
                {
                    "ok": report.ok,
                    "error": report.error,
                    "error_code": report.error_code,
                    "applied": report.applied,
                    "duplicates": report.duplicates,
                    "pulled": report.pulled,
                    "steps": steps.count,
                }
            )
        )
        engine.close()
        engine.db.dispose()
        return 0
    except BaseException:
        steps.write("ERROR " + traceback.format_exc().replace("\n", " | "))
        return 1


def serve() -> None:
    """Fork server: READY, then one forked child per job line, one answer line per job."""
    print("READY", flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the child: run the job and leave without running the server's exit code
            code = 1
            try:
                code = run(job)
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        print(json.dumps({"pid": pid, "killed": killed, "exit_code": exit_code}), flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        serve()
        return 0
    if argv[:1] == ["run"] and len(argv) == 2:
        return run(json.loads(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
