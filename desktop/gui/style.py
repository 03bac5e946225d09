"""One calm look for the whole window: Fusion, a light palette and a few accents."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#0b4f8a"  # the ministry's blue
DANGER = "#b3261e"
WARNING = "#8a5300"
MUTED = "#5f6b7a"
# The focus ring, two shades so it stands out 3:1 from what it replaces (WCAG's focus
# appearance): dark around a white button (the light one was lost beside its grey edge), light
# around the blue default button.
FOCUS = "#8a3c00"
FOCUS_ON_BLUE = "#f0b000"

SHEET = f"""
QWidget {{ font-size: 10pt; }}
QListWidget#navigation {{ background: #eef2f6; border: none; padding-top: 8px; font-size: 11pt; }}
QListWidget#navigation::item {{ padding: 9px 14px; border-radius: 6px; margin: 1px 8px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#titleLabel, QLabel#greetingLabel {{ font-size: 16pt; font-weight: 600; color: #1d2733; }}
QLabel#regNoLabel {{ font-size: 16pt; font-weight: 700; color: {ACCENT}; }}
QLabel#statusLabel {{ font-size: 11pt; font-weight: 600; padding: 3px 10px; border-radius: 10px;
    background: #e4edf6; color: {ACCENT}; }}
QLabel#dateLabel, QLabel#countLabel, QLabel#officeLabel, QLabel#actionsHint, QLabel#syncLabel {{
    color: {MUTED}; }}
QLabel[role="error"], QLabel#errorLabel {{ color: {DANGER}; }}
QLabel#duplicateLabel {{ color: {WARNING}; font-weight: 600; }}
QFrame[tile="true"] {{ background: white; border: 1px solid #d7dee6; border-radius: 8px; }}
QFrame[tile="true"] QLabel {{ border: none; background: transparent; }}
QLabel[count="true"] {{ font-size: 24pt; font-weight: 700; color: #1d2733; }}
QLabel[count="true"][alert="true"] {{ color: {DANGER}; }}
QGroupBox {{ font-weight: 600; border: 1px solid #d7dee6; border-radius: 8px; margin-top: 14px;
    padding: 12px 10px 10px 10px; background: white; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: #1d2733; }}
QGroupBox QLabel, QGroupBox QCheckBox {{ font-weight: normal; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #aeb8c2; border-radius: 4px;
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #ffffff, stop:1 #eef1f4); }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed {{ background: #dfe6ed; }}
QPushButton:disabled {{ color: #9aa4ae; border-color: #d3d9df; background: #f3f5f7; }}
QPushButton:default {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton:default:disabled {{ background: #9db3c8; border-color: #9db3c8; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; padding: 5px 13px; }}
QPushButton:default:focus {{ border: 3px solid {FOCUS_ON_BLUE}; padding: 4px 12px; }}
QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{ outline: 2px solid {FOCUS}; }}
QTableView, QTreeWidget, QListWidget {{ background: white; }}
QHeaderView::section {{ background: #f3f5f7; padding: 5px; border: none;
    border-bottom: 1px solid #d7dee6; font-weight: 600; }}
QStatusBar {{ color: {MUTED}; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f8fb"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(SHEET)
