"""Scanner backends and file intake: pages joined into one PDF."""
