"""The central-server client: outbox, protocol, background worker."""
