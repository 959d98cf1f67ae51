"""The trained linear model: hashed n-grams -> one logistic head per label.

The artifact is data, not code: `linear.npz` (idf weights and coefficients)
and `linear.json` (heads, thresholds, training sources and licenses), made by
`bastion train`. Loading it never executes anything.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from bastion.detect.classifiers.features import BLOCKS, Featurizer
from bastion.errors import ModelError

ARTIFACT_NAME = "linear"


@dataclass(frozen=True, slots=True)
class Head:
    """One binary classifier over some feature blocks."""

    name: str  # e.g. "hate", "antisemitism", "holocaust"
    label: str  # taxonomy label it supports, e.g. "hate/antisemitism/holocaust"
    blocks: tuple[str, ...]
    threshold: float


# The heads `bastion train` fits, in artifact order. Subtype heads use the block that
# keeps Jews distinct, the generic heads the uniformly masked blocks (see features.py).
HEAD_SPECS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("hate", "hate", ("char", "word")),
    ("antisemitism", "hate/antisemitism", ("char", "word_jews")),
    ("threat", "threat", ("char", "word")),
    ("violent_extremism", "violent_extremism", ("char", "word_jews")),
    ("harassment", "harassment", ("char", "word")),
    ("holocaust", "hate/antisemitism/holocaust", ("char", "word_jews")),
    ("conspiracy", "hate/antisemitism/conspiracy", ("char", "word_jews")),
    ("dehumanization", "hate/antisemitism/dehumanization", ("char", "word_jews")),
    ("collective_blame", "hate/antisemitism/collective_blame", ("char", "word_jews")),
    ("violence", "hate/antisemitism/violence", ("char", "word_jews")),
)


class LinearModel:
    """Scores texts with every head at once (one sparse matmul per block)."""

    def __init__(
        self,
        featurizer: Featurizer,
        heads: Sequence[Head],
        coef: dict[str, np.ndarray],
        intercept: np.ndarray,
        meta: dict[str, Any],
    ) -> None:
        self.featurizer = featurizer
        self.heads = tuple(heads)
        self.coef = coef  # block -> (n_features, n_heads), zero where a head skips the block
        self.intercept = intercept
        self.meta = meta

    def predict(self, uniform: Sequence[str], jewish: Sequence[str]) -> np.ndarray:
        """Probabilities, shape (n_texts, n_heads)."""
        x = self.featurizer.transform(uniform, jewish)
        logits = np.tile(self.intercept, (len(uniform), 1)).astype(np.float32)
        for block in BLOCKS:
            logits += np.asarray(x[block] @ self.coef[block])
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {"intercept": self.intercept.astype(np.float32)}
        for block in BLOCKS:
            arrays[f"idf_{block}"] = self.featurizer.idf[block].astype(np.float32)
            arrays[f"coef_{block}"] = self.coef[block].astype(np.float16)
        np.savez_compressed(directory / f"{ARTIFACT_NAME}.npz", allow_pickle=False, **arrays)
        meta = dict(self.meta)
        meta["featurizer"] = {"n_char": self.featurizer.n_char, "n_word": self.featurizer.n_word}
        meta["heads"] = [
            {"name": h.name, "label": h.label, "blocks": list(h.blocks), "threshold": h.threshold}
            for h in self.heads
        ]
        (directory / f"{ARTIFACT_NAME}.json").write_text(
            json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, directory: Path) -> LinearModel:
        meta_path = directory / f"{ARTIFACT_NAME}.json"
        npz_path = directory / f"{ARTIFACT_NAME}.npz"
        if not meta_path.exists() or not npz_path.exists():
            raise ModelError(
                f"model artifact missing in {directory}: run `bastion train` to build it"
            )
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            # allow_pickle=False: loading a model must not execute code.
            with np.load(npz_path, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
            featurizer = Featurizer(**meta["featurizer"])
            featurizer.idf = {b: arrays[f"idf_{b}"] for b in BLOCKS}
            heads = [
                Head(h["name"], h["label"], tuple(h["blocks"]), float(h["threshold"]))
                for h in meta["heads"]
            ]
            coef = {b: arrays[f"coef_{b}"].astype(np.float32) for b in BLOCKS}
            intercept = arrays["intercept"].astype(np.float32)
        except (KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
            raise ModelError(f"model artifact in {directory} is corrupt: {exc}") from exc
        return cls(featurizer, heads, coef, intercept, meta)


def default_model_dir() -> Path:
    return Path(str(resources.files("bastion") / "data" / "models"))


@cache
def load_default_model() -> LinearModel:
    """The model shipped in the package, loaded once per process."""
    return LinearModel.load(default_model_dir())
