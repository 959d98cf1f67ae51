"""Unicode folding: case, diacritics, NFKC, look-alikes, invisibles, quotes."""

from __future__ import annotations

import pytest
from normalize_helpers import assert_offset_contract, raw_of

from bastion.normalize import normalize


def norm(raw: str) -> str:
    n = normalize(raw, "en")
    assert_offset_contract(n)
    return n.text


def test_text_is_casefolded() -> None:
    assert norm("HiTLER Straße") == "hitler strasse"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("été", "ete"),
        ("ça", "ca"),
        ("œuvre", "oeuvre"),
        ("Œdipe", "oedipe"),
        ("Æsop", "aesop"),
        ("naïve façade", "naive facade"),
        ("à où là", "a ou la"),
        ("İstanbul", "istanbul"),
        ("Łódź", "lodz"),
    ],
)
def test_diacritics_are_stripped(raw: str, folded: str) -> None:
    assert norm(raw) == folded


def test_french_stays_readable_without_accents() -> None:
    n = normalize("Les élèves lisent les listes de Drancy à l’école.", "fr")
    assert n.text == "les eleves lisent les listes de drancy a l'ecole."
    assert raw_of(n, "eleves") == "élèves"


def test_combining_marks_and_zalgo_are_dropped() -> None:
    assert norm("cafe\u0301") == "cafe"
    assert norm("h\u0337i\u0335t\u0338l\u0334e\u0336r\u0337") == "hitler"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("ｈｉｔｌｅｒ", "hitler"),  # fullwidth
        ("𝐡𝐢𝐭𝐥𝐞𝐫", "hitler"),  # mathematical bold
        ("𝓱𝓲𝓽𝓵𝓮𝓻", "hitler"),  # mathematical script
        ("ⓗⓘⓣⓛⓔⓡ", "hitler"),  # circled
        ("ﬁnal", "final"),  # ligature
    ],
)
def test_compatibility_forms_fold_via_nfkc(raw: str, folded: str) -> None:
    assert norm(raw) == folded


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("јеws", "jews"),  # Cyrillic је
        ("Ѕеx", "sex"),  # Cyrillic Ѕ е
        ("kіkе", "kike"),  # Cyrillic і е
        ("rоthѕсhіld", "rothschild"),  # Cyrillic о ѕ с і
        ("ԁеаth", "death"),  # Cyrillic ԁ е а
        ("хоlосаust", "xolocaust"),  # Cyrillic х is an x look-alike
        ("ΗΙΤLΕR", "hitler"),  # Greek capitals Η Ι Ε
        ("ΖΟG", "zog"),  # Greek Ζ Ο
        ("zιοnιst", "zionist"),  # Greek ι ο
        ("ЈΕWЅ", "jews"),  # mixed Cyrillic and Greek capitals
        ("ᴋɪᴋᴇ", "kike"),  # small capitals
    ],
)
def test_confusable_letters_map_to_latin(raw: str, folded: str) -> None:
    assert norm(raw) == folded


def test_confusable_mapping_keeps_offsets_one_to_one() -> None:
    n = normalize("the јеws", "en")
    assert raw_of(n, "jews") == "јеws"


def test_real_cyrillic_and_greek_words_are_left_readable() -> None:
    assert norm("Привет мир") == "привет мир"
    assert norm("καλημέρα κόσμε") == "καλημερα κοσμε"


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u200e",
        "\u200f",
        "\u2060",
        "\u2061",
        "\u2062",
        "\u2063",
        "\u2064",
        "\ufeff",
        "\u00ad",
        "\ufe0f",
        "\ufe0e",
        "\U000e0101",
        "\u034f",
    ],
)
def test_zero_width_and_invisible_characters_are_removed(invisible: str) -> None:
    n = normalize(f"j{invisible}e{invisible}w{invisible}s", "en")
    assert n.text == "jews"
    assert raw_of(n, "jews") == f"j{invisible}e{invisible}w{invisible}s"


def test_control_characters_are_removed() -> None:
    assert norm("a\x00b\x07c\x7fd") == "abcd"


def test_unicode_spaces_collapse_like_ascii_spaces() -> None:
    assert norm("sale\u00a0youpin\u202f!\u3000ok\u2028x") == "sale youpin ! ok x"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("« sale youpin »", '" sale youpin "'),
        ("“quoted”", '"quoted"'),
        ("„unten“", '"unten"'),
        ("l’histoire", "l'histoire"),
        ("‘single’", "'single'"),
        ("l´histoire", "l'histoire"),
        ("war — peace – love", "war - peace - love"),
    ],
)
def test_curly_quotes_guillemets_and_dashes_become_ascii(raw: str, folded: str) -> None:
    assert norm(raw) == folded


def test_ligature_expansion_maps_both_letters_to_the_ligature() -> None:
    n = normalize("ﬁre", "en")
    assert n.text == "fire"
    assert n.raw_span(0, 1).text == "ﬁ"
    assert n.raw_span(1, 2).text == "ﬁ"
    assert n.raw_span(0, 4).text == "ﬁre"
