"""Compose the normalization steps: raw text -> `NormalizedText` with a raw-offset map."""

from __future__ import annotations

import re

from bastion.models import NormalizedText
from bastion.normalize.emoji import emoji_to_words
from bastion.normalize.hashtags import split_hashtags
from bastion.normalize.langid import detect_language, resolve_language
from bastion.normalize.leet import unleet
from bastion.normalize.repeats import squeeze_repeats
from bastion.normalize.spacing import collapse_whitespace, join_spaced_letters
from bastion.normalize.unicode import fold_unicode, needs_fold

MAX_CHARS = 5000
_LETTER = re.compile(r"[^\W\d_]")


def normalize(raw: str, lang: str | None = None) -> NormalizedText:
    """Fold, de-obfuscate and language-tag `raw`, keeping `offsets[i]` = raw index of char i.

    `lang` (e.g. "fr", "EN", "fr-CA"), when given, is trusted and detection is skipped.
    """
    truncated = len(raw) > MAX_CHARS
    if truncated:
        raw = raw[:MAX_CHARS]
    text = raw
    offsets = list(range(len(raw) + 1))
    # Order matters: hashtags need case; emoji need their joiners and selectors, which
    # folding drops; spaced letters are joined before leet so "H 1 t l e r" -> "h1tler"
    # -> "hitler"; leet runs before squeezing so "j333ws" -> "jeeews" -> "jews".
    text, offsets = split_hashtags(text, offsets)
    if needs_fold(text):
        if not text.isascii():
            text, offsets = emoji_to_words(text, offsets)
        text, offsets = fold_unicode(text, offsets)
    else:
        text = text.lower()
    text, offsets = join_spaced_letters(text, offsets)
    text = unleet(text)
    text, offsets = squeeze_repeats(text, offsets)
    text, offsets = collapse_whitespace(text, offsets)
    if lang:
        lang_code, lang_score = resolve_language(lang), 1.0
    else:
        lang_code, lang_score = detect_language(raw)
        if (lang_score < 0.5 or lang_code == "other") and _LETTER.search(raw):
            # Obfuscation ("H 1 t l e r", "j3ws", "јеws") hides the words: read the
            # normalized text too. (Emoji-only texts have no letters and stay "other".)
            retry = detect_language(text)
            if retry[0] != "other" and (lang_code == "other" or retry[1] > lang_score):
                lang_code, lang_score = retry
    return NormalizedText(
        raw=raw,
        text=text,
        offsets=tuple(offsets),
        lang=lang_code,
        lang_score=lang_score,
        truncated=truncated,
    )
