from __future__ import annotations

import bastion
import bastion.plugin


def test_user_api_is_pinned() -> None:
    assert sorted(bastion.__all__) == [
        "BastionError",
        "Engine",
        "ExitCode",
        "Explanation",
        "NormalizedText",
        "ScanError",
        "ScanInput",
        "Signal",
        "Span",
        "Verdict",
        "scan",
    ]
    for name in bastion.__all__:
        assert hasattr(bastion, name)


def test_plugin_api_is_pinned() -> None:
    assert sorted(bastion.plugin.__all__) == [
        "Detector",
        "Example",
        "NormalizedText",
        "Signal",
        "hookimpl",
    ]
