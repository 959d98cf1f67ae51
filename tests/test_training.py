"""`bastion train` runs on CPU, writes a loadable, data-only, reproducible artifact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import SHARED_TRAIN

from bastion.detect.classifiers.linear import LinearModel
from bastion.engine import Engine
from bastion.errors import ModelError

needs_corpus = pytest.mark.skipif(
    not SHARED_TRAIN.is_dir(), reason=f"training corpus not found at {SHARED_TRAIN}"
)


def train(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "bastion.cli.main",
            "train",
            "--data",
            str(SHARED_TRAIN),
            "--out",
            str(out),
            "--limit",
            "300",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )


@needs_corpus
def test_quick_training_writes_a_loadable_artifact_that_records_its_sources(
    tmp_path: Path,
) -> None:
    proc = train(tmp_path / "m", "--holdout", "0.5")
    assert proc.returncode == 0, proc.stderr
    meta = json.loads((tmp_path / "m" / "linear.json").read_text())
    assert {"jikeli2023", "bastion-synth", "stormfront"} <= set(meta["trained_on"])
    assert meta["trained_on"]["stormfront"]["license"] == "CC-BY-SA-3.0-ES"
    held_out = (tmp_path / "m" / "holdout-jikeli2023.jsonl").read_text().splitlines()
    assert held_out and all(json.loads(line)["source"] == "jikeli2023" for line in held_out)
    verdict = Engine(tmp_path / "m").scan("hello there")
    assert set(verdict.scores) >= {"hate", "threat"}


@needs_corpus
def test_training_is_reproducible(tmp_path: Path) -> None:
    assert train(tmp_path / "a").returncode == 0
    assert train(tmp_path / "b").returncode == 0
    a = np.load(tmp_path / "a" / "linear.npz", allow_pickle=False)
    b = np.load(tmp_path / "b" / "linear.npz", allow_pickle=False)
    for key in a.files:
        assert np.array_equal(a[key], b[key]), key


def test_missing_artifact_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="bastion train"):
        LinearModel.load(tmp_path)


def test_missing_training_folder_is_a_user_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bastion.cli.main", "train", "--data", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "training data folder not found" in proc.stderr
