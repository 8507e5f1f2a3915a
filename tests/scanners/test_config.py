"""Scanner settings: defaults, round trip, refusal of bad values, fallback when stored badly."""

from __future__ import annotations

from typing import Any

import pytest

from pos_desktop.core.errors import ValidationError
from pos_desktop.hardware.scanners.config import (
    CameraScannerConfig,
    ScannerSettings,
    SerialScannerConfig,
    WedgeConfig,
)


def test_empty_settings_are_a_working_wedge_set_up() -> None:
    settings = ScannerSettings.from_dict({})
    assert settings == ScannerSettings.from_dict(None) == ScannerSettings()
    assert settings.wedge == WedgeConfig(max_gap_ms=35, min_length=6, suffix=("Enter", "Tab"))
    assert settings.serial.port is None and not settings.camera.enabled


def test_round_trip() -> None:
    settings = ScannerSettings(
        wedge=WedgeConfig(max_gap_ms=50, min_length=8, prefix="]C", suffix=("Enter",)),
        serial=SerialScannerConfig(port="/dev/ttyACM0", baudrate=115200, idle_flush_ms=100),
        camera=CameraScannerConfig(enabled=True, device="USB", interval_ms=200, repeat_ms=2000),
    )
    data = settings.to_dict()
    assert data["wedge"]["suffix"] == ["Enter"]
    assert ScannerSettings.from_dict(data) == settings


def test_a_single_suffix_may_be_given_as_text() -> None:
    assert ScannerSettings.from_dict({"wedge": {"suffix": "Tab"}}).wedge.suffix == ("Tab",)


@pytest.mark.parametrize(
    "data",
    [
        {"wedge": {"max_gap_ms": "35"}},
        {"wedge": {"max_gap_ms": True}},
        {"wedge": {"min_length": 0}},
        {"wedge": {"suffix": ["Escape"]}},
        {"wedge": {"suffix": 13}},
        {"wedge": {"enabled": "yes"}},
        {"serial": {"baudrate": 9601}},
        {"serial": {"port": 5}},
        {"camera": {"interval_ms": 1}},
        {"camera": []},
        {"printer": {}},
    ],
)
def test_bad_values_are_refused_with_a_message(data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ScannerSettings.from_dict(data)


def test_load_falls_back_to_the_defaults_and_says_why() -> None:
    settings, problem = ScannerSettings.load({"wedge": {"max_gap_ms": 9999}})
    assert settings == ScannerSettings()
    assert problem is not None and "500" in problem
    assert ScannerSettings.load({}) == (ScannerSettings(), None)
