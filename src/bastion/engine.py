"""The pipeline: raw text -> normalize -> detect -> decide -> `Verdict`.

`Engine` is what every edge (CLI, API, UI) calls; `bastion.scan` is a
convenience over a shared default engine.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bastion._plugins import plugin_detectors
from bastion.decide import default_decision
from bastion.detect.cascade import Assessment, Cascade
from bastion.detect.classifiers.linear import LinearModel, load_default_model
from bastion.models import Explanation, NormalizedText, Verdict
from bastion.normalize import normalize
from bastion.plugin import Detector


@dataclass(frozen=True, slots=True)
class ScanInput:
    id: str
    text: str
    lang: str | None = None


class Engine:
    """Scans texts into verdicts. Thread-safe for reads; load once, reuse."""

    def __init__(
        self,
        model_dir: Path | None = None,
        detectors: Sequence[Detector] | None = None,
    ) -> None:
        """`detectors`: extra detectors; None means those of installed plugins."""
        model = LinearModel.load(model_dir) if model_dir else load_default_model()
        extra = plugin_detectors() if detectors is None else detectors
        self.cascade = Cascade(model, extra_detectors=extra)

    def scan(self, text: str, lang: str | None = None, id: str = "") -> Verdict:
        """The verdict for one text (see docs/scan.md for the fields)."""
        return self.scan_batch([ScanInput(id, text, lang)])[0]

    def scan_batch(self, inputs: Sequence[ScanInput]) -> list[Verdict]:
        items = [normalize(i.text, i.lang) for i in inputs]
        assessments = self.cascade.assess_batch(items)
        return [
            self._verdict(i.id, item, a)
            for i, item, a in zip(inputs, items, assessments, strict=True)
        ]

    @staticmethod
    def _verdict(id: str, item: NormalizedText, a: Assessment) -> Verdict:
        flagged, action, rule = default_decision(a.labels, a.scores)
        return Verdict(
            id=id,
            flagged=flagged,
            labels=a.labels,
            scores=a.scores,
            action=action,
            explanation=Explanation(
                lang=item.lang,
                hits=a.hits,
                targets=a.targets,
                contexts=a.contexts,
                truncated=item.truncated,
                rule=f"{a.rule}; {rule}",
            ),
        )


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default


def scan(text: str, lang: str | None = None) -> Verdict:
    """Scan one text with the shipped model and the default policy."""
    return default_engine().scan(text, lang)
