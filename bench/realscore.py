"""Scores a half of a real-reporting set (bench/realset/) in process, with the figures the maintainers use.

    python -m bench.realscore en/dev                 # figures, and the questions missed
    python -m bench.realscore en/dev --misses        # and, per report, what was found against what is labelled
    python -m bench.realscore en/dev ukru/dev --json

The figures are those of `../shared/checks/score-set.py` (answers, incident dates, weapons and places recall and
precision, per-weapon figures, distractor incidents), computed the same way over the same `ask --json` document,
but in one process: the set is ingested into an in-memory database and every question asked of the command
engine, which takes seconds where the CLI takes minutes. A test checks that both give the same figures.
The reports themselves are not in the repository: see bench/realset/gather.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot import render
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.service import IncidentDesk
from bot.store.store import Store

REALSET = Path(__file__).resolve().parent / "realset"
ARTICLES = REALSET / "articles"
DATA = Path(__file__).resolve().parent.parent / "data"
# Relative dates in these reports are read against their own publication dates; "today" only matters for an
# undated report, which is read against the latest date it states, never after this.
TODAY = datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
MEASURE = {"launched": r"launch|fired|used", "destroyed": r"destroy|down|intercept|suppress|neutrali"}


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def same_name(label: str, got: list[str]) -> bool:
    """As score-set.py: a labelled name is found when a predicted name equals one of its parts or one contains
    the other ("Kinzhal (Kh-47M2)" matches "Kinzhal" or "Kh-47M2")."""
    parts = [norm(p) for p in re.split(r"[()/,]", label) if norm(p)]
    for g in got:
        ng = norm(g)
        if not ng:
            continue
        for p in parts:
            if p == ng or (len(p) >= 4 and len(ng) >= 4 and (p in ng or ng in p)):
                return True
    return False


def claim_matches(claim: dict[str, Any], fig: dict[str, Any]) -> bool:
    fields = {
        k: v for k, v in claim.items() if k not in ("sentence", "snippet", "quote", "text", "outlet", "title")
    }
    values = [v for v in fields.values() if isinstance(v, int | float) and not isinstance(v, bool)]
    words = [str(v) for v in fields.values() if isinstance(v, str)]
    words += [str(x) for v in fields.values() if isinstance(v, list) for x in v]
    return (
        fig["value"] in values
        and any(re.search(MEASURE[fig["measure"]], w, re.I) for w in words)
        and same_name(fig["weapon"], words)
    )


@dataclass
class Result:
    name: str
    figures: dict[str, float | int]
    missed_questions: list[str] = field(default_factory=list)
    report_lines: list[str] = field(default_factory=list)


def ask_all(desk: IncidentDesk, question: str) -> list[dict[str, Any]]:
    incidents: list[dict[str, Any]] = []
    page = 1
    while True:
        document = render.to_json(desk.ask(question, page, 100))
        incidents.extend(document.get("incidents") or [])
        if page >= int(document.get("pages") or 1) or page >= 50:
            return incidents
        page += 1


def files_of(incident: dict[str, Any]) -> set[str]:
    return {Path(s.get("path") or "").name for s in incident.get("sources") or []}


def score(half: str, gazetteer: Gazetteer, *, misses: bool = False, available: bool = False) -> Result | None:
    """The half's figures; with `available`, on the reports present, and None when none is."""
    folder = REALSET / half
    labels = json.loads((folder / "labels.json").read_text())
    questions = json.loads((folder / "questions.json").read_text())
    missing = {a["file"] for a in labels if not (ARTICLES / a["file"]).is_file()}
    if missing and not available:
        raise SystemExit(f"{len(missing)} reports are missing from {ARTICLES}: run bench/realset/gather.py")
    if available and len(missing) == len(labels):
        print(
            f"{half}: none of its {len(labels)} reports is present (bench/realset/gather.py)", file=sys.stderr
        )
        return None
    if missing:
        print(
            f"{half}: scoring the {len(labels) - len(missing)} of {len(labels)} reports present",
            file=sys.stderr,
        )
        labels, questions = without(missing, labels, questions)
    desk = IncidentDesk(
        Settings(data_dir=DATA), store=Store.memory(), gazetteer=gazetteer, clock=lambda: TODAY
    )
    try:
        desk.ingest_paths([ARTICLES / a["file"] for a in labels], silent=True, workers=1)
        return _figures(half, desk, labels, questions, misses=misses)
    finally:
        desk.close()


def without(
    missing: set[str], labels: list[dict[str, Any]], questions: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The labels and questions of the reports present: a question loses what it expects of a missing report,
    and is dropped when that was all it expected."""
    kept = []
    for question in questions:
        expect = [e for e in question.get("expect", []) if e["file"] not in missing]
        if expect or not question.get("expect"):
            kept.append({**question, "expect": expect})
    return [a for a in labels if a["file"] not in missing], kept


def _figures(
    half: str,
    desk: IncidentDesk,
    labels: list[dict[str, Any]],
    questions: list[dict[str, Any]],
    *,
    misses: bool,
) -> Result:
    ok_dates = {
        (a["file"], i["date"]): {i["date"], *i.get("alt_dates", [])} for a in labels for i in a["incidents"]
    }
    result = Result(half, {})
    q_ok = 0
    for q in questions:
        got = ask_all(desk, q["ask"])
        pairs = {(fn, i.get("date")) for i in got for fn in files_of(i)}
        exp = [(e["file"], e["date"]) for e in q.get("expect", [])]
        hit = sum(1 for f, d in exp if any((f, x) in pairs for x in ok_dates.get((f, d), {d})))
        forbidden = {fn for fn, _ in pairs} & set(q.get("forbid_files", []))
        ok = (hit == len(exp) and not forbidden) if exp else not got
        q_ok += ok
        if not ok:
            result.missed_questions.append(f"{q['ask']} {hit}/{len(exp)} forbidden: {sorted(forbidden)}")
    by_file: dict[str, list[dict[str, Any]]] = {}
    for inc in ask_all(desk, "!summary 1990-01-01..2035-12-31"):
        for fn in files_of(inc):
            by_file.setdefault(fn, []).append(inc)
    n = dict.fromkeys(("lab", "tp_date", "w_tot", "w_hit", "p_tot", "p_hit", "w_pred", "w_right", "p_pred",
                       "p_right", "f_tot", "f_hit", "pred", "false", "distractor"), 0)  # fmt: skip
    for art in labels:
        preds = by_file.get(art["file"], [])
        label_dates = {d for i in art["incidents"] for d in ok_dates[(art["file"], i["date"])]}
        n["pred"] += len(preds)
        for p in preds:
            if p.get("date") not in label_dates:
                n["false"] += 1
                n["distractor"] += bool(art.get("distractor"))
        for li in art["incidents"]:
            n["lab"] += 1
            match = [p for p in preds if p.get("date") in ok_dates[(art["file"], li["date"])]]
            n["tp_date"] += bool(match)
            weapons = [w for p in match for w in p.get("weapons") or []]
            places = [w for p in match for w in p.get("places") or []]
            for w in li.get("weapons", []):
                n["w_tot"] += 1
                n["w_hit"] += same_name(w, weapons)
            for pl in li.get("places", []):
                n["p_tot"] += 1
                n["p_hit"] += same_name(pl, places)
            for fig in li.get("figures", []):
                n["f_tot"] += 1
                n["f_hit"] += any(claim_matches(c, fig) for p in match for c in p.get("claims") or [])
            if not match:
                continue
            best = max(
                match,
                key=lambda p: (
                    sum(same_name(x, p.get("weapons") or []) for x in li.get("weapons", []))
                    + sum(same_name(x, p.get("places") or []) for x in li.get("places", []))
                ),
            )
            for w in set(best.get("weapons") or []):
                n["w_pred"] += 1
                n["w_right"] += same_name(w, li.get("weapons", []))
            for pl in set(best.get("places") or []):
                if re.search(r"\b(oblast|region|province)\b", pl, re.I):
                    continue
                n["p_pred"] += 1
                n["p_right"] += same_name(pl, li.get("places", []))
        if misses:
            result.report_lines.extend(_report_lines(art, preds))

    def pct(a: int, b: int) -> float:
        return a / b if b else 1.0

    result.figures = {
        "answers": pct(q_ok, len(questions)),
        "incident_date_recall": pct(n["tp_date"], n["lab"]),
        "incident_date_precision": pct(n["pred"] - n["false"], n["pred"]),
        "weapon_recall": pct(n["w_hit"], n["w_tot"]),
        "place_recall": pct(n["p_hit"], n["p_tot"]),
        "weapon_precision": pct(n["w_right"], n["w_pred"]),
        "place_precision": pct(n["p_right"], n["p_pred"]),
        "distractor_incidents": n["distractor"],
    }
    if n["f_tot"]:
        result.figures["figure_recall"] = pct(n["f_hit"], n["f_tot"])
    return result


def _report_lines(art: dict[str, Any], preds: list[dict[str, Any]]) -> list[str]:
    lines = [f"{art['file']}{' (distractor)' if art.get('distractor') else ''}"]
    for li in art["incidents"]:
        lines.append(f"    label {li['date']} {li.get('alt_dates') or ''} W={li.get('weapons')} P={li.get('places')}"
                     f" L={li.get('launch_sites')} F={[(f['weapon'], f['measure'], f['value']) for f in li.get('figures', [])]}")  # fmt: skip
    for p in preds:
        claims = [(c.get("weapon"), c["measure"], c["value"]) for c in p.get("claims") or []]
        lines.append(
            f"    found {p['date']} W={p['weapons']} P={p['places']} L={p['launched_from']} F={claims}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.realscore", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "halves",
        nargs="+",
        help="sets under bench/realset: en/dev, en/test, en/fresh, en/fresh2 .. en/fresh112, ukru/dev, ukru/test, ukru/fresh, "
        "ukru/fresh2 .. ukru/fresh112 (no ukru/fresh23 nor ukru/fresh25)",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="per report: what was labelled, what was found")
    parser.add_argument(
        "--available", action="store_true", help="score the reports present when some could not be gathered"
    )
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.load(DATA)
    scored = (score(half, gazetteer, misses=args.misses, available=args.available) for half in args.halves)
    results = [result for result in scored if result is not None]
    if args.json:
        json.dump({r.name: r.figures for r in results}, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in results:
        if args.misses:
            print("\n".join(r.report_lines))
            print("\n".join(f"  MISS {q}" for q in r.missed_questions))
        print(f"{r.name}: " + " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                                       for k, v in r.figures.items()))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
