"""English functional templates: banks are deterministic, disjoint and fair across groups."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest
from similarity import near_duplicates

from bastion.synth import functionalities as fn
from bastion.synth import general_en as en
from bastion.synth.base import SynthRow
from bastion.taxonomy import CONTEXTS, CORE_GROUPS, GROUPS, LABELS


@pytest.fixture(scope="module")
def suite() -> list[SynthRow]:
    return en.rows("suite")


@pytest.fixture(scope="module")
def train() -> list[SynthRow]:
    return en.rows("train")


_FORMS = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(f.lower()) for f in en.surface_forms()) + r")(?!\w)"
)
_NOUNS = sorted(
    {n.lower() for n in (*en.SUITE_NONPROTECTED, *en.TRAIN_NONPROTECTED)}, key=len, reverse=True
)
_NONPROTECTED = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in _NOUNS) + r")(?!\w)")


def _frame(text: str) -> str:
    """Lowercase, drop apostrophes and punctuation, replace group surface forms by <g>."""
    text = text.lower().replace("'", "").replace("’", "")
    text = _FORMS.sub(" <g> ", text)
    text = _NONPROTECTED.sub(" <n> ", text)
    text = re.sub(r"[^\w<> ]+", " ", text)
    return " ".join(text.split())


def _text(spec: en.Spec) -> str:
    return spec if isinstance(spec, str) else spec.text


def _template_frame(template: str) -> str:
    text = re.sub(r"\{(G|g|gn|Gadj|S|s|sb)\}", " <g> ", template)
    text = text.replace("{U}", " ").replace("[", "").replace("]", "")
    return _frame(text)


# ---------------------------------------------------------------- determinism and disjointness


def test_banks_are_deterministic(suite: list[SynthRow], train: list[SynthRow]) -> None:
    assert en.rows("suite") == suite
    assert en.rows("train") == train


def test_unknown_bank_is_refused() -> None:
    with pytest.raises(ValueError):
        en.rows("dev")  # type: ignore[arg-type]


def test_template_ids_are_disjoint(suite: list[SynthRow], train: list[SynthRow]) -> None:
    suite_ids = {r.template for r in suite}
    train_ids = {r.template for r in train}
    assert not suite_ids & train_ids
    for row in suite:
        assert re.fullmatch(rf"en\.{row.functionality}\.\d\d", row.template), row.template
    for row in train:
        assert row.template.startswith(f"en.{row.functionality}."), row.template


def test_no_suite_text_in_train(suite: list[SynthRow], train: list[SynthRow]) -> None:
    train_texts = {r.text for r in train}
    train_lower = {t.lower() for t in train_texts}
    assert not [r.text for r in suite if r.text in train_texts or r.text.lower() in train_lower]


def test_normalized_frames_are_disjoint(suite: list[SynthRow], train: list[SynthRow]) -> None:
    shared = {_frame(r.text) for r in suite} & {_frame(r.text) for r in train}
    assert not shared, sorted(shared)[:20]


def test_no_lightly_reworded_frames_across_banks(
    suite: list[SynthRow], train: list[SynthRow]
) -> None:
    spelling = set(fn.SPELLING_FUNCTIONALITIES)
    suite_frames = {_frame(r.text) for r in suite if r.functionality not in spelling}
    train_frames = {_frame(r.text) for r in train if r.functionality not in spelling}
    hits = near_duplicates(suite_frames, train_frames)
    assert not hits, hits[:20]


def test_spelling_frames_are_disjoint(train: list[SynthRow]) -> None:
    suite_frames = {_template_frame(_text(t)) for t in en.SUITE_SPELLING_FRAMES}
    train_frames = {
        _template_frame(_text(t)) for t in (*en.TRAIN_SPELLING_FRAMES, *en.TRAIN_NO_SPACE_FRAMES)
    }
    spelling = set(fn.SPELLING_FUNCTIONALITIES)
    train_frames |= {_frame(r.text) for r in train if r.functionality not in spelling}
    assert not suite_frames & train_frames
    hits = near_duplicates(suite_frames, train_frames)
    assert not hits, hits[:20]


def test_template_tables_are_disjoint() -> None:
    def table_frames(tables: list[tuple[str, ...] | tuple[en.Spec, ...]]) -> set[str]:
        out: set[str] = set()
        for table in tables:
            for spec in table:
                out.add(_template_frame(_text(spec).replace("{N}", "landlords")))
        return out

    suite = table_frames(
        [
            *en.SUITE_GROUP_TEMPLATES.values(),
            *en.SUITE_NONGROUP.values(),
            *en.SUITE_RECLAIMED.values(),
            en.SUITE_SPELLING_FRAMES,
        ]
    )
    train = table_frames(
        [
            *en.TRAIN_GROUP_TEMPLATES.values(),
            *en.TRAIN_NONGROUP.values(),
            *en.TRAIN_RECLAIMED_SPECIFIC.values(),
            en.TRAIN_RECLAIMED_GENERIC,
            en.TRAIN_SPELLING_FRAMES,
            en.TRAIN_NO_SPACE_FRAMES,
            en.TRAIN_NEWS,
        ]
    )
    assert not suite & train, sorted(suite & train)


# ---------------------------------------------------------------- suite shape and fairness


def test_suite_covers_every_functionality(suite: list[SynthRow]) -> None:
    assert {r.functionality for r in suite} == set(en.FUNCTIONALITIES)


def test_suite_groups_get_identical_tests(suite: list[SynthRow]) -> None:
    by_func: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in suite:
        if row.functionality in en.GROUP_FUNCTIONALITIES:
            assert len(row.targets) == 1
            by_func[row.functionality][row.targets[0]].append(row.template)
    for func in en.GROUP_FUNCTIONALITIES:
        groups = by_func[func]
        assert set(groups) == set(CORE_GROUPS), func
        counts = {len(ids) for ids in groups.values()}
        assert len(counts) == 1, (func, counts)
        templates = {tuple(sorted(ids)) for ids in groups.values()}
        assert len(templates) == 1, func
        n_templates = len(set(groups["jews"]))
        assert 6 <= n_templates <= 10, (func, n_templates)


def test_suite_group_totals_are_equal(suite: list[SynthRow]) -> None:
    per_group = Counter(r.targets[0] for r in suite if r.targets)
    assert set(per_group) == set(CORE_GROUPS)
    assert len(set(per_group.values())) == 1, per_group
    per_group_hateful = Counter(r.targets[0] for r in suite if r.hateful)
    assert len(set(per_group_hateful.values())) == 1, per_group_hateful


def test_suite_nongroup_counts(suite: list[SynthRow]) -> None:
    counts = Counter(r.functionality for r in suite)
    for func in en.NONGROUP_FUNCTIONALITIES:
        assert 10 <= counts[func] <= 20, (func, counts[func])
    for row in suite:
        if row.functionality in en.NONGROUP_FUNCTIONALITIES:
            assert row.targets == ()


def test_suite_is_plain(suite: list[SynthRow]) -> None:
    for row in suite:
        assert "@" not in row.text and "#" not in row.text, row.text
        assert not row.text[0].islower(), row.text
        assert "suite" in row.tags


# ---------------------------------------------------------------- labels


def _check_row(row: SynthRow) -> None:
    assert row.lang == "en"
    assert row.functionality in en.FUNCTIONALITIES, row.functionality
    assert all(lab in LABELS for lab in row.labels), row.labels
    assert all(ctx in CONTEXTS for ctx in row.contexts), row.contexts
    assert all(t in GROUPS for t in row.targets), row.targets
    assert not re.search(r"[{}\[\]\x00-\x08]", row.text), row.text
    assert row.text == row.text.strip() and "  " not in row.text, row.text
    if row.hateful:
        assert row.functionality in fn.HATEFUL_FUNCTIONALITIES
        assert len(row.targets) == 1
        group = row.targets[0]
        assert GROUPS[group] in row.labels
        assert row.contexts == ()
        if row.functionality in ("threat_direct", "threat_normative"):
            assert "threat" in row.labels
        if group == "jews" and "threat" in row.labels:
            assert "hate/antisemitism/violence" in row.labels
        if group == "jews" and row.functionality == "dehumanization":
            assert row.labels[0] == "hate/antisemitism/dehumanization"
        if group != "jews":
            assert not any(lab.startswith("hate/antisemitism") for lab in row.labels)
    else:
        assert row.functionality not in fn.HATEFUL_FUNCTIONALITIES
        expected = ("harassment",) if row.functionality == "abuse_individual" else ()
        assert row.labels == expected
        if row.functionality in en.NONHATEFUL_GROUP_FUNCTIONALITIES:
            assert len(row.targets) == 1
        if row.functionality in fn.FUNCTIONALITY_CONTEXTS:
            assert row.contexts == fn.FUNCTIONALITY_CONTEXTS[row.functionality]
        elif row.functionality == "identity_neutral":
            assert row.contexts in ((), ("news",))
        else:
            assert row.contexts == ()


def test_suite_labels(suite: list[SynthRow]) -> None:
    for row in suite:
        _check_row(row)


def test_train_labels(train: list[SynthRow]) -> None:
    for row in train:
        _check_row(row)


def test_suite_slur_rows_use_a_slur(suite: list[SynthRow]) -> None:
    for row in suite:
        if row.functionality == "slur":
            forms = {s.plural for s in en.SLURS[row.targets[0]]}
            forms |= {s.bare for s in en.SLURS[row.targets[0]]}
            assert any(re.search(rf"\b{re.escape(f)}\b", row.text) for f in forms), row.text


def test_suite_spelling_rows_are_obfuscated(suite: list[SynthRow]) -> None:
    for row in suite:
        if row.functionality == "spelling_added_space":
            assert re.search(r"\b\w( \w){2,}\b", row.text), row.text
        elif row.functionality == "spelling_leet":
            assert re.search(r"[A-Za-z][0-9$]|[0-9$][A-Za-z]", row.text), row.text
        elif row.functionality == "spelling_no_space":
            assert max(len(w) for w in row.text.split()) >= 10, row.text


# ---------------------------------------------------------------- train size and breadth


def test_train_size_and_uniqueness(train: list[SynthRow]) -> None:
    assert 12_000 <= len(train) <= 36_000, len(train)
    assert len({r.text for r in train}) == len(train)
    assert all("train" in r.tags for r in train)


def test_train_has_three_times_the_templates(suite: list[SynthRow], train: list[SynthRow]) -> None:
    suite_ids: dict[str, set[str]] = defaultdict(set)
    train_ids: dict[str, set[str]] = defaultdict(set)
    for row in suite:
        suite_ids[row.functionality].add(row.template)
    for row in train:
        train_ids[row.functionality].add(row.template)
    for func, ids in suite_ids.items():
        assert len(train_ids[func]) >= 3 * len(ids), (func, len(train_ids[func]), len(ids))


def test_train_covers_every_group_and_functionality(train: list[SynthRow]) -> None:
    seen = {(r.functionality, r.targets[0]) for r in train if r.targets}
    funcs = [f for f in en.GROUP_FUNCTIONALITIES if f != "slur_reclaimed"]
    for group in en.TRAIN_GROUPS:
        for func in funcs:
            assert (func, group) in seen, (func, group)
    assert {r.functionality for r in train} == set(en.FUNCTIONALITIES)


def test_train_is_balanced_enough(train: list[SynthRow]) -> None:
    hateful = sum(r.hateful for r in train)
    assert 0.4 <= hateful / len(train) <= 0.65
    # Rows that mention a group are about half hateful, half not, so the group word
    # itself (masked to one token by the classifier) carries no label signal.
    mentions = [r for r in train if r.targets]
    share = sum(r.hateful for r in mentions) / len(mentions)
    assert 0.45 <= share <= 0.55, share


# Functionalities whose wording the train bank must teach with many sentence shapes.
VARIED = {
    "negated_hateful": 60,
    "identity_positive": 60,
    "identity_neutral": 60,
    "derogation_emotion": 60,
    "derogation_implicit": 60,
    "negated_positive": 60,
    "counter_quote": 60,
}


def test_train_teaches_varied_wording() -> None:
    for func, floor in VARIED.items():
        frames = {_template_frame(_text(t)) for t in en.TRAIN_GROUP_TEMPLATES[func]}
        assert len(frames) >= floor, (func, len(frames))
    assert len(set(en.TRAIN_NONGROUP["abuse_individual"])) >= 60
    assert len(set(en.TRAIN_RECLAIMED_GENERIC)) >= 60
    for text in en.TRAIN_NONGROUP["abuse_individual"]:
        assert not _FORMS.search(text.lower()), text


def test_train_has_contrastive_and_news_rows(train: list[SynthRow]) -> None:
    contrastive = [r for r in train if "contrastive" in r.tags]
    stances = {r.functionality for r in contrastive}
    assert {"counter_quote", "counter_reference", "negated_hateful", "dehumanization"} <= stances
    news = [r for r in train if "news" in r.tags]
    assert news and all(r.contexts == ("news",) and not r.hateful for r in news)
    # The same hateful words appear hateful, quoted and negated.
    vermin = {(r.hateful, r.functionality) for r in contrastive if "vermin" in r.text.lower()}
    assert (True, "dehumanization") in vermin
    assert (False, "counter_quote") in vermin
    assert (False, "negated_hateful") in vermin
