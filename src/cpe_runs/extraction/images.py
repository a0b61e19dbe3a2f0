"""Scans and photos: PNG, JPEG (EXIF orientation honoured), TIFF (every page) and WebP,
and the rendered pages of scanned PDFs, made ready for OCR and read.

What a phone photo needs before Tesseract reads it well: grayscale, the page's
resolution brought to ~300 dpi, the lighting evened out, the contrast stretched,
and the text lines turned level (deskew). All of it is Pillow.

Bad pictures fail their file with a clear message in bounded time and memory: the
pixel count is checked from the header before anything is decoded (Pillow's
decompression-bomb guard is kept on as well), frames are counted, and a truncated
or corrupt file is an ExtractionError, never a retry.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from statistics import median

from PIL import (
    Image,
    ImageChops,
    ImageFilter,
    ImageOps,
    UnidentifiedImageError,
)

from . import limits
from .contract import ExtractionError
from .layout import Page, Word, page_lines
from .ocr import MIN_WORD_CONFIDENCE, ensure_available, read_words
from .ocrtext import mend_words

# Pillow refuses (DecompressionBombError) anything past twice this, even where our own
# header check did not run.
Image.MAX_IMAGE_PIXELS = limits.MAX_IMAGE_PIXELS

IMAGE_TYPES = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/pjpeg": "JPEG",
    "image/tiff": "TIFF",
    "image/webp": "WEBP",
}
_FORMATS = set(IMAGE_TYPES.values())
# A page at 300 dpi is ~2,500 x 3,300 pixels; a photo's page is scaled to about that.
_PAGE_LONG_SIDE = 3300
# The picture the skew is measured on (the angle needs no more detail).
_SKEW_SIDE = 700
_SKEW_RANGE = 8.0  # degrees either way; a page tilted further is not a scan or a photo of one
# Words read less surely than this are read a second time (second_reading), at most
# this many per page (a page of a certificate holds a few hundred words).
_SURE = 0.95
_MOST_SECOND_READINGS = 200
# A picture whose darkest and lightest pixels are this close holds nothing to read.
_BLANK_RANGE = 40


def image_pages(data: bytes) -> list[Page]:
    """What OCR reads on each page (frame) of the picture, one frame decoded at a time."""
    if not data:
        raise ExtractionError("empty image: the file holds no bytes")
    ensure_available()
    pages = [ocr_page_image(frame) for frame in _frames(data)]
    if not any(page.text.strip() for page in pages):
        raise ExtractionError("no text found: the image is blank or holds nothing legible")
    return pages


def _frames(data: bytes) -> Iterator[Image.Image]:
    """Each frame upright and grayscale; only the one being read is held decoded."""
    with _readable():
        with warnings.catch_warnings():
            # Past the limit, _check_size says so with the picture's size.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        if image.format not in _FORMATS:
            raise ExtractionError(f"unsupported image format: {image.format or 'unknown'}")
        frames = getattr(image, "n_frames", 1)
        if frames > limits.MAX_OCR_PAGES:
            raise ExtractionError(
                f"too many pages: the image has {frames}; at most {limits.MAX_OCR_PAGES} are read"
            )
    for index in range(frames):
        with _readable():
            image.seek(index)
            _check_size(image)
            frame = ImageOps.exif_transpose(image.convert("RGB")).convert("L")
        yield frame


@contextmanager
def _readable() -> Iterator[None]:
    """Pillow's ways of saying a picture is damaged, as the ExtractionError they are."""
    try:
        yield
    except ExtractionError:
        raise
    except Image.DecompressionBombError as exc:
        # Pillow refused it from its header, before decoding: say so in our words.
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(pixels.group(1)):,} pixels" if pixels else "too many pixels"
        raise ExtractionError(
            f"image too large: {size}; at most"
            f" {limits.MAX_IMAGE_PIXELS // 1_000_000} megapixels are read"
        ) from exc
    except UnidentifiedImageError as exc:
        raise ExtractionError("corrupt image: not a picture Pillow can read") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ExtractionError(f"corrupt image: {exc}") from exc


def _check_size(image: Image.Image) -> None:
    width, height = image.size
    if width * height > limits.MAX_IMAGE_PIXELS:
        raise ExtractionError(
            f"image too large: {width:,} x {height:,} pixels; at most"
            f" {limits.MAX_IMAGE_PIXELS // 1_000_000} megapixels are read"
        )
    if width < 16 or height < 16:
        raise ExtractionError(f"image too small to read: {width} x {height} pixels")


def ocr_page_image(image: Image.Image) -> Page:
    """OCR of one page's picture (grayscale or colour), prepared as ``prepare`` does:
    the black-and-white picture read first, then the words it read least surely read
    again on the grayscale one (``second_reading``), the boxes specks made taller
    trimmed (``trim_specks``), then what OCR commonly misreads mended where the words
    around show it (``ocrtext``)."""
    prepared = prepare(image)
    if prepared is None:
        return Page("", (), "ocr")
    binary, gray = prepared
    words = second_reading(gray, read_words(binary, min_confidence=0))
    words = [word for word in words if word.confidence * 100 >= MIN_WORD_CONFIDENCE]
    words = mend_words(trim_specks(binary, lost_full_stops(binary, words)))
    return Page("\n".join(page_lines(words, words_apart=True)), tuple(words), "ocr")


def prepare(image: Image.Image) -> tuple[Image.Image, Image.Image] | None:
    """The picture as OCR reads it best, black text on white, and the same picture in
    grey (lighting evened, grain smoothed, levelled); None when it is blank."""
    gray = image.convert("L")
    low, high = gray.getextrema()
    if high - low < _BLANK_RANGE:
        return None
    gray = _to_page_resolution(gray)
    # Shadows out, then the grain of a photo or a scanner's noise smoothed: binarised
    # as they are, they become thousands of specks that Tesseract reads (slowly) as text.
    gray = _even_lighting(gray).filter(ImageFilter.BoxBlur(1))
    threshold = otsu_threshold(gray)
    angle = skew_angle(gray.point(lambda v: 255 if v > threshold else 0))
    if abs(angle) >= 0.2:
        gray = gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    binary = gray.point(lambda v: 255 if v > threshold else 0)
    return without_specks(without_rules(binary)), gray


# A straight run of ink longer than this share of the page's width (or height) is a rule
# or a frame, never a word.
_RULE_SHARE = 1 / 3
# Rules are found on a copy this many times smaller (each cell the mean of its pixels),
# and a cell this dark is ink; a rule broken up by the shadow and the grain has gaps of
# up to _RULE_BREAK cells.
_RULE_CELL = 4
_RULE_INK = 64
_RULE_BREAK = 3


def without_rules(binary: Image.Image) -> Image.Image:
    """The black-and-white page without its long straight rules: a certificate's frame
    and the long lines across it.

    Tesseract reads a frame's edge as letters where grain and the shadow break it up,
    a line of "so ener am ee Sin" above the heading and "en ae ne sare! wean" below
    the text (wild2.py: number_top_left_and_title_as_the_heading; wild3.py:
    nasba_registry_sentence_and_a_certificate_number_with_a_slash_year,
    photographed): the heading is then not the first line, and the frame's left edge
    sets the page's margin. Words never run on unbroken for a third of the page."""
    ink = ImageOps.invert(binary)
    small = ink.reduce(_RULE_CELL)
    out = binary.copy()
    pad = _RULE_CELL
    for along_rows in (True, False):
        cells = small if along_rows else small.transpose(Image.Transpose.TRANSPOSE)
        width, height = cells.size
        longest = _RULE_SHARE * width
        # Only rows holding that much ink at all can hold a rule.
        means = cells.resize((1, height), Image.Resampling.BOX).tobytes()
        data = cells.tobytes()
        for row in (r for r, mean in enumerate(means) if mean >= _RULE_SHARE * _RULE_INK):
            run_start = run_end = None
            for column in range(width + 1):
                dark = column < width and data[row * width + column] >= _RULE_INK
                if dark:
                    if run_start is None:
                        run_start = column
                    run_end = column + 1
                elif run_start is not None and (column == width or column - run_end >= _RULE_BREAK):
                    if run_end - run_start >= longest:
                        a, b = run_start * _RULE_CELL - pad, run_end * _RULE_CELL + pad
                        c, d = row * _RULE_CELL - pad, (row + 1) * _RULE_CELL + pad
                        out.paste(255, (a, c, b, d) if along_rows else (c, a, d, b))
                    run_start = None
    return out


# A speck: ink with this little more ink around it (a share of a square of _SPECK_AREA
# pixels a side): a dot of grain or dust alone on the paper, not a letter's or a full
# stop's, which stand beside the rest of their word.
_SPECK_AREA = 100
_SPECK_DENSITY = 0.014


def without_specks(binary: Image.Image) -> Image.Image:
    """The black-and-white page without the specks that stand alone on the paper.

    A photo's grain and dust binarise into dots all over the page; Tesseract reads
    them as letters of their own ("e", "ee", "Soo" on lines of their own; wild3.py:
    forwarded_email_with_a_later_date_header_and_a_course_date_label,
    options_with_their_boxes_after_them, photographed) or joins a dot in a column's gap
    to the words either side ("04 NOV 2025.3"; wild2.py:
    recommended_cpe_caption_over_a_whole_number). The share of ink around each point
    (a box blur of a copy a quarter the size) tells a lone dot from text."""
    ink = ImageOps.invert(binary)
    if min(ink.size) < 4 * _RULE_CELL:
        return binary
    small = ink.reduce(_RULE_CELL)
    radius = _SPECK_AREA // (2 * _RULE_CELL)
    density = small.filter(ImageFilter.BoxBlur(radius))
    limit = _SPECK_DENSITY * 255
    lonely = density.point(lambda v: 255 if v < limit else 0).resize(
        binary.size, Image.Resampling.NEAREST
    )
    return ImageChops.lighter(binary, ImageChops.darker(ink, lonely))


def second_reading(gray: Image.Image, words: list[Word]) -> list[Word]:
    """The words OCR read least surely on the black-and-white picture, read again on
    the grayscale one, keeping whichever reading is surer.

    Binarising a blurred photo thickens its strokes and joins specks to letters: "rn"
    reads "m", a speck above a word makes its box two lines tall and its reading
    doubtful (tuning photos business_management_ampersand: "Comerstone";
    self_study_iso_sponsor_line: "Ql-2025-05-19-7734" at 13 %). Tesseract's LSTM
    reads the grey strokes of those words better, but a whole grey page (its grain
    included) takes three times as long: only the doubtful words' boxes are read, cut
    out and stacked on one picture, in one more Tesseract run."""
    doubtful = [n for n, word in enumerate(words) if word.confidence < _SURE]
    if not doubtful:
        return words
    line = median(word.height for word in words)
    pad = max(4, round(line * 0.4))
    boxes = [
        (
            max(0, round(words[n].left) - pad),
            max(0, round(words[n].top) - pad),
            min(gray.width, round(words[n].right) + pad),
            min(gray.height, round(words[n].bottom) + pad),
        )
        for n in doubtful[:_MOST_SECOND_READINGS]
    ]
    gap = round(line)
    width = max(right - left for left, _, right, _ in boxes) + 2 * gap
    height = sum(bottom - top for _, top, _, bottom in boxes) + gap * (len(boxes) + 1)
    sheet = Image.new("L", (width, height), 255)
    places = []  # (top on the sheet, bottom on the sheet, the box)
    y = gap
    for box in boxes:
        sheet.paste(gray.crop(box), (gap, y))
        places.append((y, y + box[3] - box[1], box))
        y += box[3] - box[1] + gap
    again: list[Word] = []
    for word in read_words(sheet, min_confidence=0):
        for top, bottom, (left, box_top, _, _) in places:
            if top <= word.middle < bottom:
                dx, dy = left - gap, box_top - top
                again.append(
                    Word(
                        word.text,
                        word.left + dx,
                        word.top + dy,
                        word.right + dx,
                        word.bottom + dy,
                        word.confidence,
                    )
                )
                break
    kept: list[Word | None] = list(words)
    read_whole: list[Word] = []
    for n in doubtful[:_MOST_SECOND_READINGS]:
        word = words[n]
        same = [other for other in again if _same_word(word, other)]
        if len(same) == 1 and same[0].confidence > word.confidence:
            grey = same[0]
            kept[n] = Word(grey.text, min(word.left, grey.left), word.top,
                           max(word.right, grey.right), word.bottom, grey.confidence)  # fmt: skip
            read_whole.append(kept[n])  # type: ignore[arg-type]
    # The rest of a word the black-and-white picture read in two, now read whole on the
    # grey one: "Accountin" "9" is "Accounting" (tuning photo business_management_ampersand).
    for n in doubtful[:_MOST_SECOND_READINGS]:
        if kept[n] is words[n] and any(_within(words[n], whole) for whole in read_whole):
            kept[n] = None
    return [word for word in kept if word is not None]


def lost_full_stops(binary: Image.Image, words: list[Word]) -> list[Word]:
    """The full stop after the last word of a line, where Tesseract read the word and
    left its stop out.

    A sentence's full stop ends a title or a name: "The course title is: IRS Notices:
    Responding to CP2000 Letters." read "Letters" at 96 %, and the title ran on into the
    next sentence (wild3.py: one_sentence_per_line_with_colons_inside_the_title,
    dash_bullets_one_sentence_each, photographed). Past a blank column after the word,
    a dot of ink on its baseline, small, with nothing above it (a colon has a dot there),
    none of it below the line (a comma's tail) and nothing after it, is the stop."""
    out = list(words)
    for n, word in enumerate(words):
        if len(word.text) < 2 or not word.text[-1:].isalnum():
            continue
        height = word.height
        reach = word.right + 0.9 * height
        if any(
            other.left < reach + height and other.right > word.right
            and min(other.bottom, word.bottom) - max(other.top, word.top) > 0
            for other in words if other is not word
        ):  # fmt: skip
            continue  # not the line's last word
        if _stop_after(binary, word):
            out[n] = replace(word, text=word.text + ".")
    return out


def _stop_after(binary: Image.Image, word: Word) -> bool:
    height = word.height
    left, right = round(word.right), round(word.right + 0.9 * height)
    top, bottom = round(word.top), round(word.bottom)
    line, low = round(word.top + 0.55 * height), round(word.bottom + 0.3 * height)
    if right - left < 4 or bottom - top < 8 or right > binary.width or low > binary.height:
        return False

    def columns(upper: int, lower: int) -> bytes:
        zone = ImageOps.invert(binary.crop((left, upper, right, lower)))
        return zone.resize((right - left, 1), Image.Resampling.BOX).tobytes()

    whole, above, under = columns(top, low), columns(top, line - 1), columns(bottom + 1, low)
    blank = next((x for x, ink in enumerate(whole) if not ink), None)
    if blank is None or blank > 0.2 * height:
        return False  # no gap after the word's own ink
    dot = [x for x in range(blank, len(whole)) if whole[x]]
    if not dot or dot[0] - blank > 0.35 * height:
        return False
    first, last = dot[0], dot[-1]
    if last - first + 1 != len(dot) or not 0.06 * height <= len(dot) <= 0.3 * height:
        return False  # not one small dot alone after the word
    return not any(above[first : last + 1]) and not any(under[first : last + 1])


def _within(part: Word, whole: Word) -> bool:
    """Whether ``part`` lies inside ``whole``'s box, on its line: most of it, or a good
    part of a letter or two (binarised, a letter's strokes are thicker than in grey)."""
    width = min(part.right, whole.right) - max(part.left, whole.left)
    height = min(part.bottom, whole.bottom) - max(part.top, whole.top)
    share = 0.3 if len(part.text) <= 2 else 0.8
    return width > share * (part.right - part.left) and height > 0.5 * (part.bottom - part.top)


# A word's box taller than this many of the page's word heights may hold a speck.
_TALL = 1.3
# Ink rows apart from the word's own by more than this share of its height, and lower
# than this share of it, are a speck's.
_SPECK_GAP = 0.2
_SPECK_HEIGHT = 0.5


def trim_specks(binary: Image.Image, words: list[Word]) -> list[Word]:
    """The words' boxes without the specks OCR joined to them above or below.

    Tesseract takes a speck near a word for part of it, and the box reaches up or down
    to it: "Seminars," 169 pixels tall in a heading 65 tall, so that it joined the line
    of a speck above rather than its own, and a box reaching into the blank line below
    hides the paragraph break (wild.py: registry_and_state_sponsor_numbers_fifty_minute_hour,
    photographed). A tall box's rows of ink are split into bands at blank rows; the band
    with the most ink is the word's, and bands near it (the dot of an i, a colon) stay
    with it; small bands further off are trimmed away."""
    heights = [word.height for word in words if any(c.isalpha() for c in word.text)]
    if not heights:
        return words
    em = median(heights)
    out = []
    for word in words:
        if word.height <= _TALL * em or word.right - word.left < 2:
            out.append(word)
            continue
        box = (round(word.left), round(word.top), round(word.right), round(word.bottom))
        ink = ImageOps.invert(binary.crop(box))
        rows = ink.resize((1, ink.height), Image.Resampling.BOX).tobytes()
        top, bottom = _word_band(rows)
        out.append(replace(word, top=word.top + top, bottom=word.top + bottom))
    return out


def _word_band(rows: bytes) -> tuple[int, int]:
    """The rows (top, bottom) of a box's ink that are its word's, given each row's ink."""
    bands: list[list[int]] = []  # [first row, last row + 1, ink]
    for n, value in enumerate(rows):
        if not value:
            continue
        if bands and bands[-1][1] == n:
            bands[-1][1] = n + 1
            bands[-1][2] += value
        else:
            bands.append([n, n + 1, value])
    if not bands:
        return 0, len(rows)
    main = max(range(len(bands)), key=lambda n: bands[n][2])
    top, bottom = bands[main][0], bands[main][1]
    height = bottom - top

    def keep(band: list[int], gap: int) -> bool:
        return gap <= _SPECK_GAP * height or band[1] - band[0] >= _SPECK_HEIGHT * height

    for band in reversed(bands[:main]):
        if not keep(band, top - band[1]):
            break
        top = band[0]
    for band in bands[main + 1 :]:
        if not keep(band, band[0] - bottom):
            break
        bottom = band[1]
    return top, bottom


def _same_word(word: Word, other: Word) -> bool:
    """Whether `other` is a reading of the whole of `word`: it lies within `word`'s box
    and spans most of its width (a reading of part of it, "110325-882" of
    "NLI-110325-882", is not; tuning photo abbreviated_field_cert_hash)."""
    width = min(word.right, other.right) - max(word.left, other.left)
    height = min(word.bottom, other.bottom) - max(word.top, other.top)
    area = (other.right - other.left) * (other.bottom - other.top)
    return width > 0.85 * (word.right - word.left) and height > 0 and width * height > 0.6 * area


def _to_page_resolution(gray: Image.Image) -> Image.Image:
    """About 300 dpi for a letter-size page: small photos up, huge ones down."""
    long_side = max(gray.size)
    if 0.8 * _PAGE_LONG_SIDE <= long_side <= 1.25 * _PAGE_LONG_SIDE:
        return gray
    scale = _PAGE_LONG_SIDE / long_side
    size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
    return gray.resize(size, Image.Resampling.BICUBIC)


def _even_lighting(gray: Image.Image) -> Image.Image:
    """A photo's shadows and glare evened out: the page's background (the paper, found
    by a wide blur of the lightest pixels of a small copy) is taken out, so that paper
    reads white everywhere and ink keeps its darkness over the paper around it."""
    small = gray.reduce(8) if min(gray.size) >= 8 * 32 else gray
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(6))
    background = background.resize(gray.size, Image.Resampling.BILINEAR)
    return ImageChops.invert(ImageChops.subtract(background, gray))


def otsu_threshold(gray: Image.Image) -> int:
    """The grey level that best splits ink from paper (Otsu's method on the histogram)."""
    histogram = gray.histogram()
    total = sum(histogram)
    weighted = sum(level * count for level, count in enumerate(histogram))
    below = below_weighted = 0
    best_level, best_spread = 127, -1.0
    for level, count in enumerate(histogram):
        below += count
        below_weighted += level * count
        above = total - below
        if below == 0 or above == 0:
            continue
        spread = below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        if spread > best_spread:
            best_level, best_spread = level, spread
    return best_level


def skew_angle(binary: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that levels the text lines of a black on
    white picture: the one whose row profile is the most uneven, as level lines of
    text and the blank gaps between them make it."""
    scale = _SKEW_SIDE / max(binary.size)
    ink = ImageOps.invert(
        binary.resize(
            (max(1, round(binary.width * scale)), max(1, round(binary.height * scale))),
            Image.Resampling.BOX,
        )
    )

    def score(angle: float) -> float:
        turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, expand=True, fillcolor=0)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        mean = sum(rows) / len(rows)
        return sum((value - mean) ** 2 for value in rows)

    span = int(_SKEW_RANGE)
    best = max(range(-span, span + 1), key=score)
    return max((best + step / 10 for step in range(-6, 7)), key=score)
