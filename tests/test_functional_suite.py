"""bastion's own functional suite (EN + FR) through the shipped model: floors, not targets.

The suite's templates never appear in training (tests/synth checks that), so these
figures measure generalisation. The floors sit a little under what the shipped model
scores, to catch regressions; `bastion eval suite` prints the full report.
"""

from __future__ import annotations

import pytest

from bastion.engine import Engine
from bastion.evaluation import EvalReport, evaluate
from bastion.synth import build_rows


@pytest.fixture(scope="module")
def report(engine: Engine) -> EvalReport:
    rows = [r.to_json(f"suite-{n}") for n, r in enumerate(build_rows("suite"))]
    return evaluate(engine, rows)


def test_accuracy_per_language_holds(report: EvalReport) -> None:
    assert report.by_lang["en"].accuracy >= 0.88
    assert report.by_lang["fr"].accuracy >= 0.84


def test_target_groups_are_treated_alike_on_the_same_tests(report: EvalReport) -> None:
    assert report.group_gap() <= 0.06, report.fair_group_accuracy()


def test_no_functionality_collapses(report: EvalReport) -> None:
    weak = {f: t.accuracy for f, t in report.by_functionality.items() if t.accuracy < 0.55}
    assert not weak


def test_antisemitism_is_found_precisely(report: EvalReport) -> None:
    antisemitism = report.labels["hate/antisemitism"]
    assert antisemitism.f1 >= 0.88, (antisemitism.precision, antisemitism.recall)
