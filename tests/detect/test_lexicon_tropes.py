"""The `tropes` detector and its YAML catalogue: precise, explainable, fast, validated at load."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from contracts.detector import DetectorContract

from bastion.detect.classifiers.lexicon import (
    CatalogueError,
    TargetDetector,
    TropeDetector,
    default_tropes,
    load_tropes,
)
from bastion.models import Signal
from bastion.normalize import normalize
from bastion.taxonomy import LABELS

DETECTOR = TropeDetector()
CATALOGUE = default_tropes()


class TestTropeDetectorContract(DetectorContract):
    DETECTOR = DETECTOR


def signals(text: str, lang: str | None = None) -> list[Signal]:
    return DETECTOR.signals(normalize(text, lang))


def labels(text: str, lang: str | None = None) -> set[str]:
    return {s.name for s in signals(text, lang)}


def tropes(text: str, lang: str | None = None) -> set[str]:
    return {s.trope for s in signals(text, lang) if s.trope}


EXAMPLES = [
    pytest.param(entry.id, lang, text, expects, id=f"{entry.id}:{text[:40]}")
    for entry in CATALOGUE.entries
    for lang, text, expects in entry.examples
]
TRAPS = [
    pytest.param(entry.id, lang, text, id=f"{entry.id}:{text[:40]}")
    for entry in CATALOGUE.entries
    for lang, text in entry.traps
] + [pytest.param("clean", lang, text, id=f"clean:{text[:40]}") for lang, text in CATALOGUE.clean]


@pytest.mark.parametrize(("entry_id", "lang", "text", "expects"), EXAMPLES)
def test_every_catalogue_example_yields_its_trope_and_labels(
    entry_id: str, lang: str, text: str, expects: tuple[str, ...]
) -> None:
    entry = next(e for e in CATALOGUE.entries if e.id == entry_id)
    found = signals(text, lang)
    assert entry_id in {s.trope for s in found} or set(expects or entry.static_labels()) <= {
        s.name for s in found
    }, f"{text!r}: {[(s.name, s.trope) for s in found]}"
    assert set(expects or entry.static_labels()) <= {s.name for s in found}


@pytest.mark.parametrize(("entry_id", "lang", "text"), TRAPS)
def test_traps_and_must_not_flag_texts_yield_no_label(entry_id: str, lang: str, text: str) -> None:
    assert signals(text, lang) == [], f"{entry_id} trap {text!r}"


def test_king_zog_is_not_the_zog_trope() -> None:
    assert "zog" not in tropes("King Zog ruled Albania until 1939.")
    assert "zog" in tropes("ZOG runs DC")
    assert "zog" in tropes("Z.O.G. controls the cops")


def test_watermelon_alone_produces_nothing() -> None:
    assert signals("🍉") == []
    assert signals("🍉🍉 free palestine 🇵🇸") == []


def test_contested_slogans_are_labelled_contested_only() -> None:
    for text, lang in [
        ("From the river to the sea", "en"),
        ("globalize the intifada", "en"),
        ("intifada until victory", "en"),
        ("Du fleuve à la mer", "fr"),
        ("Mondialiser l'intifada", "fr"),
    ]:
        assert labels(text, lang) == {"contested"}, text


def test_hitler_praise_is_holocaust_and_violent_extremism() -> None:
    for text in ["#HitlerWasRight", "Hitler did nothing wrong", "Hitler avait raison"]:
        assert {"hate/antisemitism/holocaust", "violent_extremism"} <= labels(text), text


def test_six_million_wasnt_enough_is_holocaust_and_violence_one_signal_per_label() -> None:
    found = signals("6MWE")
    assert sorted(s.name for s in found) == [
        "hate/antisemitism/holocaust",
        "hate/antisemitism/violence",
    ]
    assert {s.trope for s in found} == {"six_mwe"}
    assert len({s.spans for s in found}) == 1


@pytest.mark.parametrize(
    ("text", "lang", "group_label"),
    [
        ("kill all muslims", "en", "hate/muslims"),
        ("kill all jews", "en", "hate/antisemitism/violence"),
        ("exterminate the gays", "en", "hate/lgbtq"),
        ("Trans people are freaks and should be exterminated", "en", "hate/trans"),
        ("il faut tuer tous les musulmans", "fr", "hate/muslims"),
        ("mort aux juifs", "fr", "hate/antisemitism/violence"),
    ],
)
def test_calls_to_kill_a_group_are_threats_labelled_with_that_group(
    text: str, lang: str, group_label: str
) -> None:
    assert {"threat", group_label} <= labels(text, lang)


def test_reported_or_negated_killing_is_not_a_threat() -> None:
    for text in [
        "Hitler wanted to exterminate the Jews of Europe.",
        "They want to kill jews, says the report.",
        "Never kill innocent people, muslims or jews.",
        "Hitler voulait exterminer les juifs d'Europe.",
    ]:
        assert "threat" not in labels(text), text


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("jews are rats", "en", "hate/antisemitism/dehumanization"),
        ("zio parasites", "en", "hate/antisemitism/dehumanization"),
        ("porcs sionistes", "fr", "hate/antisemitism/dehumanization"),
        ("Muslims are cockroaches", "en", "hate/muslims"),
        ("women are a disease", "en", "hate/women"),
        ("les immigrés sont des animaux", "fr", "hate/immigrants"),
    ],
)
def test_dehumanization_names_the_group_and_uses_the_jewish_subtype(
    text: str, lang: str, label: str
) -> None:
    assert label in labels(text, lang)


def test_pest_control_and_negated_comparisons_are_not_dehumanization() -> None:
    assert signals("Call pest control, the rats are back.") == []
    assert signals("Muslims are not animals.") == []


def test_spans_point_at_raw_obfuscated_text() -> None:
    raw = "J3WS are R@TS 🐀"
    (sig,) = signals(raw)
    assert sig.spans[0].text == "J3WS are R@TS"
    raw2 = "le lobby décide de TOUT"
    (sig2,) = signals(raw2, "fr")
    assert raw2[sig2.spans[0].start : sig2.spans[0].end] == sig2.spans[0].text
    assert sig2.spans[0].text.startswith("le lobby décide")
    (sig3,) = signals("lol #HitlerWasRight")[:1]
    assert "HitlerWasRight" in sig3.spans[0].text


def test_quoted_hate_still_matches_and_context_is_judged_elsewhere() -> None:
    text = "He wrote 'gas the jews' under my video. Reported."
    assert "gas_the_jews" in tropes(text)


def test_negated_control_claims_and_policy_criticism_yield_nothing() -> None:
    for text, lang in [
        ("Jews don't control the media, that's a Nazi myth.", "en"),
        ("Non, les juifs ne contrôlent pas les médias.", "fr"),
        ("Netanyahu's cabinet is starving Gaza; sanction it.", "en"),
        ("Le gouvernement israélien viole le droit international.", "fr"),
    ]:
        assert signals(text, lang) == [], text


def test_weak_tropes_need_their_disambiguator() -> None:
    assert "oven" not in tropes("Put the pizza back in the oven 🔥")
    assert "oven" in tropes("jews belong in the ovens")
    assert "shekels" not in tropes("The apartment sold for 3 million shekels.")
    assert "shekels" in tropes("counting shekels again")
    assert "1488" not in tropes("Columbus sailed in 1492, Dias in 1488.")
    assert "1488" in tropes("1488")
    assert "quenelle" not in tropes("Quenelles de brochet sauce Nantua", "fr")
    assert "le_lobby" not in tropes("Le lobby pharmaceutique décide de tout", "fr")


def test_signals_explain_themselves() -> None:
    (sig,) = [s for s in signals("ZOG runs DC") if s.name == "hate/antisemitism/conspiracy"]
    assert (sig.detector, sig.kind, sig.trope) == ("tropes", "label", "zog")
    assert 0.6 <= sig.score <= 0.98
    assert sig.note in {"strong", "weak"}


def test_catalogue_is_versioned_and_covers_the_brief() -> None:
    assert (CATALOGUE.version, CATALOGUE.updated) == (1, "2026-11-23")
    required = {
        "holocaust_denial", "holohoax", "six_mwe", "gas_the_jews", "oven", "zog", "echo",
        "jewish_control_media", "jewish_control_banks", "globalist_code", "rothschild",
        "soros_puppet", "khazar", "blood_libel", "organ_harvest", "dual_loyalty", "goyim_know",
        "jq", "happy_merchant", "shekels", "nose", "vermin", "parasite", "collective_blame",
        "kill_group", "burn_synagogue", "hitler_praise", "1488", "oct7_praise", "hamas_praise",
        "letter_to_america", "river_to_sea", "globalize_intifada", "zionazi", "shoah_business",
        "detail_histoire", "mais_qui", "ils_sont_partout", "le_lobby", "quenelle",
        "anne_frank_wish",
    }  # fmt: skip
    ids = {e.id for e in CATALOGUE.entries}
    assert required <= ids, required - ids
    langs = {lang for e in CATALOGUE.entries for lang in e.lang}
    assert langs == {"en", "fr"}
    for entry in CATALOGUE.entries:
        assert set(entry.static_labels()) <= set(LABELS)
        assert entry.examples, f"{entry.id} has no example"


def test_every_pattern_compiles_and_has_a_prefilter_literal() -> None:
    CATALOGUE.warm()
    assert CATALOGUE.always_run == []


def test_prefilter_never_skips_a_pattern_that_would_match() -> None:
    from bastion.detect.classifiers.lexicon._catalogue import fold

    texts = [t for e in CATALOGUE.entries for _, t, _ in e.examples]
    texts += [t for e in CATALOGUE.entries for _, t in e.traps] + [t for _, t in CATALOGUE.clean]
    for raw in texts:
        text = fold(normalize(raw).text)
        candidates = CATALOGUE.prefilter.candidates(text)
        for pid in range(len(CATALOGUE._patterns)):
            if pid not in candidates:
                assert CATALOGUE._pattern(pid).search(text) is None, (raw, pid)


def test_examples_document_both_languages_and_traps() -> None:
    examples = DETECTOR.examples()
    assert len(examples) >= 15
    assert {ex.lang for ex in examples} == {"en", "fr"}
    assert sum(1 for ex in examples if ex.absent) >= 15


@pytest.mark.parametrize(
    "text", ["", " ", "(((", ")))(((", "\x00\ufffd", "é́́́" * 30, "🔥" * 300, "a" * 6000, "١٤٨٨"]
)
def test_odd_input_does_not_crash(text: str) -> None:
    DETECTOR.signals(normalize(text))
    TargetDetector().signals(normalize(text))


def test_both_detectors_stay_within_budget_on_typical_comments() -> None:
    base = [
        "honestly the refs were terrible tonight, we deserved that goal and everyone knows it lol",
        "Les juifs contrôlent les médias, c'est évident pour qui ouvre les yeux un peu 🤔",
        "jews are rats and the globalists control everything, they want to replace us all now",
        "Je suis allé au marché ce matin, les tomates étaient superbes et pas chères du tout !",
        "From the river to the sea, Palestine will be free. Boycott settlement goods today.",
        "Put the pizza back in the oven for ten minutes, then add basil and olive oil 🔥🔥",
    ]
    items = [normalize(f"{t} #{n}") for n in range(50) for t in base]
    targets = TargetDetector()
    for item in items[:20]:
        targets.signals(item)
        DETECTOR.signals(item)
    start = time.perf_counter()
    for item in items:
        targets.signals(item)
        DETECTOR.signals(item)
    per_text_us = (time.perf_counter() - start) / len(items) * 1e6
    # budget is 100 us/text; the bound is loose so a busy CI machine does not flake
    assert per_text_us < 400, f"{per_text_us:.0f} us/text"


def _catalogue(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "tropes.yaml"
    path.write_text("version: 1\nupdated: 2026-01-01\nentries:\n" + body, encoding="utf-8")
    return path


def test_invalid_catalogue_names_entry_and_closest_label(tmp_path: Path) -> None:
    path = _catalogue(
        tmp_path,
        "  - id: my_trope\n"
        "    label: hate/antisemtism\n"
        "    strength: strong\n"
        "    score: 0.9\n"
        "    patterns: ['\\bfoo\\b']\n",
    )
    with pytest.raises(CatalogueError) as err:
        load_tropes(path)
    message = str(err.value)
    assert str(path) in message
    assert "entry `my_trope`" in message
    assert "unknown label `hate/antisemtism` (did you mean `hate/antisemitism`?)" in message
    assert ":4:" in message  # the entry's line


def test_invalid_catalogue_reports_every_problem_at_once(tmp_path: Path) -> None:
    path = _catalogue(
        tmp_path,
        "  - id: broken_regex\n"
        "    label: hate\n"
        "    strength: strong\n"
        "    score: 0.9\n"
        "    patterns: ['(unclosed']\n"
        "  - id: bad_requires\n"
        "    label: hate\n"
        "    strength: weak\n"
        "    score: 0.7\n"
        "    patterns: ['\\bbar\\b']\n"
        "    requires: {nearby: jews, window: 5}\n"
        "  - id: bad_macro\n"
        "    label: threat\n"
        "    strength: strong\n"
        "    score: 2\n"
        "    patterns: ['{{jewz}} rule']\n",
    )
    with pytest.raises(CatalogueError) as err:
        load_tropes(path)
    problems = err.value.problems
    text = "\n".join(problems)
    assert "entry `broken_regex`" in text and "bad regex `(unclosed`" in text
    assert "entry `bad_requires` requires" in text
    assert "unknown requires key `nearby` (did you mean `near`?)" in text
    assert "unknown macro `{{jewz}}` (did you mean `jews`?)" in text
    assert "`score` must be a number in (0, 1]" in text
    assert len(problems) >= 4


def test_a_valid_custom_catalogue_loads_and_matches(tmp_path: Path) -> None:
    path = _catalogue(
        tmp_path,
        "  - id: foo_trope\n"
        "    label: hate/antisemitism/conspiracy\n"
        "    strength: weak\n"
        "    score: 0.7\n"
        "    patterns: ['\\bfoobar\\b']\n"
        "    requires: {near: jews, window: 3}\n",
    )
    detector = TropeDetector(load_tropes(path))
    assert {s.trope for s in detector.signals(normalize("the jews foobar"))} == {"foo_trope"}
    assert detector.signals(normalize("the cats foobar")) == []
