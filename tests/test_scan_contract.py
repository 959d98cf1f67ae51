"""The scan contract of docs/scan.md, through the library and the JSONL reader."""

from __future__ import annotations

import orjson

from bastion.engine import Engine
from bastion.models import ScanError
from bastion.scanning import parse_line, scan_lines
from bastion.taxonomy import LABELS


def test_verdict_has_every_contract_field(engine: Engine) -> None:
    record = engine.scan("Hitler was right", id="x1").to_json()
    assert set(record) == {"id", "flagged", "labels", "scores", "action", "explanation"}
    assert record["id"] == "x1"
    assert all(label in LABELS for label in record["labels"])
    assert all(0.0 <= v <= 1.0 for v in record["scores"].values())


def test_labels_come_most_specific_first(engine: Engine) -> None:
    labels = engine.scan("Hitler was right, gas the jews").labels
    depths = [label.count("/") for label in labels]
    assert depths == sorted(depths, reverse=True)


def test_invalid_utf8_line_becomes_an_error_record_with_salvaged_id() -> None:
    err = parse_line(b'{"id": "u1", "text": "caf\xe9"}', 3)
    assert isinstance(err, ScanError)
    assert (err.id, err.line, err.error) == ("u1", 3, "invalid_utf8")


def test_non_json_line_is_an_error_record() -> None:
    err = parse_line(b"this is not json", 1)
    assert isinstance(err, ScanError) and err.error == "invalid_json"


def test_missing_id_and_empty_text_are_named() -> None:
    missing = parse_line(b'{"text": "hello"}', 1)
    empty = parse_line(b'{"id": "e", "text": "   "}', 2)
    assert isinstance(missing, ScanError) and missing.error == "missing_id"
    assert isinstance(empty, ScanError) and empty.error == "empty_text" and empty.id == "e"


def test_non_object_and_wrong_types_are_named() -> None:
    assert isinstance(parse_line(b"[1, 2]", 1), ScanError)
    wrong = parse_line(b'{"id": "w", "text": 5}', 1)
    assert isinstance(wrong, ScanError) and wrong.error == "missing_text"


def test_bad_lines_do_not_stop_the_run_and_order_is_kept(engine: Engine) -> None:
    lines = [
        b'{"id": "a", "text": "I love my Jewish neighbours"}',
        b"garbage",
        b'{"id": "c", "text": "gas the jews"}',
        b'{"text": "no id"}',
        b'{"id": "e", "text": "fine"}',
    ]
    out = list(scan_lines(engine, lines, batch_size=2))
    assert [r.get("id") for r in out] == ["a", None, "c", None, "e"]
    assert [("error" in r) for r in out] == [False, True, False, True, False]
    assert out[2]["flagged"] is True and out[0]["flagged"] is False


def test_huge_text_is_truncated_and_says_so(engine: Engine) -> None:
    verdict = engine.scan("hello there " * 2000)
    assert verdict.explanation.truncated is True
    assert engine.scan("hello there").explanation.truncated is False


def test_records_serialize_to_json(engine: Engine) -> None:
    out = list(scan_lines(engine, [b'{"id": "s", "text": "H1tl3r w4s r1ght \xf0\x9f\x94\xa5"}']))
    assert orjson.loads(orjson.dumps(out[0]))["id"] == "s"


class _BrokenOnOneText(Engine):
    """A real engine with a bug on one input, to check one bad item costs one line."""

    def scan_batch(self, inputs):  # type: ignore[no-untyped-def]
        if any(i.text == "boom" for i in inputs):
            raise RuntimeError("detector bug")
        return super().scan_batch(inputs)


def test_an_internal_failure_on_one_item_costs_only_that_line() -> None:
    engine = _BrokenOnOneText()
    lines = [
        b'{"id": "a", "text": "fine"}',
        b'{"id": "b", "text": "boom"}',
        b'{"id": "c", "text": "ok"}',
    ]
    out = list(scan_lines(engine, lines))
    assert [r["id"] for r in out] == ["a", "b", "c"]
    assert out[1]["error"] == "internal_error" and "detector bug" in out[1]["message"]
    assert "flagged" in out[0] and "flagged" in out[2]


def test_parallel_workers_keep_order_and_every_line(engine: Engine) -> None:
    lines = [f'{{"id": "{n}", "text": "comment number {n}"}}'.encode() for n in range(600)]
    lines[17] = b"broken"
    serial = list(scan_lines(engine, lines, batch_size=50))
    parallel = list(scan_lines(engine, lines, batch_size=50, workers=2))
    assert parallel == serial
    assert len(parallel) == 600 and parallel[17]["error"] == "invalid_json"
