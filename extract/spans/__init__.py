"""SCHEMA.md's span rules, a stage of their own between an entity back end and the normalisers: one module per
kind of span (actors, quantities, dates), and `rules.apply_span_rules`, which runs them in order."""
