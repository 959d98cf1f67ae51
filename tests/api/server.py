"""A real `bastion serve` in a subprocess, for tests that need the server as users run it.

The server runs in its own session (process group), so `kill()` can SIGKILL the supervisor and
every worker at once, as a crash or an OOM kill would. Linux only: `socket_owner` reads /proc.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx
import pytest

START_TIMEOUT = 60.0  # each server process loads the model before it answers


def bastion_executable() -> str:
    """The `bastion` command of this interpreter's environment (skips the test if missing)."""
    beside = Path(sys.executable).parent / "bastion"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("bastion")
    if found is None:
        pytest.skip("the `bastion` executable is not installed")
    return found


def server_env(database_url: str, tmp: Path) -> dict[str, str]:
    """This environment without any BASTION_* setting, on `database_url`; temporary files (the
    rate-limit buckets of `serve`) go under `tmp`, so a killed server leaves nothing behind."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BASTION_") and not k.startswith("_BASTION_")
    }
    tmp.mkdir(parents=True, exist_ok=True)
    env.update(BASTION_DATABASE_URL=database_url, TMPDIR=str(tmp))
    return env


def run_bastion(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [bastion_executable(), *args], env=env, capture_output=True, text=True, timeout=120
    )


def create_key(env: dict[str, str], *, rate_limit: int = 0, role: str = "client") -> str:
    """`bastion keys create`: the secret it prints."""
    proc = run_bastion(env, "keys", "create", "--role", role, "--rate-limit", str(rate_limit))
    assert proc.returncode == 0, proc.stderr
    secret = proc.stdout.strip()
    assert secret.startswith("bst_"), proc.stdout
    return secret


def audit_verify(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_bastion(env, "audit", "verify")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _group_members(pgid: int) -> list[int]:
    """The live (not zombie) processes of process group `pgid`."""
    out = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # state, ppid, pgrp, ...
        if fields[0] != "Z" and int(fields[2]) == pgid:
            out.append(int(name))
    return out


class Server:
    """`bastion serve --workers N` on a free port of 127.0.0.1; use as a context manager."""

    def __init__(self, env: dict[str, str], log: Path, *, workers: int) -> None:
        self.env = env
        self.log = log
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.kill()

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    bastion_executable(),
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--workers",
                    str(self.workers),
                ],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,  # its own process group: kill() reaches every worker
            )
        try:
            self._wait_healthy()
        except BaseException:
            self.kill()
            raise

    def _wait_healthy(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(
                    f"bastion serve exited with {self.proc.returncode}:\n{self.output()}"
                )
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError(
            f"bastion serve did not answer in {START_TIMEOUT:.0f} s:\n" + (self.output())
        )

    def output(self) -> str:
        """What the server wrote to stdout and stderr so far."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL the supervisor and every worker, then wait until none is left."""
        if self.proc is None:
            return
        pgid = self.proc.pid  # start_new_session: the process group is the supervisor's pid
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not _group_members(pgid), "server processes outlived SIGKILL"
        self.proc = None

    def socket_owner(self, client_port: int) -> int | None:
        """The pid of the server process holding the connection from `client_port`, if any."""
        assert self.proc is not None
        inode = None
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            local, remote, state = fields[1], fields[2], fields[3]
            if (
                state == "01"  # ESTABLISHED
                and int(local.split(":")[1], 16) == self.port
                and int(remote.split(":")[1], 16) == client_port
            ):
                inode = fields[9]
                break
        if inode is None:
            return None
        target = f"socket:[{inode}]"
        for pid in _group_members(self.proc.pid):
            try:
                fds = os.listdir(f"/proc/{pid}/fd")
            except OSError:
                continue
            for fd in fds:
                try:
                    if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                        return pid
                except OSError:
                    continue
        return None
