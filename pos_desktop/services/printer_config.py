"""Which receipt printer this terminal uses: one JSON setting, ``hardware.printer``.

Stored per device (a printer is cabled to one terminal) through ``services.settings``. The JSON
keeps the field names ``pos doctor`` checks: network ``host`` (+ ``port``, TCP), usb
``vendor_id``/``product_id``, serial ``port`` (the serial device) and ``baudrate``, file ``path``,
win32raw ``printer_name``; plus ``width_mm`` (58/80), ``timeout_ms``, ``drawer_pin`` (2/5) and
``check_status`` (ask the printer for its paper status before printing), ``drawer_pulse_ms``
(how long the drawer's solenoid is driven, 10-500 ms; the usual 100 ms by default).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate, untranslated
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.settings import (
    Scope,
    SettingResult,
    SettingSpec,
    get_setting,
    register_setting,
    set_setting,
)

PRINTER_SETTING: Final = "hardware.printer"
PAPER_WIDTH_SETTING: Final = "receipt.paper_width_mm"


class PrinterKind(StrEnum):
    NONE = "none"
    NETWORK = "network"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"
    WIN32RAW = "win32raw"


# Fields each kind needs to be usable (``pos doctor`` reports the missing ones).
PRINTER_KINDS: Final[dict[str, tuple[str, ...]]] = {
    PrinterKind.USB.value: ("vendor_id", "product_id"),
    PrinterKind.NETWORK.value: ("host",),
    PrinterKind.SERIAL.value: ("port",),
    PrinterKind.FILE.value: ("path",),
    PrinterKind.WIN32RAW.value: ("printer_name",),
    PrinterKind.NONE.value: (),
}
DEFAULT_DRAWER_PULSE_MS: Final = 100
BAUD_RATES: Final = (2400, 4800, 9600, 19200, 38400, 57600, 115200)
_HOST = re.compile(r"[A-Za-z0-9.\-:\[\]_]{1,253}")

register_setting(
    SettingSpec(PRINTER_SETTING, dict, {"kind": "none"}, description="receipt printer")
)


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    kind: PrinterKind = PrinterKind.NONE
    host: str | None = None
    tcp_port: int = 9100
    vendor_id: int | None = None
    product_id: int | None = None
    serial_port: str | None = None
    baudrate: int = 9600
    path: str | None = None
    printer_name: str | None = None
    width_mm: int = 80
    timeout_ms: int = 3000
    drawer_pin: int = 2
    check_status: bool = True
    drawer_pulse_ms: int = DEFAULT_DRAWER_PULSE_MS

    @property
    def timeout_s(self) -> float:
        return self.timeout_ms / 1000

    @property
    def configured(self) -> bool:
        return self.kind is not PrinterKind.NONE

    def describe(self, translate: Translate = untranslated) -> str:
        """One line for the settings dialog, the test page and error messages (English unless
        the caller passes a translator: the templates are marked, context "PrinterConfig")."""

        def tr(text: str) -> str:
            return translate("PrinterConfig", text)

        where = {
            PrinterKind.NONE: tr(QT_TRANSLATE_NOOP("PrinterConfig", "no printer")),
            PrinterKind.NETWORK: tr(QT_TRANSLATE_NOOP("PrinterConfig", "network {host}:{port}")),
            PrinterKind.USB: tr(QT_TRANSLATE_NOOP("PrinterConfig", "USB {vendor}:{product}")),
            PrinterKind.SERIAL: tr(
                QT_TRANSLATE_NOOP("PrinterConfig", "serial {serial} at {baud} baud")
            ),
            PrinterKind.FILE: tr(QT_TRANSLATE_NOOP("PrinterConfig", "device file {path}")),
            PrinterKind.WIN32RAW: tr(QT_TRANSLATE_NOOP("PrinterConfig", "Windows printer {name}")),
        }[self.kind].format(
            host=self.host,
            port=self.tcp_port,
            vendor=_hex(self.vendor_id),
            product=_hex(self.product_id),
            serial=self.serial_port,
            baud=self.baudrate,
            path=self.path,
            name=repr(self.printer_name),
        )
        return f"{where}, {self.width_mm} mm"

    def to_setting(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.kind is PrinterKind.NETWORK:
            data |= {"host": self.host, "port": self.tcp_port}
        elif self.kind is PrinterKind.USB:
            data |= {"vendor_id": self.vendor_id, "product_id": self.product_id}
        elif self.kind is PrinterKind.SERIAL:
            data |= {"port": self.serial_port, "baudrate": self.baudrate}
        elif self.kind is PrinterKind.FILE:
            data |= {"path": self.path}
        elif self.kind is PrinterKind.WIN32RAW:
            data |= {"printer_name": self.printer_name}
        data |= {
            "width_mm": self.width_mm,
            "timeout_ms": self.timeout_ms,
            "drawer_pin": self.drawer_pin,
            "check_status": self.check_status,
        }
        if self.drawer_pulse_ms != DEFAULT_DRAWER_PULSE_MS:
            data["drawer_pulse_ms"] = self.drawer_pulse_ms
        return data

    @staticmethod
    def from_setting(value: Any, *, default_width_mm: int = 80) -> PrinterConfig:
        """Parse and check a stored (or typed) value; ValidationError says what is wrong."""
        if not isinstance(value, dict):
            raise ValidationError("printer setting must be an object with a 'kind'")
        try:
            kind = PrinterKind(value.get("kind", "none"))
        except ValueError:
            raise ValidationError(
                f"printer kind {value.get('kind')!r} is not one of {', '.join(PRINTER_KINDS)}"
            ) from None
        missing = [f for f in PRINTER_KINDS[kind.value] if value.get(f) in (None, "")]
        if missing:
            raise ValidationError(f"a {kind.value} printer needs {', '.join(missing)}")
        width = _whole(value.get("width_mm", default_width_mm), "paper width")
        if width not in (58, 80):
            raise ValidationError("paper width must be 58 or 80 mm")
        timeout = _whole(value.get("timeout_ms", 3000), "printer timeout")
        if not 100 <= timeout <= 60_000:
            raise ValidationError("printer timeout must be between 100 and 60000 ms")
        pin = _whole(value.get("drawer_pin", 2), "drawer pin")
        if pin not in (2, 5):
            raise ValidationError("cash drawer pin must be 2 or 5")
        pulse = _whole(value.get("drawer_pulse_ms", DEFAULT_DRAWER_PULSE_MS), "drawer pulse")
        if not 10 <= pulse <= 500:
            raise ValidationError("the drawer pulse must be between 10 and 500 ms")
        common: dict[str, Any] = {
            "kind": kind,
            "width_mm": width,
            "timeout_ms": timeout,
            "drawer_pin": pin,
            "check_status": bool(value.get("check_status", True)),
            "drawer_pulse_ms": pulse,
        }
        if kind is PrinterKind.NETWORK:
            host = str(value["host"]).strip()
            if not _HOST.fullmatch(host):
                raise ValidationError(f"printer address {host!r} is not a host name or IP")
            port = _whole(value.get("port", 9100), "printer port")
            if not 1 <= port <= 65535:
                raise ValidationError("printer port must be between 1 and 65535")
            return PrinterConfig(host=host, tcp_port=port, **common)
        if kind is PrinterKind.USB:
            return PrinterConfig(
                vendor_id=usb_id(value["vendor_id"], "vendor id"),
                product_id=usb_id(value["product_id"], "product id"),
                **common,
            )
        if kind is PrinterKind.SERIAL:
            baud = _whole(value.get("baudrate", 9600), "baud rate")
            if baud not in BAUD_RATES:
                raise ValidationError(f"baud rate must be one of {', '.join(map(str, BAUD_RATES))}")
            return PrinterConfig(
                serial_port=_text(value["port"], "serial port"), baudrate=baud, **common
            )
        if kind is PrinterKind.FILE:
            return PrinterConfig(path=_text(value["path"], "device path"), **common)
        if kind is PrinterKind.WIN32RAW:
            return PrinterConfig(
                printer_name=_text(value["printer_name"], "printer name"), **common
            )
        return PrinterConfig(**common)


def usb_id(value: Any, what: str) -> int:
    """A USB id as stored (int) or typed ("04b8", "0x04B8")."""
    if isinstance(value, str):
        text = value.strip().lower().removeprefix("0x")
        if not re.fullmatch(r"[0-9a-f]{1,4}", text):
            raise ValidationError(f"USB {what} must be 1-4 hex digits, e.g. 04b8")
        return int(text, 16)
    number = _whole(value, f"USB {what}")
    if not 0 <= number <= 0xFFFF:
        raise ValidationError(f"USB {what} must be between 0000 and ffff")
    return number


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be a whole number")
    return value


def _text(value: Any, what: str) -> str:
    text = str(value).strip()
    if not text or len(text) > 255:
        raise ValidationError(f"{what} must be 1-255 characters")
    return text


def _hex(value: int | None) -> str:
    return "????" if value is None else f"{value:04x}"


def printer_config_problem(value: Any) -> str | None:
    """Why a stored value cannot be used, or None (``pos doctor`` uses this)."""
    try:
        PrinterConfig.from_setting(value)
    except ValidationError as exc:
        return exc.message
    return None


def get_printer_config(session: Session, ctx: ServiceContext) -> PrinterConfig:
    """The printer in force on this device. A stored value without ``width_mm`` takes the
    ``receipt.paper_width_mm`` setting. Raises ValidationError for an unusable value."""
    value = get_setting(session, ctx, PRINTER_SETTING)
    width = get_setting(session, ctx, PAPER_WIDTH_SETTING)
    return PrinterConfig.from_setting(value, default_width_mm=width if width in (58, 80) else 80)


def save_printer_config(
    ctx: ServiceContext, actor: Actor, config: PrinterConfig, *, scope: Scope = "device"
) -> SettingResult:
    """Store the printer for this device (MANAGE_SETTINGS; audited by set_setting)."""
    data = config.to_setting()
    PrinterConfig.from_setting(data)  # refuse anything get_printer_config could not read back
    return set_setting(ctx, actor, PRINTER_SETTING, data, scope=scope)
