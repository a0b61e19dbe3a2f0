"""What an uploaded file is, decided from its first bytes and its name, and a safe name for it.

We accept what the extractor can read (PDF, UTF-8 plain text, and scans and
photos as PNG, JPEG, TIFF or WebP) and ZIPs of them. The content decides, the
name and declared type only disambiguate: a PDF or a picture is one whatever it
is called (a photo called .txt is still a photo), a ZIP must also be called or
declared a ZIP (a .docx is a ZIP too, and we cannot read it), and text must be
valid UTF-8 without binary control characters and be called .txt or declared
text/plain.
"""

from __future__ import annotations

import codecs
import enum
import os
import re
import unicodedata

# Enough of a file to recognise it; the text check goes on over the whole file.
SNIFF_BYTES = 8192
MAX_NAME_CHARS = 255

PDF_TYPE = "application/pdf"
TEXT_TYPE = "text/plain"
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-zip"}
# Control characters other than tab, newlines and form feed (the extractor's page break).
_BINARY_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Kind(enum.Enum):
    PDF = "pdf"
    TEXT = "text"
    ZIP = "zip"
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    WEBP = "webp"

    @property
    def content_type(self) -> str:
        return _CONTENT_TYPES[self]


_CONTENT_TYPES = {
    Kind.PDF: PDF_TYPE,
    Kind.TEXT: TEXT_TYPE,
    Kind.ZIP: "application/zip",
    Kind.PNG: "image/png",
    Kind.JPEG: "image/jpeg",
    Kind.TIFF: "image/tiff",
    Kind.WEBP: "image/webp",
}
# The kinds the extractor receives, as their content_type: a ZIP is unpacked first.
EXTRACTED_KINDS = tuple(kind for kind in Kind if kind is not Kind.ZIP)
IMAGE_KINDS = (Kind.PNG, Kind.JPEG, Kind.TIFF, Kind.WEBP)
# The names each kind goes by (only a ZIP and text need theirs: the rest are known by content).
EXTENSIONS = {
    ".pdf": Kind.PDF,
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".zip": Kind.ZIP,
    ".png": Kind.PNG,
    ".jpg": Kind.JPEG,
    ".jpeg": Kind.JPEG,
    ".tif": Kind.TIFF,
    ".tiff": Kind.TIFF,
    ".webp": Kind.WEBP,
}
# What a picture's first bytes are (WebP: a RIFF container whose form type is WEBP).
_IMAGE_MAGICS = [
    (Kind.PNG, lambda head: head.startswith(b"\x89PNG\r\n\x1a\n")),
    (Kind.JPEG, lambda head: head.startswith(b"\xff\xd8\xff")),
    (Kind.TIFF, lambda head: head.startswith((b"II*\x00", b"MM\x00*"))),
    (Kind.WEBP, lambda head: head.startswith(b"RIFF") and head[8:12] == b"WEBP"),
]


class Unsupported(Exception):
    """Neither extractable nor unpackable; the message says why, for the 415."""


def extension(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _media_type(declared: str | None) -> str:
    return (declared or "").split(";")[0].strip().lower()


def classify(head: bytes, name: str, declared: str | None) -> Kind:
    """The kind of a file from its first SNIFF_BYTES (all of it when shorter)."""
    ext, media = extension(name), _media_type(declared)
    called = EXTENSIONS.get(ext)
    if not head:
        raise Unsupported(f"{name!r} is empty")
    if head.lstrip(b"\r\n\t \x0c").startswith(_PDF_MAGIC):
        return Kind.PDF
    for kind, matches in _IMAGE_MAGICS:
        if matches(head):
            return kind
    if head.startswith(_ZIP_MAGICS):
        if called is Kind.ZIP or media in _ZIP_TYPES:
            return Kind.ZIP
        raise Unsupported(
            f"{name!r} is a {ext or 'ZIP-based'} document; upload PDF, text or a picture"
        )
    if called is Kind.PDF or media == PDF_TYPE:
        raise Unsupported(f"{name!r} is called a PDF but is not one")
    if called is Kind.TEXT or media == TEXT_TYPE:
        return Kind.TEXT
    raise Unsupported(
        f"{name!r} is neither a PDF, a text file, a picture (PNG, JPEG, TIFF, WebP) nor a ZIP"
    )


class TextCheck:
    """Checks, chunk by chunk, that a file is UTF-8 text (the whole file, not just its head)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()

    def feed(self, data: bytes, final: bool = False) -> None:
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError:
            raise Unsupported(f"{self._name!r} is not UTF-8 text") from None
        if _BINARY_TEXT.search(text):
            raise Unsupported(f"{self._name!r} holds binary data, not text")


def clean_text(raw: str) -> str:
    """NFC Unicode without control, format or line-separator characters; other spaces as ' '."""
    kept = []
    for ch in unicodedata.normalize("NFC", raw):
        category = unicodedata.category(ch)
        if category == "Zs":
            kept.append(" ")
        elif category[0] != "C" and category not in ("Zl", "Zp"):
            kept.append(ch)
    return "".join(kept)


def safe_name(raw: str | None, fallback: str = "upload") -> str:
    """A file name fit to store and show: no directories, no control or format
    characters (NUL, bidi overrides), NFC Unicode, at most MAX_NAME_CHARS."""
    name = re.split(r"[/\\]", clean_text(raw or ""))[-1].strip(" .")
    if not name:
        return fallback
    if len(name) > MAX_NAME_CHARS:
        stem, ext = os.path.splitext(name)
        ext = ext if len(ext) <= 16 else ""
        name = stem[: MAX_NAME_CHARS - len(ext)] + ext
    return name
