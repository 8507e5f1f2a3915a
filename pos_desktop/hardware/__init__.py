"""Adapters for the devices at the counter (printers, drawer, scanners). Qt-free."""
