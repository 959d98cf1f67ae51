"""`bastion policy check|test` run as a user runs them: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from policy_helpers import FIXTURES, check_snapshot

DEFAULT_YAML = Path(__file__).resolve().parents[2] / "src/bastion/data/policies/default.yaml"
BASTION = [sys.executable, "-m", "bastion.cli.main"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BASTION, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_check_accepts_the_default_policy() -> None:
    proc = run("policy", "check", str(DEFAULT_YAML))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "ok: 9 rules, version 1\n"


def test_check_prints_every_error_on_stderr_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text((FIXTURES / "broken.yaml").read_text())
    proc = run("policy", "check", "policy.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    check_snapshot("broken_rendered.txt", proc.stderr)


def test_check_of_a_missing_file_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    proc = run("policy", "check", str(tmp_path / "nope.yaml"))
    assert proc.returncode == 2
    assert proc.stderr.startswith("bastion: error: cannot read policy")
    assert len(proc.stderr.splitlines()) == 1


def _write_cases(tmp_path: Path) -> Path:
    cases = tmp_path / "cases.jsonl"
    rows = [
        {"id": "slogan", "labels": ["contested"], "scores": {"contested": 0.9}},
        {"id": "hate", "labels": ["hate"], "scores": {"hate": 0.95}},
        {"id": "clean", "labels": []},
        {
            "id": "wave",
            "labels": ["harassment"],
            "scores": {"harassment": 0.8},
            "context": {"surface": "comment", "target_in_harassment_wave": True},
        },
        {"id": "text", "text": "I hope you have a lovely shabbat"},
    ]
    cases.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return cases


def _allowing_policy(tmp_path: Path) -> Path:
    text = DEFAULT_YAML.read_text()
    text = text.replace("    default: review\n", "    default: allow\n")
    text = text.replace('version: "1"', 'version: "2"')
    path = tmp_path / "allow.yaml"
    path.write_text(text)
    return path


def test_policy_test_shows_which_decisions_a_change_would_change(tmp_path: Path) -> None:
    proc = run("policy", "test", str(_allowing_policy(tmp_path)), str(_write_cases(tmp_path)))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "base: default v1   policy: default v2"
    assert "* slogan: review (default.review) -> allow (default.contested.allow)" in lines
    assert "  hate: remove (default.violating) -> remove (default.violating)" in lines
    # The text case is scanned by the engine first; whatever it finds, both policies agree.
    assert any(line.startswith("  text: ") for line in lines)
    assert lines[-1] == "1 of 5 decisions change (review -> allow: 1); flagged 2 -> 2"


def test_policy_test_json_with_a_switch_override(tmp_path: Path) -> None:
    proc = run(
        "policy",
        "test",
        str(DEFAULT_YAML),
        str(_write_cases(tmp_path)),
        "--switch",
        "harassment_wave_strict=off",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["summary"] == {
        "cases": 5,
        "changed": 1,
        "transitions": {"hold -> review": 1},
        "flagged_before": 2,
        "flagged_after": 1,
    }
    wave = next(c for c in out["cases"] if c["id"] == "wave")
    assert wave["changed"] is True
    assert wave["after"]["switches"]["harassment_wave_strict"] == "off"
    assert wave["before"]["effects"][0] == {
        "type": "hold",
        "rule_id": "default.harassment_wave",
        "policy_version": "1",
    }


def test_policy_test_rejects_a_bad_case_line_naming_it(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": "a", "labels": ["hate/antisemtism"]}\n')
    proc = run("policy", "test", str(DEFAULT_YAML), str(cases))
    assert proc.returncode == 2
    assert f"{cases}:1: unknown label `hate/antisemtism`" in proc.stderr


def test_policy_test_of_an_invalid_policy_prints_its_errors_and_exits_2(tmp_path: Path) -> None:
    proc = run("policy", "test", str(FIXTURES / "broken.yaml"), str(_write_cases(tmp_path)))
    assert proc.returncode == 2
    assert "unknown label `hate/antisemtism`" in proc.stderr
