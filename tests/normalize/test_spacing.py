"""Letters spaced out with separators are joined; real one-letter words are not."""

from __future__ import annotations

import pytest
from normalize_helpers import raw_of

from bastion.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("H i t l e r", "hitler"),
        ("j.e.w.s", "jews"),
        ("k-i-l-l", "kill"),
        ("Z.O.G", "zog"),
        ("g a s", "gas"),
        ("j . e . w . s", "jews"),
        ("j. e. w. s", "jews"),
        ("k_i_k_e", "kike"),
        ("k*i*k*e", "kike"),
        ("k|i|k|e", "kike"),
        ("j•e•w•s", "jews"),
        ("H 1 t l e r", "hitler"),  # joined, then leet
        ("g @ s", "gas"),
    ],
)
def test_separated_single_letters_are_joined(raw: str, joined: str) -> None:
    assert normalize(raw, "en").text == joined


def test_spaced_letters_collapse_and_map_back_to_raw() -> None:
    n = normalize("H 1 t l e r was right", "en")
    assert n.text == "hitler was right"
    assert n.raw_span(0, 6).text == "H 1 t l e r"
    assert raw_of(n, "was right") == "was right"


def test_wider_gaps_separate_spaced_words() -> None:
    n = normalize("k i l l  a l l  j e w s", "en")
    assert n.text == "kill all jews"
    assert raw_of(n, "jews") == "j e w s"


def test_a_change_of_separator_ends_the_run() -> None:
    assert normalize("Z.O.G runs DC", "en").text == "zog runs dc"
    assert normalize("k i l l-them", "en").text == "kill-them"


@pytest.mark.parametrize(
    "sentence",
    [
        "i am a jew",
        "il y a à manger",
        "y a-t-il un problème",
        "a i o y",
        "plan a b",
        "rooms 1 2 3",
        "1 4 8 8",
        "a-t-il",
        "e.g. this",
        "J. R. Tolkien",
    ],
)
def test_ordinary_sentences_are_not_merged(sentence: str) -> None:
    n = normalize(sentence, "fr")
    assert n.text == normalize(sentence, "fr").text  # deterministic
    assert " " in n.text or "." in n.text or "-" in n.text
    words_before = sentence.casefold().replace("à", "a").replace("è", "e").split()
    assert len(n.text.split()) == len(words_before)


def test_spaced_run_after_a_word_is_joined_alone() -> None:
    assert normalize("the k i k e", "en").text == "the kike"
