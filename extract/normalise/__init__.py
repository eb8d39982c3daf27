"""Normalisers: pure functions from a mention's text (and its context) to SCHEMA.md values."""
