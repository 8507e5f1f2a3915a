"""Offline-first POS terminal."""
