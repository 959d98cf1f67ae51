"""`bastion eval`: accuracy of verdicts against labelled JSONL.

A labelled row has `text`, `hateful` (the expected `flagged`), and optionally
`id`, `lang`, `labels` (expected taxonomy labels), `antisemitic`,
`functionality` and `targets`. Reported: overall and per-language,
per-functionality and per-target-group accuracy, the confusion table of
`flagged`, per-label precision/recall/F1, and the largest accuracy gap between
the core target groups (the fairness target).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bastion.engine import Engine, ScanInput
from bastion.models import Verdict
from bastion.taxonomy import CORE_GROUPS, GROUPS, parents


@dataclass(slots=True)
class Tally:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(slots=True)
class LabelTally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class EvalReport:
    overall: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_functionality: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_group: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_group_functionality: dict[tuple[str, str], Tally] = field(
        default_factory=lambda: defaultdict(Tally)
    )
    labels: dict[str, LabelTally] = field(default_factory=lambda: defaultdict(LabelTally))
    confusion: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    errors: list[dict[str, Any]] = field(default_factory=list)
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    def shared_functionalities(self) -> list[str]:
        """Tests (templates or functionalities) run on every core group: comparable ones."""
        present: dict[str, set[str]] = defaultdict(set)
        for group, functionality in self.by_group_functionality:
            present[functionality].add(group)
        return sorted(f for f, groups in present.items() if set(CORE_GROUPS) <= groups)

    def fair_group_accuracy(self) -> dict[str, float]:
        """Per core group accuracy on the shared functionalities only (the fairness view)."""
        shared = set(self.shared_functionalities())
        out: dict[str, float] = {}
        for group in CORE_GROUPS:
            tally = Tally()
            for (g, f), t in self.by_group_functionality.items():
                if g == group and f in shared:
                    tally.correct += t.correct
                    tally.total += t.total
            if tally.total:
                out[group] = tally.accuracy
        return out

    def group_gap(self) -> float:
        """Largest accuracy difference between core groups on the same functional tests."""
        accs = list(self.fair_group_accuracy().values())
        if len(accs) < 2:
            accs = [self.by_group[g].accuracy for g in CORE_GROUPS if self.by_group[g].total]
        return max(accs) - min(accs) if len(accs) > 1 else 0.0

    def to_json(self) -> dict[str, Any]:
        def tallies(d: dict[str, Tally]) -> dict[str, Any]:
            return {
                k: {"accuracy": round(v.accuracy, 4), "n": v.total} for k, v in sorted(d.items())
            }

        return {
            "n": self.overall.total,
            "accuracy": round(self.overall.accuracy, 4),
            "by_lang": tallies(self.by_lang),
            "by_functionality": tallies(self.by_functionality),
            "by_target_group": tallies(self.by_group),
            "by_target_group_shared_tests": {
                k: round(v, 4) for k, v in self.fair_group_accuracy().items()
            },
            "target_group_gap": round(self.group_gap(), 4),
            "confusion": self.confusion,
            "labels": {
                k: {
                    "precision": round(v.precision, 4),
                    "recall": round(v.recall, 4),
                    "f1": round(v.f1, 4),
                    "support": v.tp + v.fn,
                }
                for k, v in sorted(self.labels.items())
            },
            "errors": self.errors,
        }


def expected_labels(row: dict[str, Any]) -> set[str] | None:
    """Expected labels with their parents, or None when the row states none."""
    labels: set[str] | None = None
    if isinstance(row.get("labels"), list):
        labels = set()
        for lab in row["labels"]:
            labels.add(lab)
            labels.update(parents(lab))
    if row.get("antisemitic") is not None:
        labels = labels if labels is not None else set()
        if row["antisemitic"]:
            labels.update({"hate/antisemitism", "hate"})
        else:
            labels -= {lab for lab in labels if lab.startswith("hate/antisemitism")}
    return labels


def score_rows(
    report: EvalReport, rows: Sequence[dict[str, Any]], verdicts: Sequence[Verdict]
) -> None:
    scored_labels = {"hate", "threat", "violent_extremism", "harassment", "contested"}
    scored_labels.update(GROUPS.values())
    for row, verdict in zip(rows, verdicts, strict=True):
        expected = bool(row["hateful"])
        ok = verdict.flagged == expected
        report.overall.add(ok)
        report.by_lang[str(row.get("lang") or verdict.explanation.lang)].add(ok)
        if row.get("functionality"):
            report.by_functionality[str(row["functionality"])].add(ok)
        for group in row.get("targets") or []:
            report.by_group[str(group)].add(ok)
            # Groups are compared on the very same test: its template when the data names
            # one (our suite does), else its functionality.
            test = row.get("template") or row.get("functionality")
            if test:
                report.by_group_functionality[(str(group), str(test))].add(ok)
        key = ("t" if expected == verdict.flagged else "f") + ("p" if verdict.flagged else "n")
        report.confusion[key] += 1
        if not ok:
            report.mistakes.append(
                {
                    "id": row.get("id"),
                    "text": row["text"],
                    "expected": expected,
                    "labels": list(verdict.labels),
                    "functionality": row.get("functionality"),
                }
            )
        wanted = expected_labels(row)
        if wanted is None:
            continue
        got = set(verdict.labels)
        candidates = (wanted | got) & (scored_labels | {lab for lab in wanted | got if "/" in lab})
        if not isinstance(row.get("labels"), list):
            # Only `antisemitic` is annotated: other labels are unknown, not absent.
            candidates &= {"hate/antisemitism"}
        for label in candidates:
            tally = report.labels[label]
            if label in wanted and label in got:
                tally.tp += 1
            elif label in got:
                tally.fp += 1
            else:
                tally.fn += 1


def evaluate(engine: Engine, rows: Iterable[dict[str, Any]], batch_size: int = 256) -> EvalReport:
    report = EvalReport()
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        inputs = [
            ScanInput(str(r.get("id", n)), r["text"], r.get("lang")) for n, r in enumerate(batch)
        ]
        score_rows(report, batch, engine.scan_batch(inputs))
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
