"""Where the application's own files are: beside the package, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
