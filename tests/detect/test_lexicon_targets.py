"""The `targets` detector and `find_mentions`: who a text names, with offsets masking can use."""

from __future__ import annotations

from pathlib import Path

import pytest
from contracts.detector import DetectorContract

from bastion.detect.classifiers.lexicon import (
    CatalogueError,
    Mention,
    TargetDetector,
    default_targets,
    find_mentions,
    load_targets,
)
from bastion.errors import ConfigError
from bastion.normalize import normalize
from bastion.taxonomy import GROUPS


class TestTargetDetectorContract(DetectorContract):
    DETECTOR = TargetDetector()


def mentions(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(surface text, group) of every group mention."""
    item = normalize(text, lang)
    return [(item.text[m.start : m.end], m.group) for m in find_mentions(item) if m.kind == "group"]


def groups(text: str, lang: str | None = None) -> set[str]:
    return {g for _, g in mentions(text, lang)}


def test_mentions_carry_normalized_offsets_so_group_words_can_be_masked() -> None:
    item = normalize("Jews are rats")
    (m,) = find_mentions(item)
    assert (m.start, m.end, m.group, m.kind) == (0, 4, "jews", "group")
    masked = item.text[: m.start] + "<G>" + item.text[m.end :]
    assert masked == "<G> are rats"


def test_mention_is_a_frozen_dataclass_with_the_documented_fields() -> None:
    m = Mention(0, 4, "jews", "jew", False, False, False, "group")
    assert (m.slur, m.proxy, m.self_reference, m.kind) == (False, False, False, "group")
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


def test_spans_point_at_raw_obfuscated_text() -> None:
    det = TargetDetector()
    for raw, expected in [
        ("filthy k1ke", "k1ke"),
        ("Ｊｅｗｓ are everywhere", "Ｊｅｗｓ"),
        ("les JUÏFS", "JUÏFS"),
        ("J.E.W.S again", "J.E.W.S"),
    ]:
        (sig,) = det.signals(normalize(raw))
        assert sig.name == "jews"
        assert sig.spans[0].text == expected, raw
        assert raw[sig.spans[0].start : sig.spans[0].end] == expected


def test_slurs_are_noted_but_feuj_is_neutral_verlan() -> None:
    det = TargetDetector()
    assert [s.note for s in det.signals(normalize("sale youpin", "fr"))] == ["slur"]
    assert [s.note for s in det.signals(normalize("un pote feuj", "fr"))] == [None]


def test_zionists_are_a_proxy_for_jews_but_israelis_are_not_jews() -> None:
    (m,) = find_mentions(normalize("zionists run everything"))
    assert (m.group, m.proxy) == ("jews", True)
    assert groups("Israelis voted today") == set()
    assert groups("les sionistes", "fr") == {"jews"}


def test_israel_is_a_state_mention_not_a_protected_group() -> None:
    item = normalize("Israel detains minors without charge.")
    (m,) = find_mentions(item)
    assert (m.kind, m.group) == ("state", "israel")
    assert TargetDetector().signals(item) == []


def test_echo_is_a_jews_proxy_and_wrapping_me_is_a_self_reference() -> None:
    (m,) = find_mentions(normalize("(((Soros))) owns the news"))
    assert (m.group, m.proxy, m.trope, m.self_reference) == ("jews", True, "echo", False)
    (own,) = find_mentions(normalize("(((me))) lol"))
    assert own.self_reference
    sig = TargetDetector().signals(normalize("(((Goldberg))) again"))[0]
    assert (sig.trope, sig.note, sig.score) == ("echo", "proxy", 0.8)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("As a Jew I light candles on Friday.", "en"),
        ("I'm Jewish and proud", "en"),
        ("we jews have survived worse", "en"),
        ("Jewish here, this is fine", "en"),
        ("Je suis feuj et fier.", "fr"),
        ("je suis juive", "fr"),
        ("nous les juives", "fr"),
        ("en tant que musulman", "fr"),
        ("as a black woman I disagree", "en"),
    ],
)
def test_self_reference_is_flagged_on_the_mention(text: str, lang: str) -> None:
    found = find_mentions(normalize(text, lang))
    assert found and all(m.self_reference for m in found), text


def test_naming_a_group_about_others_is_not_a_self_reference() -> None:
    assert not any(m.self_reference for m in find_mentions(normalize("you are a jew")))
    assert not any(m.self_reference for m in find_mentions(normalize("we hate jews")))


def test_black_needs_a_people_noun_or_the_plural() -> None:
    assert groups("black people deserve respect") == {"black"}
    assert groups("blacks are") == {"black"}
    assert groups("a black cat crossed the road") == set()
    assert groups("Black rats carry disease.") == set()


def test_noir_alone_is_a_colour_but_les_noirs_are_people() -> None:
    assert groups("les noirs et les arabes", "fr") == {"black", "arabs"}
    assert groups("un chat noir, des costumes noirs", "fr") == set()


def test_ambiguous_terms_are_read_in_their_own_language_only() -> None:
    assert groups("je suis en retard", "fr") == set()
    assert groups("what a retard", "en") == {"disabled"}
    assert groups("homo sapiens evolved in Africa") == set()


@pytest.mark.parametrize(
    ("typo", "group"),
    [("jewsih", "jews"), ("muslmis", "muslims"), ("christains", "christians"), ("womn", "women")],
)
def test_one_swapped_missing_or_extra_letter_is_forgiven(typo: str, group: str) -> None:
    item = normalize(f"all the {typo} here")
    (m,) = find_mentions(item)
    assert m.group == group and m.fuzzy
    assert TargetDetector().signals(item)[0].score == 0.8


@pytest.mark.parametrize(
    "word", ["asia", "roman", "refuge", "sick", "latin", "rabbit", "tyranny", "jewelry", "niger"]
)
def test_real_words_one_edit_from_a_group_word_are_not_typos(word: str) -> None:
    assert groups(f"the {word} is here") == set()


def test_short_terms_match_exactly_and_listed_variants_count() -> None:
    assert groups("the jooz again") == {"jews"}
    assert groups("Jwes are scum") == {"jews"}
    assert groups("a jaw and a jew") == {"jews"}  # "jaw" is no typo of "jew"


@pytest.mark.parametrize(
    ("token", "group"),
    [
        ("jewsarescum", "jews"),
        ("killalljews", "jews"),
        ("lesjuifssontdes", "jews"),
        ("deportallmuslims", "muslims"),
    ],
)
def test_group_words_are_found_inside_glued_tokens(token: str, group: str) -> None:
    found = [m for m in find_mentions(normalize(token)) if m.kind == "group"]
    assert [m.group for m in found] == [group]
    assert found[0].fuzzy


def test_ordinary_compound_words_are_not_split_into_group_words() -> None:
    assert groups("blacksmithing is a craft") == set()
    assert groups("beautifuljewelryshop") == set()


def test_every_taxonomy_group_has_terms_in_both_languages() -> None:
    cat = default_targets()
    assert set(cat.groups()) == set(GROUPS)
    for group in GROUPS:
        langs = {lang for t in cat.terms if t.group == group for lang in t.lang}
        assert {"en", "fr"} <= langs, group


def test_examples_are_documented_in_both_languages_with_absent_names() -> None:
    examples = TargetDetector().examples()
    assert len(examples) >= 8
    assert {ex.lang for ex in examples} == {"en", "fr"}
    assert any(ex.absent for ex in examples)


def test_output_does_not_depend_on_call_order_or_cache() -> None:
    item = normalize("kill all muzlims and jews")
    first = TargetDetector().signals(item)
    default_targets()._cache.clear()
    assert TargetDetector().signals(item) == first


def test_invalid_targets_catalogue_names_the_term_and_the_closest_group(tmp_path: Path) -> None:
    bad = tmp_path / "targets.yaml"
    bad.write_text(
        "version: 1\n"
        "self_reference: {before: ['as a '], after: ['^ here']}\n"
        "groups:\n"
        "  jewz:\n"
        "    - {term: jew}\n"
        "  muslims:\n"
        "    - {term: musulmán, slur: maybe, colour: red}\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError) as err:
        load_targets(bad)
    message = str(err.value)
    assert str(bad) in message
    assert "group `jewz`" in message and "did you mean `jews`" in message
    assert "term `musulmán`" in message and "not in normalized form" in message
    assert "`slur` must be true or false" in message
    assert "unknown key `colour`" in message
    assert isinstance(err.value, ConfigError)
