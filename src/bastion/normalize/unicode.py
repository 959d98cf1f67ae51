"""Fold Unicode to lowercase Latin: NFKC, casefold, no diacritics or invisibles, no look-alikes."""

from __future__ import annotations

import re
import unicodedata

# Characters outside printable ASCII (tab/newline allowed): only these need folding.
_NEEDS_FOLD = re.compile(r"[^\t\n\r\x0b\x0c\x20-\x7e]+")
_SPLIT = re.compile(r"([^\t\n\r\x0b\x0c\x20-\x7e]+)")

# Diacritic combining marks (Latin/Greek/Cyrillic accents, zalgo); marks of other
# scripts (Arabic harakat, Devanagari matras, Hebrew points) are part of the spelling.
_DIACRITIC_RANGES = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)

# Fixed folds that NFKC/casefold do not give: quotes, dashes, ligatures, Latin
# letters without a decomposition, small capitals, and invisible characters.
_SPECIAL: dict[str, str] = {
    # quotes and apostrophes
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "〝": '"',
    "〞": '"',
    "‹": "'",
    "›": "'",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "´": "'",
    "ʼ": "'",
    "ʹ": "'",
    # dashes and minus signs
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "⁃": "-",
    # letters without a canonical decomposition
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "ħ": "h",
    "Ħ": "h",
    "ł": "l",
    "Ł": "l",
    "ŧ": "t",
    "Ŧ": "t",
    "ƀ": "b",
    "ı": "i",
    "ȷ": "j",
    "ɑ": "a",
    "ɡ": "g",
    "þ": "th",
    "Þ": "th",
    # small capitals, used to dodge filters
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ꜰ": "f",
    "ɢ": "g",
    "ʜ": "h",
    "ɪ": "i",
    "ᴊ": "j",
    "ᴋ": "k",
    "ʟ": "l",
    "ᴍ": "m",
    "ɴ": "n",
    "ᴏ": "o",
    "ᴘ": "p",
    "ʀ": "r",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ʏ": "y",
    "ᴢ": "z",
    # invisible characters not in category Cf
    "\u034f": "",  # combining grapheme joiner
    "\u115f": "",  # hangul fillers render as nothing
    "\u1160": "",
    "\u3164": "",
    "\uffa0": "",
    "\u2800": "",  # braille blank
}

# Look-alikes of Latin letters in other scripts. Mapped only inside words that
# already contain Latin letters (or are made of look-alikes only), so real
# Cyrillic/Greek text is left readable. Greek capitals whose lowercase looks
# different (Η/η, Μ/μ, Ν/ν, Υ/υ) keep their case until this mapping runs.
_CONFUSABLES: dict[str, str] = {
    # Cyrillic (lowercase: capitals were casefolded to these)
    "а": "a",
    "в": "b",
    "г": "r",
    "е": "e",
    "і": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "п": "n",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "ѵ": "v",
    "ԁ": "d",
    "һ": "h",
    "ӏ": "l",
    "ԛ": "q",
    "ԝ": "w",
    "ү": "y",
    # Greek
    "α": "a",
    "β": "b",
    "γ": "y",
    "ε": "e",
    "ζ": "z",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "μ": "u",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "ϲ": "c",
    "ϳ": "j",
    "Η": "h",
    "Μ": "m",
    "Ν": "n",
    "Υ": "y",
    # Armenian
    "օ": "o",
    "ս": "u",
    "հ": "h",
}
_KEEP_CASE = frozenset("ΗΜΝΥ")

_CONF_CLASS = "".join(sorted(_CONFUSABLES))
_CONF_CHAR = re.compile(f"[{_CONF_CLASS}]")
_WORD_REST = re.compile(r"\w*")
_CONF_TABLE = str.maketrans(_CONFUSABLES)
_LATIN = re.compile(r"[a-zA-Z]")
_LETTER = re.compile(r"[^\W\d_]")

_KEPT_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_CACHE_LIMIT = 50_000  # distinct characters/runs kept folded; bounds memory
_cache: dict[str, str] = {}
_run_cache: dict[str, tuple[str, list[int] | None]] = {}


def _is_diacritic(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _DIACRITIC_RANGES)


def _strip_diacritics(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    if decomposed.isascii():
        return decomposed
    kept = "".join(c for c in decomposed if not _is_diacritic(c))
    # Recompose so scripts that decompose (Hangul) come back whole.
    return unicodedata.normalize("NFC", kept)


def _fold_one(ch: str) -> str:
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch in _KEEP_CASE:
        return ch
    category = unicodedata.category(ch)
    # Cf: zero-width, bidi, soft hyphen, BOM, tags; Cs: lone surrogates.
    if category in ("Cf", "Cs") or (category == "Cc" and ch not in _KEPT_CONTROLS):
        return ""
    if category == "Mn" and _is_diacritic(ch):
        return ""
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:  # variation selectors
        return ""
    folded = unicodedata.normalize("NFKC", ch).casefold()
    folded = _strip_diacritics(folded)
    if folded.isascii():
        return folded
    # NFKC can produce characters that have their own fold (e.g. ligature -> quote).
    return "".join(_SPECIAL.get(c, c) for c in folded)


def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty or several characters)."""
    out = _cache.get(ch)
    if out is None:
        out = _fold_one(ch)
        if len(_cache) < _CACHE_LIMIT:
            _cache[ch] = out
    return out


def needs_fold(text: str) -> bool:
    """True when the text has anything besides printable ASCII and ordinary whitespace."""
    if text.isascii() and text.isprintable():
        return False
    return _NEEDS_FOLD.search(text) is not None


def _fold_run(run: str) -> tuple[str, list[int] | None]:
    """(folded run, source index in the run of each output char, or None if one-to-one)."""
    hit = _run_cache.get(run)
    if hit is not None:
        return hit
    outs = [fold_char(c) for c in run]
    folded = "".join(outs)
    src: list[int] | None = None
    if any(len(o) != 1 for o in outs):
        src = [i for i, o in enumerate(outs) for _ in o]
    if len(run) <= 8 and len(_run_cache) < _CACHE_LIMIT:
        _run_cache[run] = (folded, src)
    return folded, src


def _unconfuse(token: str) -> str:
    if _LATIN.search(token) or all(c in _CONFUSABLES for c in _LETTER.findall(token)):
        return token.translate(_CONF_TABLE)
    return token.lower() if any(c in _KEEP_CASE for c in token) else token


def _map_confusables(text: str) -> str:
    parts: list[str] = []
    emitted = scanned = 0
    # Widen each look-alike to its word; most texts have none, a few have several.
    for m in _CONF_CHAR.finditer(text):
        i = m.start()
        if i < scanned:
            continue
        start = i
        while start > scanned and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        rest = _WORD_REST.match(text, i)
        end = rest.end() if rest else i + 1
        scanned = end
        token = text[start:end]
        mapped = _unconfuse(token)
        if mapped != token:
            parts += (text[emitted:start], mapped)
            emitted = end
    if not parts:
        return text
    parts.append(text[emitted:])
    return "".join(parts)


def fold_unicode(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Fold non-ASCII characters, map look-alike letters to Latin and lowercase everything."""
    # split() with a group alternates ASCII stretches and runs to fold: C-speed, and a
    # run folded once (an accent, an emoji) is cached.
    parts = _SPLIT.split(text)
    if len(parts) > 1:
        folds = [_fold_run(run) for run in parts[1::2]]
        if all(src is None for _, src in folds):
            parts[1::2] = [folded for folded, _ in folds]
            text = "".join(parts)
        else:
            text, offsets = _join_folds(parts, folds, offsets)
    if not text.isascii() and _CONF_CHAR.search(text) is not None:
        text = _map_confusables(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, offsets
    # Defensive: lower() grew a character; fold per character instead.
    chars: list[str] = []
    new_offsets: list[int] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        chars.append(low)
        new_offsets.extend([offsets[i]] * len(low))
    new_offsets.append(offsets[-1])
    return "".join(chars), new_offsets


def _join_folds(
    parts: list[str], folds: list[tuple[str, list[int] | None]], offsets: list[int]
) -> tuple[str, list[int]]:
    out: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for k, part in enumerate(parts):
        if k % 2 == 0:
            out.append(part)
            new_offsets.extend(offsets[pos : pos + len(part)])
        else:
            folded, src = folds[k // 2]
            out.append(folded)
            if src is None:
                new_offsets.extend(offsets[pos : pos + len(part)])
            else:
                new_offsets.extend([offsets[pos + i] for i in src])
        pos += len(part)
    new_offsets.append(offsets[pos])
    return "".join(out), new_offsets
