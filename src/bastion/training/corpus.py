"""Training rows: the labelled corpora in `shared/data/train/` plus our synthetic banks.

Each row carries, per model head, a target in {1, 0} or None when the source
says nothing about that head (an unannotated target is not a negative).
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bastion.synth import build_rows
from bastion.synth.base import SynthRow

SOURCE_FILES = (
    "implicit_hate",
    "mlma",
    "ftr",
    "stormfront",
    "davidson2017",
    "toxigen_seeds",
    "jikeli2023",
)

SUBTYPE_HEADS = ("holocaust", "conspiracy", "dehumanization", "collective_blame", "violence")


@dataclass(slots=True)
class TrainRow:
    id: str
    text: str
    lang: str
    source: str
    license: str
    targets: dict[str, int | None] = field(default_factory=dict)
    weight: float = 1.0


def _real_targets(row: dict[str, object]) -> dict[str, int | None]:
    hateful = bool(row["hateful"])
    antisemitic = row.get("antisemitic")
    tags = [str(t) for t in row.get("tags", []) or []]  # type: ignore[attr-defined]
    unknown_if_hateful = None if hateful else 0
    threat: int | None = unknown_if_hateful
    if row["source"] == "implicit_hate" and hateful:
        threat = 1 if "implicit_class:threatening" in tags else None
    out: dict[str, int | None] = {
        "hate": int(hateful),
        "antisemitism": None if antisemitic is None else int(bool(antisemitic)),
        "threat": threat,
        "violent_extremism": unknown_if_hateful,
        "harassment": 0 if "class:neither" in tags or row["source"] == "jikeli2023" else None,
    }
    for head in SUBTYPE_HEADS:
        out[head] = 0 if out["antisemitism"] == 0 else None
    return out


# The real-posts check: a stable slice of this source is held out of training when asked.
HOLDOUT_SOURCE = "jikeli2023"


def in_holdout(row_id: str, fraction: float) -> bool:
    """Stable across runs and machines (no Python hash randomisation)."""
    return fraction > 0 and zlib.crc32(row_id.encode()) % 1000 < fraction * 1000


def load_real(
    data_dir: Path,
    limit: int | None = None,
    holdout: float = 0.0,
    holdout_sink: list[dict[str, object]] | None = None,
) -> Iterator[TrainRow]:
    """Rows of the shared corpora; raises FileNotFoundError naming a missing file.

    With `holdout` > 0, that fraction of HOLDOUT_SOURCE is skipped and appended,
    as labelled rows, to `holdout_sink`.
    """
    for name in SOURCE_FILES:
        path = data_dir / f"{name}.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"training file missing: {path}")
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                row = json.loads(line)
                if name == HOLDOUT_SOURCE and in_holdout(row["id"], holdout):
                    if holdout_sink is not None:
                        holdout_sink.append(row)
                    continue
                yield TrainRow(
                    id=row["id"],
                    text=row["text"],
                    lang=row["lang"],
                    source=row["source"],
                    license=row["license"],
                    targets=_real_targets(row),
                )


def synth_targets(row: SynthRow) -> dict[str, int | None]:
    labels = set(row.labels)
    antisemitic = any(lab.startswith("hate/antisemitism") for lab in labels)
    out: dict[str, int | None] = {
        "hate": int(any(lab.startswith("hate") for lab in labels)),
        "antisemitism": int(antisemitic),
        "threat": int("threat" in labels),
        "violent_extremism": int("violent_extremism" in labels),
        "harassment": int("harassment" in labels),
    }
    for head in SUBTYPE_HEADS:
        out[head] = int(f"hate/antisemitism/{head}" in labels)
    return out


def load_synth(limit: int | None = None) -> Iterator[TrainRow]:
    for n, row in enumerate(build_rows("train")):
        if limit is not None and n >= limit:
            break
        yield TrainRow(
            id=f"synth-{n}",
            text=row.text,
            lang=row.lang,
            source="bastion-synth",
            license="Apache-2.0",
            targets=synth_targets(row),
        )


def summarize(rows: list[TrainRow]) -> dict[str, dict[str, object]]:
    """Per-source row counts, languages and licenses, recorded in the artifact."""
    by_source: dict[str, Counter[str]] = {}
    licenses: dict[str, str] = {}
    for row in rows:
        by_source.setdefault(row.source, Counter())[row.lang] += 1
        licenses[row.source] = row.license
    return {
        source: {"rows": sum(c.values()), "langs": dict(c), "license": licenses[source]}
        for source, c in sorted(by_source.items())
    }
