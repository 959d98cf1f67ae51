"""The REST API: `create_app(settings)` returns the FastAPI app `bastion serve` runs.

A thin edge over `ModerationService` (see docs/api.md). Every error is answered as
`{"error": {"code", "status", "message"}}`, the shape Perspective clients expect.
"""

import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from bastion.api.keys import ApiKey, KeyStore, role_allows
from bastion.api.perspective import ATTRIBUTES, LANGUAGES, attribute_score
from bastion.api.ratelimit import RateLimiter, retry_after
from bastion.decide import CompiledPolicy, ItemContext, load_default_policy, load_policy
from bastion.engine import Engine
from bastion.errors import DependencyError, InputError
from bastion.service import ModerationRequest, ModerationService, recorded_json
from bastion.settings import Settings
from bastion.store import DecisionFilter, open_store

STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ALREADY_EXISTS",
    413: "PAYLOAD_TOO_LARGE",
    422: "INVALID_ARGUMENT",
    429: "RESOURCE_EXHAUSTED",
    503: "UNAVAILABLE",
}
MAX_BATCH = 100

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ApiError(Exception):
    def __init__(self, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers


def error_response(code: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "status": STATUS.get(code, "UNKNOWN"), "message": message}}
    return JSONResponse(body, status_code=code, headers=headers)


class BodyLimit:
    """Answers 413 to a request body over `limit` bytes (declared or actually sent)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        too_big = f"request body is larger than the limit of {self.limit} bytes"
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await error_response(413, too_big)(scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await error_response(413, too_big)(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# --- request bodies ---------------------------------------------------------------------------


class ContextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    surface: Literal["comment", "video", "caption", "profile"] | None = None
    author_id: str | None = Field(default=None, min_length=1, max_length=200)
    account_age_days: StrictInt | None = Field(default=None, ge=0)
    prior_strikes: StrictInt | None = Field(default=None, ge=0)
    reach: StrictInt | None = Field(default=None, ge=0)
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


# --- the app ----------------------------------------------------------------------------------


class Backend:
    """The service and key store, opened on first use (and again after the database was down)."""

    def __init__(
        self, settings: Settings, engine: Engine, policy: CompiledPolicy, schema: str | None
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.policy = policy
        self.schema = schema
        self._lock = threading.Lock()
        self._service: ModerationService | None = None
        self._keys: KeyStore | None = None

    def get(self) -> tuple[ModerationService, KeyStore]:
        with self._lock:
            if self._service is None or self._keys is None:
                store = open_store(self.settings.database_url, schema=self.schema)
                try:
                    self._keys = KeyStore(store)
                except BaseException:
                    store.close()
                    raise
                self._service = ModerationService(self.engine, self.policy, store)
            return self._service, self._keys

    def close(self) -> None:
        with self._lock:
            if self._service is not None:
                self._service.store.close()
            self._service = self._keys = None


def create_app(
    settings: Settings,
    *,
    engine: Engine | None = None,
    schema: str | None = None,
) -> FastAPI:
    """The API app. `engine`: reuse a loaded engine; `schema`: PostgreSQL schema (tests)."""
    policy = load_policy(settings.policy) if settings.policy else load_default_policy()
    backend = Backend(settings, engine or Engine(), policy, schema)
    limiter = RateLimiter(settings.rate_limit)
    app = FastAPI(
        title="bastion",
        version="1",
        description="Trust & safety engine: moderation, decisions, Perspective-compatible "
        "scoring. Every endpoint but GET /healthz needs `Authorization: Bearer KEY`.",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.backend = backend

    def auth(needed: str, query_key: bool = False) -> Callable[[Request], ApiKey]:
        def check(request: Request) -> ApiKey:
            secret = None
            header = request.headers.get("authorization")
            if header:
                scheme, _, token = header.partition(" ")
                if scheme.lower() == "bearer" and token.strip():
                    secret = token.strip()
            if secret is None and query_key:
                secret = request.query_params.get("key") or None
            if secret is None:
                how = "`Authorization: Bearer KEY`" + (" or `?key=KEY`" if query_key else "")
                raise ApiError(401, f"missing API key: send {how}")
            _, keys = backend.get()
            key = keys.check(secret)
            if key is None:
                raise ApiError(401, "invalid API key: create one with `bastion keys create`")
            if not role_allows(key.role, needed):
                raise ApiError(
                    403, f"this endpoint needs the `{needed}` role; key {key.id} is `{key.role}`"
                )
            wait = limiter.take(key.id)
            if wait is not None:
                raise ApiError(
                    429,
                    f"rate limit of {limiter.per_minute} requests per minute exceeded for key "
                    f"{key.id}; retry later",
                    {"Retry-After": retry_after(wait)},
                )
            return key

        return check

    Client = Annotated[ApiKey, Depends(auth("client"))]
    Moderator = Annotated[ApiKey, Depends(auth("moderator"))]
    PerspectiveClient = Annotated[ApiKey, Depends(auth("client", query_key=True))]
    IdempotencyKey = Annotated[str | None, Header(max_length=200)]

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.code, exc.message, exc.headers)

    @app.exception_handler(DependencyError)
    async def on_dependency_error(request: Request, exc: DependencyError) -> JSONResponse:
        backend.close()  # reconnect on the next request
        return error_response(503, str(exc), {"Retry-After": "5"})

    @app.exception_handler(InputError)
    async def on_input_error(request: Request, exc: InputError) -> JSONResponse:
        return error_response(409 if "already used" in str(exc) else 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()))
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        code = 400 if request.url.path.startswith("/v1alpha1/") else 422
        return error_response(code, "invalid request: " + "; ".join(problems))

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, str]:
        """Liveness; the only endpoint open without a key."""
        return {"status": "ok"}

    @app.get("/openapi.json", include_in_schema=False)
    def openapi(key: Client) -> dict[str, Any]:
        return app.openapi()

    @app.post("/v1/moderate", tags=["moderation"])
    def moderate(
        body: ModerateIn, key: Client, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        """Scan, decide and store one item; answered only after it is committed."""
        service, _ = backend.get()
        [rec] = service.moderate([body.to_request(idempotency_key)], actor=key.actor)
        return recorded_json(rec)

    @app.post("/v1/moderate/batch", tags=["moderation"])
    def moderate_batch(
        body: BatchIn, key: Client, idempotency_key: IdempotencyKey = None
    ) -> dict[str, Any]:
        """Up to 100 items, stored all together or not at all; item i's key is `KEY:i`."""
        service, _ = backend.get()
        requests = [
            item.to_request(f"{idempotency_key}:{i}" if idempotency_key else None)
            for i, item in enumerate(body.items)
        ]
        return {"results": [recorded_json(r) for r in service.moderate(requests, actor=key.actor)]}

    @app.get("/v1/items/{item_id}", tags=["moderation"])
    def get_item(item_id: str, key: Client) -> dict[str, Any]:
        """An item with its verdicts and decisions (oldest first)."""
        store = backend.get()[0].store
        item = store.get_item(item_id)
        if item is None:
            raise ApiError(404, f"no item with id {item_id!r}")
        return {
            "item": item.to_json(),
            "verdicts": [v.to_json() for v in store.verdicts_for(item_id)],
            "decisions": [d.to_json() for d in store.decisions_for(item_id)],
        }

    @app.get("/v1/decisions", tags=["moderation"])
    def list_decisions(
        key: Moderator,
        action: str | None = None,
        label: str | None = None,
        cursor: str | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> dict[str, Any]:
        """Decisions, newest first; pass `next_cursor` back as `cursor` for the next page."""
        store = backend.get()[0].store
        page = store.list_decisions(
            DecisionFilter(action=action, label=label), cursor=cursor, limit=limit
        )
        return {
            "decisions": [d.to_json() for d in page.items],
            "next_cursor": page.next_cursor,
        }

    @app.post("/v1alpha1/comments:analyze", tags=["perspective"])
    def analyze(body: AnalyzeIn, key: PerspectiveClient) -> dict[str, Any]:
        """Perspective's AnalyzeComment: same request and response shapes (docs/api.md)."""
        unknown = [a for a in body.requestedAttributes if a not in ATTRIBUTES]
        if unknown:
            raise ApiError(
                400,
                f"Unknown attribute: {unknown[0]} (bastion supports {', '.join(ATTRIBUTES)})",
            )
        langs = [lang.lower() for lang in body.languages or []]
        unsupported = [lang for lang in langs if lang not in LANGUAGES]
        if unsupported:
            first = next(iter(body.requestedAttributes))
            raise ApiError(
                400,
                f"Attribute {first} does not support request languages: "
                f"{', '.join(unsupported)} (bastion supports {', '.join(LANGUAGES)})",
            )
        service, _ = backend.get()
        verdict = service.engine.scan(body.comment.text, langs[0] if langs else None)
        detected = verdict.explanation.lang
        end = len(body.comment.text)
        scores: dict[str, Any] = {}
        for name, want in body.requestedAttributes.items():
            value = attribute_score(name, verdict.scores)
            if want.scoreThreshold is not None and value < want.scoreThreshold:
                continue
            score = {"value": value, "type": "PROBABILITY"}
            scores[name] = {
                "spanScores": [{"begin": 0, "end": end, "score": score}],
                "summaryScore": score,
            }
        out: dict[str, Any] = {
            "attributeScores": scores,
            "languages": langs or [detected],
            "detectedLanguages": [detected],
        }
        if body.clientToken is not None:
            out["clientToken"] = body.clientToken
        return out

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app
