"""The scan contract over JSONL: input lines -> verdict or error records, same order.

A line that cannot be scanned becomes an error record naming its id (when it
can be read) and the problem; the run goes on, and nothing is dropped.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
import regex

from bastion.engine import Engine, ScanInput
from bastion.models import ScanError

BATCH_SIZE = 256
_ID_IN_BROKEN_LINE = regex.compile(rb'"id"\s*:\s*"((?:[^"\\]|\\.){1,200})"')


@dataclass(frozen=True, slots=True)
class ScanStats:
    lines: int
    errors: int


def _salvage_id(raw: bytes) -> str | None:
    m = _ID_IN_BROKEN_LINE.search(raw)
    return m.group(1).decode("utf-8", "replace") if m else None


def parse_line(raw: bytes, line_no: int) -> ScanInput | ScanError:
    """One input line -> a scan input, or the error record that replaces it."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ScanError(
            _salvage_id(raw),
            line_no,
            "invalid_utf8",
            f"line {line_no}: not valid UTF-8 at byte {exc.start}; re-encode the input as UTF-8",
        )
    try:
        record = orjson.loads(decoded)
    except orjson.JSONDecodeError as exc:
        return ScanError(
            _salvage_id(raw), line_no, "invalid_json", f"line {line_no}: not JSON ({exc})"
        )
    if not isinstance(record, dict):
        return ScanError(
            None,
            line_no,
            "invalid_record",
            f"line {line_no}: expected a JSON object, got {type(record).__name__}",
        )
    rid = record.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str) or not rid:
        return ScanError(
            None,
            line_no,
            "missing_id",
            f"line {line_no}: field `id` (a non-empty string) is missing",
        )
    text = record.get("text")
    if not isinstance(text, str):
        return ScanError(
            rid,
            line_no,
            "missing_text",
            f"line {line_no} (id {rid}): field `text` must be a string",
        )
    if not text.strip():
        return ScanError(rid, line_no, "empty_text", f"line {line_no} (id {rid}): `text` is empty")
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        return ScanError(
            rid, line_no, "invalid_lang", f"line {line_no} (id {rid}): `lang` must be a string"
        )
    return ScanInput(rid, text, lang)


def _batches(lines: Iterable[bytes], batch_size: int) -> Iterator[list[ScanInput | ScanError]]:
    """Parsed lines in batches; blank lines are skipped (they hold no item)."""
    pending: list[ScanInput | ScanError] = []
    for line_no, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        pending.append(parse_line(raw.rstrip(b"\r\n"), line_no))
        if len(pending) >= batch_size:
            yield pending
            pending = []
    if pending:
        yield pending


def scan_lines(
    engine: Engine, lines: Iterable[bytes], batch_size: int = BATCH_SIZE, workers: int = 1
) -> Iterator[dict[str, Any]]:
    """Output records in input order, one per non-blank input line.

    With `workers` > 1, batches are scanned by forked processes that share the
    loaded engine (copy-on-write: no second model load), in order.
    """
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        for batch in _batches(lines, batch_size):
            yield from _scan_pending(engine, batch)
        return
    global _FORKED_ENGINE
    _FORKED_ENGINE = engine
    with mp.get_context("fork").Pool(workers) as pool:
        for records in pool.imap(_scan_in_worker, _batches(lines, batch_size)):
            yield from records


# The engine a forked worker inherits from its parent (set just before forking).
_FORKED_ENGINE: Engine | None = None


def _scan_in_worker(batch: list[ScanInput | ScanError]) -> list[dict[str, Any]]:
    assert _FORKED_ENGINE is not None, "workers are forked after the engine is set"
    return _scan_pending(_FORKED_ENGINE, batch)


def _scan_pending(engine: Engine, pending: list[ScanInput | ScanError]) -> list[dict[str, Any]]:
    """Records for a batch; if the batch fails, item by item, so one bad item costs one line."""
    inputs = [p for p in pending if isinstance(p, ScanInput)]
    try:
        verdicts = iter(engine.scan_batch(inputs)) if inputs else iter(())
        return [
            p.to_json() if isinstance(p, ScanError) else next(verdicts).to_json() for p in pending
        ]
    except Exception:
        pass
    out: list[dict[str, Any]] = []
    for p in pending:
        if isinstance(p, ScanError):
            out.append(p.to_json())
            continue
        try:
            out.append(engine.scan_batch([p])[0].to_json())
        except Exception as exc:
            out.append(
                {
                    "id": p.id,
                    "error": "internal_error",
                    "message": f"id {p.id}: could not be scanned ({type(exc).__name__}: {exc}); "
                    "please report this as a bug",
                }
            )
    return out


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record
