"""A map of Ukraine with a mark at each place hit, sized by its number of incidents; launch sites apart."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.pictures.canvas import png, pyplot

WIDTH_INCHES, HEIGHT_INCHES, DPI = 10, 7, 100
TARGET_COLOUR, ORIGIN_COLOUR, REGION_COLOUR = "#D55E00", "#0072B2", "#E69F00"


@dataclass(frozen=True, slots=True)
class MapMark:
    name: str
    lat: float
    lon: float
    incidents: int
    kind: str = "target"  # target | region (an oblast-level report, at the oblast's centre) | origin


@dataclass(frozen=True, slots=True)
class MapPicture:
    title: str
    period: str
    marks: tuple[MapMark, ...]
    credit: str


def outline(path: Path) -> list[list[tuple[float, float]]]:
    """The rings of a GeoJSON (Multi)Polygon as (lon, lat) lists."""
    document = json.loads(path.read_text(encoding="utf-8"))
    rings: list[list[tuple[float, float]]] = []
    for feature in document.get("features", [document]):
        geometry = feature.get("geometry", feature)
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        for polygon in polygons:
            rings.extend([[(float(x), float(y)) for x, y, *_ in ring] for ring in polygon])
    return rings


def draw_map(picture: MapPicture, outline_path: Path, *, labels: int = 12) -> bytes:
    """The map as a PNG (1000 x 700 pixels); the `labels` places with most incidents are named."""
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    try:
        for ring in outline(outline_path):
            xs, ys = zip(*ring, strict=True)
            axes.fill(xs, ys, facecolor="#F4F4F4", edgecolor="#444444", linewidth=0.8)
        largest = max((m.incidents for m in picture.marks), default=1)

        def size(incidents: int) -> float:
            return 20.0 + 480.0 * float((incidents / largest) ** 0.5)

        styles = {"target": (TARGET_COLOUR, "o", "places hit"), "region": (REGION_COLOUR, "s", "oblast-level reports"),
                  "origin": (ORIGIN_COLOUR, "^", "launch sites (not targets)")}  # fmt: skip
        for kind, (colour, marker, label) in styles.items():
            marks = [m for m in picture.marks if m.kind == kind]
            if marks:
                axes.scatter([m.lon for m in marks], [m.lat for m in marks], s=[size(m.incidents) for m in marks],
                             c=colour, marker=marker, alpha=0.6, edgecolors="white", linewidths=0.5, label=label,
                             zorder=3)  # fmt: skip
        for mark in sorted((m for m in picture.marks if m.kind != "origin"), key=lambda m: -m.incidents)[
            :labels
        ]:
            axes.annotate(f"{mark.name} ({mark.incidents})", (mark.lon, mark.lat), fontsize=7, xytext=(4, 4),
                          textcoords="offset points", zorder=4)  # fmt: skip
        if picture.marks:
            legend = axes.legend(loc="lower left", frameon=True, fontsize=8, markerscale=0.6)
            legend.set_title("mark area: incidents")
        axes.set_title(f"{picture.title}\n{picture.period}", fontsize=12)
        axes.set_xlabel("longitude")
        axes.set_ylabel("latitude")
        axes.set_aspect(1.5)  # roughly true proportions at Ukraine's latitude
        axes.grid(alpha=0.2)
        return png(figure, picture.credit)
    finally:
        plt.close(figure)
