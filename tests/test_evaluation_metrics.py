"""The eval arithmetic on hand-made verdicts (no model involved)."""

from __future__ import annotations

from bastion.evaluation import EvalReport, score_rows
from bastion.models import Explanation, Verdict


def verdict(flagged: bool, labels: tuple[str, ...]) -> Verdict:
    return Verdict("x", flagged, labels, {}, "allow", Explanation(lang="en"))


def test_precision_recall_and_group_gap() -> None:
    rows = [
        {"text": "a", "hateful": True, "labels": ["hate/antisemitism"], "targets": ["jews"]},
        {"text": "b", "hateful": False, "labels": [], "targets": ["jews"]},
        {"text": "c", "hateful": True, "labels": ["hate/women"], "targets": ["women"]},
        {"text": "d", "hateful": False, "labels": [], "targets": ["women"]},
    ]
    verdicts = [
        verdict(True, ("hate/antisemitism", "hate")),
        verdict(True, ("hate/antisemitism", "hate")),  # false positive
        verdict(True, ("hate/women", "hate")),
        verdict(False, ()),
    ]
    report = EvalReport()
    score_rows(report, rows, verdicts)
    assert report.overall.accuracy == 0.75
    assert report.confusion == {"tp": 2, "fp": 1, "fn": 0, "tn": 1}
    antisemitism = report.labels["hate/antisemitism"]
    assert (antisemitism.precision, antisemitism.recall) == (0.5, 1.0)
    assert report.by_group["jews"].accuracy == 0.5 and report.by_group["women"].accuracy == 1.0
    assert report.group_gap() == 0.5


def test_antisemitic_field_counts_as_the_label() -> None:
    report = EvalReport()
    score_rows(report, [{"text": "t", "hateful": True, "antisemitic": True}], [verdict(False, ())])
    assert report.labels["hate/antisemitism"].fn == 1


def test_rows_annotated_only_for_antisemitism_score_only_that_label() -> None:
    report = EvalReport()
    row = {"text": "t", "hateful": False, "antisemitic": False}
    score_rows(report, [row], [verdict(True, ("hate/muslims", "hate"))])
    assert set(report.labels) == set()
    score_rows(report, [row], [verdict(True, ("hate/antisemitism", "hate"))])
    assert set(report.labels) == {"hate/antisemitism"}
    assert report.labels["hate/antisemitism"].fp == 1
