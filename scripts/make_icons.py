"""Draw Reconnect's icons: two overlapping circles, one light and one mint, on the accent teal.

Writes the SVG favicon and the PNGs the manifest and the browsers ask for into
src/reconnect/web/static/icons/ (committed; run again after changing a colour or a shape):

    .venv/bin/python scripts/make_icons.py

Pillow comes with fpdf2, one of the app's own dependencies.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "src" / "reconnect" / "web" / "static" / "icons"
VIEW = 64  # the drawing's own units
TEAL, LIGHT, MINT = "#2f5d62", "#fbfaf7", "#9fd3c7"
CORNER = 14  # rounded square; the maskable icon and Apple's fill the whole square instead
# Two circles side by side, overlapping by a third: within the maskable icon's safe zone
# (a circle of 40% of the size around the centre).
CIRCLES = ((25, 32, 14, LIGHT, 0.95), (39, 32, 14, MINT, 0.8))
SUPERSAMPLE = 4


def svg() -> str:
    """The favicon as SVG (crisp at every size)."""
    shapes = "".join(
        f'<circle cx="{x}" cy="{y}" r="{r}" fill="{colour}" fill-opacity="{alpha}"/>'
        for x, y, r, colour, alpha in CIRCLES
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW} {VIEW}">'
        f'<rect width="{VIEW}" height="{VIEW}" rx="{CORNER}" fill="{TEAL}"/>{shapes}</svg>\n'
    )


def _rgba(colour: str, alpha: float = 1.0) -> tuple[int, int, int, int]:
    value = int(colour.lstrip("#"), 16)
    return (value >> 16, (value >> 8) & 255, value & 255, round(alpha * 255))


def png(size: int, *, full_bleed: bool) -> Image.Image:
    """The icon at size x size pixels, drawn large and scaled down for smooth edges."""
    big = size * SUPERSAMPLE
    unit = big / VIEW
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle(
        (0, 0, big - 1, big - 1), radius=0 if full_bleed else CORNER * unit, fill=_rgba(TEAL)
    )
    for x, y, r, colour, alpha in CIRCLES:
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
        box = ((x - r) * unit, (y - r) * unit, (x + r) * unit, (y + r) * unit)
        ImageDraw.Draw(layer).ellipse(box, fill=_rgba(colour, alpha))
        image = Image.alpha_composite(image, layer)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "icon.svg").write_text(svg(), encoding="utf-8")
    files = {
        "favicon-32.png": png(32, full_bleed=False),
        "icon-192.png": png(192, full_bleed=False),
        "icon-512.png": png(512, full_bleed=False),
        "maskable-512.png": png(512, full_bleed=True),
        "apple-touch-icon.png": png(180, full_bleed=True).convert("RGB"),
    }
    for name, image in files.items():
        image.save(OUT / name, optimize=True)
        print(f"{OUT.name}/{name}: {image.size[0]} px")


if __name__ == "__main__":
    main()
