"""The row type every synthetic-data generator yields.

Synthetic rows come from templates we write ourselves (no held-out benchmark
text). Two disjoint template banks exist per generator: `train` (fed to
`bastion train`) and `suite` (the functional test suite used by tests and
`bastion eval`). A template must never appear in both banks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Bank = Literal["train", "suite"]


@dataclass(frozen=True, slots=True)
class SynthRow:
    text: str
    lang: str  # "en" | "fr"
    hateful: bool  # True when the default policy must flag it
    functionality: (
        str  # e.g. "derogation_attribute", "counter_quote" (see docs/functional-suite.md)
    )
    labels: tuple[str, ...] = ()  # expected taxonomy labels, most specific first; () when none
    targets: tuple[str, ...] = ()  # target groups attacked, or mentioned in a non-hateful row
    contexts: tuple[str, ...] = ()  # expected non-violating contexts (taxonomy.CONTEXTS)
    template: str = ""  # stable template id, e.g. "en.derog_attr.03"
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def antisemitic(self) -> bool:
        return any(lab.startswith("hate/antisemitism") for lab in self.labels)

    def to_json(self, row_id: str) -> dict[str, Any]:
        return {
            "id": row_id,
            "text": self.text,
            "lang": self.lang,
            "hateful": self.hateful,
            "antisemitic": self.antisemitic,
            "labels": list(self.labels),
            "targets": list(self.targets),
            "contexts": list(self.contexts),
            "functionality": self.functionality,
            "template": self.template,
            "tags": list(self.tags),
            "source": "bastion-synth",
            "license": "Apache-2.0",
        }
