"""The API's request and response bodies: pydantic models, which the OpenAPI schema publishes.

Requests are validated against them (a wrong shape is 422, or 400 on the Perspective path);
the hot endpoints answer with orjson directly and declare these shapes for the schema only
(tests check the answers against them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from bastion.decide import ItemContext
from bastion.service import ModerationRequest

MAX_BATCH = 100

# --- requests ---------------------------------------------------------------------------


class ContextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    surface: Literal["comment", "video", "caption", "profile"] | None = None
    author_id: str | None = Field(default=None, min_length=1, max_length=200)
    account_age_days: StrictInt | None = Field(default=None, ge=0, le=1_000_000)
    prior_strikes: StrictInt | None = Field(default=None, ge=0, le=1_000_000)
    reach: StrictInt | None = Field(default=None, ge=0, le=10**15)
    target_in_harassment_wave: StrictBool = False


class ModerateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, min_length=1, max_length=200)
    text: str
    lang: str | None = Field(default=None, max_length=16)
    context: ContextIn | None = None

    def to_request(self, idempotency_key: str | None) -> ModerationRequest:
        c = self.context or ContextIn()
        return ModerationRequest(
            text=self.text,
            id=self.id,
            lang=self.lang,
            author_id=c.author_id,
            context=ItemContext(
                surface=c.surface,
                account_age_days=c.account_age_days,
                prior_strikes=c.prior_strikes,
                reach=c.reach,
                target_in_harassment_wave=c.target_in_harassment_wave,
            ),
            idempotency_key=idempotency_key,
        )


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[ModerateIn] = Field(min_length=1, max_length=MAX_BATCH)


class CommentIn(BaseModel):
    text: str
    type: Literal["PLAIN_TEXT"] | None = None


class AttributeIn(BaseModel):
    scoreType: Literal["PROBABILITY"] | None = None
    scoreThreshold: float | None = Field(default=None, ge=0, le=1)


class AnalyzeIn(BaseModel):
    """Perspective's AnalyzeCommentRequest; fields bastion does not use are accepted."""

    comment: CommentIn
    requestedAttributes: dict[str, AttributeIn] = Field(min_length=1)
    languages: list[str] | None = None
    doNotStore: bool | None = None
    clientToken: str | None = None
    spanAnnotations: bool | None = None
    sessionId: str | None = None
    communityId: str | None = None


class ReviewIn(BaseModel):
    """A moderator's decision on an item."""

    model_config = ConfigDict(extra="forbid")

    action: Literal[
        "allow", "label", "review", "reduce_reach", "hold", "remove", "suspend", "escalate"
    ]
    note: str | None = Field(default=None, max_length=10_000)
    labels: list[str] | None = Field(
        default=None, description="labels the moderator confirms (default: the latest ones)"
    )
    label: str | None = Field(default=None, min_length=1, max_length=64)
    suspend_days: StrictInt | None = Field(default=None, ge=1)
    escalate_to: str | None = Field(default=None, min_length=1, max_length=64)
    strikes: StrictInt = Field(default=0, ge=0, le=100)
    expected_decision_id: StrictInt | None = Field(
        default=None, description="the latest decision the moderator saw; 409 if stale"
    )


# --- answers ----------------------------------------------------------------------------------


class Answer(BaseModel):
    """An answer's shape, exactly: a field it does not declare is an error (tests rely on it)."""

    model_config = ConfigDict(extra="forbid")


class VerdictOut(Answer):
    """What the detectors found: labels (most specific first), scores, the explanation."""

    id: int
    item_id: str
    flagged: bool
    labels: list[str]
    scores: dict[str, float]
    action: str = Field(description="the default policy's action for these labels alone")
    explanation: dict[str, Any] = Field(
        description="lang, hits (spans, trope, label), targets, contexts, truncated, rule"
    )
    created_at: str


class DecisionOut(Answer):
    """What the policy (or a moderator) decided, under which rule and policy version."""

    id: int
    item_id: str
    verdict_id: int | None
    flagged: bool
    action: str
    rule_id: str = Field(description="the rule that fired; `manual` for a moderator's decision")
    policy_version: str
    labels: list[str]
    scores: dict[str, float]
    effects: list[dict[str, Any]] = Field(description="the effects as data: {type, ...}")
    created_at: str
    decided_by: str = Field(description="`policy`, or the moderator's key (`key:ID`)")
    note: str | None
    switches: dict[str, str]
    context: dict[str, Any] | None = Field(
        description="the item context the policy decided on: what the request said, with "
        "the author's account age and strikes filled in where it did not"
    )


class ModerateOut(Answer):
    id: str
    flagged: bool
    action: str | None
    status: str = Field(
        description="the item's visibility: visible, labelled, reduced, held, removed"
    )
    verdict: VerdictOut | None
    decision: DecisionOut | None
    replayed: bool = Field(description="true when an earlier request stored this item")


class BatchOut(Answer):
    results: list[ModerateOut]


class ItemRecordOut(Answer):
    id: str
    text: str
    lang: str | None
    surface: str
    author_id: str | None
    created_at: str
    idempotency_key: str | None
    context: dict[str, Any]
    status: str


class QueueEntryOut(Answer):
    id: int
    item_id: str
    decision_id: int
    queue: str
    priority: str
    rule_id: str
    created_at: str
    closed_at: str | None
    closed_by: int | None


class ItemOut(Answer):
    item: ItemRecordOut
    verdicts: list[VerdictOut]
    decisions: list[DecisionOut]
    queue: list[QueueEntryOut]


class DecisionsPage(Answer):
    decisions: list[DecisionOut]
    next_cursor: str | None


class AuditEntryOut(Answer):
    seq: int
    time: str
    actor: str
    action: str
    subject: str
    policy_version: str | None
    before: Any
    after: Any
    prev_hash: str
    hash: str


class ReviewOut(Answer):
    item: ItemRecordOut
    decision: DecisionOut
    audit: AuditEntryOut


class AccountRecordOut(Answer):
    id: str
    created_at: str
    strikes: int
    updated_at: str
    suspended_at: str | None
    suspended_until: str | None


class AccountOut(Answer):
    account: AccountRecordOut


class AuditPage(Answer):
    entries: list[AuditEntryOut]
    next_after: int | None = Field(description="pass as `after` for the next page; null at the end")


class SwitchOut(Answer):
    name: str
    value: str
    values: list[str]
    default: str
    help: str


class RuleOut(Answer):
    id: str
    description: str
    action: str


class PolicyOut(Answer):
    name: str
    version: str
    description: str
    switches: list[SwitchOut]
    rules: list[RuleOut]
    actions: list[str]


class ScoreOut(Answer):
    value: float
    type: Literal["PROBABILITY"]


class SpanScoreOut(Answer):
    begin: int
    end: int
    score: ScoreOut


class AttributeScoresOut(Answer):
    summaryScore: ScoreOut
    spanScores: list[SpanScoreOut]


class AnalyzeOut(Answer):
    """Perspective's AnalyzeCommentResponse."""

    attributeScores: dict[str, AttributeScoresOut]
    languages: list[str]
    detectedLanguages: list[str]
    clientToken: str | None = None


class HealthOut(Answer):
    status: Literal["ok"]
