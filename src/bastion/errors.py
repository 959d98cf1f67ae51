"""The one exception tree of bastion, and the CLI exit codes.

BastionError
├── InputError          bad input from a user (a malformed line, a bad file)
│   └── ConflictError   an id or key already used for other content, or a stale decision
├── ConfigError         a setting, catalogue or policy that does not validate
├── ModelError          a shipped model artifact that is missing or corrupt
└── DependencyError     a server (database, NATS) that is down or unreachable
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL = 1  # a bug in bastion
    USER = 2  # bad input, invalid policy or catalogue
    DEPENDENCY = 3  # database or NATS down
    PARTIAL = 4  # the run finished, but some input lines failed (see their error records)
    INTERRUPTED = 130


class BastionError(Exception):
    """Base of every error bastion raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL


class InputError(BastionError):
    exit_code = ExitCode.USER


class ConflictError(InputError):
    """The request is well formed but clashes with what is stored (HTTP 409)."""


class ConfigError(BastionError):
    exit_code = ExitCode.USER


class ModelError(BastionError):
    exit_code = ExitCode.USER


class DependencyError(BastionError):
    exit_code = ExitCode.DEPENDENCY
