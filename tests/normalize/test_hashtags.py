"""CamelCase hashtags are split into words that map into the hashtag."""

from __future__ import annotations

import pytest
from normalize_helpers import assert_offset_contract, raw_of

from bastion.normalize import normalize


def test_camelcase_hashtag_is_split_and_keeps_its_hash() -> None:
    n = normalize("#HitlerWasRight", "en")
    assert n.text == "#hitler was right"
    assert_offset_contract(n)


def test_split_words_map_into_the_hashtag() -> None:
    n = normalize("so true #HitlerWasRight!", "en")
    assert raw_of(n, "was") == "Was"
    assert raw_of(n, "hitler was right") == "HitlerWasRight"
    assert raw_of(n, "#hitler") == "#Hitler"
    # The inserted spaces come from the hashtag too.
    i = n.text.index(" was")
    assert n.raw[n.offsets[i]] == "W"


@pytest.mark.parametrize(
    ("raw", "split"),
    [
        ("#ZOGRules", "#zog rules"),
        ("#Oct7WasBeautiful", "#oct7 was beautiful"),
        ("#GasThem", "#gas them"),
        ("#zog", "#zog"),
        ("#ZOG", "#zog"),
        ("#ZOG88", "#zog88"),
        ("#hitler_was_right", "#hitler_was_right"),
    ],
)
def test_hashtag_splitting(raw: str, split: str) -> None:
    assert normalize(raw, "en").text == split


def test_non_hashtags_are_not_split() -> None:
    assert normalize("C#Sharp", "en").text == "c#sharp"
    assert normalize("&#HelloWorld", "en").text == "&#helloworld"
