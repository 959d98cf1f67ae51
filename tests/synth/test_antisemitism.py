"""The antisemitism template banks: deterministic, disjoint, well-labelled, balanced."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import pytest

from bastion import taxonomy
from bastion.synth import antisemitism
from bastion.synth.base import Bank, SynthRow

BANKS: tuple[Bank, ...] = ("suite", "train")
LANGS = ("en", "fr")
ANTISEMITISM = "hate/antisemitism"

# Fixed expressions the two banks may share: the contested slogans and titles are
# the very words under test; what must differ is the sentence around them.
SHARED_PHRASES = (
    "from the river to the sea",
    "du fleuve à la mer",
    "globalize the intifada",
    "mondialiser l intifada",
    "intifada until victory",
    "intifada jusqu à la victoire",
    "protocols of the elders of zion",
    "les protocoles des sages de sion",
)


@pytest.fixture(scope="module")
def banks() -> dict[Bank, list[SynthRow]]:
    return {bank: antisemitism.rows(bank) for bank in BANKS}


def _digest(rows: list[SynthRow]) -> str:
    blob = json.dumps([r.to_json(str(i)) for i, r in enumerate(rows)], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def _words(text: str) -> list[str]:
    """A frame's words with its slot placeholders removed."""
    return re.findall(r"\w+", re.sub(r"\{\w+\}", " ", text.casefold()))


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    """Runs of n words that do not overlap one of the SHARED_PHRASES."""
    text = " ".join(words)
    for phrase in SHARED_PHRASES:
        text = text.replace(phrase, "|")
    out: set[tuple[str, ...]] = set()
    for part in text.split("|"):
        ws = part.split()
        out |= {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}
    return out


# --------------------------------------------------------------------------- #
# Determinism
# --------------------------------------------------------------------------- #


def test_rows_are_the_same_in_a_fresh_process_with_another_hash_seed(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    code = (
        "import hashlib, json, sys\n"
        "from bastion.synth import antisemitism\n"
        "for bank in ('suite', 'train'):\n"
        "    rows = antisemitism.rows(bank)\n"
        "    recs = [r.to_json(str(i)) for i, r in enumerate(rows)]\n"
        "    blob = json.dumps(recs, ensure_ascii=False)\n"
        "    print(hashlib.sha256(blob.encode()).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.split() == [_digest(banks["suite"]), _digest(banks["train"])]


def test_rows_returns_a_fresh_equal_list_each_call() -> None:
    first = antisemitism.rows("suite")
    first.clear()
    assert antisemitism.rows("suite") == antisemitism.rows("suite") != []


def test_an_unknown_bank_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown bank"):
        antisemitism.rows("test")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- #
# Disjoint banks
# --------------------------------------------------------------------------- #


def test_no_template_id_is_in_both_banks(banks: dict[Bank, list[SynthRow]]) -> None:
    suite = {r.template for r in banks["suite"]}
    train = {r.template for r in banks["train"]}
    assert suite & train == set()
    assert {i for i, _ in antisemitism.frames("suite")} & {
        i for i, _ in antisemitism.frames("train")
    } == set()


def test_no_text_is_in_both_banks(banks: dict[Bank, list[SynthRow]]) -> None:
    suite = {r.text.casefold() for r in banks["suite"]}
    train = {r.text.casefold() for r in banks["train"]}
    assert suite & train == set()


def test_texts_are_unique_within_each_bank(banks: dict[Bank, list[SynthRow]]) -> None:
    for bank, rows in banks.items():
        dupes = [t for t, n in Counter(r.text.casefold() for r in rows).items() if n > 1]
        assert dupes == [], bank


def test_no_frame_appears_in_both_banks_once_slot_fillers_are_removed() -> None:
    suite = {" ".join(_words(t)) for _, t in antisemitism.frames("suite")}
    train = {" ".join(_words(t)) for _, t in antisemitism.frames("train")}
    assert suite & train == set()


def test_no_frame_is_a_light_rewording_of_a_frame_in_the_other_bank() -> None:
    """Word overlap stays low and no six-word run is shared, bar the fixed slogans."""
    train = [
        (i, set(w), _grams(w, 6)) for i, t in antisemitism.frames("train") for w in [_words(t)]
    ]
    problems: list[str] = []
    for sid, stext in antisemitism.frames("suite"):
        sw = _words(stext)
        sset, sgrams = set(sw), _grams(sw, 6)
        for tid, tset, tgrams in train:
            jaccard = len(sset & tset) / max(1, len(sset | tset))
            if jaccard >= 0.7:
                problems.append(f"{sid} ~ {tid} (word overlap {jaccard:.2f})")
            shared = sgrams & tgrams
            if shared:
                problems.append(f"{sid} ~ {tid} share {' '.join(sorted(shared)[0])!r}")
    assert problems == []


# --------------------------------------------------------------------------- #
# Labels, targets, contexts
# --------------------------------------------------------------------------- #


def test_labels_are_taxonomy_labels_most_specific_first_with_parents(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    for rows in banks.values():
        for r in rows:
            assert all(taxonomy.is_label(lab) for lab in r.labels), r
            assert list(r.labels) == taxonomy.specificity_order(set(r.labels)), r
            for lab in r.labels:
                assert set(taxonomy.parents(lab)) <= set(r.labels), r


def test_contexts_are_taxonomy_contexts(banks: dict[Bank, list[SynthRow]]) -> None:
    for rows in banks.values():
        for r in rows:
            assert set(r.contexts) <= set(taxonomy.CONTEXTS), r


def test_every_hateful_antisemitic_row_targets_jews(banks: dict[Bank, list[SynthRow]]) -> None:
    for rows in banks.values():
        for r in rows:
            if r.hateful and r.antisemitic:
                assert r.targets == ("jews",), r


def test_hateful_rows_carry_labels_and_no_excusing_context(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    for rows in banks.values():
        for r in rows:
            assert r.hateful == (r.functionality in antisemitism.HATEFUL_FUNCTIONALITIES)
            if r.hateful:
                assert r.labels and r.contexts == (), r


def test_hateful_functionalities_carry_their_defining_label(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    must = {
        "as_holocaust": "hate/antisemitism/holocaust",
        "as_conspiracy": "hate/antisemitism/conspiracy",
        "as_dehumanization": "hate/antisemitism/dehumanization",
        "as_collective_blame": "hate/antisemitism/collective_blame",
        "as_violence": "hate/antisemitism/violence",
        "as_stereotype": ANTISEMITISM,
        "violent_extremism": "violent_extremism",
        "harassment_creator": "harassment",
        "contested_violent": "contested",
    }
    for rows in banks.values():
        for r in rows:
            if r.functionality in must:
                assert must[r.functionality] in r.labels, r
            if r.functionality in ("harassment_creator", "contested_violent"):
                assert ANTISEMITISM in r.labels, r
            if "hate/antisemitism/violence" in r.labels:
                assert "threat" in r.labels, r


def test_contested_slogans_alone_are_labelled_contested_and_not_hateful(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    for rows in banks.values():
        slogans = [r for r in rows if r.functionality == "contested_slogan"]
        assert slogans
        for r in slogans:
            assert (r.hateful, r.labels, r.targets) == (False, ("contested",), ()), r


def test_non_hateful_rows_carry_their_context_and_no_hate_label(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    expected = {
        "israel_criticism": ("policy_criticism",),
        "news": ("news",),
        "counter_quote": ("counter_speech", "quote"),
        "counter_reference": ("counter_speech",),
        "education": ("education",),
        "self_reference": ("self_reference",),
        "negation": ("negated",),
        "question": ("question",),
        "trap": (),
        "identity_neutral": (),
        "identity_positive": (),
    }
    for rows in banks.values():
        for r in rows:
            if r.functionality in expected:
                assert not r.hateful and r.labels == (), r
                assert r.contexts == expected[r.functionality], r
            if r.functionality in ("israel_criticism", "trap"):
                assert r.targets == (), r
            if r.functionality in (
                "counter_quote",
                "counter_reference",
                "self_reference",
                "negation",
                "question",
                "identity_neutral",
                "identity_positive",
            ):
                assert r.targets == ("jews",), r


def test_template_ids_name_the_language_and_functionality(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    for bank, rows in banks.items():
        for r in rows:
            m = re.fullmatch(r"as\.(en|fr)\.([a-z_]+)\.(w?)(\d{2,3})", r.template)
            assert m, r.template
            assert (m[1], m[2]) == (r.lang, r.functionality), r
            assert (int(m[4]) > 100) == (bank == "train"), r


# --------------------------------------------------------------------------- #
# Coverage and size
# --------------------------------------------------------------------------- #


def test_every_functionality_has_both_languages_in_both_banks(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    for bank, rows in banks.items():
        seen = {(r.functionality, r.lang) for r in rows}
        for func in antisemitism.FUNCTIONALITIES:
            for lang in LANGS:
                assert (func, lang) in seen, (bank, func, lang)


def test_the_suite_has_at_least_25_rows_per_functionality_and_language(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    counts = Counter((r.functionality, r.lang) for r in banks["suite"])
    short = {k: n for k, n in counts.items() if n < 25}
    assert short == {}


def _variety(rows: list[SynthRow]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    out: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for r in rows:
        claim = next((t for t in r.tags if t.startswith("claim:")), "")
        out[(r.functionality, r.lang)].add((r.template, claim))
    return out


def test_train_has_four_times_the_suites_variety_in_every_cell(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    suite, train = _variety(banks["suite"]), _variety(banks["train"])
    short = {k: (len(train[k]), len(v)) for k, v in suite.items() if len(train[k]) < 4 * len(v)}
    assert short == {}


def test_train_size_and_language_balance(banks: dict[Bank, list[SynthRow]]) -> None:
    train = banks["train"]
    assert 6000 <= len(train) <= 12000
    langs = Counter(r.lang for r in train)
    assert 0.8 <= langs["en"] / langs["fr"] <= 1.25


def test_each_claim_appears_asserted_quoted_negated_and_questioned(
    banks: dict[Bank, list[SynthRow]],
) -> None:
    for rows in banks.values():
        kinds: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            for tag in r.tags:
                if tag.startswith("claim:"):
                    kinds[tag].add("hateful" if r.hateful else r.functionality)
        assert kinds
        for claim, got in kinds.items():
            assert got == {"hateful", "counter_quote", "negation", "question"}, claim


def test_quoted_and_asserted_claims_use_the_same_words(banks: dict[Bank, list[SynthRow]]) -> None:
    """Asserted and quoted-to-condemn rows hold the very same sentence; negations do not."""
    for bank, rows in banks.items():
        asserted = {
            i[: -len(".a")]: t.casefold() for i, t in antisemitism.frames(bank) if i.endswith(".a")
        }
        for r in rows:
            claim = next((t[len("claim:") :] for t in r.tags if t.startswith("claim:")), None)
            if claim is None:
                continue
            contains = asserted[claim] in r.text.casefold()
            if r.hateful or r.functionality == "counter_quote":
                assert contains, r
            elif r.functionality == "negation":
                assert not contains, r


@pytest.mark.parametrize(
    "needle",
    ["k1ke", "(((", "6MWE", "🔥🚿", "🐀", "Z.O.G", "jooz", "H i t l e r", "y0upin", "j*ifs"],
)
def test_the_briefs_obfuscations_appear_in_hateful_rows_of_both_banks(
    banks: dict[Bank, list[SynthRow]], needle: str
) -> None:
    for bank, rows in banks.items():
        assert any(needle.casefold() in r.text.casefold() for r in rows if r.hateful), bank


def test_the_creator_flood_situation_is_in_the_suite(banks: dict[Bank, list[SynthRow]]) -> None:
    suite = banks["suite"]
    anne = [r for r in suite if "anne frank" in r.text.casefold() and r.hateful]
    assert anne and all(
        {"harassment", "hate/antisemitism/holocaust", "hate/antisemitism/violence"} <= set(r.labels)
        for r in anne
    )
    hitler = [r for r in suite if "hitlerwasright" in r.text.casefold()]
    assert hitler and all("violent_extremism" in r.labels for r in hitler)
    quoted = [r for r in suite if r.functionality == "counter_quote" and "was right" in r.text]
    assert quoted and not any(r.hateful for r in quoted)
