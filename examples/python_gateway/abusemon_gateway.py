"""OpenAI-compatible ``/v1/chat/completions`` gateway with abuse monitoring.

It sits in front of any OpenAI-compatible model server (the *upstream*) and, per request:

1. identifies the customer (gateway API key, or the ``X-Customer-Id`` header of a trusted front
   end) and refuses suspended or terminated customers (HTTP 403) without calling the model;
2. checks the prompt: a blocked prompt gets HTTP 400 with error code ``content_filter`` and the
   Azure-style ``content_filter_result`` in ``innererror``; the upstream is never called;
3. forwards the request; completions are checked whole (``stream: false``) or while they stream
   (``stream: true``, server-sent events): only text that a check has passed is sent on, and a
   blocked completion ends with ``finish_reason: "content_filter"`` (the upstream connection is
   closed, which stops generation);
4. annotates responses like Azure OpenAI: ``prompt_filter_results`` and per-choice
   ``content_filter_results``;
5. feeds every verdict to the tracker, sends flagged texts and tracker signals to the review
   queue, applies review decisions to the customers' standing and delivers the notifications.

Run it: ``python abusemon_gateway.py --upstream http://127.0.0.1:9000 --model
abusemon-default.gguf --db abusemon.db`` (``--help`` for the rest). Embed it: ``create_app(config,
monitor)`` returns the FastAPI application. See README.md next to this file.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import itertools
import json
import sys
import threading
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Optional, Union

import abusemon
import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

SEVERITIES = ("safe", "low", "medium", "high")
RECENT_ITEMS = 4096  # texts kept until a tracker signal on them is drained


@dataclass
class GatewayConfig:
    """Everything the gateway needs besides the Monitor."""

    upstream_url: str
    """Base URL of the model server; requests go to ``{upstream_url}/v1/chat/completions``."""
    db_path: str
    """SQLite file shared by the review store and enforcement (reviewers use the same file)."""
    upstream_api_key: str = ""
    """Sent upstream as ``Authorization: Bearer``; empty sends none."""
    api_keys: dict[str, str] = field(default_factory=dict)
    """Gateway API key -> customer id. Empty: the ``X-Customer-Id`` header names the customer
    (only behind a front end that authenticates it)."""
    region: str = "us"
    """Data region of the review items (reviewers only see their region)."""
    auto_confirm: float = 0.0
    """Automated pre-review: items at or above this confidence are confirmed at once; 0 = off."""
    flag_severity: str = "medium"
    """Texts at or above this severity in any category go to review (blocked ones always do)."""
    enforcement_policy: Union[None, str, dict[str, Any]] = None
    """docs/ENFORCEMENT.md policy (JSON text or dict); None = defaults."""
    tracker_config: Union[None, str, dict[str, Any]] = None
    """docs/TRACKER.md config; None = defaults."""
    check_every: int = 64
    """Stream check cadence in bytes: the most text held back before a check releases it."""
    window: int = 128
    """Bytes scored per stream check (>= check_every). Small, because the model scores a window
    as a whole: a short harmful passage inside a long benign text is found by a window about its
    size (examples/c_host/README.md)."""
    outbox_path: Optional[str] = None
    """Notifications are appended here as JSON Lines; None leaves them in the outbox table."""
    sync_interval_s: float = 5.0
    """How often review decisions made by people and remediation deadlines are applied."""
    upstream_timeout_s: float = 120.0


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    kind = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
            413: "invalid_request_error"}.get(status, "server_error")
    body = {"message": message, "type": kind, "param": None, "code": code, **extra}
    return JSONResponse({"error": body}, status_code=status)


def _refused(gate: abusemon.GateDecision) -> JSONResponse:
    """403 for the gate's refusal: end_user_blocked, customer_suspended or customer_terminated."""
    code = "end_user_blocked" if gate.state == "blocked" else f"customer_{gate.state}"
    return _error(403, code, gate.reason)


def filter_results(verdict: abusemon.Verdict) -> dict[str, Any]:
    """Azure's ``content_filter_results`` object of a verdict."""
    return json.loads(verdict.to_json("azure"))["content_filter_results"]


def _text_of(content: Any) -> str:
    """Text of a message's content: a string or a list of content parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                if not isinstance(part.get("text"), str):
                    raise ValueError("a text content part needs a string 'text'")
                parts.append(part["text"])
        return "\n".join(parts)
    raise ValueError("message content must be a string or a list of content parts")


def prompt_images(body: Any) -> list[dict[str, Any]]:
    """The image_url parts of the user (and system) messages, as OpenAI content parts."""
    images = []
    for m in body.get("messages") or []:
        if not isinstance(m, dict) or m.get("role", "user") not in ("user", "system", "developer"):
            continue
        content = m.get("content")
        if not isinstance(content, list):
            continue
        for part in content:
            if isinstance(part, dict) and part.get("type") == "image_url":
                url = part.get("image_url")
                url = url.get("url") if isinstance(url, dict) else url
                if not isinstance(url, str):
                    raise ValueError("an image_url content part needs a string 'url'")
                images.append({"type": "image_url", "image_url": {"url": url}})
    return images


def prompt_text(body: Any, allow_empty: bool = False) -> str:
    """What the customer sends the model: the user (and system) messages, joined."""
    if not isinstance(body, dict):
        raise ValueError("the body must be a JSON object")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ValueError("'messages' must be a non-empty array")
    texts = []
    for m in messages:
        if not isinstance(m, dict):
            raise ValueError("every message must be an object")
        # Assistant and tool turns were checked when they were generated.
        if m.get("role", "user") in ("user", "system", "developer"):
            text = _text_of(m.get("content"))
            if text:
                texts.append(text)
    if not texts and not allow_empty:
        raise ValueError("no user message with text")
    return "\n".join(texts)


def _top_category(verdict: abusemon.Verdict) -> tuple[str, str, float]:
    best = max(verdict.categories.items(),
               key=lambda kv: (SEVERITIES.index(kv[1].severity), kv[1].score))
    return best[0], best[1].severity, float(best[1].score)


class Moderation:
    """The monitoring pipeline behind the HTTP layer. Thread-safe (the abusemon objects are);
    every method but ``refusal`` may block on SQLite, so async code runs them in a thread."""

    def __init__(self, monitor: abusemon.Monitor, config: GatewayConfig) -> None:
        self.monitor = monitor
        self.config = config
        self.tracker = abusemon.Tracker(config.tracker_config)
        self.review = abusemon.ReviewStore(config.db_path,
                                           auto_confirm_confidence=config.auto_confirm)
        self.enforcement = abusemon.Enforcement(config.db_path, policy=config.enforcement_policy)
        self._items = itertools.count(1)
        self._recent: collections.OrderedDict[int, tuple[str, str, str, abusemon.Verdict]] = (
            collections.OrderedDict())
        self._recent_lock = threading.Lock()
        self._sync_lock = threading.Lock()
        self._flag_rank = SEVERITIES.index(config.flag_severity)
        self.maintain()  # decisions made while the gateway was down

    def refusal(self, customer: str, user: str = "") -> Optional[abusemon.GateDecision]:
        """The gate (in memory, no I/O): None when the customer and its end user `user` (if
        any) may be served; a blocked end user is refused while the rest of the customer is
        served."""
        gate = self.enforcement.is_allowed(customer, user or None)
        return None if gate else gate

    def record(self, customer: str, user: str, text: str, verdict: abusemon.Verdict,
               review_content: Optional[str] = None) -> None:
        """Tracker event for a checked text; review item when flagged or when a tracker signal
        fires on it; then the decisions that result are applied. `review_content` (the JSON
        content parts of a request with images) replaces the text in the review item."""
        item = next(self._items)
        text_for_review = review_content if review_content is not None else text
        with self._recent_lock:
            self._recent[item] = (customer, user, text_for_review, verdict)
            if len(self._recent) > RECENT_ITEMS:
                self._recent.popitem(last=False)
        self.tracker.record_verdict(customer, verdict, user or None, text=text, item_id=item)
        own = None
        for s in self.tracker.drain_signals():
            trigger = s.item_ids[0] if s.item_ids else 0
            if trigger == item:
                own = s
                continue
            # Raised by another request's text (requests share the tracker, and whoever drains
            # first gets the signal): file it with that text.
            with self._recent_lock:
                other = self._recent.get(trigger)
            if other is not None:
                self._submit(*other, s)
        severity = _top_category(verdict)[1]
        if (verdict.action == "block" or SEVERITIES.index(severity) >= self._flag_rank
                or own is not None):
            self._submit(customer, user, text_for_review, verdict, own)

    def _submit(self, customer: str, user: str, text: str, verdict: abusemon.Verdict,
                signal: Optional[abusemon.TrackerSignal]) -> None:
        """Sends a text to review: as the classifier flagged it, or as the evidence of a tracker
        signal (the signal's category, at least the signal's priority)."""
        category, severity, score = _top_category(verdict)
        if signal is not None:
            if signal.category != "any":
                category = signal.category
                severity = verdict.categories[category].severity
                score = float(verdict.categories[category].score)
            severity = max(severity, signal.priority, key=SEVERITIES.index)
        if severity == "safe":
            severity = "low"  # a pattern over clean texts (a burst) still deserves a look
        self.review.submit(text, customer=customer, user=user, region=self.config.region,
                           signal="classifier" if signal is None else "tracker:" + signal.detector,
                           category=category, severity=severity,
                           confidence=min(max(score, 0.0), 1.0), verdict_json=verdict.to_json())
        self.sync()

    def sync(self) -> list[abusemon.Transition]:
        """Applies new review decisions and delivers the notifications they created."""
        with self._sync_lock:
            transitions = self.enforcement.sync(self.review)
            if self.config.outbox_path:
                self.enforcement.deliver_jsonl(self.config.outbox_path)
            return transitions

    def maintain(self) -> list[abusemon.Transition]:
        """Remediation deadlines, then decisions (people decide at any time): run periodically."""
        return self.enforcement.tick() + self.sync()


def _sse(obj: Any) -> bytes:
    return ("data: " + json.dumps(obj, separators=(",", ":")) + "\n\n").encode()


def _utf8_floor(data: bytes, n: int) -> int:
    n = min(n, len(data))
    while 0 < n < len(data) and (data[n] & 0xC0) == 0x80:
        n -= 1
    return n


class _ChoiceStream:
    """One streamed choice: its stream check and the text held back until a check passes it."""

    def __init__(self, checker: abusemon.StreamChecker) -> None:
        self.checker = checker
        self.received = bytearray()
        self.passed = 0
        self.released = 0
        self.results: Optional[dict[str, Any]] = None
        self.closed = False

    def absorb(self, verdicts: list[abusemon.Verdict]) -> Optional[abusemon.Verdict]:
        """Takes the verdicts of a feed; returns the first blocking one."""
        for v in verdicts:
            if v.action == "block":
                return v
            offsets = v.stream_offsets
            if offsets is not None and not offsets["final"]:
                # The window scored ends at end_offset (it can trail check_offset, the bytes
                # received when the check ran): only text up to there has been checked.
                self.passed = max(self.passed, offsets["end_offset"])
            self.results = filter_results(v)
        return None

    def take(self, upto: Optional[int] = None) -> str:
        """Text checked and not yet sent (upto=None: everything received)."""
        end = len(self.received) if upto is None else _utf8_floor(bytes(self.received), upto)
        if end <= self.released:
            return ""
        text = bytes(self.received[self.released:end]).decode("utf-8")
        self.released = end
        return text


def create_app(config: GatewayConfig, monitor: abusemon.Monitor,
               *, transport: Optional[httpx.AsyncBaseTransport] = None) -> FastAPI:
    """The gateway application. ``app.state.moderation`` is its :class:`Moderation`."""
    moderation = Moderation(monitor, config)
    client_holder: dict[str, httpx.AsyncClient] = {}

    async def maintenance_loop() -> None:
        while True:
            await asyncio.sleep(config.sync_interval_s)
            try:
                await run_in_threadpool(moderation.maintain)
            except abusemon.Error as e:  # e.g. the database is busy: try again next round
                print(f"gateway: maintenance failed: {e}", file=sys.stderr)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        client_holder["client"] = httpx.AsyncClient(
            base_url=config.upstream_url, timeout=config.upstream_timeout_s, transport=transport)
        task = asyncio.create_task(maintenance_loop())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await client_holder.pop("client").aclose()

    app = FastAPI(title="abusemon gateway", lifespan=lifespan)
    app.state.moderation = moderation

    def customer_of(request: Request) -> Optional[str]:
        if not config.api_keys:
            return request.headers.get("x-customer-id") or None
        auth = request.headers.get("authorization", "")
        key = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        key = key or request.headers.get("api-key", "")  # Azure's header
        return config.api_keys.get(key)

    def upstream_headers() -> dict[str, str]:
        if not config.upstream_api_key:
            return {}
        return {"Authorization": f"Bearer {config.upstream_api_key}"}

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Any:
        customer = customer_of(request)
        if customer is None:
            return _error(401, "invalid_api_key", "unknown or missing API key")
        # The gate comes first: a suspended customer or a blocked end user costs neither
        # classification nor model time.
        refused = moderation.refusal(customer, request.headers.get("x-user-id", ""))
        if refused is not None:
            return _refused(refused)
        try:
            body = await request.json()
            images = prompt_images(body) if isinstance(body, dict) else []
            prompt = prompt_text(body, allow_empty=bool(images))
        except ValueError as e:  # also json.JSONDecodeError
            return _error(400, "invalid_request", str(e))
        user = request.headers.get("x-user-id") or str(body.get("user") or "")
        refused = moderation.refusal(customer, user)
        if refused is not None:
            return _refused(refused)
        review_content = None
        try:
            if images:  # one verdict for the text and every image (docs/IMAGES.md)
                parts = ([{"type": "text", "text": prompt}] if prompt else []) + images
                verdict = await run_in_threadpool(monitor.check_content, parts, "prompt",
                                                  customer=customer, user=user)
                # Reviewers see the images too: the content parts are the review item's content
                # (encrypted, region-bound and purged like any text).
                review_content = json.dumps(parts)
            else:
                verdict = await run_in_threadpool(monitor.check_prompt, prompt,
                                                  customer=customer, user=user)
        except abusemon.Error as e:
            if e.status == "limit":
                return _error(413, "prompt_too_long", str(e))
            if e.status in ("format", "state"):
                return _error(400, "invalid_image", str(e))
            raise
        await run_in_threadpool(moderation.record, customer, user, prompt, verdict,
                                review_content)
        prompt_results = [{"prompt_index": 0, "content_filter_results": filter_results(verdict)}]
        if verdict.action == "block":
            return _error(
                400, "content_filter",
                "The prompt was filtered by the content management policy. Please modify your "
                "prompt and retry.",
                param="prompt",
                innererror={"code": "ResponsibleAIPolicyViolation",
                            "content_filter_result": filter_results(verdict)})
        client = client_holder["client"]
        if body.get("stream"):
            return StreamingResponse(
                _stream(client, body, customer, user, prompt_results),
                media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
        try:
            resp = await client.post("/v1/chat/completions", json=body, headers=upstream_headers())
        except httpx.HTTPError as e:
            return _error(502, "upstream_unavailable", f"the model server failed: {e}")
        if resp.status_code != 200:
            return _upstream_error(resp.status_code, resp.content)
        try:
            data = resp.json()
        except ValueError:
            return _error(502, "upstream_error", "the model server answered with invalid JSON")
        for choice in data.get("choices", []):
            message = choice.get("message") or {}
            text = message.get("content") if isinstance(message.get("content"), str) else ""
            try:
                v = await run_in_threadpool(monitor.check_completion, text, customer=customer,
                                            user=user)
            except abusemon.Error as e:
                if e.status != "limit":
                    raise
                # Too long to classify: fail closed. Azure reports a filter that could not run
                # as an "error" object in place of the category results.
                message["content"] = None
                choice["finish_reason"] = "content_filter"
                choice["content_filter_results"] = {
                    "error": {"code": "content_too_long", "message": str(e)}}
                continue
            await run_in_threadpool(moderation.record, customer, user, text, v)
            choice["content_filter_results"] = filter_results(v)
            if v.action == "block":
                message["content"] = None  # as Azure: no content, finish_reason says why
                choice["finish_reason"] = "content_filter"
        data["prompt_filter_results"] = prompt_results
        return JSONResponse(data)

    async def _stream(client: httpx.AsyncClient, body: dict[str, Any], customer: str, user: str,
                      prompt_results: list[dict[str, Any]]) -> AsyncIterator[bytes]:
        # As Azure does: a first frame without choices carries the prompt's annotations.
        yield _sse({"id": "", "object": "chat.completion.chunk", "created": 0, "model": "",
                    "choices": [], "prompt_filter_results": prompt_results})
        choices: dict[int, _ChoiceStream] = {}
        template: dict[str, Any] = {"object": "chat.completion.chunk"}

        def frame(index: int, delta: dict[str, Any], finish: Optional[str],
                  results: Optional[dict[str, Any]]) -> bytes:
            choice: dict[str, Any] = {"index": index, "delta": delta, "finish_reason": finish}
            if results is not None:
                choice["content_filter_results"] = results
            return _sse({**template, "choices": [choice]})

        async def close(index: int, st: _ChoiceStream, finish: str) -> AsyncIterator[bytes]:
            final = await run_in_threadpool(st.checker.finish)
            blocked = final.action == "block"
            if not blocked:
                rest = st.take()
                if rest:
                    yield frame(index, {"content": rest}, None, st.results)
            st.closed = True
            await run_in_threadpool(moderation.record, customer, user,
                                    st.received.decode("utf-8", "replace"), final)
            yield frame(index, {}, "content_filter" if blocked else finish,
                        filter_results(final))

        try:
            async with client.stream("POST", "/v1/chat/completions", json=body,
                                     headers=upstream_headers()) as resp:
                if resp.status_code != 200:
                    err = json.loads(_upstream_error(resp.status_code, await resp.aread()).body)
                    yield _sse(err)
                    yield b"data: [DONE]\n\n"
                    return
                async for line in resp.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    payload = line[5:].strip()
                    if payload == "[DONE]":
                        break
                    chunk = json.loads(payload)
                    template = {k: v for k, v in chunk.items() if k != "choices"}
                    for choice in chunk.get("choices", []):
                        index = int(choice.get("index", 0))
                        st = choices.get(index)
                        if st is None:
                            st = choices[index] = _ChoiceStream(monitor.stream(
                                check_every=config.check_every, window=config.window,
                                customer=customer, user=user))
                        if st.closed:
                            continue
                        delta = dict(choice.get("delta") or {})
                        text = delta.pop("content", None) or ""
                        if delta:  # role, tool calls: no text to check
                            yield frame(index, delta, None, None)
                        if text:
                            st.received += text.encode("utf-8")
                            blocking = st.absorb(await run_in_threadpool(st.checker.feed, text))
                            if blocking is not None:
                                # Cut: nothing past the last passing check is sent.
                                st.closed = True
                                await run_in_threadpool(
                                    moderation.record, customer, user,
                                    st.received.decode("utf-8", "replace"), blocking)
                                yield frame(index, {}, "content_filter", filter_results(blocking))
                                continue
                            released = st.take(st.passed)
                            if released:
                                yield frame(index, {"content": released}, None, st.results)
                        if choice.get("finish_reason"):
                            async for out in close(index, st, choice["finish_reason"]):
                                yield out
                    if choices and all(st.closed for st in choices.values()):
                        break  # leaving the block closes the upstream response: generation stops
            for index, st in choices.items():
                if not st.closed:  # the upstream ended without a finish_reason
                    async for out in close(index, st, "stop"):
                        yield out
        except (httpx.HTTPError, ValueError) as e:  # ValueError: a malformed upstream frame
            # The status line is gone: report in band, as OpenAI-compatible servers do.
            yield _sse({"error": {"message": f"the model server failed: {e}",
                                  "type": "server_error", "code": "upstream_unavailable"}})
        yield b"data: [DONE]\n\n"

    return app


def _upstream_error(status: int, content: bytes) -> JSONResponse:
    try:
        return JSONResponse(json.loads(content), status_code=status)
    except ValueError:
        return _error(502, "upstream_error", f"the model server answered HTTP {status}")


def main(argv: Optional[list[str]] = None) -> int:
    import uvicorn

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--upstream", required=True, help="base URL of the OpenAI-compatible server")
    ap.add_argument("--model", required=True, help="abusemon model file (.gguf)")
    ap.add_argument("--image-model", help="image model (.gguf, docs/IMAGES.md); without it, "
                    "requests with image parts are refused with 400 invalid_image")
    ap.add_argument("--db", required=True, help="review + enforcement SQLite file")
    ap.add_argument("--policy", help="severity policy JSON file (docs/POLICY.md)")
    ap.add_argument("--enforcement-policy", help="enforcement policy JSON file")
    ap.add_argument("--tracker-config", help="tracker config JSON file")
    ap.add_argument("--api-keys", help="JSON file {api_key: customer}; default: X-Customer-Id")
    ap.add_argument("--upstream-api-key", default="", help="key sent to the upstream server")
    ap.add_argument("--region", default="us")
    ap.add_argument("--auto-confirm", type=float, default=0.0)
    ap.add_argument("--outbox", help="append notifications to this JSON Lines file")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000)
    args = ap.parse_args(argv)

    def load(path: Optional[str]) -> Optional[str]:
        if path is None:
            return None
        with open(path, encoding="utf-8") as f:
            return f.read()

    policy = abusemon.Policy.from_file(args.policy) if args.policy else abusemon.Policy()
    monitor = abusemon.Monitor(args.model, policy, image_model=args.image_model)
    api_keys = json.loads(load(args.api_keys)) if args.api_keys else {}
    config = GatewayConfig(upstream_url=args.upstream, db_path=args.db,
                           upstream_api_key=args.upstream_api_key, api_keys=api_keys,
                           region=args.region, auto_confirm=args.auto_confirm,
                           enforcement_policy=load(args.enforcement_policy),
                           tracker_config=load(args.tracker_config), outbox_path=args.outbox)
    uvicorn.run(create_app(config, monitor), host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
