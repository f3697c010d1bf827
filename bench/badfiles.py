"""A folder of bad files, as an operator or an attacker might hand the bot: empty, binary, undecodable, huge, broken
markup, impossible record figures, and entries that are no regular files of the folder (a FIFO, links to devices
and outside). Used by tests/test_bad_files.py and bench/reliability.py."""

from __future__ import annotations

import os
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "articles" / "kn23-bila-tserkva.txt"
RECORDS_HEADER = "time_start,time_end,model,launch_place,target,launched,destroyed,source\n"


def write_bad_files(folder: Path, outside: Path) -> dict[str, str]:
    """Write the bad files; return name -> the start of the reason each must be reported with."""
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = reason

    put("empty.txt", b"", "empty.txt is empty.")
    put("blank.txt", b"   \n\n\t\n", "blank.txt is empty.")
    for n in range(5):
        put(f"binary-{n}.txt", bytes(range(256)) * (n + 1) * 10, f"binary-{n}.txt looks like a binary file")
    put("zeros.md", b"\x00" * 5000, "zeros.md looks like a binary file")
    put("png.html", b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 500, "png.html looks like a binary file")
    put("truncated-utf8.txt", "Київ ".encode() * 3 + b"\xd0", "truncated-utf8.txt has no usable article text")
    put("tiny.txt", b"Kyiv.", "tiny.txt has no usable article text")
    put("script-only.html", b"<html><script>var a = 1; alert('x')</script></html>",
        "script-only.html has no")  # fmt: skip
    put("style-only.html", b"<html><head><style>p{}</style></head><body></body></html>",
        "style-only.html has no")  # fmt: skip
    put("nested.html", b"<div>" * 20000 + b"x" + b"</div>" * 20000, "nested.html has no")
    put("broken.html", b"<html><body><p>Drones <b>hit <i>Kyiv</p></html", "broken.html has no")
    put("comment-only.html", b"<!-- nothing -->", "comment-only.html has no")
    put(
        "huge.txt",
        b"Missiles struck Kyiv. " * 300_000,
        "too large (6.6 MB; one article may be at most 5.0 MB)",
    )
    put("huge.md", b"# T\n" + b"x" * 5_000_001, "too large (5.0 MB; one article may be at most 5.0 MB)")
    for n in range(8):
        put(
            f"control-{n}.txt",
            bytes([7, 8, 27, 1, 2, 3]) * (200 + n),
            f"control-{n}.txt looks like a binary file",
        )
    for n in range(6):
        put(f"noise-{n}.txt", os.urandom(3000 + n), f"noise-{n}.txt")
    put("utf16-empty.txt", "\ufeff".encode("utf-16"), "utf16-empty.txt")
    put(
        "only-punctuation.txt",
        b"... --- !!! ??? ,,, ;;;" * 3,
        "only-punctuation.txt has no usable article text",
    )
    for n in range(5):
        put(f"front-matter-only-{n}.md", f"---\ntitle: T{n}\n---\n".encode(), f"front-matter-only-{n}.md")
    for n, encoding in enumerate(("utf-16-le", "utf-32", "cp037")):
        put(
            f"odd-encoding-{n}.txt",
            b"\x00\x00" + "Missiles struck Kyiv.".encode(encoding) * 2,
            f"odd-encoding-{n}.txt",
        )
    for n in range(3):
        put(f"menu-only-{n}.html", b"<nav><a href='/'>Home</a> | <a href='/n'>News</a></nav>" * (n + 1),
            f"menu-only-{n}.html")  # fmt: skip
    # Records CSVs with cells that are no numbers at all, or numbers no wave ever had.
    for n, cell in enumerate(("inf", "1e999", "-1", "nan", "9" * 400, "12abc")):
        name = f"records-{n}.csv"
        put(name, (RECORDS_HEADER + f"2024-07-31 02:00,2024-07-31 06:30,Shahed-136,,Kyiv,{cell},1,kpszsu\n"
                   "broken,row\n").encode(), "")  # fmt: skip
        expected[name] = "stored"  # a bad figure is left out; the row's attack is still recorded
    put("records-garbage.csv", RECORDS_HEADER.encode() + b"\x00\x01,\xff\xfe\n" * 20, "")
    expected["records-garbage.csv"] = "could not read the CSV: it is not UTF-8 text"
    put("not-records.csv", b"a,b,c\n1,2,3\n", "a CSV file that is not attack records")
    # What a folder may hold that is not a regular file of its own.
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "not a regular file (a pipe, socket or device), so it was not read"
    (folder / "zero.txt").symlink_to("/dev/zero")
    expected["zero.txt"] = "a link to something outside the folder, so it was not read"
    (folder / "device.txt").symlink_to("/dev/null")
    expected["device.txt"] = "a link to something outside the folder, so it was not read"
    (folder / "escape.txt").symlink_to(outside)
    expected["escape.txt"] = "a link to something outside the folder, so it was not read"
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    expected["dangling.txt"] = "a link to nothing"
    for n in range(3):
        name = os.fsdecode(b"bad-name-\xff\xfe-" + str(n).encode() + b".txt")
        (folder / name).write_bytes(SAMPLE.read_bytes().replace(b"31 July", f"{n + 1} July".encode()))
        expected[name] = "stored"
    return expected
