"""A chart of counts per day (or week): launched against shot down, or incidents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.pictures.canvas import png, pyplot

# Colours that stay apart for the colour-blind (Okabe-Ito): orange, blue, bluish green, vermillion.
PALETTE = ("#E69F00", "#0072B2", "#009E73", "#D55E00")
WIDTH_INCHES, HEIGHT_INCHES, DPI = 10, 5, 100
_EPOCH = date(1970, 1, 1).toordinal()  # matplotlib counts days from here


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    period: str  # "2025-01-01 to 2025-06-30, by week"
    unit: str  # what the y axis counts: "weapons", "incidents"
    buckets: tuple[date, ...]  # the first day of each bar
    series: tuple[tuple[str, tuple[int, ...]], ...]  # (label, one value per bucket)
    credit: str
    bucket_days: int = 1


def draw_chart(chart: Chart) -> bytes:
    """The chart as a PNG (1000 x 500 pixels)."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import MaxNLocator

    plt = pyplot()
    figure, axes = plt.subplots(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    try:
        count = max(1, len(chart.series))
        width = 0.8 * chart.bucket_days / count
        for index, (label, values) in enumerate(chart.series):
            offsets = [day.toordinal() - _EPOCH + (index - (count - 1) / 2) * width for day in chart.buckets]
            total = sum(values)
            axes.bar(
                offsets, values, width=width, label=f"{label} ({total:,} in all)", color=PALETTE[index % 4]
            )
        axes.xaxis_date()  # the bars stand at matplotlib's day numbers: days since 1970-01-01
        locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        axes.set_title(f"{chart.title}\n{chart.period}", fontsize=12)
        axes.set_xlabel("date (Kyiv time)" + (", bars per week" if chart.bucket_days == 7 else ""))
        axes.set_ylabel(f"{chart.unit} per {'week' if chart.bucket_days == 7 else 'day'}")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.grid(axis="y", alpha=0.3)
        if chart.series:
            axes.legend(loc="upper left", frameon=False)
        return png(figure, chart.credit)
    finally:
        plt.close(figure)
