"""Assembles the real-reporting sets from the gatherers' folders, once: merges them, splits each set at random
(seed fixed, recorded) into a development half and a sealed test half, and writes labels, questions and the
manifest. Kept for the record of how the halves were drawn; re-running it with the same inputs gives the same
halves.

    python bench/realset/build.py /work/staging
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = {"en": ("en-a", "en-b"), "ukru": ("uk", "ru")}
SEED = 20261202


def main(staging: Path) -> int:
    manifest = []
    for name, parts in SETS.items():
        labels, questions = [], []
        for part in parts:
            folder = staging / part
            part_labels = json.loads((folder / "labels.json").read_text())
            urls = {m["file"]: m for m in json.loads((folder / "manifest.json").read_text())}
            for label in part_labels:
                data = (folder / "articles" / label["file"]).read_bytes()
                manifest.append(
                    {"file": label["file"], "set": name, "url": label["url"], "outlet": label["outlet"],
                     "language": label["language"], "kind": label["kind"], "published": label["published"],
                     "sha256": hashlib.sha256(data).hexdigest(), "gathered_by": part}
                )  # fmt: skip
                assert urls[label["file"]]["sha256"] == manifest[-1]["sha256"], label["file"]
            labels.extend(part_labels)
            questions.extend(json.loads((folder / "questions.json").read_text()))
        files = sorted(label["file"] for label in labels)
        assert len(files) == len(set(files)), "a file name is used twice"
        random.Random(SEED).shuffle(files)
        halves = {"dev": set(files[: len(files) // 2]), "test": set(files[len(files) // 2 :])}
        for half, members in halves.items():
            out = HERE / name / half
            out.mkdir(parents=True, exist_ok=True)
            half_labels = [label for label in labels if label["file"] in members]
            (out / "labels.json").write_text(json.dumps(half_labels, ensure_ascii=False, indent=1) + "\n")
            (out / "questions.json").write_text(
                json.dumps(_questions(questions, members), ensure_ascii=False, indent=1) + "\n"
            )
            for entry in manifest:
                if entry["file"] in members:
                    entry["half"] = half
    manifest.sort(key=lambda m: (m["set"], m["half"], m["file"]))
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return 0


def _questions(questions: list[dict], members: set[str]) -> list[dict]:
    """The questions about this half's files: expectations and forbidden files of the other half are dropped, and
    a question left expecting nothing (it expected only the other half's incidents) is dropped with them."""
    kept = []
    for question in questions:
        expect = [e for e in question.get("expect", []) if e["file"] in members]
        forbid = [f for f in question.get("forbid_files", []) if f in members]
        if expect or (not question.get("expect") and forbid):
            kept.append({"ask": question["ask"], "expect": expect, "forbid_files": forbid})
    return kept


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
