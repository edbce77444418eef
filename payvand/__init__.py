"""Payvand: knowledge graphs of municipal diplomacy from Persian news."""

__version__ = "0.1.0"
