"""Files and folders as intake: which entries are articles, and reading them without surprises.

A folder yields its regular files only, each within the folder (issue 9): a FIFO would block a reader forever, a
link to /dev/zero would never end, and a link out of the folder would read what the folder's owner never put
there. Every other entry is reported with the reason it was skipped (hidden files excepted). Reading opens
without blocking, checks again that what was opened is a regular file, and never reads more than the limit.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.parse import ARTICLE_SUFFIXES
from bot.models import FileStamp

# Files that live beside articles but are not articles.
DOCUMENT_NAMES = frozenset({"readme", "sources", "license", "licence", "changelog", "notes", "contributing"})
RECORDS_SUFFIX = ".csv"

SKIP_REASONS = {
    "missing": "no such file or folder",
    "document": "a documentation file, not an article",
    "suffix": "not an article file (.txt, .md, .html) or records (.csv)",
    "special": "not a regular file (a pipe, socket or device), so it was not read",
    "outside": "a link to something outside the folder, so it was not read",
    "broken": "a link to nothing",
    "unreadable": "could not be listed",
}


class FileReadError(OSError):
    """A file that cannot be read as an article; the message says why."""


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One path met while walking: what to read (`path`, resolved), how to name it, or why it is skipped."""

    path: Path
    name: str  # for people: printable even when the file name is not valid UTF-8
    skip: str | None = None  # a key of SKIP_REASONS
    stamp: FileStamp | None = None

    @property
    def is_records(self) -> bool:
        return self.path.suffix.lower() == RECORDS_SUFFIX

    @property
    def source_key(self) -> str:
        """A stable, storable key: the resolved path, with bytes that are not UTF-8 escaped."""
        return printable(self.path, escape=True)


def printable(path: Path | str, *, escape: bool = False) -> str:
    """A file name as text: undecodable bytes shown as "?" (or escaped, for a key that must stay unique)."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace" if escape else "replace")


def walk(paths: Iterable[Path]) -> Iterator[FileEntry]:
    for path in paths:
        try:
            info = os.stat(path)  # follows a link given by name: the user asked for that file
        except FileNotFoundError:
            yield FileEntry(path, printable(path), "missing")
            continue
        except OSError:
            yield FileEntry(path, printable(path), "unreadable")
            continue
        if stat.S_ISDIR(info.st_mode):
            root = path.resolve()
            yield from _walk_folder(root, root)
        elif stat.S_ISREG(info.st_mode):
            skip = "document" if path.stem.lower() in DOCUMENT_NAMES else None
            # A file named explicitly is read whatever its suffix: the user asked for it.
            yield FileEntry(path.resolve(), printable(path), skip, _stamp(info))
        else:
            yield FileEntry(path, printable(path), "special")


def _walk_folder(folder: Path, root: Path) -> Iterator[FileEntry]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError:
        yield FileEntry(folder, printable(folder), "unreadable")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files and folders are not the user's articles
        path = Path(entry.path)
        name = printable(path)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            yield FileEntry(path, name, "unreadable")
            continue
        if stat.S_ISLNK(info.st_mode):
            try:
                target = path.resolve(strict=True)
                info = os.stat(target)
            except (OSError, RuntimeError):
                yield FileEntry(path, name, "broken")
                continue
            if not target.is_relative_to(root):
                yield FileEntry(path, name, "outside")
                continue
            if stat.S_ISDIR(info.st_mode):
                continue  # the folder it points to is walked in its own place
            path = target
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, root)
        elif not stat.S_ISREG(info.st_mode):
            yield FileEntry(path, name, "special")
        elif path.stem.lower() in DOCUMENT_NAMES:
            yield FileEntry(path, name, "document")
        elif path.suffix.lower() not in ARTICLE_SUFFIXES and path.suffix.lower() != RECORDS_SUFFIX:
            yield FileEntry(path, name, "suffix")
        else:
            yield FileEntry(path, name, None, _stamp(info))


def _stamp(info: os.stat_result) -> FileStamp:
    return FileStamp(info.st_size, info.st_mtime_ns)


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, at most `limit`; FileReadError when it is not a regular file or is larger."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise FileReadError(f"could not read the file ({error.strerror or error})") from error
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(SKIP_REASONS["special"])
        if info.st_size > limit:
            raise FileReadError(too_large(info.st_size, limit))
        data = handle.read(limit + 1)  # it may have grown since
    if len(data) > limit:
        raise FileReadError(too_large(len(data), limit))
    return data


def too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1_000_000:.1f} MB; one article may be at most {limit / 1_000_000:.1f} MB)"
