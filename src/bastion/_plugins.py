"""The plugin manager: built-ins and installed plugins, through the same hooks."""

from __future__ import annotations

from functools import cache

import pluggy

from bastion import hookspecs
from bastion.plugin import Detector


@cache
def plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("bastion")
    pm.add_hookspecs(hookspecs)
    pm.load_setuptools_entrypoints("bastion")
    return pm


def plugin_detectors(pm: pluggy.PluginManager | None = None) -> list[Detector]:
    """Detectors contributed by plugins, with names checked to be unique."""
    found: list[Detector] = []
    for batch in (pm or plugin_manager()).hook.register_detectors():
        found.extend(batch)
    names = [d.name for d in found]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        from bastion.errors import ConfigError

        raise ConfigError(f"two plugins register a detector named {', '.join(duplicates)}")
    return found
