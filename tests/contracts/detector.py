"""The contract every detector passes: subclass `DetectorContract` and set `DETECTOR`."""

from __future__ import annotations

import re
from typing import ClassVar

from bastion.normalize import normalize
from bastion.plugin import Detector
from bastion.taxonomy import CONTEXTS, GROUPS, LABELS

ODD_INPUTS = ["", " ", "\u200b\u200b", "🔥" * 50, "a" * 6000, "\udcff lone surrogate", "(((", "é́́́"]


class DetectorContract:
    DETECTOR: ClassVar[Detector]

    def test_name_is_stable_snake_case(self) -> None:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", self.DETECTOR.name)

    def test_has_examples(self) -> None:
        assert self.DETECTOR.examples(), "document the detector with examples()"

    def test_examples_produce_their_signals(self) -> None:
        for ex in self.DETECTOR.examples():
            names = {s.name for s in self.DETECTOR.signals(normalize(ex.text, ex.lang))}
            missing = set(ex.expects) - names
            assert not missing, f"{ex.text!r}: missing {missing}, got {names}"
            unwanted = set(ex.absent) & names
            assert not unwanted, f"{ex.text!r}: unexpected {unwanted}"

    def test_signal_names_are_in_the_vocabulary(self) -> None:
        vocab = {"label": set(LABELS), "target": set(GROUPS), "context": set(CONTEXTS)}
        for ex in self.DETECTOR.examples():
            for s in self.DETECTOR.signals(normalize(ex.text, ex.lang)):
                assert s.name in vocab[s.kind], f"{s.kind} {s.name!r} not in the taxonomy"

    def test_scores_are_probabilities_and_spans_lie_in_the_raw_text(self) -> None:
        for ex in self.DETECTOR.examples():
            item = normalize(ex.text, ex.lang)
            for s in self.DETECTOR.signals(item):
                assert 0.0 <= s.score <= 1.0
                for span in s.spans:
                    assert 0 <= span.start <= span.end <= len(item.raw)
                    assert item.raw[span.start : span.end] == span.text

    def test_output_is_deterministic(self) -> None:
        for ex in self.DETECTOR.examples():
            item = normalize(ex.text, ex.lang)
            assert self.DETECTOR.signals(item) == self.DETECTOR.signals(item)

    def test_odd_input_does_not_raise(self) -> None:
        for text in ODD_INPUTS:
            self.DETECTOR.signals(normalize(text))
