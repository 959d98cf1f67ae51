"""The composed pipeline: public API, offset map, truncation, odd input."""

from __future__ import annotations

import random

import pytest
from normalize_helpers import assert_offset_contract, raw_of

from bastion.models import NormalizedText
from bastion.normalize import MAX_CHARS, normalize, pipeline

SAMPLES = [
    "",
    " ",
    "\n\t ",
    "Hello World",
    "H 1 t l e r was right",
    "#HitlerWasRight and #ZOGRules",
    "(((Soros))) owns the news!!!!",
    "jeeeews are rats 🐀🐀",
    "back in the oven 🔥.",
    "k i l l  a l l  j.e.w.s",
    "R0th$child b@nks, g@s them, H0l0caust",
    "Il m’a traité de « sale youpin », j’ai porté plainte.",
    "Ѕеx јеws ΗΙΤLΕR ｈｉｔｌｅｒ 𝐡𝐢𝐭𝐥𝐞𝐫 ᴋɪᴋᴇ",
    "j\u200be\u200bw\u200bs and soft\u00adhyphen\ufeff",
    "cafe\u0301 z\u0336a\u0337l\u0338g\u0335o\u0334",
    "🏳️‍🌈 🏳️‍⚧️ ✡️ ✡ 🖕🏽 👍🏻 🦄 👨‍👩‍👧",
    "\udcff abc \ud800",
    "a\x00b\x07c\x7fd",
    "ﬁnal ﬂag ½ ① ™",
    "Привет мир, καλημέρα κόσμε",
    "l'œuvre, Æsop, straße, İstanbul",
    "6MWE 1488 88 14 2024 b4 gr8",
    "bob@mail.com @h1tler_fan https://t.co/Ab1c2",
    "“quoted” ‘single’ ‹guill› — dash – dash",
    "multiple     spaces\n\nand lines\r\n",
    "#" + "Ab" * 30,
]


def test_public_api_is_normalize_and_max_chars() -> None:
    assert MAX_CHARS == 5000
    n = normalize("Hello")
    assert isinstance(n, NormalizedText)
    assert n.text == "hello"


@pytest.mark.parametrize("raw", SAMPLES)
def test_offset_map_contract_holds_on_samples(raw: str) -> None:
    n = normalize(raw)
    assert n.raw == raw
    assert_offset_contract(n)
    # The whole normalized text maps back into the raw text.
    span = n.raw_span(0, len(n.text))
    assert span.text == raw[span.start : span.end]


def test_offset_map_contract_holds_on_random_unicode() -> None:
    alphabet = (
        list("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789")
        + list(" .-_*|@$!?#'\"()\n\t")
        + list("éèçàœæßİıñøЅеојΗΜΝΥαοｈ𝐡ᴋ")
        + ["\u0301", "\u0336", "\u200b", "\u200d", "\ufe0f", "\u00ad", "\ufeff", "\u00a0"]
        + ["\udcff", "\ud800", "\x00", "\x1f"]
        + ["🐀", "🔥", "✡", "🏳", "🌈", "🇮", "🇱", "🖕", "🏽", "🦄", "😂", "卐"]
        + ["ﬁ", "½", "…", "«", "»", "“", "’"]
    )
    rng = random.Random(1488)
    for _ in range(2000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        n = normalize(raw, "en")
        assert_offset_contract(n)
        for _ in range(3):
            if not n.text:
                break
            a = rng.randrange(len(n.text))
            b = rng.randrange(a, len(n.text)) + 1
            span = n.raw_span(a, b)
            assert 0 <= span.start < span.end <= len(raw)


def test_lone_surrogates_are_dropped_not_raised() -> None:
    n = normalize("\udcff abc")
    assert n.text == "abc"
    assert raw_of(n, "abc") == "abc"
    assert normalize("\ud800").text == ""
    assert normalize("a\udc80b").text == "ab"


def test_empty_string_normalizes_to_empty() -> None:
    n = normalize("")
    assert n.text == ""
    assert tuple(n.offsets) == (0,)
    assert n.lang == "other"
    assert not n.truncated
    assert n.raw_span(0, 0).text == ""


def test_whitespace_only_normalizes_to_empty() -> None:
    n = normalize(" \n\t\u00a0 ")
    assert n.text == ""
    assert n.offsets[-1] == len(n.raw)


def test_long_text_is_truncated_and_flagged() -> None:
    raw = "word " * 2000
    n = normalize(raw)
    assert n.truncated
    assert n.raw == raw[:MAX_CHARS]
    assert n.offsets[-1] == MAX_CHARS
    assert_offset_contract(n)


def test_text_of_exactly_max_chars_is_not_truncated() -> None:
    n = normalize("a" * MAX_CHARS, "en")
    assert not n.truncated
    assert len(n.raw) == MAX_CHARS


def test_whitespace_runs_collapse_to_one_space_and_strip() -> None:
    n = normalize("  gas\t\tthem \n\n all  ")
    assert n.text == "gas them all"
    assert raw_of(n, "them all") == "them \n\n all"


def test_punctuation_parentheses_hashtags_and_mentions_are_kept() -> None:
    n = normalize("(((Soros))) owns it, says @User1 #tag: 'yes'?")
    assert n.text == "(((soros))) owns it, says @user1 #tag: 'yes'?"
    assert raw_of(n, "(((soros)))") == "(((Soros)))"


def test_asterisk_masking_inside_words_is_kept() -> None:
    assert normalize("f*ck the j*ws").text == "f*ck the j*ws"


@pytest.mark.parametrize(
    ("raw", "needle", "raw_span"),
    [
        ("H 1 t l e r was right", "hitler", "H 1 t l e r"),
        ("the H1tl3r fans", "hitler", "H1tl3r"),
        ("R0th$child money", "rothschild", "R0th$child"),
        ("so jeeeews, ok", "jews", "jeeeews"),
        ("#HitlerWasRight", "hitler was right", "HitlerWasRight"),
        ("Ѕеx јеws", "jews", "јеws"),
        ("ｈｉｔｌｅｒ", "hitler", "ｈｉｔｌｅｒ"),
        ("j\u200be\u200bw\u200bs", "jews", "j\u200be\u200bw\u200bs"),
        ("rats 🐀 now", "rat now", "🐀 now"),
        ("sooooo bad", "so", "sooooo"),
        ("killlll them", "kill", "killlll"),
        ("a ✡️ b", "star of david", "✡️"),
        ("l'œuvre", "oeuvre", "œuvre"),
        ("Le détail", "detail", "détail"),
        ("« sale »", '" sale "', "« sale »"),
        ("k-i-l-l them", "kill", "k-i-l-l"),
        ("back in the 0v3n!!!!", "oven!", "0v3n!!!!"),
    ],
)
def test_matches_map_back_to_the_raw_text(raw: str, needle: str, raw_span: str) -> None:
    n = normalize(raw)
    assert needle in n.text
    assert raw_of(n, needle) == raw_span


def test_given_language_is_trusted_and_detection_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> tuple[str, float]:
        raise AssertionError("detection must be skipped when lang is given")

    monkeypatch.setattr(pipeline, "detect_language", boom)
    assert (normalize("I hate them", "fr").lang, normalize("x", "fr").lang_score) == ("fr", 1.0)
    assert normalize("Je les déteste", "EN").lang == "en"
    assert normalize("x", "fr-CA").lang == "fr"
    assert normalize("x", "en_US").lang == "en"
    assert normalize("x", "de").lang == "other"


def test_language_is_detected_when_not_given() -> None:
    en = normalize("I hate them.")
    fr = normalize("Je les déteste.")
    assert (en.lang, fr.lang) == ("en", "fr")
    assert 0.5 <= en.lang_score <= 1.0
    assert 0.5 <= fr.lang_score <= 1.0


def test_obfuscated_text_is_language_tagged_from_its_normalized_form() -> None:
    assert normalize("H 1 t l e r was right").lang == "en"
    assert normalize("k i l l  a l l  j e w s").lang == "en"


def test_emoji_only_text_is_other_language() -> None:
    assert normalize("🐀🐀🔥").lang == "other"
    assert normalize("🔪✡️").lang == "other"
