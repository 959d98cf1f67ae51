"""French functional templates: agreement, deterministic and disjoint banks, fair groups."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import pytest
from similarity import near_duplicates

import bastion.synth.general_fr as fr
from bastion.synth.base import SynthRow
from bastion.taxonomy import CONTEXTS, GROUPS, LABELS


@pytest.fixture(scope="module")
def suite() -> list[SynthRow]:
    return fr.rows("suite")


@pytest.fixture(scope="module")
def train() -> list[SynthRow]:
    return fr.rows("train")


def _form(group: str, noun: str) -> fr.Form:
    gf = fr.FORMS[group]
    for form in (*gf.plural, *gf.extra, *gf.singular, *gf.collective, *gf.slurs, *gf.slurs_sg):
        if form.noun == noun:
            return form
    raise KeyError(noun)


def _say(template: str, group: str, noun: str) -> str:
    return fr.finish(fr.render(template, _form(group, noun)))


# ---------------------------------------------------------------- French agreement


@pytest.mark.parametrize(
    ("group", "noun", "expected"),
    [
        ("jews", "juifs", "Les juifs sont dégoûtants."),
        ("jews", "juives", "Les juives sont dégoûtantes."),
        ("women", "femmes", "Les femmes sont dégoûtantes."),
        ("disabled", "personnes handicapées", "Les personnes handicapées sont dégoûtantes."),
        ("trans", "trans", "Les trans sont dégoûtants."),
        ("jews", "juif", "Un juif est dégoûtant."),
        ("women", "femme", "Une femme est dégoûtante."),
    ],
)
def test_adjectives_agree_in_gender_and_number(group: str, noun: str, expected: str) -> None:
    assert _say("{G} {n:sont|est} {a:dégoûtant|dégoûtante}.", group, noun) == expected


def test_irregular_plurals_and_invariant_adjectives() -> None:
    assert _say("{G} sont {a:génial|géniale}.", "lgbtq", "homos") == "Les homos sont géniaux."
    assert _say("{G} sont {a:génial|géniale}.", "women", "meufs") == "Les meufs sont géniales."
    assert _say("{G} sont {a:paresseux|paresseuse}.", "muslims", "musulmans") == (
        "Les musulmans sont paresseux."
    )
    assert _say("{G} sont {a:sale}.", "women", "femmes") == "Les femmes sont sales."
    assert _say(
        "{G} ne sont {a:bon à rien|bonne à rien|bons à rien|bonnes à rien}.", "women", "femmes"
    ) == ("Les femmes ne sont bonnes à rien.")


def test_pronouns_and_quantifiers_follow_the_form() -> None:
    tpl = "{tous} {G}, {ils} sont partout ; je {les} vois, {ceux}-là, et {eux} aussi."
    assert _say(tpl, "women", "femmes") == (
        "Toutes les femmes, elles sont partout ; je les vois, celles-là, et elles aussi."
    )
    assert _say(tpl, "jews", "juifs") == (
        "Tous les juifs, ils sont partout ; je les vois, ceux-là, et eux aussi."
    )


def test_elision_and_contractions() -> None:
    assert _say("Trop {deN} ici.", "immigrants", "immigrés") == "Trop d'immigrés ici."
    assert _say("Trop {deN} ici.", "disabled", "handicapés") == "Trop de handicapés ici."
    assert _say("Trop {deN} ici.", "lgbtq", "homosexuels") == "Trop d'homosexuels ici."
    assert _say("Trop {deN} ici.", "arabs", "Arabes") == "Trop d'Arabes ici."
    assert _say("Je parle {desN}.", "jews", "juifs") == "Je parle des juifs."
    assert _say("Merci {auxN}.", "roma", "Roms") == "Merci aux Roms."
    assert _say("Je vois {cesN}.", "immigrants", "immigré") == "Je vois cet immigré."
    assert _say("Je vois {cesN}.", "jews", "juive") == "Je vois cette juive."
    assert _say("Ça sent {leN}.", "arabs", "bougnoule") == "Ça sent le bougnoule."
    assert _say("La tête {duN} ?", "muslims", "enturbanné") == "La tête de l'enturbanné ?"
    assert _say("Il dit que {ils} mentent.", "women", "meufs") == "Il dit qu'elles mentent."
    assert _say("Loin d'{eux}.", "jews", "juifs") == "Loin d'eux."
    assert fr.finish("Il fait la une, si il veut.") == "Il fait la une, s'il veut."


def test_dropping_ne_keeps_french_readable() -> None:
    assert fr.drop_ne("Je ne déteste pas les juifs.") == "Je déteste pas les juifs."
    assert fr.drop_ne("Ce n'est pas vrai.") == "C'est pas vrai."
    assert fr.drop_ne("Je n'ai aucun problème.") == "J'ai aucun problème."
    assert fr.drop_ne("Il n'y a rien.") == "Il y a rien."


def test_grammatical_and_personal_gender_can_differ() -> None:
    tapette = _form("lgbtq", "tapette")
    assert tapette.fem and not tapette.person_fem
    text = fr.finish(fr.render("{p:Mon voisin|Ma voisine} est {G}.", tapette))
    assert text == "Mon voisin est une tapette."


def test_no_article_preposition_clash_in_rows(suite: list[SynthRow], train: list[SynthRow]) -> None:
    nouns = sorted({f.split(" ", 1)[1] for f in fr.surface_forms() if f.startswith("les ")})
    clash = re.compile(r"\b(?:de|à) les (?:" + "|".join(map(re.escape, nouns)) + r")\b", re.I)
    bad = [r.text for r in (*suite, *train) if clash.search(r.text)]
    assert not bad, bad[:10]
    vowel_clash = re.compile(r"(?<![\w'])(?:de|que|le|la|je|ne) [aeiouéèêàâîô]\w", re.I)
    bad = [r.text for r in suite if vowel_clash.search(r.text) and "la une" not in r.text]
    assert not bad, bad[:10]


# ---------------------------------------------------------------- determinism and disjointness

_FORMS = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(f.lower()) for f in sorted({*fr.surface_forms()}, key=len, reverse=True))
    + r")(?!\w)"
)
_NONPROTECTED = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(n.lower()) for n in fr.nonprotected_forms()) + r")(?!\w)"
)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


_FORMS_PLAIN = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(_plain(f)) for f in sorted({*fr.surface_forms()}, key=len, reverse=True))
    + r")(?!\w)"
)


def _frame(text: str) -> str:
    """Lowercase, drop accents and punctuation, replace group forms by <g>, others by <n>."""
    text = text.lower().replace("’", "'")
    text = _FORMS.sub(" <g> ", text)
    text = _NONPROTECTED.sub(" <n> ", text)
    text = _FORMS_PLAIN.sub(" <g> ", _plain(text))
    text = re.sub(r"[^\w<> ]+", " ", text)
    return " ".join(text.split())


def _template_frame(template: str) -> str:
    text = re.sub(r"\{\^?(G\*?|N\*?|deN|desN|auxN|cesN|leN|duN)\}", " <g> ", template)
    text = re.sub(r"\{[a-z]:([^}|]*)[^}]*\}", r"\1", text)  # first alternative of a:/g:/p:/n:
    text = re.sub(r"\{\^?(\w+)\}", r" \1 ", text).replace("[[", " ").replace("]]", " ")
    return _frame(text)


def test_banks_are_deterministic(suite: list[SynthRow], train: list[SynthRow]) -> None:
    assert fr.rows("suite") == suite
    assert fr.rows("train") == train


def test_unknown_bank_is_refused() -> None:
    with pytest.raises(ValueError):
        fr.rows("dev")  # type: ignore[arg-type]


def test_template_ids_are_disjoint(suite: list[SynthRow], train: list[SynthRow]) -> None:
    assert not {r.template for r in suite} & {r.template for r in train}
    for row in suite:
        assert re.fullmatch(rf"fr\.{row.functionality}\.\d\d", row.template), row.template
    for row in train:
        assert row.template.startswith(f"fr.{row.functionality}."), row.template


def test_no_suite_text_in_train(suite: list[SynthRow], train: list[SynthRow]) -> None:
    train_texts = {_plain(r.text) for r in train}
    assert not [r.text for r in suite if _plain(r.text) in train_texts]


def test_normalized_frames_are_disjoint(suite: list[SynthRow], train: list[SynthRow]) -> None:
    shared = {_frame(r.text) for r in suite} & {_frame(r.text) for r in train}
    assert not shared, sorted(shared)[:20]


def test_no_suite_frame_inside_a_train_row(suite: list[SynthRow], train: list[SynthRow]) -> None:
    haystack = "\n".join(f" {_frame(r.text)} " for r in train)
    inside = sorted(
        {f for r in suite if len((f := _frame(r.text)).split()) >= 4 and f" {f} " in haystack}
    )
    assert not inside, inside[:20]


def test_no_lightly_reworded_frames_across_banks(
    suite: list[SynthRow], train: list[SynthRow]
) -> None:
    spelling = set(fr.SPELLING_FUNCTIONALITIES)
    suite_frames = {_frame(r.text) for r in suite if r.functionality not in spelling}
    train_frames = {_frame(r.text) for r in train if r.functionality not in spelling}
    hits = near_duplicates(suite_frames, train_frames)
    assert not hits, hits[:20]


def test_template_tables_are_disjoint() -> None:
    suite = {_template_frame(t) for ts in fr.template_table("suite").values() for t in ts}
    train = {_template_frame(t) for ts in fr.template_table("train").values() for t in ts}
    assert not suite & train, sorted(suite & train)
    hits = near_duplicates(suite, train)
    assert not hits, hits[:20]


def test_no_leak_across_french_generators(suite: list[SynthRow], train: list[SynthRow]) -> None:
    """The classifier trains on every generator's train bank and is scored on every suite."""
    import bastion.synth as synth

    spelling = set(fr.SPELLING_FUNCTIONALITIES)
    others = [g for g in synth.GENERATORS if g is not fr]
    other_suite = {_frame(r.text) for g in others for r in g.rows("suite") if r.lang == "fr"}
    other_train = {_frame(r.text) for g in others for r in g.rows("train") if r.lang == "fr"}
    my_suite = {_frame(r.text) for r in suite if r.functionality not in spelling}
    my_train = {_frame(r.text) for r in train if r.functionality not in spelling}
    hits = near_duplicates(my_suite, other_train) + near_duplicates(other_suite, my_train)
    assert not hits, hits[:20]


# ---------------------------------------------------------------- suite shape and fairness


def test_suite_covers_every_functionality(suite: list[SynthRow]) -> None:
    assert {r.functionality for r in suite} == set(fr.FUNCTIONALITIES)


def test_suite_groups_get_identical_tests(suite: list[SynthRow]) -> None:
    by_func: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in suite:
        if row.functionality in fr.GROUP_FUNCTIONALITIES:
            assert len(row.targets) == 1
            by_func[row.functionality][row.targets[0]].append(row.template)
    for func in fr.GROUP_FUNCTIONALITIES:
        groups = by_func[func]
        assert set(groups) == set(fr.CORE_GROUPS), func
        assert len({len(ids) for ids in groups.values()}) == 1, func
        assert len({tuple(sorted(ids)) for ids in groups.values()}) == 1, func
        assert 6 <= len(set(groups["jews"])) <= 10, func


def test_suite_group_totals_are_equal(suite: list[SynthRow]) -> None:
    per_group = Counter(r.targets[0] for r in suite if r.targets)
    assert set(per_group) == set(fr.CORE_GROUPS)
    assert len(set(per_group.values())) == 1, per_group
    per_group_hateful = Counter(r.targets[0] for r in suite if r.hateful)
    assert len(set(per_group_hateful.values())) == 1, per_group_hateful


def test_suite_nongroup_counts(suite: list[SynthRow]) -> None:
    counts = Counter(r.functionality for r in suite)
    for func in fr.NONGROUP_FUNCTIONALITIES:
        assert 10 <= counts[func] <= 20, (func, counts[func])
    for row in suite:
        if (
            row.functionality in fr.NONGROUP_FUNCTIONALITIES
            and row.functionality != "slur_reclaimed"
        ):
            assert row.targets == ()


def test_suite_is_plain(suite: list[SynthRow]) -> None:
    for row in suite:
        assert "@" not in row.text and "#" not in row.text, row.text
        assert not row.text[0].islower(), row.text
        assert "suite" in row.tags


def test_suite_spelling_rows_are_obfuscated(suite: list[SynthRow]) -> None:
    plain: set[str] = set()
    for spec in fr.SUITE_SPELLING_FRAMES:
        tmpl = fr.parse(spec)
        text = tmpl.text.replace("[[", "").replace("]]", "").replace("*", "")
        for group in fr.CORE_GROUPS:
            for form in (*fr.FORMS[group].plural,):
                plain.add(fr.finish(fr.render(text, form)))
    for row in suite:
        if row.functionality in fr.SPELLING_FUNCTIONALITIES:
            assert row.text not in plain, row.text
        if row.functionality == "spelling_added_space":
            assert re.search(r"\b\w( \w){2,}\b", row.text), row.text
        elif row.functionality == "spelling_leet":
            assert re.search(r"\w[0-9$]|[0-9$]\w", row.text), row.text


def test_suite_slur_rows_use_a_slur(suite: list[SynthRow]) -> None:
    for row in suite:
        if row.functionality == "slur":
            gf = fr.FORMS[row.targets[0]]
            nouns = {f.noun.lower() for f in (*gf.slurs, *gf.slurs_sg)}
            assert any(re.search(rf"\b{re.escape(n)}\b", row.text.lower()) for n in nouns), row.text


# ---------------------------------------------------------------- labels


def _check_row(row: SynthRow) -> None:
    assert row.lang == "fr"
    assert row.functionality in fr.FUNCTIONALITIES, row.functionality
    assert all(lab in LABELS for lab in row.labels), row.labels
    assert all(ctx in CONTEXTS for ctx in row.contexts), row.contexts
    assert all(t in GROUPS for t in row.targets), row.targets
    assert not re.search(r"[{}\[\]⟦⟧⟪⟫]", row.text), row.text
    assert row.text == row.text.strip() and "  " not in row.text, row.text
    if row.hateful:
        assert row.functionality in fr.HATEFUL_FUNCTIONALITIES
        assert len(row.targets) == 1
        group = row.targets[0]
        assert GROUPS[group] in row.labels
        assert row.contexts == ()
        if row.functionality in ("threat_direct", "threat_normative"):
            assert "threat" in row.labels
        if group == "jews" and "threat" in row.labels:
            assert "hate/antisemitism/violence" in row.labels
            assert row.labels[-2:] == ("hate/antisemitism", "threat")
        if group == "jews" and row.functionality == "dehumanization":
            assert row.labels[0] == "hate/antisemitism/dehumanization"
        if group != "jews":
            assert not any(lab.startswith("hate/antisemitism") for lab in row.labels)
    else:
        assert row.functionality not in fr.HATEFUL_FUNCTIONALITIES
        expected = ("harassment",) if row.functionality == "abuse_individual" else ()
        assert row.labels == expected
        if row.functionality in fr.NONHATEFUL_GROUP_FUNCTIONALITIES or (
            row.functionality == "slur_reclaimed"
        ):
            assert len(row.targets) == 1
        else:
            assert row.targets == ()
        if "news_quote" in row.tags:
            assert row.contexts == ("news", "quote")
        elif row.functionality in fr.FUNCTIONALITY_CONTEXTS:
            assert row.contexts == fr.FUNCTIONALITY_CONTEXTS[row.functionality]
        elif row.functionality == "identity_neutral":
            assert row.contexts in ((), ("news",), ("question",))
        else:
            assert row.contexts == ()


def test_suite_labels(suite: list[SynthRow]) -> None:
    for row in suite:
        _check_row(row)


def test_train_labels(train: list[SynthRow]) -> None:
    for row in train:
        _check_row(row)


def test_jewish_label_shapes(suite: list[SynthRow]) -> None:
    jews = [r for r in suite if r.targets == ("jews",) and r.hateful]
    threats = {r.labels for r in jews if r.functionality.startswith("threat_")}
    assert threats == {("hate/antisemitism/violence", "hate/antisemitism", "threat")}
    dehum = {r.labels for r in jews if r.functionality == "dehumanization"}
    assert dehum == {("hate/antisemitism/dehumanization", "hate/antisemitism")}
    plain = {r.labels for r in jews if r.functionality == "derogation_attribute"}
    assert plain == {("hate/antisemitism",)}


# ---------------------------------------------------------------- train size and breadth


def test_train_size_and_uniqueness(train: list[SynthRow]) -> None:
    assert 20_000 <= len(train) <= 36_000, len(train)
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
    for group in fr.TRAIN_GROUPS:
        for func in (*fr.GROUP_FUNCTIONALITIES, "slur_reclaimed"):
            assert (func, group) in seen, (func, group)
    assert {r.functionality for r in train} == set(fr.FUNCTIONALITIES)


def test_train_is_balanced_enough(train: list[SynthRow]) -> None:
    hateful = sum(r.hateful for r in train)
    assert 0.4 <= hateful / len(train) <= 0.65


def test_group_mentions_are_half_hateful(train: list[SynthRow]) -> None:
    """A masked group word must not predict hate: rows naming a group are ~50/50."""
    mentions = [r for r in train if r.targets]
    share = sum(r.hateful for r in mentions) / len(mentions)
    assert 0.45 <= share <= 0.55, share


@pytest.mark.parametrize(
    "func",
    [
        "negated_hateful",
        "identity_positive",
        "identity_neutral",
        "derogation_emotion",
        "derogation_implicit",
        "negated_positive",
        "abuse_individual",
        "slur_reclaimed",
        "counter_quote",
    ],
)
def test_weak_functionalities_have_many_train_templates(train: list[SynthRow], func: str) -> None:
    ids = {r.template for r in train if r.functionality == func}
    assert len(ids) >= 75, (func, len(ids))


def test_group_frames_reach_every_train_group(train: list[SynthRow]) -> None:
    by_template: dict[str, set[str]] = defaultdict(set)
    for row in train:
        if row.targets and re.fullmatch(r"fr\.\w+\.t\d\d", row.template):
            by_template[row.template].add(row.targets[0])
    # "[coll]" frames skip the groups without a collective form ("la communauté juive").
    no_collective = {g for g in fr.TRAIN_GROUPS if not fr.FORMS[g].collective}
    incomplete = {t: g for t, g in by_template.items() if g | no_collective != set(fr.TRAIN_GROUPS)}
    assert not incomplete, sorted(incomplete)[:10]
    assert sum(g == set(fr.TRAIN_GROUPS) for g in by_template.values()) >= 0.95 * len(by_template)


def test_reclaimed_frames_refer_to_the_speaker(train: list[SynthRow]) -> None:
    frames = [r for r in train if re.fullmatch(r"fr\.slur_reclaimed\.t\d\d", r.template)]
    assert len({r.template for r in frames}) >= 40
    for row in frames:
        assert not row.hateful and row.contexts == ("self_reference",), row
        gf = fr.FORMS[row.targets[0]]
        slurs = {_plain(f.noun) for f in (*gf.slurs, *gf.slurs_sg)}
        assert any(re.search(rf"\b{re.escape(n)}\b", _plain(row.text)) for n in slurs), row.text


def test_counter_quotes_quote_what_they_condemn(train: list[SynthRow]) -> None:
    quotes = [r for r in train if re.fullmatch(r"fr\.counter_quote\.t\d\d", r.template)]
    assert len({r.template for r in quotes}) >= 40
    for row in quotes:
        assert "«" in row.text and "»" in row.text, row.text
        assert not row.hateful and row.contexts == ("counter_speech", "quote"), row


def test_train_speaks_like_social_media(train: list[SynthRow]) -> None:
    texts = [r.text for r in train]
    assert sum("mdr" in t or "ptdr" in t for t in texts) > 200
    assert sum(t.startswith("@") for t in texts) > 200
    accented_words = r"\b(deteste\w*|degout\w*|etre|deja|meme|societe|verite|ete|a cote|ca)\b"
    unaccented = [t for t in texts if re.search(accented_words, t.lower())]
    assert len(unaccented) > 200
    assert sum(bool(re.search(r"[\U0001F300-\U0001FAFF]", t)) for t in texts) > 500


def test_train_has_contrastive_and_news_rows(train: list[SynthRow]) -> None:
    contrastive = [r for r in train if "contrastive" in r.tags]
    stances = {r.functionality for r in contrastive}
    assert {"counter_quote", "counter_reference", "negated_hateful", "dehumanization"} <= stances
    news = [r for r in train if "news" in r.tags]
    assert news and all(r.contexts == ("news",) and not r.hateful for r in news)
    # The same hateful words appear asserted, quoted to condemn and negated.
    cloportes = {(r.hateful, r.functionality) for r in contrastive if "cloportes" in r.text.lower()}
    assert (True, "dehumanization") in cloportes
    assert (False, "counter_quote") in cloportes
    assert (False, "counter_reference") in cloportes
    assert (False, "negated_hateful") in cloportes


def test_nonprotected_groups_get_the_hateful_frames_without_the_label(
    train: list[SynthRow],
) -> None:
    templated = [r for r in train if r.functionality == "abuse_nonprotected_group"]
    assert len({r.template for r in templated}) >= 36
    assert all(not r.hateful and r.labels == () and r.targets == () for r in templated)
