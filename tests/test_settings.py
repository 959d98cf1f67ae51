"""Settings: defaults, config file, env vars, errors naming key and source, docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bastion.errors import ConfigError
from bastion.settings import SETTINGS, load_settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_every_setting_is_documented() -> None:
    headings = set(re.findall(r"^## (\S+)$", DOCS.read_text(encoding="utf-8"), re.M))
    missing = [s.name for s in SETTINGS if s.name not in headings]
    assert not missing, f"add a `## NAME` heading to docs/settings.md for {missing}"


def test_defaults_apply_without_env_or_file() -> None:
    s = load_settings(env={})
    assert s.database_url == "sqlite:///bastion.db"
    assert s.policy is None
    assert s.sources is not None and set(s.sources.values()) == {"default"}


def test_env_overrides_the_file_which_overrides_the_default(tmp_path: Path) -> None:
    cfg = tmp_path / "bastion.toml"
    cfg.write_text('database_url = "sqlite:///file.db"\nRATE_LIMIT = 5\nmax_body_bytes = 10\n')
    s = load_settings(env={"BASTION_RATE_LIMIT": "7", "BASTION_CONFIG": str(cfg)})
    assert s.database_url == "sqlite:///file.db"
    assert s.rate_limit == 7
    assert s.max_body_bytes == 10
    assert s.sources is not None
    assert s.sources["BASTION_RATE_LIMIT"] == "env"
    assert s.sources["BASTION_DATABASE_URL"] == str(cfg)


def test_a_yaml_config_file_works(tmp_path: Path) -> None:
    cfg = tmp_path / "bastion.yaml"
    cfg.write_text("BASTION_POLICY: strict.yaml\n")
    assert load_settings(env={}, config_file=cfg).policy == "strict.yaml"


def test_an_unknown_key_names_the_key_and_file(tmp_path: Path) -> None:
    cfg = tmp_path / "bastion.toml"
    cfg.write_text('databse_url = "x"\n')
    with pytest.raises(ConfigError, match=r"bastion\.toml: unknown setting `databse_url`"):
        load_settings(env={}, config_file=cfg)


def test_a_wrong_type_names_the_key_and_source(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"BASTION_RATE_LIMIT \(from environment\).*integer"):
        load_settings(env={"BASTION_RATE_LIMIT": "fast"})
    cfg = tmp_path / "c.toml"
    cfg.write_text("database_url = 5\n")
    with pytest.raises(ConfigError, match=r"BASTION_DATABASE_URL \(from config file .*c\.toml\)"):
        load_settings(env={}, config_file=cfg)


def test_a_missing_config_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(env={}, config_file=tmp_path / "nope.toml")


def test_server_processes_default_to_the_cores_and_two_on_sqlite(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(8)), raising=False)
    assert load_settings(env={}).server_processes() == 2  # the default SQLite file
    pg = {"BASTION_DATABASE_URL": "postgresql+psycopg://u@db/bastion"}
    assert load_settings(env=pg).server_processes() == 8
    assert load_settings(env={**pg, "BASTION_WORKERS": "3"}).server_processes() == 3
    with pytest.raises(ConfigError, match="BASTION_WORKERS"):
        load_settings(env={"BASTION_WORKERS": "many"})
