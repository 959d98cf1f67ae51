"""bastion: an open-source trust & safety engine.

>>> import bastion
>>> verdict = bastion.scan("Hitler was right")
>>> verdict.flagged, verdict.labels[0]
(True, 'hate/antisemitism/holocaust')
"""

from bastion.engine import Engine, ScanInput, scan
from bastion.errors import BastionError, ExitCode
from bastion.models import Explanation, NormalizedText, ScanError, Signal, Span, Verdict

__all__ = [
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
