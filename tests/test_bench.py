"""The benchmark runs end to end on a small corpus (figures are printed, never asserted: machines are noisy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus import articles
from bench.speed import main


def test_the_corpus_is_reproducible() -> None:
    first = list(articles(50, seed=3))
    assert first == list(articles(50, seed=3))
    assert first != list(articles(50, seed=4))
    texts = [text for _, text in articles(500, seed=3)]
    assert 0 < 500 - len(set(texts)) < 30  # about 2% exact duplicates, as real collections have


def test_the_benchmark_runs_on_200_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "speed.json"
    assert main(["--articles", "200", "--queries", "50", "--workdir", str(tmp_path), "--json", str(out)]) == 0
    (result,) = json.loads(out.read_text())["results"]
    assert result["articles"] == 200
    assert result["stored"] == 200  # every file went in: added, or recognised as a duplicate
    assert 0 < result["duplicates"] < 20
    assert result["incidents"] > 0
    for kind in ("incident", "summary", "search", "autocomplete"):
        assert result[f"{kind}_queries"] == 50
        assert result[f"{kind}_p50_ms"] <= result[f"{kind}_p99_ms"]
    assert result["peak_rss_mb"] > 0
    table = capsys.readouterr().out
    assert "ingest, articles/s" in table
    assert "search / raw FTS5 (p99)" in table
