"""The detection cascade: run every detector on a batch and fuse their signals.

Order of evidence:
1. the target detector says who is mentioned (and masks them for the model);
2. the context detector says how the text is framed; when the speaker quotes
   words to condemn or report them, the model scores the *frame* (the text with
   the quote cut out), not the quoted words;
3. the trope catalogue gives explainable hits with spans;
4. the linear model scores every head; it outweighs a catalogue hit only where a
   context (negation, news, education, self-reference, a good-faith question,
   criticism of a government) says the words are not an attack.
The result is an `Assessment`: labels with scores and the evidence. It decides
nothing; `bastion.decide` maps it to an action.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bastion.detect.classifiers.context import ContextDetector, Frame
from bastion.detect.classifiers.lexicon import TargetDetector, TropeDetector, find_mentions
from bastion.detect.classifiers.linear import HEAD_SPECS, LinearModel, load_default_model
from bastion.detect.prepare import model_input
from bastion.errors import ModelError
from bastion.models import NormalizedText, Signal, Span
from bastion.normalize import normalize
from bastion.plugin import Detector
from bastion.taxonomy import GROUPS, parents, specificity_order

# Contexts under which a catalogue hit needs the model's agreement to count, and how much
# surer the model must then be. Negating the very claim ("X don't control the media,
# that's a myth") is the strongest such evidence.
SOFTENING_MARGINS = {
    "negated": 0.35,
    "counter_speech": 0.25,
    "news": 0.25,
    "education": 0.25,
    "self_reference": 0.25,
    "question": 0.25,
    "policy_criticism": 0.25,
}
SUBTYPE_HEADS = ("holocaust", "conspiracy", "dehumanization", "collective_blame", "violence")
NO_TARGET_MARGIN = 0.25
ANTISEMITISM_ALONE_MARGIN = 0.3

# Labels whose model score is always reported, and the head that scores them.
HEAD_LABELS = ("hate", "hate/antisemitism", "threat", "violent_extremism", "harassment")
_HEAD_OF = {"hate/antisemitism": "antisemitism"}


@dataclass(frozen=True, slots=True)
class Assessment:
    """Labels (with scores) the detectors support for one item, and their evidence."""

    labels: tuple[str, ...]
    scores: dict[str, float]
    hits: tuple[Signal, ...]
    targets: tuple[str, ...]
    contexts: tuple[str, ...]
    rule: str


def _inside(span: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span.start and span.end <= end for start, end in ranges)


class Cascade:
    """Runs the built-in detectors plus any plugin detectors, then fuses."""

    def __init__(
        self,
        model: LinearModel | None = None,
        extra_detectors: Sequence[Detector] = (),
    ) -> None:
        self.model = model or load_default_model()
        self.targets = TargetDetector()
        self.tropes = TropeDetector()
        self.tropes.catalogue.warm()  # compile every pattern now, not on a user's request
        self.context = ContextDetector()
        self.extra = tuple(extra_detectors)
        self.thresholds = {h.name: h.threshold for h in self.model.heads}
        missing = [name for name, _, _ in HEAD_SPECS if name not in self.thresholds]
        if missing:
            raise ModelError(
                f"model artifact lacks head(s) {', '.join(missing)}: it predates this version "
                "of bastion; rebuild it with `bastion train`"
            )

    def assess(self, item: NormalizedText) -> Assessment:
        return self.assess_batch([item])[0]

    def assess_batch(self, items: Sequence[NormalizedText]) -> list[Assessment]:
        if not items:
            return []
        uniform: list[str] = []
        jewish: list[str] = []
        frames: list[Frame | None] = []
        for item in items:
            (u, j), frame = model_input(item)
            frames.append(frame)
            uniform.append(u)
            jewish.append(j)
        probs = self.model.predict(uniform, jewish)
        names = [h.name for h in self.model.heads]
        return [
            self._fuse(item, dict(zip(names, map(float, probs[n]), strict=True)), frames[n])
            for n, item in enumerate(items)
        ]

    def _predict_without(self, item: NormalizedText, spans: Sequence[Span]) -> dict[str, float]:
        """Head probabilities for the raw text with `spans` blanked out."""
        chars = list(item.raw)
        for span in spans:
            chars[span.start : span.end] = " " * (span.end - span.start)
        rest = normalize("".join(chars), item.lang)
        (u, j), _ = model_input(rest)
        probs = self.model.predict([u], [j])[0]
        return {h.name: float(v) for h, v in zip(self.model.heads, probs, strict=True)}

    def _fuse(
        self,
        item: NormalizedText,
        p: dict[str, float],
        frame: Frame | None,
    ) -> Assessment:
        framed = frame is not None
        mentions = find_mentions(item)
        target_signals = self.targets.signals(item)
        context_signals = self.context.signals(item)
        contexts = sorted({s.name for s in context_signals})
        label_signals = self.tropes.signals(item)
        for det in self.extra:
            label_signals += [s for s in det.signals(item) if s.kind == "label"]

        def over(name: str, margin: float = 0.0) -> bool:
            return p[name] >= self.thresholds[name] + margin

        margin = max(
            (SOFTENING_MARGINS.get(c.name, 0.0) for c in context_signals if c.score >= 0.5),
            default=0.0,
        )
        softened = margin > 0
        quoted = [
            (span.start, span.end)
            for span in (item.raw_span(a, b) for a, b in (frame.quotes if frame else ()))
        ]
        # Groups the speaker belongs to ("as a Jew…", "(((me)))"): not attacked by this text.
        own = {m.group for m in mentions if m.kind == "group" and m.self_reference}
        for sig in context_signals:
            if sig.name == "self_reference":
                cue = sig.spans[0]
                own.update(
                    m.group
                    for m in mentions
                    if m.kind == "group"
                    and _inside(item.raw_span(m.start, m.end), [(cue.start, cue.end)])
                )
        own_labels = {GROUPS[g] for g in own}
        kept: list[Signal] = []
        for sig in label_signals:
            if quoted and any(_inside(span, quoted) for span in sig.spans):
                continue  # quoted to be condemned: the frame decides
            if softened and sig.name != "contested" and not over("hate"):
                continue  # a softening context and a model that disagrees
            if any(sig.name == lab or sig.name.startswith(lab + "/") for lab in own_labels):
                continue  # in-group speech about one's own group
            kept.append(sig)

        scores: dict[str, float] = {}
        labels: set[str] = set()

        def assign(label: str, score: float) -> None:
            labels.add(label)
            scores[label] = max(scores.get(label, 0.0), score)
            for parent in parents(label):
                labels.add(parent)
                scores[parent] = max(scores.get(parent, 0.0), score)

        for sig in kept:
            assign(sig.name, sig.score)

        attacked = sorted({m.group for m in mentions if m.kind == "group" and m.group not in own})
        # A contested slogan alone stays `contested` (the policy decides). Whether the post
        # goes further is judged on what it says besides the slogan: the model scores the
        # text with the slogan cut out, so the slogan's own words never escalate it.
        slogan_only = bool(kept) and all(sig.name == "contested" for sig in kept) and not attacked
        if slogan_only:
            p = self._predict_without(item, [span for sig in kept for span in sig.spans])
        jewish_evidence = over("antisemitism") or "hate/antisemitism" in labels
        if not attacked and jewish_evidence and "jews" not in own:
            attacked = ["jews"]
        # Under a softening context the model must be surer. With no group in sight,
        # hostility is more likely aimed at a person (harassment) than at a group; and
        # a speaker who only names their own group is not attacking it.
        if attacked:
            hateful = over("hate", margin)
        elif own:
            hateful = False
        else:
            hateful = over("hate", max(margin, NO_TARGET_MARGIN)) and not over("harassment")
        if hateful:
            for group in attacked:
                assign(GROUPS[group], p["hate"])
            if not attacked:
                assign("hate", p["hate"])
        if (
            over("antisemitism", ANTISEMITISM_ALONE_MARGIN + margin)
            and "jews" not in own
            and not framed
        ):
            # Tropes with no group word, coded language, the IHRA line on Israel.
            assign("hate/antisemitism", p["antisemitism"])
        if "hate/antisemitism" in labels:
            for sub in SUBTYPE_HEADS:
                if over(sub):
                    assign(f"hate/antisemitism/{sub}", p[sub])
        for name in ("threat", "violent_extremism", "harassment"):
            if over(name) and not (framed or (softened and not over("hate"))):
                assign(name, p[name])
        rule = "frame" if framed else ("catalogue+model" if kept else "model")

        for label in HEAD_LABELS:
            head_p = p[_HEAD_OF.get(label, label)]
            scores[label] = max(scores.get(label, 0.0), head_p) if label in labels else head_p
        hits = tuple(kept) + tuple(target_signals) + tuple(context_signals)
        targets = tuple(sorted({m.group for m in mentions if m.kind == "group"}))
        return Assessment(
            labels=tuple(specificity_order(labels)),
            scores=scores,
            hits=hits,
            targets=targets,
            contexts=tuple(contexts),
            rule=rule,
        )
