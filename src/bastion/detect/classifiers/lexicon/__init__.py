"""Explainable lexicon detectors: group mentions (`targets.yaml`) and tropes (`tropes.yaml`)."""

from __future__ import annotations

from bastion.detect.classifiers.lexicon._catalogue import CatalogueError
from bastion.detect.classifiers.lexicon.targets import (
    Mention,
    MentionKind,
    TargetCatalogue,
    TargetDetector,
    default_targets,
    find_mentions,
    load_targets,
)
from bastion.detect.classifiers.lexicon.tropes import (
    TropeCatalogue,
    TropeDetector,
    TropeEntry,
    TropeHit,
    default_tropes,
    load_tropes,
)

__all__ = [
    "CatalogueError",
    "Mention",
    "MentionKind",
    "TargetCatalogue",
    "TargetDetector",
    "TropeCatalogue",
    "TropeDetector",
    "TropeEntry",
    "TropeHit",
    "default_targets",
    "default_tropes",
    "find_mentions",
    "load_targets",
    "load_tropes",
]
