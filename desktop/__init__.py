"""Loket Pengaduan Konsumen: the counter application of the consumer-complaint service."""

__version__ = "0.1.0"
