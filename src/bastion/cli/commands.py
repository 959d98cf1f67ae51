"""The CLI commands: thin wrappers over the library, with progress and clear errors."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from bastion.errors import ConfigError, ExitCode, InputError


@contextlib.contextmanager
def _open_in(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    with fh:
        yield fh


@contextlib.contextmanager
def _open_out(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        fh = open(path, "wb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
    with fh:
        yield fh


# Below this many lines a second process costs more than it saves.
PARALLEL_MIN_LINES = 2000


def _auto_workers(lines: int | None) -> int:
    if lines is None or lines < PARALLEL_MIN_LINES:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def _model_dir(args: argparse.Namespace) -> Path | None:
    if args.model is None:
        return None
    path = Path(args.model)
    if not path.is_dir():
        raise InputError(f"model folder not found: {path}")
    return path


def _count_lines(path: str) -> int | None:
    if path == "-":
        return None
    try:
        with open(path, "rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return None  # opening it for the scan reports the problem


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=False,
    )


def scan(args: argparse.Namespace) -> int:
    from bastion.engine import Engine
    from bastion.scanning import is_error, scan_lines

    engine = Engine(_model_dir(args))
    errors = 0
    show = not args.no_progress and sys.stderr.isatty()
    total = _count_lines(args.input)
    workers = args.workers or _auto_workers(total)
    with _open_in(args.input) as fin, _open_out(args.out) as fout, _progress(show) as bar:
        task = bar.add_task("scanning", total=total if show else None)
        for record in scan_lines(engine, fin, workers=workers):
            if is_error(record):
                errors += 1
            fout.write(orjson.dumps(record) + b"\n")
            bar.advance(task)
    if errors:
        print(
            f"bastion: {errors} line(s) could not be scanned; see their error records",
            file=sys.stderr,
        )
        return int(ExitCode.PARTIAL)
    return int(ExitCode.OK)


def _read_labelled(path: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with _open_in(path) as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                row = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc})") from exc
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise InputError(f"{path}:{n}: expected an object with a string `text`")
            if "hateful" not in row:
                raise InputError(f"{path}:{n}: labelled rows need `hateful` (true/false)")
            rows.append(row)
    if not rows:
        raise InputError(f"{path}: no labelled rows")
    return rows


def evaluate(args: argparse.Namespace) -> int:
    from bastion.engine import Engine
    from bastion.evaluation import evaluate as run_eval
    from bastion.taxonomy import CORE_GROUPS

    if args.data == "suite":
        from bastion.synth import build_rows

        rows = [r.to_json(f"suite-{n}") for n, r in enumerate(build_rows("suite"))]
    else:
        rows = _read_labelled(args.data)
    if args.lang:
        rows = [r for r in rows if r.get("lang") == args.lang]
    report = run_eval(Engine(_model_dir(args)), rows)
    if args.json:
        out = report.to_json()
        if args.mistakes:
            out["mistakes"] = report.mistakes[: args.mistakes]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return int(ExitCode.OK)
    console = Console()
    data = report.to_json()
    console.print(
        f"[bold]{data['n']} rows[/bold]  accuracy {data['accuracy']:.3f}  "
        f"confusion tp={data['confusion']['tp']} fp={data['confusion']['fp']} "
        f"fn={data['confusion']['fn']} tn={data['confusion']['tn']}"
    )
    for title, key in (
        ("language", "by_lang"),
        ("functionality", "by_functionality"),
        ("target group", "by_target_group"),
    ):
        if not data[key]:
            continue
        table = Table(title=f"accuracy by {title}")
        table.add_column(title)
        table.add_column("accuracy", justify="right")
        table.add_column("n", justify="right")
        for name, v in data[key].items():
            style = "red" if v["accuracy"] < 0.6 else ""
            table.add_row(name, f"{v['accuracy']:.3f}", str(v["n"]), style=style)
        console.print(table)
    if data["by_target_group_shared_tests"]:
        shared = ", ".join(f"{g} {a:.3f}" for g, a in data["by_target_group_shared_tests"].items())
        console.print(f"on the functional tests every core group shares: {shared}")
    if sum(1 for g in CORE_GROUPS if g in data["by_target_group"]) >= 2:
        console.print(
            f"target-group accuracy gap ({', '.join(CORE_GROUPS)}): {data['target_group_gap']:.3f}"
        )
    if data["labels"]:
        table = Table(title="labels")
        for col in ("label", "precision", "recall", "f1", "support"):
            table.add_column(col, justify="left" if col == "label" else "right")
        for name, v in data["labels"].items():
            table.add_row(
                name,
                f"{v['precision']:.3f}",
                f"{v['recall']:.3f}",
                f"{v['f1']:.3f}",
                str(v["support"]),
            )
        console.print(table)
    for m in report.mistakes[: args.mistakes]:
        console.print(
            f"[red]✗[/red] expected {'flag' if m['expected'] else 'allow'} "
            f"({m['functionality']}): {m['text']!r} -> {m['labels']}",
            markup=True,
            highlight=False,
        )
    return int(ExitCode.OK)


def train(args: argparse.Namespace) -> int:
    from bastion.detect.classifiers.linear import default_model_dir
    from bastion.training.fit import collect
    from bastion.training.fit import train as run_train

    data_dir = Path(args.data)
    if not data_dir.is_dir():
        raise InputError(f"training data folder not found: {data_dir} (pass --data)")
    out_dir = Path(args.out) if args.out else default_model_dir()
    console = Console(stderr=True)
    held_out: list[dict[str, Any]] = []
    try:
        rows = collect(data_dir, args.limit, args.holdout, held_out)
    except FileNotFoundError as exc:
        raise InputError(str(exc)) from exc
    console.print(f"training on {len(rows)} rows from {data_dir} and bastion's templates")
    with _progress(sys.stderr.isatty()) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = run_train(rows, out_dir, progress)
    console.print(f"wrote {out_dir} in {report.seconds:.0f}s")
    if held_out:
        path = out_dir / "holdout-jikeli2023.jsonl"
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in held_out))
        console.print(f"held out {len(held_out)} real posts: `bastion eval {path}`")
    for head, stats in report.heads.items():
        console.print(f"  {head:18} rows={int(stats['rows'])} positives={int(stats['positives'])}")
    return int(ExitCode.OK)


def suite(args: argparse.Namespace) -> int:
    from bastion.synth import build_rows

    with _open_out(args.out) as fout:
        for n, row in enumerate(build_rows("suite")):
            fout.write(orjson.dumps(row.to_json(f"suite-{n}")) + b"\n")
    return int(ExitCode.OK)


def _compiled_or_report(path: str) -> Any:
    """The compiled policy at `path`, or None after printing every error on stderr."""
    from bastion.decide import PolicyInvalid, load_policy

    try:
        return load_policy(path)
    except PolicyInvalid as exc:
        print(exc.render(), file=sys.stderr)
        return None


def policy_check(args: argparse.Namespace) -> int:
    policy = _compiled_or_report(args.file)
    if policy is None:
        return int(ExitCode.USER)
    print(f"ok: {len(policy.rules)} rules, version {policy.version}")
    return int(ExitCode.OK)


def _switches(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name or not value:
            raise InputError(f"--switch expects NAME=VALUE, got `{pair}`")
        out[name] = value
    return out


def policy_test(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from bastion.decide import Evidence, ItemContext, load_default_policy
    from bastion.decide.compare import compare, parse_case, summarize

    after = _compiled_or_report(args.file)
    before = load_default_policy() if args.base is None else _compiled_or_report(args.base)
    if after is None or before is None:
        return int(ExitCode.USER)
    cases = []
    with _open_in(args.cases) as fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise InputError(f"{args.cases}:{n}: not JSON ({exc})") from exc
            cases.append(parse_case(obj, f"{args.cases}:{n}"))
    if not cases:
        raise InputError(f"{args.cases}: no cases")
    engine = None
    decided: list[tuple[str, Evidence, ItemContext]] = []
    for case in cases:
        evidence = case.evidence
        if evidence is None:
            if engine is None:
                from bastion.engine import Engine

                engine = Engine()
            verdict = engine.scan(case.text or "", case.lang, case.id)
            evidence = Evidence(verdict.labels, verdict.scores, verdict.explanation.contexts)
        decided.append((case.id, evidence, case.context))
    diffs = compare(before, after, decided, now=datetime.now(UTC), switches=_switches(args.switch))
    summary = summarize(diffs)
    if args.json:
        out = {
            "base": {"name": before.name, "version": before.version, "source": before.source},
            "policy": {"name": after.name, "version": after.version, "source": after.source},
            "cases": [d.to_json() for d in diffs],
            "summary": summary,
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return int(ExitCode.OK)
    print(f"base: {before.name} v{before.version}   policy: {after.name} v{after.version}")
    for d in diffs:
        mark = "*" if d.changed else " "
        print(
            f"{mark} {d.id}: {d.before.action} ({d.before.rule_id}) -> "
            f"{d.after.action} ({d.after.rule_id})"
        )
    moves = ", ".join(f"{k}: {v}" for k, v in summary["transitions"].items())
    print(
        f"{summary['changed']} of {summary['cases']} decisions change"
        + (f" ({moves})" if moves else "")
        + f"; flagged {summary['flagged_before']} -> {summary['flagged_after']}"
    )
    return int(ExitCode.OK)


def _settings(args: argparse.Namespace) -> Any:
    from bastion.settings import load_settings

    return load_settings(config_file=getattr(args, "config", None))


def settings(args: argparse.Namespace) -> int:
    from bastion.settings import SETTINGS

    resolved = _settings(args)
    sources = resolved.sources or {}
    for s in SETTINGS:
        value = resolved.value(s.name)
        shown = "(shipped policy)" if s.name == "BASTION_POLICY" and value is None else value
        print(f"{s.name}={'' if shown is None else shown}  [{sources.get(s.name, 'default')}]")
        print(f"    {s.help} (default: {s.default})")
    return int(ExitCode.OK)


def serve(args: argparse.Namespace) -> int:
    import tempfile

    import uvicorn

    from bastion.api.app import (
        RATE_LIMIT_FILE_ENV,
        create_app,
        freeze_startup_heap,
        policy_for,
    )
    from bastion.errors import DependencyError
    from bastion.store import open_store

    settings = _settings(args)
    workers = args.workers or settings.server_processes()
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": "warning",
        "access_log": False,
        "loop": "auto",  # uvloop and httptools where installed (they are, but on Windows)
        "http": "auto",
    }
    # Check everything once here, and migrate the database before any process starts.
    policy_for(settings)
    try:
        open_store(settings.database_url).close()
    except DependencyError as e:
        print(f"bastion: warning: {e}; answering 503 until it is up", file=sys.stderr)
    with _decision_feed(settings):
        if workers == 1:
            app = create_app(settings)
            freeze_startup_heap()
            uvicorn.run(app, **options)
            return int(ExitCode.OK)
        if args.config:
            os.environ["BASTION_CONFIG"] = args.config
        with tempfile.TemporaryDirectory(prefix="bastion-serve-") as shared:
            # The processes' rate-limit buckets, shared so a key's limit holds across them.
            os.environ[RATE_LIMIT_FILE_ENV] = os.path.join(shared, "ratelimit.bin")
            uvicorn.run("bastion.api.app:app_from_env", factory=True, workers=workers, **options)
    return int(ExitCode.OK)


@contextlib.contextmanager
def _decision_feed(settings: Any) -> Iterator[None]:
    """The decision feed to NATS beside the server, if `BASTION_NATS_URL` is set."""
    if not settings.nats_url:
        yield
        return
    from bastion.act.feed import DecisionFeed, FeedThread
    from bastion.store import open_store

    store = open_store(settings.database_url, upgrade=False)
    thread = FeedThread(DecisionFeed(store, settings.nats_url, settings.feed_subject))
    thread.start()
    try:
        yield
    finally:
        thread.stop()
        store.close()


def feed(args: argparse.Namespace) -> int:
    import asyncio

    from bastion.act.feed import DecisionFeed, FeedThread
    from bastion.store import open_store

    settings = _settings(args)
    if not settings.nats_url:
        raise ConfigError("set BASTION_NATS_URL (e.g. nats://127.0.0.1:4222) to run the feed")
    with open_store(settings.database_url) as store:
        decision_feed = DecisionFeed(store, settings.nats_url, settings.feed_subject)
        if args.once:
            sent = asyncio.run(decision_feed.drain())
            print(f"published {sent} decisions to {settings.feed_subject}.*", file=sys.stderr)
            return int(ExitCode.OK)
        thread = FeedThread(decision_feed)
        thread.start()
        try:
            while True:
                time.sleep(3600)
        finally:
            thread.stop()


def openapi(args: argparse.Namespace) -> int:
    from bastion.api.app import create_app
    from bastion.settings import Settings

    # The schema does not depend on the settings; an unopened memory database will do.
    schema = create_app(Settings(database_url="sqlite://")).openapi()
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
    return int(ExitCode.OK)


def _actor() -> str:
    """How the audit log names a person at this terminal."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):
        return "cli"


def keys_create(args: argparse.Namespace) -> int:
    from bastion.api.keys import create_key
    from bastion.store import open_store

    with open_store(_settings(args).database_url) as store:
        secret, key = create_key(
            store, args.role, name=args.name, rate_limit=args.rate_limit, actor=_actor()
        )
    print(secret)
    limit = "" if key.rate_limit is None else f", {key.rate_limit or 'no'} rate limit"
    print(f"key {key.id} ({key.role}{limit}) created; it is shown only this once", file=sys.stderr)
    return int(ExitCode.OK)


def keys_list(args: argparse.Namespace) -> int:
    from bastion.store import open_store

    with open_store(_settings(args).database_url) as store:
        keys = store.api_keys()
    for key in keys:
        state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        limits = {None: "default", 0: "none"}
        limit = limits.get(key.rate_limit, str(key.rate_limit))
        print(
            f"{key.id}  {key.role:<9}  {state:<24}  rate/min: {limit:<8}  "
            f"created {key.created_at:%Y-%m-%d %H:%M}  {key.name or ''}".rstrip()
        )
    if not keys:
        print("no keys yet: `bastion keys create --role client`", file=sys.stderr)
    return int(ExitCode.OK)


def keys_revoke(args: argparse.Namespace) -> int:
    from bastion.api.keys import CACHE_SECONDS
    from bastion.store import open_store

    with open_store(_settings(args).database_url) as store:
        key = store.revoke_api_key(args.id, actor=_actor())
    print(
        f"key {key.id} revoked; running servers refuse it within {CACHE_SECONDS:.0f} s",
        file=sys.stderr,
    )
    return int(ExitCode.OK)


def audit_verify(args: argparse.Namespace) -> int:
    from bastion.store import open_store

    with open_store(_settings(args).database_url) as store:
        broken = store.verify()
        head = store.head()
    if broken is not None:
        print(f"audit log broken at entry {broken.seq}: {broken.reason}", file=sys.stderr)
        return int(ExitCode.USER)
    print(f"ok: {head.seq if head else 0} entries, hash chain intact")
    return int(ExitCode.OK)
