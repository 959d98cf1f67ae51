"""Replace a curated set of emoji (the ones hate speech uses as code) with plain words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bastion.normalize.offsets import Edit, rewrite

# Emoji (without variation selector U+FE0F) -> word. Other emoji are left as they are.
EMOJI_WORDS: dict[str, str] = {
    # dehumanisation
    "🐀": "rat",
    "🐁": "rat",
    "🐭": "rat",
    "🐷": "pig",
    "🐖": "pig",
    "🐽": "pig",
    "🐒": "monkey",
    "🐵": "monkey",
    "🙈": "monkey",
    "🦍": "ape",
    "🦧": "ape",
    "🪳": "cockroach",
    "🦟": "mosquito",
    "🐛": "bug",
    "🪱": "worm",
    "🐍": "snake",
    "🦠": "virus",
    "🐶": "dog",
    "🐕": "dog",
    "🐸": "frog",
    "😈": "devil",
    "👿": "devil",
    "👹": "demon",
    "👺": "goblin",
    "🧛": "vampire",
    "🤡": "clown",
    "💩": "poop",
    # greed and nose caricature
    "👃": "nose",
    "🤑": "money",
    "💰": "money",
    "💸": "money",
    "💵": "money",
    "💶": "money",
    "💲": "money",
    "🪙": "coin",
    # Holocaust mockery
    "🔥": "fire",
    "♨": "steam",
    "🚿": "shower",
    "⛽": "gas",
    "🧼": "soap",
    "🚂": "train",
    "🚆": "train",
    "🚃": "train",
    "🍍": "pineapple",
    # conspiracy and coded symbols
    "🐙": "octopus",
    "🧃": "juice",
    "🤔": "thinking",
    "👌": "ok hand",
    "🎱": "8ball",
    "⚡": "lightning",
    "🩸": "blood",
    "卐": "swastika",
    "卍": "swastika",
    # religion, places, flags
    "✡": "star of david",
    "🔯": "star of david",
    "🕍": "synagogue",
    "🕎": "menorah",
    "☪": "crescent",
    "🕌": "mosque",
    "✝": "cross",
    "⛪": "church",
    "🇮🇱": "israel flag",
    "🇵🇸": "palestine flag",
    "🏳‍🌈": "rainbow flag",
    "🏳‍⚧": "trans flag",
    "🌈": "rainbow",
    "🍉": "watermelon",
    # weapons, violence, terror
    "🔪": "knife",
    "🗡": "knife",
    "🪓": "axe",
    "🔫": "gun",
    "💣": "bomb",
    "🧨": "bomb",
    "💥": "explosion",
    "🚀": "rocket",
    "🪂": "paraglider",
    "🔻": "red triangle",
    "☠": "skull",
    "💀": "skull",
    "⚰": "coffin",
    # reactions
    "🤮": "vomit",
    "🤢": "nausea",
    "🖕": "middle finger",
    "😂": "lol",
    "🤣": "lol",
    "👍": "thumbs up",
    "👎": "thumbs down",
    "👏": "clap",
    "❤": "heart",
    "🙏": "pray",
    "😡": "angry",
    "🤬": "angry",
    "🕯": "candle",
    "🕊": "dove",
}

_SKIN_TONE = "[\U0001f3fb-\U0001f3ff]"


def _pattern(seq: str) -> str:
    # Each code point may carry a variation selector; the whole may carry a skin tone.
    return "".join(re.escape(c) + "\ufe0f?" for c in seq) + _SKIN_TONE + "?\ufe0f?"


_EMOJI = re.compile("|".join(_pattern(e) for e in sorted(EMOJI_WORDS, key=len, reverse=True)))
# Blocks holding every key's first code point: a range class scans fast (a class
# listing each emoji does not), and the alternation above runs only where a key starts.
_BLOCKS = re.compile("[\u2600-\u27bf\u534d-\u5350\U0001f000-\U0001faff]")
_FIRSTS = frozenset(e[0] for e in EMOJI_WORDS)
assert all(_BLOCKS.match(c) for c in _FIRSTS)
_NO_PAD = frozenset(" \t\n\r\x0b\x0c\u00a0\"'()[]{}<>.,;:!?")
# Variation selectors and skin tones, dropped to find a match's key in the table.
_STRIP = dict.fromkeys([0xFE0F, *range(0x1F3FB, 0x1F400)])


def emoji_to_words(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Replace known emoji by words (space-padded where needed) that map to the emoji."""
    if _BLOCKS.search(text) is None:
        return text, offsets
    last_end = -1

    def word(m: re.Match[str]) -> Edit:
        nonlocal last_end
        start, end = m.span()
        rep = EMOJI_WORDS[m.group().translate(_STRIP)]
        # Pad with a space only where a word or another emoji touches it: "🔥🔥" ->
        # "fire fire", "jews🐀" -> "jews rat", "(🐀)" -> "(rat)"; no runs of spaces.
        if start and start != last_end and text[start - 1] not in _NO_PAD:
            rep = " " + rep
        if end < len(text) and text[end] not in _NO_PAD:
            rep += " "
        last_end = end
        # Every character maps to the emoji's first code point, except the last, which
        # maps to its last one: so the span of the whole word covers the whole sequence.
        return rep, [start] * (len(rep) - 1) + [end - 1]

    return rewrite(text, offsets, _matches(text), word)


def _matches(text: str) -> Iterator[re.Match[str]]:
    pos = 0
    for first in _BLOCKS.finditer(text):
        if first.start() < pos or first.group() not in _FIRSTS:
            continue
        m = _EMOJI.match(text, first.start())
        if m is not None:
            pos = m.end()
            yield m
