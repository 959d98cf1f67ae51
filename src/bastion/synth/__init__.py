"""Synthetic data written by us: template banks for training and for the functional suite."""

from __future__ import annotations

from bastion.synth import antisemitism, general_en, general_fr
from bastion.synth.base import Bank, SynthRow

GENERATORS = (general_en, general_fr, antisemitism)

__all__ = ["Bank", "SynthRow", "build_rows"]


def build_rows(bank: Bank) -> list[SynthRow]:
    """Every generator's rows for `bank`, exact duplicates (same text and lang) removed."""
    seen: set[tuple[str, str]] = set()
    out: list[SynthRow] = []
    for generator in GENERATORS:
        for row in generator.rows(bank):
            key = (row.text, row.lang)
            if key not in seen:
                seen.add(key)
                out.append(row)
    return out
