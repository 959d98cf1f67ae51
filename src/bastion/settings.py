"""Settings as data: `SETTINGS` is the one table of `Setting(name, default, help)`.

Values come, lowest to highest priority, from the defaults, a config file (TOML or YAML,
keys are setting names, with or without the `BASTION_` prefix, any case) and environment
variables. An unknown key or a value of the wrong type raises `ConfigError` naming the key
and where it came from. See docs/settings.md.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bastion.errors import ConfigError

CONFIG_ENV = "BASTION_CONFIG"  # the path of the config file, if any


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its environment variable name, default value and help line."""

    name: str
    default: str | int | None
    help: str
    type: type = str

    @property
    def field(self) -> str:
        """The attribute of `Settings` holding it: `BASTION_DATABASE_URL` -> `database_url`."""
        return self.name.removeprefix("BASTION_").lower()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "BASTION_DATABASE_URL",
        "sqlite:///bastion.db",
        "database URL: sqlite:///PATH, sqlite:// (memory) or postgresql+psycopg://USER@HOST/DB",
    ),
    Setting("BASTION_POLICY", None, "policy YAML file (default: the shipped default policy)"),
    Setting(
        "BASTION_POLICY_SWITCHES",
        None,
        "the policy's switch values, NAME=VALUE,... (e.g. contested_slogans=allow); "
        "unset switches keep their defaults",
    ),
    Setting(
        "BASTION_NATS_URL",
        None,
        "NATS server URL (nats://127.0.0.1:4222): `bastion serve` then publishes every "
        "decision to JetStream; unset, no feed runs",
    ),
    Setting(
        "BASTION_FEED_SUBJECT",
        "bastion.decisions",
        "JetStream subject prefix of the decision feed: decisions go to PREFIX.<action>, "
        "in the stream named after the prefix (BASTION_DECISIONS by default)",
    ),
    Setting(
        "BASTION_MAX_BODY_BYTES",
        1_000_000,
        "largest request body the API accepts, in bytes; larger ones get 413",
        int,
    ),
    Setting(
        "BASTION_WORKERS",
        None,
        "server processes `bastion serve` runs (each loads the model: about 250 MB); "
        "unset: one per CPU core, at most 2 on SQLite",
        int,
    ),
    Setting(
        "BASTION_RATE_LIMIT",
        600,
        "requests per minute per API key (token bucket, burst of the same size); 0 turns it off",
        int,
    ),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved values; `sources` says where each came from (`default`, a file, `env`)."""

    database_url: str = "sqlite:///bastion.db"
    policy: str | None = None
    policy_switches: str | None = None
    nats_url: str | None = None
    feed_subject: str = "bastion.decisions"
    max_body_bytes: int = 1_000_000
    workers: int | None = None
    rate_limit: int = 600
    sources: Mapping[str, str] | None = None

    def value(self, name: str) -> Any:
        return getattr(self, BY_NAME[name].field)

    def server_processes(self) -> int:
        """`workers`; unset (or 0): one per CPU core, and on SQLite at most two (one writer
        at a time: past two processes, the others mostly wait for it)."""
        if self.workers:
            return self.workers
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        cores = cores or 1
        return min(cores, 2) if self.database_url.startswith("sqlite") else cores

    def switches(self) -> dict[str, str]:
        """`BASTION_POLICY_SWITCHES` as a mapping (the policy checks names and values)."""
        out: dict[str, str] = {}
        for part in (self.policy_switches or "").split(","):
            if not part.strip():
                continue
            name, eq, value = part.partition("=")
            if not eq or not name.strip() or not value.strip():
                raise ConfigError(
                    f"BASTION_POLICY_SWITCHES: {part.strip()!r} is not NAME=VALUE "
                    "(e.g. contested_slogans=allow)"
                )
            out[name.strip()] = value.strip()
        return out


def _convert(setting: Setting, raw: object, source: str) -> str | int | None:
    where = f"{setting.name} (from {source})"
    if setting.type is int:
        if isinstance(raw, bool):
            raise ConfigError(f"{where}: expected an integer, got {raw!r}")
        if isinstance(raw, int):
            value = raw
        elif isinstance(raw, str):
            try:
                value = int(raw.strip())
            except ValueError:
                raise ConfigError(f"{where}: expected an integer, got {raw!r}") from None
        else:
            raise ConfigError(f"{where}: expected an integer, got {type(raw).__name__}")
        if value < 0:
            raise ConfigError(f"{where}: must not be negative, got {value}")
        return value
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ConfigError(f"{where}: expected a string, got {type(raw).__name__} {raw!r}")
    return raw


def read_config_file(path: str | Path) -> dict[str, object]:
    """The key/value table of a TOML (`.toml`) or YAML config file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"config file {p}: cannot read it: {e.strerror}") from None
    try:
        data: object = tomllib.loads(text) if p.suffix == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as e:
        raise ConfigError(f"config file {p}: does not parse: {e}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {p}: expected a table of settings at the top level")
    return {str(k): v for k, v in data.items()}


def load_settings(
    env: Mapping[str, str] | None = None, config_file: str | Path | None = None
) -> Settings:
    """Defaults, then `config_file` (or the file `$BASTION_CONFIG` names), then env vars."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {s.field: s.default for s in SETTINGS}
    sources: dict[str, str] = {s.name: "default" for s in SETTINGS}
    path = config_file if config_file is not None else env.get(CONFIG_ENV) or None
    if path is not None:
        for key, raw in read_config_file(path).items():
            name = key.upper()
            if not name.startswith("BASTION_"):
                name = "BASTION_" + name
            setting = BY_NAME.get(name)
            if setting is None:
                known = ", ".join(s.name for s in SETTINGS)
                raise ConfigError(f"config file {path}: unknown setting `{key}` (known: {known})")
            values[setting.field] = _convert(setting, raw, f"config file {path}")
            sources[setting.name] = str(path)
    for setting in SETTINGS:
        if setting.name in env:
            values[setting.field] = _convert(setting, env[setting.name], "environment")
            sources[setting.name] = "env"
    return Settings(**values, sources=sources)
