"""Talking to the central system (SIMPKTN): the HTTP client of resources/api/openapi.yaml, the
desk's token in the operating system's keyring, and the backoff between failed attempts. What to
send and what to do with the answers is services/syncing.py's."""
