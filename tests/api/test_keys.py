"""`bastion keys create|list|revoke`, and how a revoked key stops working (`KeyRing`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import bastion.api.app as app_module
from api.conftest import Api
from bastion.api.app import create_app
from bastion.api.keys import CACHE_SECONDS, ApiKey, KeyRing, create_key, hash_key
from bastion.cli.main import main
from bastion.engine import Engine
from bastion.settings import Settings
from bastion.store import Store, open_store


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    monkeypatch.setenv("BASTION_DATABASE_URL", url)
    monkeypatch.delenv("BASTION_CONFIG", raising=False)
    return url


def create(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    """`bastion keys create ARGS`: (the secret printed, the key's id)."""
    assert main(["keys", "create", *args]) == 0
    out = capsys.readouterr().out.strip()
    secret = out.splitlines()[-1]
    assert secret.startswith("bst_")
    key_id = secret.split("_")[1]
    return secret, key_id


def listed(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """`bastion keys list`: each key's line by its id."""
    assert main(["keys", "list"]) == 0
    out = capsys.readouterr().out
    return {line.split()[0]: line for line in out.splitlines() if line.strip()}


def moderator_api(db: str, engine: Engine, secret: str) -> Api:
    return Api(create_app(Settings(database_url=db), engine=engine), {"moderator": secret})


def test_a_created_key_is_printed_once_and_listed_without_its_secret(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "create", "--role", "client", "--name", "bob", "--rate-limit", "5"]) == 0
    captured = capsys.readouterr()
    [secret] = captured.out.split()
    assert secret.startswith("bst_")
    key_id = secret.split("_")[1]
    assert key_id in captured.err and "shown only this once" in captured.err

    lines = listed(capsys)
    assert list(lines) == [key_id]
    line = lines[key_id]
    fields = line.split()
    assert fields[1] == "client"
    assert "active" in line
    assert "rate/min: 5 " in line
    assert fields[-1] == "bob"
    assert secret not in line
    assert secret.split("_", 2)[2] not in line  # not even the random part


def test_a_key_without_its_own_rate_uses_the_default(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, key_id = create(capsys, "--role", "admin")
    line = listed(capsys)[key_id]
    assert line.split()[1] == "admin"
    assert "rate/min: default" in line


def test_listing_no_keys_says_how_to_create_one(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "bastion keys create" in captured.err


@pytest.mark.parametrize("value", ["-1", "many"])
def test_a_bad_rate_limit_is_refused_by_the_parser(
    db: str, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["keys", "create", "--role", "client", "--rate-limit", value])
    assert exc.value.code == 2
    assert "--rate-limit" in capsys.readouterr().err
    assert main(["keys", "list"]) == 0  # nothing was created
    assert capsys.readouterr().out == ""


def test_an_unknown_role_is_refused_by_the_parser(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["keys", "create", "--role", "root"])
    assert exc.value.code == 2
    assert "--role" in capsys.readouterr().err


def test_a_revoked_key_is_refused_by_a_new_app(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    secret, key_id = create(capsys, "--role", "moderator")
    other, _ = create(capsys, "--role", "moderator")
    assert (
        moderator_api(db, engine, secret).call("GET", "/v1/decisions", role="moderator").status_code
        == 200
    )

    assert main(["keys", "revoke", key_id]) == 0
    assert key_id in capsys.readouterr().err

    r = moderator_api(db, engine, secret).call("GET", "/v1/decisions", role="moderator")
    assert r.status_code == 401
    assert "revoked" in r.json()["error"]["message"]
    # Only that key: another one still works.
    assert (
        moderator_api(db, engine, other).call("GET", "/v1/decisions", role="moderator").status_code
        == 200
    )
    assert "revoked" in listed(capsys)[key_id]


def test_a_running_app_refuses_a_revoked_key_once_its_cache_expires(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]

    def ring(store: Store) -> KeyRing:  # the app's key ring, on a clock the test moves
        return KeyRing(store, clock=lambda: now[0])

    monkeypatch.setattr(app_module, "KeyRing", ring)
    secret, key_id = create(capsys, "--role", "moderator")
    api = moderator_api(db, engine, secret)
    assert api.call("GET", "/v1/decisions", role="moderator").status_code == 200

    assert main(["keys", "revoke", key_id]) == 0
    now[0] += CACHE_SECONDS - 1
    assert api.call("GET", "/v1/decisions", role="moderator").status_code == 200  # cached
    now[0] += 1
    r = api.call("GET", "/v1/decisions", role="moderator")
    assert r.status_code == 401
    assert "revoked" in r.json()["error"]["message"]


def test_the_key_ring_caches_an_answer_for_its_ttl(tmp_path: Path) -> None:
    now = [100.0]
    with open_store(f"sqlite:///{tmp_path / 'ring.db'}") as store:
        secret, record = create_key(store, "client", name="bob", rate_limit=7, actor="test")
        ring = KeyRing(store, ttl=10.0, clock=lambda: now[0])
        assert ring.cached(secret) == (False, None)
        expected = ApiKey(record.id, "client", "bob", 7)
        assert ring.check(secret) == expected
        assert ring.cached(secret) == (True, expected)

        store.revoke_api_key(record.id, actor="test")
        now[0] += 9.9
        assert ring.check(secret) == expected  # still cached: within the ttl
        now[0] += 0.2
        assert ring.cached(secret) == (False, None)
        assert ring.check(secret) is None
        assert ring.cached(secret) == (True, None)  # the refusal is cached too

        # An unknown secret is refused, and its refusal cached.
        assert ring.check("bst_nope_nope") is None
        assert ring.cached("bst_nope_nope") == (True, None)


def test_revoking_an_unknown_key_exits_2_naming_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    create(capsys, "--role", "client")
    assert main(["keys", "revoke", "deadbeef0000"]) == 2
    err = capsys.readouterr().err
    assert "deadbeef0000" in err
    assert "bastion keys list" in err
    assert "Traceback" not in err


def test_revoking_twice_changes_nothing(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, key_id = create(capsys, "--role", "client")
    assert main(["keys", "revoke", key_id]) == 0
    first = listed(capsys)[key_id]
    assert main(["keys", "revoke", key_id]) == 0
    capsys.readouterr()
    assert listed(capsys)[key_id] == first
    with open_store(db) as store:
        assert [e.action for e in store.entries(0, 100)] == ["key_created", "key_revoked"]


def test_creating_and_revoking_keys_is_audited(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    secret, key_id = create(capsys, "--role", "client", "--name", "bob", "--rate-limit", "5")
    assert main(["keys", "revoke", key_id]) == 0
    capsys.readouterr()

    with open_store(db) as store:
        entries = store.entries(0, 100)
        assert [(e.action, e.subject) for e in entries] == [
            ("key_created", f"key:{key_id}"),
            ("key_revoked", f"key:{key_id}"),
        ]
        created, revoked = entries
        assert created.actor.startswith("cli")
        assert created.after["role"] == "client"
        assert created.after["name"] == "bob"
        assert created.after["rate_limit"] == 5
        assert revoked.before["revoked_at"] is None
        assert revoked.after["revoked_at"] is not None
        # Neither the secret nor its hash is written to the log.
        for e in entries:
            text = str((e.before, e.after))
            assert secret not in text
            assert hash_key(secret) not in text

    assert main(["audit", "verify"]) == 0
    assert "ok: 2 entries" in capsys.readouterr().out


def test_an_unlimited_key_is_listed_as_unlimited(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, key_id = create(capsys, "--role", "client", "--rate-limit", "0")
    line = listed(capsys)[key_id]
    assert "rate/min: 0 " not in line
    assert "rate/min: none" in line
