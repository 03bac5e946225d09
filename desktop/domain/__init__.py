"""The counter's rules in plain Python: no Qt, no database (docs/architecture.md, "Layers")."""
