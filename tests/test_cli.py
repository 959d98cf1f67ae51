"""`bastion` commands run as a user runs them: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BASTION = [sys.executable, "-m", "bastion.cli.main"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*BASTION, *args], input=stdin, capture_output=True, timeout=300)


def test_scan_file_writes_one_record_per_line_and_exit_code_says_some_failed(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "1", "text": "Hitler was right"}\n'
        b"not json\n"
        b'{"id": "3", "text": "caf\xe9 \xff"}\n'
        b'{"id": "4", "text": "I hope you have a lovely shabbat"}\n'
    )
    out = tmp_path / "out.jsonl"
    proc = run("scan", str(src), "--out", str(out))
    assert proc.returncode == 4, proc.stderr
    assert b"2 line(s) could not be scanned" in proc.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r.get("id") for r in records] == ["1", None, "3", "4"]
    assert records[0]["flagged"] is True
    assert records[1]["error"] == "invalid_json" and records[2]["error"] == "invalid_utf8"
    assert records[3]["flagged"] is False


def test_scan_reads_stdin_and_writes_stdout() -> None:
    proc = run("scan", stdin=b'{"id": "a", "text": "les juifs sont des rats", "lang": "fr"}\n')
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["flagged"] is True
    assert "hate/antisemitism" in record["labels"]


def test_missing_input_file_is_a_user_error_without_traceback(tmp_path: Path) -> None:
    proc = run("scan", str(tmp_path / "nope.jsonl"))
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr and b"cannot read" in proc.stderr


def test_eval_prints_per_label_language_and_group_figures(tmp_path: Path) -> None:
    data = tmp_path / "gold.jsonl"
    rows = [
        {
            "text": "jews are vermin",
            "hateful": True,
            "lang": "en",
            "targets": ["jews"],
            "functionality": "dehumanization",
            "labels": ["hate/antisemitism/dehumanization"],
        },
        {
            "text": "I love my muslim neighbours",
            "hateful": False,
            "lang": "en",
            "targets": ["muslims"],
            "functionality": "identity_positive",
            "labels": [],
        },
        {
            "text": "les femmes sont des déchets",
            "hateful": True,
            "lang": "fr",
            "targets": ["women"],
            "functionality": "dehumanization",
            "labels": ["hate/women"],
        },
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    proc = run("eval", str(data), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["n"] == 3
    assert set(report["by_lang"]) == {"en", "fr"}
    assert set(report["by_target_group"]) == {"jews", "muslims", "women"}
    assert "hate/antisemitism" in report["labels"]
    human = run("eval", str(data))
    assert human.returncode == 0 and b"accuracy by functionality" in human.stdout


@pytest.mark.parametrize("bad", ["[]", '{"text": "no label"}'])
def test_eval_rejects_unlabelled_data_with_the_line(tmp_path: Path, bad: str) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(bad + "\n")
    proc = run("eval", str(data))
    assert proc.returncode == 2
    assert f"{data}:1".encode() in proc.stderr
