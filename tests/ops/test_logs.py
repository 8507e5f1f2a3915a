"""Log files: rotation, UTC line format, level from the environment, secrets masked."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_desktop.ops.logs import (
    ENV_LOG_LEVEL,
    LOG_FILE,
    LoggingSetup,
    SecretFilter,
    configure_logging,
    level_from,
    log_start,
    mask_secrets,
    tail_lines,
)

LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|WARNING|ERROR|DEBUG|CRITICAL) +"
    r"\[(?P<thread>[^\]]+)\] (?P<logger>[\w.]+): (?P<message>.*)$"
)


@pytest.fixture
def setups() -> Iterator[list[LoggingSetup]]:
    made: list[LoggingSetup] = []
    yield made
    for setup in reversed(made):
        setup.undo()


def read(logs: Path) -> list[str]:
    return (logs / LOG_FILE).read_text(encoding="utf-8").splitlines()


def test_lines_carry_utc_time_level_thread_and_logger(
    tmp_path: Path, setups: list[LoggingSetup]
) -> None:
    setups.append(configure_logging(tmp_path / "logs", environ={}))
    logging.getLogger("pos_desktop.test").info("sale committed: receipt %s", "R-0001")
    logging.getLogger("pos_desktop.test").debug("not at INFO")
    lines = read(tmp_path / "logs")
    assert len(lines) == 1
    match = LINE.match(lines[0])
    assert match is not None, lines[0]
    assert match["thread"] == "MainThread"
    assert match["logger"] == "pos_desktop.test"
    assert match["message"] == "sale committed: receipt R-0001"


def test_undo_removes_the_handler_and_a_second_call_does_not_double_lines(
    tmp_path: Path, setups: list[LoggingSetup]
) -> None:
    before = list(logging.getLogger().handlers)
    first = configure_logging(tmp_path, environ={})
    second = configure_logging(tmp_path, environ={})
    setups.extend([first, second])
    assert second.handler is None
    logging.getLogger("x").warning("once")
    assert sum("once" in line for line in read(tmp_path)) == 1
    second.undo()
    first.undo()
    assert logging.getLogger().handlers == before
    logging.getLogger("x").warning("after undo")
    assert not any("after undo" in line for line in read(tmp_path))


def test_level_comes_from_pos_log_level(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    assert level_from({ENV_LOG_LEVEL: "debug"}) == logging.DEBUG
    assert level_from({ENV_LOG_LEVEL: "30"}) == logging.WARNING
    assert level_from({ENV_LOG_LEVEL: "nonsense"}) == logging.INFO
    assert level_from({}) == logging.INFO
    setups.append(configure_logging(tmp_path, environ={ENV_LOG_LEVEL: "WARNING"}))
    logging.getLogger("y").info("quiet")
    logging.getLogger("y").warning("loud")
    assert [line.endswith("loud") for line in read(tmp_path)] == [True]


def test_files_rotate_at_the_size_limit(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    setups.append(configure_logging(tmp_path, environ={}, max_bytes=2_000, backup_count=3))
    for n in range(200):
        logging.getLogger("rot").info("line %03d %s", n, "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["pos.log", "pos.log.1", "pos.log.2", "pos.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert read(tmp_path)[-1].endswith("line 199 " + "x" * 40)


def test_unicode_messages_are_written_as_utf8(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    setups.append(configure_logging(tmp_path, environ={}))
    logging.getLogger("u").info("පාන් 1 kg, ரொட்டி")
    assert read(tmp_path)[-1].endswith("පාන් 1 kg, ரொட்டி")


SECRETS = [
    ("token=abc.def-123", "abc.def-123"),
    ("POST /push?device_token=s3cr3tTok&x=1", "s3cr3tTok"),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9"),
    ("headers={'Authorization': 'Bearer tok-777', 'Accept': 'json'}", "tok-777"),
    ('{"token": "hq-token-9", "ok": true}', "hq-token-9"),
    ("login pin=4321 failed", "4321"),
    ("PIN: 8765", "8765"),
    ("password='hunter2!'", "hunter2!"),
    ("enrollment_code=ABCD-EFGH", "ABCD-EFGH"),
    ("bearer zz.top.secret", "zz.top.secret"),
    ("customer kamal.perera@example.lk signed up", "kamal.perera@example.lk"),
    ("pin_hash=$argon2id$v=19$m=65536", "$argon2id$v=19$m=65536"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_mask_secrets_removes_the_value(text: str, secret: str) -> None:
    masked = mask_secrets(text)
    assert secret not in masked
    assert "***" in masked


def test_mask_secrets_leaves_ordinary_lines_alone() -> None:
    for text in (
        "sale committed: receipt S01-D01-000042, total 1250.00 LKR",
        "signed in: user 01J9ZC4YV0 (cashier)",
        "sync round: pushed 3, pulled 10 in 0.42 s",
        "spinner=3 opinion: fine",
    ):
        assert mask_secrets(text) == text


def test_secrets_in_arguments_and_tracebacks_never_reach_the_file(
    tmp_path: Path, setups: list[LoggingSetup]
) -> None:
    setups.append(configure_logging(tmp_path, environ={}))
    log = logging.getLogger("pos_desktop.secret")
    log.info("request headers %s", {"Authorization": "Bearer LEAK-1"})
    log.warning("login with pin=%s refused", "LEAK-2")
    try:
        raise RuntimeError("HQ answered 401 for token=LEAK-3")
    except RuntimeError:
        log.exception("push failed")
    text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "LEAK" not in text
    assert "push failed" in text and "RuntimeError" in text


def test_secret_filter_masks_records_for_other_handlers() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "token=%s", ("LEAK",), None)
    assert SecretFilter().filter(record)
    assert record.getMessage() == "token=***"


def test_log_start_and_tail(tmp_path: Path, setups: list[LoggingSetup]) -> None:
    setups.append(configure_logging(tmp_path, environ={}))
    log = logging.getLogger("pos_desktop.start")
    log_start(
        log, "pos run", version="1.2.3", data_dir=tmp_path, schema_revision="abc123", qt="6.9"
    )
    for n in range(300):
        log.info("filler %d", n)
    lines = tail_lines(tmp_path, 200)
    assert len(lines) == 200
    assert lines[-1].endswith("filler 299") and lines[0].endswith("filler 100")
    first = read(tmp_path)[0]
    for part in ("pos run started", "version 1.2.3", "schema abc123", str(tmp_path), "qt 6.9"):
        assert part in first
    assert tail_lines(tmp_path / "missing") == []
