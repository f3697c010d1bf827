"""The benchmark runs end to end on a small corpus (figures are printed, never asserted: machines are noisy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus import articles
from bench.extraction import main as extraction_main
from bench.merging import main as merging_main
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


def test_the_extraction_benchmark_reads_a_folder_by_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "en.txt").write_text(
        "Russian missiles struck Kharkiv on Sunday, killing two people, officials said.\n"
    )
    (tmp_path / "uk.txt").write_text(
        "У неділю російські ракети влучили в Харків, загинули двоє людей, повідомили в ОВА.\n"
    )
    out = tmp_path / "extraction.json"
    assert extraction_main(["--folder", str(tmp_path), "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert (figures["reports"], sorted(figures["by_language"])) == (2, ["en", "uk"])
    assert [row["reports"] for row in figures["by_language"].values()] == [1, 1]
    assert capsys.readouterr().out.splitlines()[0] == "reports                          2 (mean 114 bytes)"


def test_the_extraction_benchmark_says_when_there_is_nothing_to_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert extraction_main(["--folder", str(tmp_path)]) == 1
    assert (
        capsys.readouterr().err
        == f"no reports in {tmp_path} (bench/realset/gather.py brings the real ones)\n"
    )


def test_the_merging_benchmark_grows_one_incident(capsys: pytest.CaptureFixture[str]) -> None:
    assert merging_main(["--reports", "30"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["reports", "folded,", "ms", "recomputed,", "ms"]
    assert [line.split()[0] for line in lines[1:3]] == ["10", "30"]
    assert lines[3] == "incidents: 1 (every report joined the first)"
