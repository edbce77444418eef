"""Payvand: knowledge graphs of municipal diplomacy from Persian news."""
