"""Stretched letters and repeated punctuation are squeezed."""

from __future__ import annotations

import pytest

from bastion.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "squeezed"),
    [
        ("jeeeews", "jews"),
        ("killlll", "kill"),
        ("sooooo", "so"),
        ("gaaaas them", "gas them"),
        ("nooooo!!!!", "no!"),
        ("why???", "why?"),
        ("what?!?!", "what?!?!"),
        ("wait....", "wait..."),
        ("j333ws", "jews"),  # leet first, then squeezed
        ("ÉÉÉté", "ete"),
    ],
)
def test_repeats_are_squeezed(raw: str, squeezed: str) -> None:
    assert normalize(raw, "en").text == squeezed


@pytest.mark.parametrize(
    "kept",
    ["see", "kill", "(((name)))", "wait...", "1111", "---", "www.example.com", "ok!", "ok?"],
)
def test_double_letters_ellipses_echoes_and_numbers_are_kept(kept: str) -> None:
    assert normalize(kept, "en").text == kept


def test_echo_brackets_survive_the_whole_pipeline() -> None:
    n = normalize("(((Soros))) and (((them)))", "en")
    assert n.text == "(((soros))) and (((them)))"
