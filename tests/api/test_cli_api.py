"""`bastion settings`, `keys create`, `audit verify`."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from api.conftest import Api
from bastion.api.app import create_app
from bastion.cli.main import main
from bastion.engine import Engine
from bastion.settings import Settings


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("BASTION_DATABASE_URL", url)
    monkeypatch.delenv("BASTION_CONFIG", raising=False)
    return url


def test_settings_lists_every_setting_with_value_and_source(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert f"BASTION_DATABASE_URL={db}  [env]" in out
    assert "BASTION_RATE_LIMIT=600  [default]" in out


def test_a_created_key_is_printed_once_and_works(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "create", "--role", "moderator"]) == 0
    secret = capsys.readouterr().out.strip()
    assert secret.startswith("bst_")
    api = Api(create_app(Settings(database_url=db), engine=engine), {"moderator": secret})
    assert api.call("GET", "/v1/decisions", role="moderator").status_code == 200
    # Stored hashed: the secret is nowhere in the database.
    eng = sa.create_engine(db)
    with eng.connect() as conn:
        rows = conn.exec_driver_sql("SELECT key_hash, role FROM api_keys").all()
    eng.dispose()
    assert rows and all(secret not in r[0] for r in rows)


def test_audit_verify_passes_then_names_a_tampered_entry(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "create", "--role", "client"]) == 0
    secret = capsys.readouterr().out.strip()
    api = Api(create_app(Settings(database_url=db), engine=engine), {"client": secret})
    for text in ("hello", "bye"):
        assert api.call("POST", "/v1/moderate", json={"text": text}).status_code == 200
    api.app.state.backend.close()
    assert main(["audit", "verify"]) == 0
    assert "ok: 3 entries" in capsys.readouterr().out  # the key's creation, two decisions
    eng = sa.create_engine(db)
    with eng.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    eng.dispose()
    assert main(["audit", "verify"]) == 2
    assert "broken at entry 1" in capsys.readouterr().err
