"""The terminal's sync process SIGKILLed between every pair of sync steps.

A child process (tests/support/sync_child.py) runs one round on the terminal file and kills
itself at step k: before a request, with HQ's answer in memory and nothing of it written (for a
push: HQ committed, no entry marked), or inside a write transaction just before its COMMIT.
Before each k the till sells and another till's sale waits to be pulled, so every round has
two push batches and several pull pages. After each kill a fresh child finishes the work, and
the device's invariants hold; k goes up until a round completes without reaching step k.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from sync.client.credentials import CredentialStore
from tests.faults.invariants import check_all, check_device, dump
from tests.faults.world import FaultWorld, Till

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]

ROOT = Path(__file__).resolve().parents[2]


class SyncChildren:
    """The fork server of tests/support/sync_child.py (imports once, forks per round)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.runs = 0
        self._stderr: IO[bytes] = (tmp / "sync_child.err").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.sync_child", "serve"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        assert self.proc.stdout is not None
        ready = self.proc.stdout.readline().strip()
        assert ready == "READY", f"sync child did not start: {ready!r}"

    def run(
        self, till: Till, token: str, kill_at: int | None, kill_on: str | None = None
    ) -> dict[str, Any]:
        """One round in a fresh child; returns how it ended, its steps and its report."""
        self.runs += 1
        log = self.tmp / f"round-{self.runs}.log"
        job = {
            "db": str(till.path),
            "token": token,
            "log": str(log),
            "kill_at": kill_at,
            "kill_on": kill_on,
            **till.limits,
            "timeout": till.timeout,
        }
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        answer: dict[str, Any] = json.loads(self.proc.stdout.readline())
        lines = log.read_text().splitlines() if log.exists() else []
        errors = [line for line in lines if line.startswith("ERROR ")]
        assert not errors, errors[0].replace(" | ", "\n")
        answer["steps"] = [line.split(" ", 2)[2] for line in lines if line.startswith("STEP ")]
        reports = [json.loads(line[7:]) for line in lines if line.startswith("REPORT ")]
        answer["report"] = reports[0] if reports else None
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(30)
        self._stderr.close()


def test_client_killed_between_every_pair_of_sync_steps(world: FaultWorld, tmp_path: Path) -> None:
    till = world.till("till", push=4, pull=6)
    seller = world.till("seller")
    token = CredentialStore().get(till.device_id)
    assert token is not None
    children = SyncChildren(tmp_path)
    killed_at: list[str] = []
    try:
        kill_at = 1
        while True:
            till.sell((kill_at % 6, 1))  # 7 outbox entries: two push batches of 4
            seller.sell(((kill_at + 1) % 6, 2))
            seller.sync()  # its sale waits for the till: pull pages of 6
            killed = children.run(till, token, kill_at)
            if not killed["killed"]:
                # The round has fewer steps than k: every step has been killed once.
                assert killed["exit_code"] == 0 and killed["report"]["ok"], killed
                assert len(killed["steps"]) < kill_at
                break
            assert len(killed["steps"]) == kill_at and killed["report"] is None
            killed_at.append(killed["steps"][-1])
            finished = children.run(till, token, None)
            assert finished["exit_code"] == 0 and finished["report"]["ok"], finished
            if killed_at[-1].startswith("push") and not killed_at[-1].endswith(":before"):
                # HQ had committed that batch; the terminal had not marked it: resent, and
                # answered as duplicates, never applied twice.
                assert finished["report"]["duplicates"] > 0, killed_at[-1]
            assert till.pending() == 0
            check_device(world.hq.db, world.org.id, till)
            kill_at += 1
            assert kill_at < 80, "the round never ended"
    finally:
        children.close()
    kinds = {
        step.split("#")[0] + ":" + step.split(":")[-1].rstrip("0123456789") for step in killed_at
    }
    # Killed before each kind of request, with each kind of answer unapplied, and inside each
    # kind of write transaction (a push's acks, a pull page with its cursor; hello writes only
    # when it brings news, so its transaction is not in every round).
    expected = {f"{m}:{w}" for m in ("push", "pull") for w in ("before", "answered", "commit")}
    assert expected | {"hello:before", "hello:answered"} <= kinds, killed_at
    assert sum(1 for step in killed_at if step.startswith("push#2")) == 3  # between batches too
    check_all(world)


def test_client_killed_in_every_snapshot_page(world: FaultWorld, tmp_path: Path) -> None:
    """The first snapshot of a new till, killed once in each of its pages (in turn before the
    request, with the page in memory, inside the page's transaction): every child resumes from
    the saved snapshot state and the till ends exactly like one snapshotted in one go (I4)."""
    witness = world.till("witness")
    seller = world.till("seller")
    for n in range(3):
        seller.sell((n, 1), (n + 2, 2))
    seller.new_customer("Nimal Perera", "0771234561")
    seller.sync()
    witness.sync()
    fresh = world.till("fresh", snapshot=6, first_sync=False)
    token = CredentialStore().get(fresh.device_id)
    assert token is not None
    children = SyncChildren(tmp_path)
    killed_at: list[str] = []
    try:
        first = children.run(fresh, token, None, kill_on="snapshot#1:commit")
        assert first["killed"] and first["steps"][-1] == "snapshot#1:commit"
        while True:
            # Each child applies the next page, and is killed in the one after it.
            when = ("before", "answered", "commit")[len(killed_at) % 3]
            child = children.run(fresh, token, None, kill_on=f"snapshot#2:{when}")
            if not child["killed"]:
                assert child["exit_code"] == 0 and child["report"]["ok"], child
                break
            killed_at.append(child["steps"][-1])
            assert len(killed_at) < 60, "the snapshot never ended"
    finally:
        children.close()
    assert len(killed_at) >= 6
    check_all(world)
    assert dump(fresh.db) == dump(witness.db)
