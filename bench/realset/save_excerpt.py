"""Stores one report from a search result: the excerpt, as a JSON string literal copied exactly as the search tool
printed it, is decoded and kept in `bench/realset/articles/` only if it matches the manifest's SHA-256.

    python bench/realset/save_excerpt.py FILE LITERAL_FILE    # prints "OK FILE" or "MISMATCH FILE ..."

Many of the earlier texts end with one newline more than the excerpt shows; that variant is tried too, never any
other change. See `gather.py` for the whole regathering step.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from gather import ARTICLES, manifest


def variants(text: str) -> list[str]:
    return [text, text + "\n"]


def save(name: str, literal: str) -> str:
    entries = {entry["file"]: entry for entry in manifest()}
    if name not in entries:
        return f"NOT IN MANIFEST {name}"
    try:
        text = json.loads(literal.strip())
    except json.JSONDecodeError as error:
        return f"BAD LITERAL {name}: {error} (copy the excerpt with its quotes and escapes)"
    if not isinstance(text, str):
        return f"BAD LITERAL {name}: not a string"
    for candidate in variants(text):
        if hashlib.sha256(candidate.encode()).hexdigest() == entries[name]["sha256"]:
            ARTICLES.mkdir(exist_ok=True)
            (ARTICLES / name).write_text(candidate, encoding="utf-8", newline="")
            return f"OK {name}"
    return f"MISMATCH {name}: {len(text)} characters, ends {text[-40:]!r}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    result = save(argv[0], Path(argv[1]).read_text(encoding="utf-8"))
    print(result)
    return 0 if result.startswith("OK") else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
