"""Every extension point of bastion, as pluggy hook specifications.

A plugin is a module or object with functions marked `@bastion.plugin.hookimpl`,
registered through the `bastion` entry-point group of its package metadata
(`[project.entry-points.bastion] myplugin = "mypackage.plugin"`).
"""

from __future__ import annotations

import pluggy

from bastion.plugin import Detector

hookspec = pluggy.HookspecMarker("bastion")


@hookspec
def register_detectors() -> list[Detector]:  # type: ignore[empty-body]
    """Detectors to run beside the built-in ones; their label signals join the verdict."""
