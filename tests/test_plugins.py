"""A third-party detector plugs in through the `register_detectors` hook."""

from __future__ import annotations

from typing import ClassVar

import pluggy
import pytest
from contracts.detector import DetectorContract

from bastion import hookspecs
from bastion._plugins import plugin_detectors
from bastion.engine import Engine
from bastion.errors import ConfigError
from bastion.models import Example, NormalizedText, Signal
from bastion.plugin import Detector, hookimpl


class BannedPhrase(Detector):
    """A community's own rule: one phrase they never want under their videos."""

    name: ClassVar[str] = "banned_phrase"

    def signals(self, item: NormalizedText) -> list[Signal]:
        at = item.text.find("purple monkey dishwasher")
        if at < 0:
            return []
        span = item.raw_span(at, at + len("purple monkey dishwasher"))
        return [Signal(self.name, "label", "harassment", 0.95, (span,))]

    def examples(self) -> list[Example]:
        return [
            Example("you purple monkey dishwasher", ("harassment",)),
            Example("a dishwasher", (), absent=("harassment",)),
        ]


class TestBannedPhraseDetector(DetectorContract):
    DETECTOR = BannedPhrase()


class _Plugin:
    @hookimpl
    def register_detectors(self) -> list[Detector]:
        return [BannedPhrase()]


def manager(*plugins: object) -> pluggy.PluginManager:
    pm = pluggy.PluginManager("bastion")
    pm.add_hookspecs(hookspecs)
    for plugin in plugins:
        pm.register(plugin)
    return pm


def test_hook_register_detectors_adds_labels_to_verdicts() -> None:
    detectors = plugin_detectors(manager(_Plugin()))
    verdict = Engine(detectors=detectors).scan("lol you purple monkey dishwasher")
    assert "harassment" in verdict.labels
    assert any(h.detector == "banned_phrase" for h in verdict.explanation.hits)


def test_two_detectors_with_one_name_are_refused() -> None:
    class Other:
        @hookimpl
        def register_detectors(self) -> list[Detector]:
            return [BannedPhrase()]

    with pytest.raises(ConfigError, match="banned_phrase"):
        plugin_detectors(manager(_Plugin(), Other()))


def test_no_plugins_installed_means_no_extra_detectors() -> None:
    assert plugin_detectors(manager()) == []
