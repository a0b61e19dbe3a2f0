"""Unpacking an uploaded ZIP into one stored file per member, safely.

Refused as a whole (nothing stored): an unreadable archive or a member whose
path leaves the archive (`../`, absolute paths) -> BadArchive; more entries,
more unpacked bytes, a bigger member or a higher compression ratio than the
limits allow (a ZIP bomb) -> UploadTooLarge. Every entry counts towards the
member limit, directories and clutter too, and the count is read from the
archive's end record before its central directory is parsed, so 400,000
`__MACOSX/` entries cost nothing to refuse. The ratio is checked per member
(over 1 MiB) and for the archive as a whole, which catches many small
members. The limits are checked before anything is inflated, and the bytes
actually inflated are counted too, so a lying directory gains nothing.

Skipped, and said so in the response: members we cannot extract (neither PDF,
text nor a picture), encrypted members, symbolic links, and ZIPs inside the ZIP: nesting
is one level, a nested archive is not unpacked (upload it on its own).
Skipped silently: directories and operating-system clutter (`__MACOSX/`,
`._*`, `.DS_Store`, `Thumbs.db`).
"""

from __future__ import annotations

import asyncio
import re
import stat
import zipfile
from typing import IO

from ..config import MIB
from .filestore import (
    CHUNK_BYTES,
    BadArchive,
    FileWriter,
    Limits,
    Skipped,
    UnsupportedFile,
    Upload,
    UploadTooLarge,
)
from .filetypes import SNIFF_BYTES, Kind, TextCheck, Unsupported, classify, clean_text, safe_name

# Below this size a member's compression ratio says nothing (a page of text compresses well).
RATIO_FLOOR_BYTES = MIB
# A central directory entry is 46 bytes plus its name and extra fields: more than
# this much per allowed member is not a directory of certificates.
DIRECTORY_BYTES_PER_MEMBER = 1024
_CLUTTER_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
_DRIVE = re.compile(r"^[A-Za-z]:")


def member_path(info: zipfile.ZipInfo) -> str | None:
    """The member's path inside the archive; None for what is skipped silently."""
    raw = info.filename
    path = raw.replace("\\", "/")
    parts = path.split("/")
    if "\x00" in raw or path.startswith("/") or _DRIVE.match(path) or ".." in parts:
        raise BadArchive(f"archive member {raw!r} points outside the archive; nothing was stored")
    base = parts[-1]
    if info.is_dir() or not base or parts[0] == "__MACOSX":
        return None
    if base.startswith("._") or base.lower() in _CLUTTER_NAMES:
        return None
    return clean_text(path)


def _why_skip(info: zipfile.ZipInfo) -> str | None:
    if info.flag_bits & 0x1:
        return "encrypted members are not unpacked"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "symbolic links are not unpacked"
    return None


def _too_many(count: int, archive: str, limits: Limits) -> UploadTooLarge:
    return UploadTooLarge(
        f"{archive!r} holds {count} entries (folders and clutter such as __MACOSX count too);"
        f" the limit is {limits.zip_members}"
    )


def _check_end_record(spool: IO[bytes], archive: str, limits: Limits) -> None:
    """The entry count and directory size the archive declares, before parsing it."""
    spool.seek(0)
    try:
        end = zipfile._EndRecData(spool)
    except OSError:
        end = None
    if end is None:
        return  # _open says it is not a ZIP
    if end[zipfile._ECD_ENTRIES_TOTAL] > limits.zip_members:
        raise _too_many(end[zipfile._ECD_ENTRIES_TOTAL], archive, limits)
    if end[zipfile._ECD_SIZE] > limits.zip_members * DIRECTORY_BYTES_PER_MEMBER:
        raise UploadTooLarge(
            f"{archive!r} has a central directory of {end[zipfile._ECD_SIZE]} bytes,"
            f" more than {limits.zip_members} entries need"
        )


def _check_limits(
    infos: list[zipfile.ZipInfo],
    members: list[zipfile.ZipInfo],
    archive: str,
    limits: Limits,
    archive_bytes: int,
) -> None:
    if len(infos) > limits.zip_members:  # the end record may understate it
        raise _too_many(len(infos), archive, limits)
    total = 0
    for info in members:
        if info.file_size > limits.file_bytes:
            raise UploadTooLarge(
                f"{info.filename!r} in {archive!r} unpacks to {info.file_size} bytes;"
                f" the limit is {limits.file_bytes}"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > limits.zip_ratio:
            raise UploadTooLarge(
                f"{info.filename!r} in {archive!r} is compressed {ratio:.0f} to 1, past the"
                f" limit of {limits.zip_ratio} to 1: refused as a ZIP bomb"
            )
        total += info.file_size
    if total > limits.zip_bytes:
        raise UploadTooLarge(
            f"{archive!r} unpacks to {total} bytes; the limit is {limits.zip_bytes}"
        )
    ratio = total / max(archive_bytes, 1)
    if total > RATIO_FLOOR_BYTES and ratio > limits.zip_ratio:
        raise UploadTooLarge(
            f"{archive!r} unpacks to {total} bytes from {archive_bytes}, {ratio:.0f} to 1,"
            f" past the limit of {limits.zip_ratio} to 1: refused as a ZIP bomb"
        )


def _open(
    spool: IO[bytes], archive: str, limits: Limits
) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    _check_end_record(spool, archive, limits)
    spool.seek(0)
    try:
        zf = zipfile.ZipFile(spool)
        return zf, zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadArchive(f"{archive!r} is not a readable ZIP: {exc}") from exc


async def unpack(
    spool: IO[bytes], archive: str, writer: FileWriter, limits: Limits, upload: Upload
) -> None:
    """Store the members of the ZIP in `spool` through fresh writers like `writer`."""
    zf, infos = await asyncio.to_thread(_open, spool, archive, limits)
    with zf:
        paths = {id(info): member_path(info) for info in infos}  # refuses traversal first
        members = [info for info in infos if paths[id(info)] is not None]
        _check_limits(infos, members, archive, limits, spool.seek(0, 2))
        stored = 0
        for info in members:
            path = paths[id(info)]
            reason = _why_skip(info)
            if reason is None:
                member_writer = writer.fresh()
                try:
                    await _store_member(zf, info, path, archive, member_writer, limits, upload)
                    stored += 1
                    continue
                except Unsupported as exc:
                    # A member refused half-way leaves nothing behind (nor events:
                    # a file still uploading has none).
                    await member_writer.discard()
                    reason = str(exc)
            upload.skipped.append(Skipped(name=f"{archive}/{path}", reason=reason))
    if stored == 0:
        raise UnsupportedFile(f"{archive!r} holds no PDF, text file or picture", upload.skipped)


async def _store_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    path: str,
    archive: str,
    writer: FileWriter,
    limits: Limits,
    upload: Upload,
) -> None:
    name = safe_name(path)
    try:
        member = await asyncio.to_thread(zf.open, info)
    except NotImplementedError as exc:  # a compression method zipfile cannot inflate
        raise Unsupported(f"cannot be unpacked: {exc}") from exc
    try:
        with member:
            chunk = await asyncio.to_thread(member.read, CHUNK_BYTES)
            kind = classify(chunk[:SNIFF_BYTES], name, None)
            if kind is Kind.ZIP:
                raise Unsupported("a ZIP inside a ZIP is not unpacked; upload it on its own")
            text = TextCheck(name) if kind is Kind.TEXT else None
            await writer.open(name, kind, archive_name=archive, zip_path=path)
            while chunk:
                if writer.size + len(chunk) > min(info.file_size, limits.file_bytes):
                    raise BadArchive(f"{path!r} in {archive!r} is larger than its archive says")
                if text is not None:
                    text.feed(chunk)
                await writer.write(chunk)
                chunk = await asyncio.to_thread(member.read, CHUNK_BYTES)
            if text is not None:
                text.feed(b"", final=True)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise BadArchive(f"{path!r} in {archive!r} cannot be unpacked: {exc}") from exc
    upload.files.append(await writer.close())
