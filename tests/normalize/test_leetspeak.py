"""Leetspeak is undone only inside words that mix letters with digits or symbols."""

from __future__ import annotations

import pytest
from normalize_helpers import raw_of

from bastion.normalize import normalize
from bastion.normalize.leet import unleet


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("H1tl3r", "hitler"),
        ("j3ws", "jews"),
        ("k1ke", "kike"),
        ("k1k3", "kike"),
        ("R0th$child", "rothschild"),
        ("g@s", "gas"),
        ("r@ts", "rats"),
        ("H0l0caust", "holocaust"),
        ("n4z1", "nazi"),
        ("z1o", "zio"),
        ("0v3n", "oven"),
        ("j3w5", "jews"),
        ("jew$", "jews"),
        ("$hekels", "shekels"),
        ("sh!t", "shit"),
        ("ki||", "kill"),
        ("j€ws", "jews"),
        ("gl0b4list", "globalist"),
        ("s0r0s", "soros"),
        ("7h3m", "them"),
        ("9oyim", "9oyim"),  # a leading digit alone is a number prefix
        ("g0y1m", "goyim"),
    ],
)
def test_leet_words_are_decoded(raw: str, plain: str) -> None:
    assert normalize(raw, "en").text == plain


@pytest.mark.parametrize(
    "kept",
    [
        "1488",
        "88",
        "14",
        "6",
        "2024",
        "6mwe",
        "4chan",
        "b4",
        "gr8",
        "covid19",
        "hitler88",
        "mp3",
        "$100",
        "100$",
        "10am",
        "12h30",
        "1er",
        "2e",
        "x1",
    ],
)
def test_numbers_and_digit_affixes_keep_their_digits(kept: str) -> None:
    assert normalize(kept, "en").text == kept


def test_6mwe_is_casefolded_but_keeps_its_digit() -> None:
    assert normalize("6MWE", "en").text == "6mwe"


def test_trailing_exclamation_is_punctuation_not_leet() -> None:
    assert normalize("hello! kill them!", "en").text == "hello! kill them!"
    assert normalize("sh!t!", "en").text == "shit!"


def test_mentions_keep_their_at_sign() -> None:
    assert normalize("@h1tler_fan hi", "en").text == "@hitler_fan hi"
    assert normalize("@jewhater", "en").text == "@jewhater"


def test_email_addresses_and_url_paths_are_left_alone() -> None:
    assert normalize("bob@mail.com", "en").text == "bob@mail.com"
    assert normalize("https://t.co/Ab1c2", "en").text == "https://t.co/ab1c2"


def test_leet_decoding_keeps_offsets_one_to_one() -> None:
    n = normalize("the R0th$child b@nks", "en")
    assert n.text == "the rothschild banks"
    assert raw_of(n, "rothschild") == "R0th$child"
    assert raw_of(n, "banks") == "b@nks"


def test_unleet_never_changes_the_length() -> None:
    for text in ["h1tl3r", "g@s them", "1488 b4 k1k3 jew$", "@a1b c@d.e", "!!!", "$5"]:
        assert len(unleet(text)) == len(text)
