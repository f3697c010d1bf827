"""Pictures of what the bot knows: charts of figures over time and maps of where strikes landed, as PNG bytes.

Drawn with matplotlib on its non-interactive Agg backend, imported only when a picture is asked for (it takes half a
second to load, which no other command should pay). Every picture carries its title, axis labels or legend, the
range it covers and a credit line naming its sources.
"""

from bot.pictures.chart import Chart, draw_chart
from bot.pictures.map import MapMark, MapPicture, draw_map

__all__ = ["Chart", "MapMark", "MapPicture", "draw_chart", "draw_map"]
