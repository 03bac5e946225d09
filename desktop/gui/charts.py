"""Charts (QtCharts) that say their figures and can leave the screen: saved as PNG or PDF,
or printed through the preview like any document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QToolTip

# The ministry's blue first, then colours that stay apart for the colour-blind (Okabe–Ito).
PALETTE = (
    "#0b4f8a",
    "#e69f00",
    "#56b4e9",
    "#009e73",
    "#d55e00",
    "#cc79a7",
    "#f0e442",
    "#5f6b7a",
    "#7a3e9d",
    "#8fbc3f",
    "#b35c44",
    "#1f9e9e",
    "#a6761d",
    "#2b2d42",
    "#b8b8b8",
)

Clicked = Callable[[int, int], None]  # (series' set index, category index)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setMargins(QMargins(6, 4, 6, 4))
    chart.setBackgroundRoundness(0)
    return chart


def bars(
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    *,
    stacked: bool = False,
    horizontal: bool = False,
    percent: bool = False,
    clicked: Clicked | None = None,
) -> QChart:
    """Bars per category, one set per (name, values); ``clicked(set, category)`` on a click."""
    chart = _chart(title)
    if horizontal:
        series = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    else:
        series = QStackedBarSeries() if stacked else QBarSeries()
    for number, (name, values) in enumerate(sets):
        bar = QBarSet(name)
        bar.setColor(QColor(PALETTE[number % len(PALETTE)]))
        bar.append([float(v) for v in values])
        if clicked is not None:
            bar.clicked.connect(lambda index, n=number: clicked(n, index))
        bar.hovered.connect(lambda on, index, b=bar: _tip(on, b, index, categories, percent))
        series.append(bar)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(categories))
    values = QValueAxis()
    values.setLabelFormat("%d%%" if percent else "%d")
    top = 100 if percent else max([5.0, *_tops(sets, stacked)])  # whole numbers on the axis
    values.setRange(0, top)
    if percent:
        values.setTickCount(6)
    else:
        values.applyNiceNumbers()
    left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
    chart.addAxis(names, left if horizontal else bottom)
    chart.addAxis(values, bottom if horizontal else left)
    series.attachAxis(names)
    series.attachAxis(values)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def _tops(sets: Sequence[tuple[str, Sequence[float]]], stacked: bool) -> list[float]:
    columns = list(zip(*(values for _n, values in sets), strict=True)) if sets else []
    return [sum(c) if stacked else max(c) for c in columns]


def _tip(on: bool, bar: QBarSet, index: int, categories: Sequence[str], percent: bool) -> None:
    if not on:
        QToolTip.hideText()
        return
    from PySide6.QtGui import QCursor

    value = bar.at(index)
    shown = f"{value:.0f}%" if percent else f"{value:,.0f}".replace(",", ".")
    QToolTip.showText(QCursor.pos(), f"{categories[index]} · {bar.label()}: {shown}")


def pie(
    title: str, slices: Sequence[tuple[str, float]], clicked: Callable[[int], None] | None = None
) -> QChart:
    chart = _chart(title)
    series = QPieSeries()
    total = sum(v for _n, v in slices) or 1  # the legend names every slice, with its share
    for number, (name, value) in enumerate(slices):
        share = f"{100 * value / total:.0f}%"
        piece = series.append(f"{name}: {value:,.0f} ({share})".replace(",", "."), float(value))
        piece.setColor(QColor(_slice_colour(number, len(slices))))
        if clicked is not None:
            piece.clicked.connect(lambda n=number: clicked(n))
        piece.hovered.connect(lambda on, p=piece: p.setExploded(on))
    series.setPieSize(0.85)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def _slice_colour(number: int, count: int) -> str:
    """The palette round the pie; past its end it starts again, but the last slice, which
    touches the first, never takes the first's colour (thirteen outcomes and agencies did)."""
    colour = PALETTE[number % len(PALETTE)]
    if number == count - 1 and number and colour == PALETTE[0]:
        return PALETTE[1 + (number - 1) % (len(PALETTE) - 1)]
    return colour


class ChartView(QChartView):
    """A chart on the page, with Save as PNG, Save as PDF and Print in its context menu."""

    def __init__(
        self, name: str, print_pdf: Callable[[bytes, str], None], height: int = 290, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(height)
        self.print_pdf = print_pdf
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (self.tr("Save as PNG…"), lambda: self._save("png")),
            (self.tr("Save as PDF…"), lambda: self._save("pdf")),
            (self.tr("Print…"), lambda: self.print_pdf(self.pdf(), self.chart().title())),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _c=False, run=slot: run())
            self.addAction(action)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _save(self, kind: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart"),
            f"{self.objectName()}.{kind}",
            "PNG (*.png)" if kind == "png" else "PDF (*.pdf)",
        )
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> None:
        """The chart as a PNG (as on screen, at twice its pixels) or a PDF (vector, A4 across)."""
        if path.suffix.lower() == ".pdf":
            path.write_bytes(self.pdf())
            return
        image = self.grab().toImage() if self.devicePixelRatioF() > 1 else self._image(2)
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")

    def _image(self, scale: int):
        from PySide6.QtGui import QImage

        image = QImage(self.size() * scale, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render(painter)
        painter.end()
        return image

    def pdf(self) -> bytes:
        """One landscape A4 page holding the chart, drawn as vectors."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.chart().title())
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
            )
        )
        writer.setResolution(150)
        painter = QPainter(writer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = painter.viewport()
        size = QSizeF(self.size())
        scale = min(area.width() / size.width(), area.height() / size.height())
        painter.scale(scale, scale)
        self.render(painter)
        painter.end()
        buffer.close()
        return bytes(data)
