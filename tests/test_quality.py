"""Extraction quality on the labelled development set: a regression below the floors fails CI."""

from __future__ import annotations

import pytest

from bench.quality import FLOORS, evaluate, format_table, main


@pytest.fixture(scope="module")
def whole_set() -> dict[str, object]:
    return evaluate().as_dict()


@pytest.mark.parametrize("metric", ["date_accuracy", "weapon_recall", "weapon_precision", "place_recall",
                                    "place_precision"])  # fmt: skip
def test_targets_hold_on_the_whole_development_set(
    whole_set: dict[str, dict[str, float]], metric: str
) -> None:
    assert whole_set["overall"][metric] >= FLOORS[metric]


def test_no_incident_from_any_distractor(whole_set: dict[str, dict[str, float]]) -> None:
    assert whole_set["overall"]["distractor_incidents"] == 0
    assert whole_set["categories"]["distractor"]["incidents_predicted"] == 0


def test_every_labelled_incident_is_found_and_questions_answered(
    whole_set: dict[str, dict[str, int]],
) -> None:
    overall = whole_set["overall"]
    assert overall["articles"] == 68
    assert overall["incidents_labelled"] == 69
    assert overall["incidents_matched"] >= 66
    assert overall["answer_recall"] >= 0.95


def test_the_ci_subset_runs_and_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    evaluation = evaluate(subset=True)
    assert evaluation.overall.articles == 8
    assert evaluation.overall.distractor_incidents == 0
    table = format_table(evaluation)
    assert table.splitlines()[0].split()[:3] == ["category", "articles", "labelled"]
    assert main(["--subset", "--json"]) == 0
    assert '"overall"' in capsys.readouterr().out
