"""Certificates as a scanner and a phone camera would deliver them.

The same markup as ``render`` (headings, centred prose, fine print, form cells at
their columns) is drawn with a real TrueType font (DejaVu, Debian's
fonts-dejavu-core) onto a letter-size landscape page, then degraded:

- a **scan**: 300 dpi, tilted by up to 1.5 degrees, a slight blur, speckle noise,
  saved as PNG (or TIFF, every page);
- a **photo**: 200 dpi, tilted by 1 to 3 degrees, uneven lighting (a shadow across
  the page), more blur and noise, saved as JPEG with the pixels stored on their side
  and an EXIF orientation tag that turns them upright, as phones do.

Everything is seeded by the certificate's name, so a rendering is the same on every
run.
"""

from __future__ import annotations

import io
import random
import re
import textwrap
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
_PAGE_INCHES = (11.0, 8.5)
_MARGIN_INCHES = 0.8
# The PDF renderer places a form cell at 2.4 mm per column of the markup.
_INCHES_PER_COLUMN = 2.4 / 25.4
_GAP = re.compile(r"\s{2,}")
_CELL = re.compile(r"\S+(?: \S+)*")
_ORIENTATION = 0x0112


@cache
def font(name: str, size_px: int) -> ImageFont.FreeTypeFont:
    for folder in _FONT_DIRS:
        path = folder / name
        if path.exists():
            return ImageFont.truetype(str(path), size_px)
    raise FileNotFoundError(f"{name}: install fonts-dejavu-core (Debian) to render scans")


def page_image(markup: str, dpi: int) -> Image.Image:
    """The certificate drawn clean on a white page at `dpi`."""
    width, height = (round(inches * dpi) for inches in _PAGE_INCHES)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    margin = round(_MARGIN_INCHES * dpi)
    draw.rectangle([margin // 3, margin // 3, width - margin // 3, height - margin // 3],
                   outline=90, width=max(2, dpi // 60))  # fmt: skip
    y = margin
    for line in markup.strip("\n").splitlines():
        y = _draw_line(draw, line, y, dpi, margin, width)
    return image


def _px(points: float, dpi: int) -> int:
    return round(points * dpi / 72)


def _draw_line(draw: ImageDraw.ImageDraw, line: str, y: int, dpi: int, margin: int, width: int):
    usable = width - 2 * margin
    if not line.strip():
        return y + _px(10, dpi)
    if line.startswith("# "):
        return _centred(draw, line[2:], font("DejaVuSans-Bold.ttf", _px(20, dpi)), y, width, usable)
    if line.startswith("> "):
        face = font("DejaVuSerif.ttf", _px(13, dpi))
        return _centred(draw, line[2:], face, y, width, round(usable * 0.8))
    if line.startswith("~ "):
        return _wrapped(draw, line[2:], font("DejaVuSans.ttf", _px(8, dpi)), y, margin, usable)
    face = font("DejaVuSans.ttf", _px(11, dpi))
    if _GAP.search(line.strip()):
        for cell in _CELL.finditer(line):
            x = margin + round(cell.start() * _INCHES_PER_COLUMN * dpi)
            draw.text((x, y), cell.group(), font=face, fill=0)
        return y + round(face.size * 1.5)
    # An indented line starts at its first word's column, as render.py draws it.
    indent = round((len(line) - len(line.lstrip())) * _INCHES_PER_COLUMN * dpi)
    return _wrapped(draw, line.strip(), face, y, margin + indent, usable - indent)


def _chars_per_line(face: ImageFont.FreeTypeFont, width: int) -> int:
    return max(10, int(width / face.getlength("abcdefghij klmnopqrstuvwxyz") * 27))


def _centred(draw, text, face, y, width, usable) -> int:
    for part in textwrap.wrap(text, _chars_per_line(face, usable)) or [""]:
        draw.text(((width - face.getlength(part)) / 2, y), part, font=face, fill=0)
        y += round(face.size * 1.4)
    return y


def _wrapped(draw, text, face, y, margin, usable) -> int:
    for part in textwrap.wrap(text, _chars_per_line(face, usable)) or [""]:
        draw.text((margin, y), part, font=face, fill=0)
        y += round(face.size * 1.4)
    return y


def _grain(size: tuple[int, int], rng: random.Random, sigma: float) -> Image.Image:
    """Gaussian grain centred on 128, drawn from `rng` (Pillow's effect_noise draws from
    C's rand(), which no seed reaches: the same certificate came out different each
    time), as a 256 px tile repeated over the page."""
    tile = Image.new("L", (256, 256))
    tile.putdata([min(255, max(0, round(rng.gauss(128, sigma)))) for _ in range(256 * 256)])
    grain = Image.new("L", size)
    for x in range(0, size[0], 256):
        for y in range(0, size[1], 256):
            grain.paste(tile, (x, y))
    return grain


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    """Grain over the whole page (Gaussian, `sigma` grey levels) and a few dark specks."""
    grain = _grain(image.size, rng, sigma)  # centred on 128
    noisy = ImageChops.add(image, grain, scale=1.0, offset=-128)
    draw = ImageDraw.Draw(noisy)
    for _ in range(rng.randint(40, 120)):
        x, y = rng.randrange(noisy.width), rng.randrange(noisy.height)
        r = rng.randint(1, 3)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(40, 120))
    return noisy


def _tilt(image: Image.Image, angle: float) -> Image.Image:
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)


def scan_image(markup: str, seed: str) -> Image.Image:
    """A flatbed scan: 300 dpi, slightly tilted, blurred and speckled."""
    rng = random.Random(f"scan:{seed}")
    image = page_image(markup, 300)
    image = _tilt(image, rng.uniform(0.4, 1.5) * rng.choice((-1, 1)))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    return _noise(image, rng, 18)


def photo_image(markup: str, seed: str) -> Image.Image:
    """A phone photo: 200 dpi, tilted, a shadow across the page, blurred and grainy."""
    rng = random.Random(f"photo:{seed}")
    image = page_image(markup, 200)
    image = _tilt(image, rng.uniform(1.0, 3.0) * rng.choice((-1, 1)))
    # Light falls off from one side: multiply by a horizontal gradient (100% to ~65%).
    dark = rng.uniform(0.6, 0.72)
    ramp = Image.linear_gradient("L").rotate(90, expand=True).resize(image.size)
    if rng.random() < 0.5:
        ramp = ramp.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    light = ramp.point(lambda v: round(255 * (dark + (1 - dark) * v / 255)))
    image = Image.composite(image, Image.new("L", image.size, 0), light)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.4)))
    return _noise(image, rng, 24)


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def tiff_bytes(pages: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, format="TIFF", save_all=True, append_images=pages[1:],
                  compression="tiff_deflate")  # fmt: skip
    return out.getvalue()


def webp_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="WEBP", quality=90)
    return out.getvalue()


def jpeg_on_its_side(image: Image.Image, quality: int = 85) -> bytes:
    """The photo as a phone stores it: pixels turned a quarter, EXIF orientation 6
    ("turn 90 degrees clockwise to view") restoring it."""
    stored = image.convert("RGB").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[_ORIENTATION] = 6
    out = io.BytesIO()
    stored.save(out, format="JPEG", quality=quality, exif=exif.tobytes())
    return out.getvalue()


def scan_bytes(markup: str, seed: str) -> bytes:
    return png_bytes(scan_image(markup, seed))


def photo_bytes(markup: str, seed: str) -> bytes:
    return jpeg_on_its_side(photo_image(markup, seed))


def scanned_pdf(markups: list[str], seed: str) -> bytes:
    """A PDF of scanned pages: images only, no text layer (as a scanner's PDF is)."""
    pages = [scan_image(markup, f"{seed}:{n}").convert("RGB") for n, markup in enumerate(markups)]
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=300)
    return out.getvalue()
