"""Puts the real reports the labels describe into `bench/realset/articles/` (ignored by git) and checks them.

The text of the reports is not kept in the repository: only short quoted sentences appear in tests, and the
labels here name each report by file, URL and SHA-256. The text of each was taken, as returned, from a stored
copy of the page (the pages corpus of the project's search tool), starting at the page's beginning. To rebuild
the folder, put those texts in a folder (any layout; files are found by name) and run

    python bench/realset/gather.py FOLDER        # copy what matches the manifest, by name and hash
    python bench/realset/gather.py --check       # which reports are missing or differ

Every file is checked against its hash: a report that differs from the one labelled is not used. A text is the
excerpt exactly as the search tool prints it, unescaped. To regather, look each report up in the stored pages by
its outlet and headline words (its URL in the manifest says which result), copy the excerpt's JSON string literal
exactly into a file, and run `python bench/realset/save_excerpt.py FILE LITERAL_FILE`, which keeps it only if the
hash matches (trying the one trailing newline many earlier texts have). Each report costs one look-up or more, so
one session's budget of look-ups gathers some 600 of them: gather the halves and the latest samples first.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"


def manifest() -> list[dict[str, str]]:
    return json.loads((HERE / "manifest.json").read_text())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gather(source: Path) -> int:
    ARTICLES.mkdir(exist_ok=True)
    found = {path.name: path for path in source.rglob("*") if path.is_file()}
    copied = 0
    for entry in manifest():
        candidate = found.get(entry["file"])
        if candidate is not None and digest(candidate) == entry["sha256"]:
            shutil.copyfile(candidate, ARTICLES / entry["file"])
            copied += 1
    print(f"{copied} of {len(manifest())} reports copied into {ARTICLES}")
    return check()


def check() -> int:
    problems = []
    for entry in manifest():
        path = ARTICLES / entry["file"]
        if not path.is_file():
            problems.append(f"missing: {entry['file']} ({entry['url']})")
        elif digest(path) != entry["sha256"]:
            problems.append(f"differs: {entry['file']} ({entry['url']})")
    for line in problems:
        print(line)
    print(f"{len(manifest()) - len(problems)} of {len(manifest())} reports present and intact")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--check":
        sys.exit(check())
    if len(sys.argv) == 2:
        sys.exit(gather(Path(sys.argv[1])))
    print(__doc__)
    sys.exit(2)
