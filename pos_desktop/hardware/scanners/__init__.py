"""Barcode scanners: keyboard wedge (timing decoder), serial port, camera frames.

Qt-free. Import the modules directly; pyserial and pyzbar are loaded only by the serial and
camera modules, so the wedge decoder costs nothing at start-up.
"""
