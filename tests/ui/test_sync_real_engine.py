"""The app's sync pieces with the real engine behind an ``httpx.MockTransport`` (no HQ process):
the enrollment dialog runs the real ``enroll`` (a used code is refused in words, a good one
writes the identity and keeps the token in the keyring), then the controller builds the real
``SyncWorker``, whose failed rounds show as "offline" with the reason, "Sync now" runs another
round, and quitting stops the worker within its bound."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from pos_desktop.app import AppServices, build_services
from pos_desktop.app_sync import credential_store, default_sync_pieces
from pos_desktop.paths import resolve_data_paths
from pos_desktop.store.models import Device, Organization, Store
from pos_desktop.store.outbox import row_payload
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.enroll_dialog import EnrollDialog
from pos_desktop.ui.sync_controller import SyncController
from pos_desktop.ui.sync_indicator import SyncIndicator
from pos_desktop.ui.tasks import TaskRunner
from sync.client.status import Connection
from tests.conftest import MemoryKeyring
from tests.support.terminal import Terminal


class FakeHq:
    """HQ's enroll endpoint answered from the test terminal's own organization and store; every
    other endpoint is unreachable (the till is offline after enrolling)."""

    def __init__(self, terminal: Terminal) -> None:
        with terminal.db.read() as s:
            ident = terminal.ctx.terminal
            org = s.get(Organization, ident.organization_id)
            store = s.get(Store, ident.store_id)
            device = s.get(Device, ident.device_id)
            assert org is not None and store is not None and device is not None
            self.rows = {n: row_payload(r) for n, r in (("org", org), ("store", store))}
            self.device = row_payload(device)
        self.unreachable_calls = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v1/enroll":
            with self.lock:
                self.unreachable_calls += 1
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        body = json.loads(request.content)
        if body["code"] != "GOOD-CODE":
            return httpx.Response(
                400,
                json={
                    "error": "enroll_code_invalid",
                    "message": "This enrollment code is unknown, used or expired.",
                    "details": {},
                },
            )
        device = {**self.device, "id": body["device_id"], "name": body["device_name"]}
        return httpx.Response(
            200,
            json={
                "device_id": body["device_id"],
                "device_token": f"dev.{body['device_id']}.s3cret",
                "organization": self.rows["org"],
                "store": self.rows["store"],
                "device": device,
                "server_epoch": "epoch-1",
            },
        )


@pytest.fixture
def app_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[dict[str, Any]]:
    """Room for an app built in the test (its own runner, shut down at the end)."""
    made: dict[str, Any] = {"runner": TaskRunner()}
    yield made
    qtbot.waitUntil(lambda: made["runner"].pending == 0, timeout=10_000)
    controller = made.get("controller")
    if controller is not None:
        controller.stop()
    made["runner"].shutdown()
    services: AppServices | None = made.get("services")
    if services is not None:
        services.close()


def test_enroll_then_sync_in_the_background_while_offline(
    qtbot: QtBot,
    terminal: Terminal,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    app_ui: dict[str, Any],
) -> None:
    from sync.client import enroll

    hq = FakeHq(terminal)
    transport = httpx.MockTransport(hq)
    runner: TaskRunner = app_ui["runner"]
    paths = resolve_data_paths(tmp_path / "till")
    dialog = EnrollDialog(
        runner.run,
        functools.partial(enroll, transport=transport),
        paths.database,
        credential_store,
        device_name="Till 2",
    )
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.url.setText("https://hq.lankamart.lk")
    dialog.code.setText("USED-CODE")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "This enrollment code is unknown, used or expired." in dialog.error.text()
    assert dialog.error.text().startswith("HQ refused the enrollment")

    dialog.code.setText("GOOD-CODE")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    identity = dialog.identity
    assert identity is not None
    assert identity.organization_id == terminal.ctx.terminal.organization_id
    assert memory_keyring.get_password("pos-desktop-sync", identity.device_id) == (
        f"dev.{identity.device_id}.s3cret"
    )

    # The app on the new terminal, with the real worker behind the same fake network.
    services = build_services(paths)
    app_ui["services"] = services
    services.sync = default_sync_pieces(services.db, transport=transport)
    ui = UiContext(services, runner)
    controller = SyncController(ui, services.sync.make_worker)
    app_ui["controller"] = controller
    indicator = SyncIndicator(ui)
    qtbot.addWidget(indicator)
    controller.start()
    qtbot.waitUntil(
        lambda: (
            controller.status is not None
            and controller.status.connection is Connection.OFFLINE
            and controller.status.last_error is not None
        ),
        timeout=15_000,
    )
    assert controller.enrolled
    assert "cannot reach HQ" in (controller.status.last_error or "")  # type: ignore[union-attr]
    assert indicator.text().startswith("offline")
    assert "Last error:" in indicator.toolTip()

    before = hq.unreachable_calls
    assert controller.sync_now()
    qtbot.waitUntil(lambda: hq.unreachable_calls > before, timeout=10_000)

    controller.stop()
    assert controller.worker is None
    assert controller.status is not None
