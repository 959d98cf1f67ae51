"""The `bastion` command line: scan, eval, train, suite.

Errors are raised as `BastionError`s and caught once here: one line on stderr,
no traceback, and the exit code of `bastion.errors.ExitCode`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bastion.cli import commands
from bastion.errors import BastionError, ExitCode


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bastion",
        description="Open-source trust & safety engine: explainable EN/FR hate and "
        "antisemitism detection.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    scan = sub.add_parser(
        "scan",
        help="scan JSONL comments into verdicts",
        description="Read JSONL lines {id, text, lang?} and write one verdict (or error) record "
        "per line, in order. Exit code 4 when some lines could not be scanned.",
    )
    scan.add_argument("input", nargs="?", default="-", help="input JSONL file (default: stdin)")
    scan.add_argument("--out", "-o", default="-", help="output JSONL file (default: stdout)")
    scan.add_argument(
        "--no-progress", action="store_true", help="never show a progress bar on stderr"
    )
    scan.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="processes scanning in parallel (default: one per core, up to 4, for inputs of "
        "2,000 lines or more; else 1)",
    )
    scan.add_argument(
        "--model", default=None, metavar="DIR", help="model artifact folder (default: shipped)"
    )
    scan.set_defaults(func=commands.scan)

    ev = sub.add_parser(
        "eval",
        help="measure accuracy on labelled JSONL",
        description="Per-label precision/recall/F1, per-language, per-functionality and "
        "per-target-group accuracy, and the flagged confusion table. DATA is a labelled JSONL "
        "file, or `suite` for bastion's own functional test suite.",
    )
    ev.add_argument("data", help="labelled JSONL file, or `suite`")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument(
        "--mistakes", type=int, default=0, metavar="N", help="also list N misclassified rows"
    )
    ev.add_argument("--lang", choices=["en", "fr"], help="only rows in this language")
    ev.add_argument(
        "--model", default=None, metavar="DIR", help="model artifact folder (default: shipped)"
    )
    ev.set_defaults(func=commands.evaluate)

    tr = sub.add_parser(
        "train",
        help="train the linear model and write its artifact",
        description="Fit the model on the shared training corpora plus bastion's own "
        "synthetic templates, and write linear.npz + linear.json (with data sources).",
    )
    tr.add_argument(
        "--data",
        default="../shared/data/train",
        help="folder of labelled training JSONL (default: ../shared/data/train)",
    )
    tr.add_argument(
        "--out",
        default=None,
        help="artifact folder (default: the package's shipped model folder)",
    )
    tr.add_argument(
        "--limit", type=int, default=None, help="use at most N rows per source (quick runs)"
    )
    tr.add_argument(
        "--holdout",
        type=float,
        default=0.0,
        metavar="FRACTION",
        help="keep this fraction of the real antisemitism posts (jikeli2023) out of training and "
        "write them beside the artifact, to measure real-post accuracy honestly",
    )
    tr.set_defaults(func=commands.train)

    su = sub.add_parser(
        "suite",
        help="write bastion's functional test suite as labelled JSONL",
        description="Export the functional test suite (templates x targets x functionalities, "
        "EN and FR) that `bastion eval suite` runs.",
    )
    su.add_argument("--out", "-o", default="-", help="output JSONL (default: stdout)")
    su.set_defaults(func=commands.suite)

    po = sub.add_parser(
        "policy",
        help="check a policy file, or show what a policy change would change",
        description="Policies are versioned YAML (docs/policy.md).",
    )
    po_sub = po.add_subparsers(dest="policy_command", required=True, metavar="SUBCOMMAND")
    pc = po_sub.add_parser(
        "check",
        help="validate a policy file",
        description="Validate FILE and print `ok: N rules, version V`; on errors print every "
        "one (file:line:col) on stderr and exit 2.",
    )
    pc.add_argument("file", help="policy YAML file")
    pc.set_defaults(func=commands.policy_check)
    pt = po_sub.add_parser(
        "test",
        help="diff decisions of the default policy (or --base) and FILE on test cases",
        description="Decide every case of CASES (JSONL: {id, labels, scores?, contexts?, "
        "context?} or {id, text, lang?, context?}, text being scanned first) under the "
        "default policy and under FILE, print both per case and how many decisions change.",
    )
    pt.add_argument("file", help="policy YAML file to test")
    pt.add_argument("cases", help="test cases, JSONL")
    pt.add_argument(
        "--base", default=None, metavar="FILE", help="compare with this policy (default: shipped)"
    )
    pt.add_argument(
        "--switch",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a switch of FILE (repeatable)",
    )
    pt.add_argument("--json", action="store_true", help="print the diff as JSON")
    pt.set_defaults(func=commands.policy_test)

    cfg_help = "config file, TOML or YAML (default: $BASTION_CONFIG; see docs/settings.md)"

    st = sub.add_parser(
        "settings",
        help="list the settings with their values and help",
        description="Print every setting, its value, where the value came from, and its help.",
    )
    st.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    st.set_defaults(func=commands.settings)

    sv = sub.add_parser(
        "serve",
        help="run the REST API",
        description="Serve the REST API (docs/api.md) with uvicorn.",
    )
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    sv.add_argument(
        "--workers",
        type=_non_negative,
        default=0,
        metavar="N",
        help="server processes (default: BASTION_WORKERS, else one per core, at most 2 on SQLite)",
    )
    sv.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    sv.set_defaults(func=commands.serve)

    oa = sub.add_parser(
        "openapi",
        help="print the API's OpenAPI schema",
        description="Write the OpenAPI 3 schema of `bastion serve` (published as "
        "docs/openapi.json).",
    )
    oa.add_argument("--out", "-o", default="-", help="output file (default: stdout)")
    oa.set_defaults(func=commands.openapi)

    ke = sub.add_parser("keys", help="manage API keys", description="API keys (docs/api.md).")
    ke_sub = ke.add_subparsers(dest="keys_command", required=True, metavar="SUBCOMMAND")
    kc = ke_sub.add_parser(
        "create",
        help="create an API key and print it (once)",
        description="Create a key with ROLE; the key is printed on stdout once, stored hashed.",
    )
    kc.add_argument("--role", required=True, choices=["client", "moderator", "admin"])
    kc.add_argument("--name", default=None, help="a note saying whose key it is")
    kc.add_argument(
        "--rate-limit",
        type=_non_negative,
        default=None,
        metavar="N",
        help="this key's requests per minute (0: unlimited; default: BASTION_RATE_LIMIT)",
    )
    kc.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    kc.set_defaults(func=commands.keys_create)
    kl = ke_sub.add_parser(
        "list",
        help="list API keys (never their secrets)",
        description="One line per key: id, role, active or revoked, rate limit, created, name.",
    )
    kl.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    kl.set_defaults(func=commands.keys_list)
    kr = ke_sub.add_parser(
        "revoke",
        help="revoke an API key for good",
        description="Revoke the key with id ID (see `bastion keys list`); audited.",
    )
    kr.add_argument("id", help="the key's id (the part after `bst_`)")
    kr.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    kr.set_defaults(func=commands.keys_revoke)

    fe = sub.add_parser(
        "feed",
        help="publish decisions to NATS JetStream",
        description="Publish every decision not yet delivered to JetStream (subject "
        "BASTION_FEED_SUBJECT.<action>, stream BASTION_DECISIONS), in commit order, then keep "
        "publishing new ones; resumes where it stopped. `bastion serve` runs it itself when "
        "BASTION_NATS_URL is set.",
    )
    fe.add_argument("--once", action="store_true", help="publish what is pending, then exit")
    fe.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    fe.set_defaults(func=commands.feed)

    au = sub.add_parser("audit", help="audit log tools", description="The audit log.")
    au_sub = au.add_subparsers(dest="audit_command", required=True, metavar="SUBCOMMAND")
    av = au_sub.add_parser(
        "verify",
        help="check the audit log's hash chain",
        description="Walk the hash chain; exit 0 if intact, 2 naming the first broken entry.",
    )
    av.add_argument("--config", default=None, metavar="FILE", help=cfg_help)
    av.set_defaults(func=commands.audit_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.func(args))
    except BastionError as exc:
        print(f"bastion: error: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("bastion: interrupted", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)
    return code


if __name__ == "__main__":
    sys.exit(main())
