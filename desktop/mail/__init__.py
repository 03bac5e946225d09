"""E-mail: the office's letters sent over SMTP with TLS."""
