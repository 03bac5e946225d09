"""The counter's rules in plain Python: no Qt, no database (DESIGN.md section 3)."""
