"""Language id: en, fr or other, reliable on short texts, offline."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bastion.normalize.langid import detect_language, resolve_language

ENGLISH = [
    "I hate them.",
    "Gas them all.",
    "Jews are rats.",
    "They control the banks.",
    "Never again.",
    "no jews in our gym",
    "kill them",
    "we will get them",
    "Hitler was right",
    "Today we remember the six million.",
    "He wrote 'gas the jews' under my video. Reported.",
    "Netanyahu's cabinet is starving Gaza; sanction it.",
    "As a Jew I light candles on Friday.",
    "How do historians count Auschwitz victims?",
    "Swastikas found on a Lyon synagogue, police probe.",
    "I honestly think the council should fix the roads before spending more money on the "
    "new stadium, it's a waste of time and everyone in town knows it.",
]
FRENCH = [
    "Je les déteste.",
    "Je les deteste",
    "Mort aux juifs.",
    "Ils tiennent les banques.",
    "ils sont partout",
    "Hitler avait raison.",
    "Un détail de l'histoire.",
    "Mais qui ?",
    "Le lobby décide de tout.",
    "faut les exterminer",
    "brûlez la synagogue",
    "sale youpin",
    "pas de feujs ici",
    "Je suis feuj et fier.",
    "Il m'a traité de « sale youpin », j'ai porté plainte.",
    "Au Mémorial, les élèves lisent les listes de Drancy.",
    "Non, les juifs de France ne sont pas responsables de Gaza.",
    "Le gouvernement israélien viole le droit international.",
    "C'était quoi, la « question juive » au XIXe ?",
    "Je pense que le gouvernement devrait s'occuper des hôpitaux avant de dépenser autant "
    "d'argent pour les Jeux, c'est honteux et tout le monde le sait.",
]
OTHER = [
    "Die Juden sind an allem schuld, sagt er immer wieder.",
    "Ich hasse sie alle.",
    "Los judíos controlan los bancos del mundo entero.",
    "Gli ebrei controllano le banche di tutto il mondo.",
    "Os judeus controlam os bancos do mundo inteiro.",
    "De joden hebben overal de schuld van.",
    "Евреи контролируют банки",
    "🐀🐀🔥",
    "🔪✡️",
    "https://example.com/some/path",
    "1488",
    "",
    "   ",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_sentences_are_en(text: str) -> None:
    lang, score = detect_language(text)
    assert lang == "en"
    assert 0.5 <= score <= 1.0


@pytest.mark.parametrize("text", FRENCH)
def test_french_sentences_are_fr(text: str) -> None:
    lang, score = detect_language(text)
    assert lang == "fr"
    assert 0.5 <= score <= 1.0


@pytest.mark.parametrize("text", OTHER)
def test_other_languages_and_textless_input_are_other(text: str) -> None:
    lang, score = detect_language(text)
    assert lang == "other"
    assert 0.0 <= score <= 1.0


def test_surrogates_and_control_characters_do_not_break_detection() -> None:
    assert detect_language("\udcff I hate them \x00")[0] == "en"


@pytest.mark.parametrize(
    ("tag", "lang"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-GB", "en"),
        ("en_US", "en"),
        ("english", "en"),
        ("fr", "fr"),
        ("FR", "fr"),
        ("fr-CA", "fr"),
        ("fra", "fr"),
        ("de", "other"),
        ("es-MX", "other"),
    ],
)
def test_language_tags_resolve_to_en_fr_or_other(tag: str, lang: str) -> None:
    assert resolve_language(tag) == lang


def test_detection_works_without_network() -> None:
    # A fresh interpreter where any socket use fails: the lite model ships in the wheel.
    code = (
        "import socket\n"
        "def no_network(*a, **k):\n"
        "    raise OSError('network disabled')\n"
        "socket.socket.connect = no_network\n"
        "socket.create_connection = no_network\n"
        "socket.getaddrinfo = no_network\n"
        "from bastion.normalize.langid import detect_language\n"
        "assert detect_language('Die Juden sind an allem schuld')[0] == 'other'\n"
        "assert detect_language('Le gouvernement israelien viole le droit')[0] == 'fr'\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_model_is_loaded_once_and_reused() -> None:
    from bastion.normalize import langid

    detect_language("load it")
    assert langid._detector() is langid._detector()


def test_neighbour_languages_with_english_lookalike_words_stay_other() -> None:
    # "do" is English, "de" French: a confident model and other stopwords win.
    assert detect_language("Os judeus controlam os bancos do mundo.")[0] == "other"
    assert detect_language("Das ist so, was ich will.")[0] == "other"
