from __future__ import annotations

from contracts.detector import DetectorContract

from bastion.detect.classifiers.context import ContextDetector, condemned_frame
from bastion.normalize import normalize


class TestContextDetector(DetectorContract):
    DETECTOR = ContextDetector()


def test_condemned_quote_leaves_only_the_frame() -> None:
    frame = condemned_frame(normalize("He wrote 'gas the jews' under my video. Reported."))
    assert frame is not None
    assert "gas" not in frame.text and "reported" in frame.text


def test_endorsed_quote_is_not_a_condemnation() -> None:
    assert condemned_frame(normalize('My uncle said "jews are rats" and he was right.')) is None


def test_quote_without_condemnation_is_not_a_frame() -> None:
    assert condemned_frame(normalize('"Hitler did nothing wrong" - my new motto')) is None


def test_french_reported_insult_is_a_condemned_quote() -> None:
    frame = condemned_frame(normalize("Il m'a traité de « sale youpin », j'ai porté plainte."))
    assert frame is not None
    assert "youpin" not in frame.text
