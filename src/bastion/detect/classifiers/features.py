"""Text -> sparse feature matrix for the linear model (hashing, so no vocabulary to ship).

Group words are masked before featurizing: "jews are rats" and "women are rats"
both become "xgroupx are rats", so what the model learns about hostility
carries to every group alike (the fairness target), and the target itself
comes from the target detector. A second word block keeps Jews distinct
(`xjewsx`) for the antisemitism heads, which must also catch implicit tropes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer

GROUP_TOKEN = " xgroupx "
SLUR_TOKEN = " xslurx "
JEWS_TOKEN = " xjewsx "

BLOCKS = ("char", "word", "word_jews")


# Words that open a negation scope; the scope runs to the next punctuation mark.
_NEGATORS = (
    r"not|no|never|nothing|nobody|none|neither|nor|without|cannot|"
    r"\w+n't|dont|doesnt|isnt|arent|wasnt|werent|wont|cant|didnt|"
    r"ne|n'|pas|jamais|rien|personne|aucun|aucune|sans|ni"
)
_SCOPE = re.compile(r"(?<![\w'])(" + _NEGATORS + r")(?![\w'])([^.,!?;:]*)")
_TOKEN = re.compile(r"(?<![\w'])(\w[\w']*)")


def mark_negation(text: str) -> str:
    """Prefix words inside a negation scope with `neg_`, so "don't hate" != "hate".

    Word n-grams then tell "I don't hate xgroupx" from "I hate xgroupx", which a
    bag of words cannot.
    """
    return _SCOPE.sub(lambda m: m.group(1) + _TOKEN.sub(r"neg_\1", m.group(2)), text)


class MentionLike(Protocol):
    """What masking needs of a target mention (normalized offsets)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def group(self) -> str: ...
    @property
    def slur(self) -> bool: ...
    @property
    def kind(self) -> str: ...


def mask(text: str, mentions: Iterable[MentionLike]) -> tuple[str, str]:
    """(uniformly masked text, masked text that keeps Jews distinct)."""
    uniform: list[str] = []
    jewish: list[str] = []
    pos = 0
    for s in sorted(mentions, key=lambda m: m.start):
        if s.start < pos or s.kind == "state":
            continue  # states stay visible: criticising a state is not attacking a people
        uniform.append(text[pos : s.start])
        jewish.append(text[pos : s.start])
        token_u = SLUR_TOKEN if s.slur else GROUP_TOKEN
        token_j = JEWS_TOKEN if s.group == "jews" else token_u
        uniform.append(token_u)
        jewish.append(token_j)
        pos = s.end
    uniform.append(text[pos:])
    jewish.append(text[pos:])
    return "".join(uniform), "".join(jewish)


class Featurizer:
    """Hashed char and word n-grams with sublinear tf, idf weights and l2 norm per block."""

    def __init__(self, n_char: int = 2**19, n_word: int = 2**18) -> None:
        self.n_char = n_char
        self.n_word = n_word
        common = {"alternate_sign": False, "norm": None, "lowercase": False, "dtype": np.float32}
        self._char = HashingVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), n_features=n_char, **common
        )
        self._word = HashingVectorizer(
            analyzer="word",
            ngram_range=(1, 3),
            token_pattern=r"(?u)\b\w[\w']*\b|[!?]",
            n_features=n_word,
            **common,
        )
        self.idf: dict[str, np.ndarray] = {}

    def raw_counts(self, uniform: Sequence[str], jewish: Sequence[str]) -> dict[str, sp.csr_matrix]:
        return {
            "char": self._char.transform(uniform),
            "word": self._word.transform([mark_negation(t) for t in uniform]),
            "word_jews": self._word.transform([mark_negation(t) for t in jewish]),
        }

    def fit_idf(self, counts: dict[str, sp.csr_matrix]) -> None:
        for block, x in counts.items():
            n_docs = x.shape[0]
            df = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float64)
            self.idf[block] = (np.log((1 + n_docs) / (1 + df)) + 1.0).astype(np.float32)

    def weight(self, counts: dict[str, sp.csr_matrix]) -> dict[str, sp.csr_matrix]:
        """Sublinear tf x idf, then l2-normalize each row (in place on copies of the data)."""
        out: dict[str, sp.csr_matrix] = {}
        for block, x in counts.items():
            x = sp.csr_matrix(x, dtype=np.float32, copy=True)
            rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
            data = np.log1p(x.data) * self.idf[block][x.indices]
            norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=x.shape[0]))
            norms[norms == 0] = 1.0
            x.data = (data / norms[rows]).astype(np.float32)
            out[block] = x
        return out

    def transform(self, uniform: Sequence[str], jewish: Sequence[str]) -> dict[str, sp.csr_matrix]:
        return self.weight(self.raw_counts(uniform, jewish))
