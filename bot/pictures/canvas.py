"""What every picture shares: matplotlib on its Agg backend, loaded on first use, and the credit line and PNG at
the end."""

from __future__ import annotations

import io
import textwrap
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def pyplot() -> ModuleType:
    """matplotlib's pyplot on Agg: imported when a picture is asked for, never at start-up (it takes half a
    second to load)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


# Where the plot stands in the picture, as fractions of it: room for the two-line title above, the axis labels and
# the credit line below. Fixed margins, not `tight_layout`: that draws the whole figure once more to measure it,
# a third of a picture's time.
MARGINS = {"left": 0.09, "right": 0.98, "top": 0.88, "bottom": 0.16}


def png(figure: Figure, credit: str) -> bytes:
    """The figure with its credit line under it, as PNG bytes."""
    figure.text(0.01, 0.01, textwrap.fill(credit, 170), fontsize=7, color="#555555")
    figure.subplots_adjust(**MARGINS)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
