"""The local database (peewee on SQLite), its migrations, full-text search and file store."""
