"""What this desk remembers between runs: language, window state, last user, and which database
it works on (desk.ini; never a password)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class DeskSettings:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self._settings = QSettings(str(data_dir / "desk.ini"), QSettings.Format.IniFormat)

    def value(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set(self, key: str, value: str | QByteArray) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    @property
    def scan_folder(self) -> Path:
        """Where the office copier drops its scans (desk.ini: scan/folder)."""
        return Path(self.value("scan/folder") or self.data_dir / "scan-inbox")

    @property
    def language(self) -> str:
        return self.value("language", "id")

    @property
    def office_url(self) -> str:
        """The office database this desk works on (a ``postgresql://`` URL without password),
        or "" for this desk only: the SQLite database in its data folder."""
        return self.value("database/office")

    def set_office_url(self, url: str) -> None:
        self.set("database/office", url)
