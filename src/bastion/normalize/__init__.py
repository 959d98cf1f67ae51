"""Normalization: raw text -> `NormalizedText` (folded, de-obfuscated, with an offset map)."""

from bastion.normalize.pipeline import MAX_CHARS, normalize

__all__ = ["MAX_CHARS", "normalize"]
