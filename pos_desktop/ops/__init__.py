"""Running a shop for years: backups, logs, crash reports, kiosk mode (Qt-free)."""
