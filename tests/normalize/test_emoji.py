"""Curated emoji become words whose offsets point at the emoji."""

from __future__ import annotations

import pytest
from normalize_helpers import assert_offset_contract

from bastion.normalize import normalize
from bastion.normalize.emoji import EMOJI_WORDS

REQUIRED = {
    "🐀": "rat",
    "🐭": "rat",
    "🐷": "pig",
    "🐖": "pig",
    "🐒": "monkey",
    "🦍": "ape",
    "🐵": "monkey",
    "😈": "devil",
    "👹": "demon",
    "👃": "nose",
    "🤑": "money",
    "💰": "money",
    "🔥": "fire",
    "♨️": "steam",
    "🚿": "shower",
    "🍍": "pineapple",
    "🍉": "watermelon",
    "🐙": "octopus",
    "🧃": "juice",
    "✡️": "star of david",
    "✡": "star of david",
    "🔯": "star of david",
    "🕍": "synagogue",
    "🔪": "knife",
    "🗡️": "knife",
    "🔫": "gun",
    "💣": "bomb",
    "🎱": "8ball",
    "⚡": "lightning",
    "🤔": "thinking",
    "🪂": "paraglider",
    "☪️": "crescent",
    "🌈": "rainbow",
    "🏳️‍🌈": "rainbow flag",
    "🏳️‍⚧️": "trans flag",
    "☠️": "skull",
    "💀": "skull",
    "🤮": "vomit",
    "🤢": "nausea",
    "🖕": "middle finger",
    "😂": "lol",
    "🤣": "lol",
    "👍": "thumbs up",
    "❤️": "heart",
    "🙏": "pray",
}


@pytest.mark.parametrize(("emoji", "word"), REQUIRED.items())
def test_curated_emoji_become_words_mapped_to_the_emoji(emoji: str, word: str) -> None:
    raw = f"x {emoji} y"
    n = normalize(raw, "en")
    assert n.text == f"x {word} y"
    assert_offset_contract(n)
    start = n.text.index(word)
    # Every character of the word comes from the emoji; the whole word spans all of it.
    assert all(2 <= n.offsets[i] < 2 + len(emoji) for i in range(start, start + len(word)))
    assert n.raw_span(start, start + len(word)).text == emoji


def test_every_table_key_is_found() -> None:
    for emoji, word in EMOJI_WORDS.items():
        assert normalize(emoji, "en").text == word


def test_emoji_touching_words_are_space_padded() -> None:
    assert normalize("jews🐀🐀", "en").text == "jews rat rat"
    assert normalize("🔥🔥🔥", "en").text == "fire fire fire"
    assert normalize("back in the oven 🔥.", "en").text == "back in the oven fire."
    assert normalize("(🐀)", "en").text == "(rat)"


def test_variation_selector_and_skin_tone_are_optional() -> None:
    assert normalize("♨", "en").text == "steam"
    assert normalize("🖕🏽", "en").text == "middle finger"
    assert normalize("👍🏻👍🏿", "en").text == "thumbs up thumbs up"
    assert normalize("🏳‍🌈", "en").text == "rainbow flag"  # no U+FE0F


def test_other_emoji_are_kept_as_is() -> None:
    assert normalize("🦄 🎉", "en").text == "🦄 🎉"


def test_coded_emoji_sequences_read_as_words() -> None:
    assert normalize("🎱🎱 ⚡⚡", "en").text == "8ball 8ball lightning lightning"
    assert normalize("👃🤑", "en").text == "nose money"
    assert normalize("🔪✡️", "en").text == "knife star of david"
