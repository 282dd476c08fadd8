"""End to end: the OpenAI-compatible gateway (examples/python_gateway) served by uvicorn on a
loopback port, in front of a fake upstream model server (also uvicorn on loopback), driven by a
real HTTP client (httpx). The Monitor uses a keyword scorer so that every verdict is known."""

from __future__ import annotations

import base64
import json
import socket
import sys
import threading
from pathlib import Path

import abusemon
import pytest

from testkit import NAMES, keyword_scores

fastapi = pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples" / "python_gateway"))
import abusemon_gateway as gw  # noqa: E402

# The fake model: the reply is chosen by a marker in the last user message.
FILLER = " ".join(f"word{i}" for i in range(40))
REPLIES = {
    "story": "Once upon a time a small robot learned to paint. " + FILLER + " The end.",
    "cut": "Sure, here is the text. " + FILLER + " violence=0.97 " + FILLER + " TAIL-MARKER",
    "rude": "Fine. harassment=0.97 you asked for it.",
    # Past the Monitor's default max_text_bytes (1 MiB): too long to classify.
    "endless": "la " * 400_000,
}


def fake_upstream() -> tuple[fastapi.FastAPI, list[dict]]:
    app = fastapi.FastAPI()
    seen: list[dict] = []

    def reply_for(body: dict) -> str:
        text = body["messages"][-1]["content"]
        return next((r for k, r in REPLIES.items() if k in text), "Hello from the model.")

    @app.post("/v1/chat/completions")
    async def completions(request: fastapi.Request):
        body = await request.json()
        seen.append({"body": body, "auth": request.headers.get("authorization")})
        reply = reply_for(body)
        base = {"id": "chatcmpl-fake", "created": 1700000000, "model": "fake-model"}
        if not body.get("stream"):
            return {**base, "object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": reply},
                 "finish_reason": "stop"}]}

        def frames():
            def chunk(delta, finish=None):
                c = {**base, "object": "chat.completion.chunk",
                     "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                return f"data: {json.dumps(c)}\n\n"

            yield chunk({"role": "assistant", "content": ""})
            words = reply.split(" ")
            for i in range(0, len(words), 2):
                yield chunk({"content": " ".join(words[i:i + 2]) + " "})
            yield chunk({}, "stop")
            yield "data: [DONE]\n\n"

        return fastapi.responses.StreamingResponse(frames(), media_type="text/event-stream")

    return app, seen


class Served:
    """An ASGI app served by uvicorn on a free loopback port, in a thread."""

    def __init__(self, app) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = "http://127.0.0.1:%d" % self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)
        self.thread.start()
        ready = threading.Event()
        # uvicorn sets `started` once it listens; wait on it without a fixed sleep.
        while not self.server.started and self.thread.is_alive():
            ready.wait(0.01)
        assert self.server.started, "uvicorn did not start"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join()
        self.sock.close()


ENFORCEMENT_POLICY = {
    # Violence at high severity suspends at once; anything else confirmed warns first.
    "immediate_suspension": [{"category": "violence", "min_severity": "high"}],
    "support_contact": "abuse@example.com",
}


TRACKER_CONFIG = {
    # Two low-severity harassment texts within an hour: a pattern for a person to look at,
    # although neither text is blocked or flagged on its own.
    "detectors": [{"name": "low_repeat", "type": "frequency", "category": "harassment",
                   "min_severity": "low", "horizon": "1h", "count": 2}],
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gateway")
    upstream_app, seen = fake_upstream()
    upstream = Served(upstream_app)
    scorer = abusemon.CallbackScorer(keyword_scores, NAMES, model_id="kw", model_version="1")
    config = gw.GatewayConfig(
        upstream_url=upstream.url, db_path=str(tmp / "abusemon.db"),
        upstream_api_key="upstream-secret",
        api_keys={"key-acme": "acme", "key-bob": "bob", "key-carol": "carol", "key-dave": "dave",
                  "key-erin": "erin",
                  "key-gina": "gina", "key-hank": "hank", "key-ivy": "ivy",
                  "key-jack": "jack", "key-kim": "kim"},
        auto_confirm=0.9, enforcement_policy=ENFORCEMENT_POLICY, tracker_config=TRACKER_CONFIG,
        check_every=32, window=128,
        outbox_path=str(tmp / "outbox.jsonl"), sync_interval_s=3600)
    images = Path(__file__).resolve().parents[1] / "data" / "images" / "fixture.gguf"
    app = gw.create_app(config, abusemon.Monitor(scorer, image_model=str(images)))
    gateway = Served(app)
    client = httpx.Client(base_url=gateway.url, timeout=30)
    yield {"client": client, "seen": seen, "moderation": app.state.moderation, "tmp": tmp,
           "config": config}
    client.close()
    gateway.stop()
    upstream.stop()


def chat(client, key, text, stream=False, **extra):
    return client.post("/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                       json={"model": "m", "messages": [{"role": "user", "content": text}],
                             "stream": stream, **extra})


def stream_chat(client, key, text):
    """Returns (frames, saw_done) of a streamed request."""
    frames, done = [], False
    with client.stream("POST", "/v1/chat/completions",
                       headers={"Authorization": f"Bearer {key}"},
                       json={"model": "m", "stream": True,
                             "messages": [{"role": "user", "content": text}]}) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if not line.startswith("data: "):
                continue
            if line == "data: [DONE]":
                done = True
                continue
            frames.append(json.loads(line[6:]))
    return frames, done


def content_of(frames):
    return "".join(c["delta"].get("content") or "" for f in frames for c in f["choices"])


def finish_of(frames):
    reasons = [c["finish_reason"] for f in frames for c in f["choices"] if c["finish_reason"]]
    assert len(reasons) == 1, reasons
    return reasons[0]


def test_allowed_request_is_forwarded_and_annotated(stack):
    before = len(stack["seen"])
    r = chat(stack["client"], "key-acme", "tell me a story")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["choices"][0]["message"]["content"] == REPLIES["story"]
    assert body["choices"][0]["finish_reason"] == "stop"
    cf = body["choices"][0]["content_filter_results"]
    assert cf["hate"] == {"filtered": False, "severity": "safe"}
    prompt = body["prompt_filter_results"][0]
    assert prompt["prompt_index"] == 0
    assert prompt["content_filter_results"]["violence"]["filtered"] is False
    assert len(stack["seen"]) == before + 1
    assert stack["seen"][-1]["auth"] == "Bearer upstream-secret"


def test_unknown_key_and_bad_body(stack):
    r = chat(stack["client"], "nope", "hi")
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
    r = stack["client"].post("/v1/chat/completions", headers={"Authorization": "Bearer key-acme"},
                             content=b"{not json")
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"
    r = stack["client"].post("/v1/chat/completions", headers={"Authorization": "Bearer key-acme"},
                             json={"messages": []})
    assert r.status_code == 400


def test_blocked_prompt_gets_content_filter_error_and_never_reaches_the_model(stack):
    before = len(stack["seen"])
    r = chat(stack["client"], "key-bob", "write hate=0.97 about them")
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "content_filter" and err["param"] == "prompt"
    inner = err["innererror"]
    assert inner["code"] == "ResponsibleAIPolicyViolation"
    assert inner["content_filter_result"]["hate"] == {"filtered": True, "severity": "high"}
    assert inner["content_filter_result"]["violence"]["filtered"] is False
    assert len(stack["seen"]) == before


def test_streamed_completion_passes_whole(stack):
    frames, done = stream_chat(stack["client"], "key-acme", "another story please")
    assert done
    assert frames[0]["choices"] == []
    prompt_results = frames[0]["prompt_filter_results"][0]["content_filter_results"]
    assert prompt_results["hate"]["filtered"] is False
    # The fake server adds a space after each pair of words.
    assert content_of(frames).strip() == REPLIES["story"]
    assert finish_of(frames) == "stop"
    last = [c for f in frames for c in f["choices"] if c["finish_reason"]][0]
    assert last["content_filter_results"]["violence"] == {"filtered": False, "severity": "safe"}
    # Text went out while the model was still generating, not in one piece at the end.
    assert sum(1 for f in frames for c in f["choices"] if c["delta"].get("content")) > 2


def test_streamed_completion_is_cut(stack):
    frames, done = stream_chat(stack["client"], "key-carol", "cut this one")
    assert done
    text = content_of(frames)
    assert finish_of(frames) == "content_filter"
    assert text.startswith("Sure, here is the text.")
    assert "violence=0.97" not in text and "TAIL-MARKER" not in text
    last = [c for f in frames for c in f["choices"] if c["finish_reason"]][0]
    assert last["content_filter_results"]["violence"] == {"filtered": True, "severity": "high"}


def test_non_streamed_blocked_completion(stack):
    r = chat(stack["client"], "key-dave", "be rude to me")
    assert r.status_code == 200
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter"
    assert choice["message"]["content"] is None
    assert choice["content_filter_results"]["harassment"] == {"filtered": True, "severity": "high"}


def test_completion_too_long_to_classify_is_withheld(stack):
    r = chat(stack["client"], "key-hank", "sing endless")
    assert r.status_code == 200, r.text
    choice = r.json()["choices"][0]
    assert choice["finish_reason"] == "content_filter"
    assert choice["message"]["content"] is None
    assert choice["content_filter_results"]["error"]["code"] == "content_too_long"


def test_warning_then_suspension_then_refusal(stack):
    client, moderation = stack["client"], stack["moderation"]
    assert moderation.enforcement.status("acme").state == "good_standing"
    seen = (moderation.tracker.customer("acme") or {}).get("total_requests", 0)
    # Confirmed (automated pre-review at 0.97 >= 0.9) harassment: a warning.
    r = chat(client, "key-acme", "you are worthless harassment=0.97")
    assert r.status_code == 400
    assert moderation.enforcement.status("acme").state == "warned"
    # Warned customers are still served.
    assert chat(client, "key-acme", "tell me a story").status_code == 200
    # Confirmed high-severity violence: immediate suspension under the policy.
    assert chat(client, "key-acme", "how to hurt them violence=0.97").status_code == 400
    assert moderation.enforcement.status("acme").state == "suspended"
    before = len(stack["seen"])
    for stream in (False, True):
        r = chat(client, "key-acme", "tell me a story", stream=stream)
        assert r.status_code == 403
        err = r.json()["error"]
        assert err["code"] == "customer_suspended"
        assert "suspended" in err["message"] and "abuse@example.com" in err["message"]
    assert len(stack["seen"]) == before  # refused without calling the model
    lines = Path(stack["config"].outbox_path).read_text(encoding="utf-8").splitlines()
    notes = [json.loads(line) for line in lines]
    kinds = [n["kind"] for n in notes if n["customer"] == "acme"]
    assert kinds == ["warning", "suspension"]
    # No notification carries the customer's text.
    assert not any("worthless" in n["body"] for n in notes)
    # The tracker saw every checked text (two blocked prompts, one prompt and its completion)
    # and none of the refused requests.
    state = moderation.tracker.customer("acme")
    assert state["total_requests"] == seen + 4 and state["total_blocked"] == 2


def test_abusive_end_user_blocked_rest_of_customer_served(stack):
    client, moderation = stack["client"], stack["moderation"]
    # Confirmed harassment (pre-review at 0.97) by end user "troll" (the body's "user" field).
    r = chat(client, "key-kim", "you are worthless harassment=0.97", user="troll")
    assert r.status_code == 400
    assert moderation.enforcement.status("kim").state == "good_standing"
    assert moderation.enforcement.user_status("kim", "troll").state == "blocked"
    before = len(stack["seen"])
    for extra in ({"user": "troll"}, {}):
        headers = {"Authorization": "Bearer key-kim"}
        if not extra:
            headers["X-User-Id"] = "troll"
        r = client.post("/v1/chat/completions", headers=headers,
                        json={"model": "m", "messages": [{"role": "user", "content": "hi"}],
                              **extra})
        assert r.status_code == 403
        err = r.json()["error"]
        assert err["code"] == "end_user_blocked" and "end user 'troll'" in err["message"]
    assert len(stack["seen"]) == before  # refused without calling the model
    # The customer's other end users are served.
    assert chat(client, "key-kim", "tell me a story", user="nice").status_code == 200
    assert chat(client, "key-kim", "tell me a story").status_code == 200
    lines = Path(stack["config"].outbox_path).read_text(encoding="utf-8").splitlines()
    notes = [json.loads(line) for line in lines if json.loads(line)["customer"] == "kim"]
    assert [(n["kind"], n["user"]) for n in notes] == [("user_notice", "troll")]


def test_human_reviewer_decision_reaches_the_gate(stack):
    client, moderation, tmp = stack["client"], stack["moderation"], stack["tmp"]
    # Medium severity: blocked, but below the automated pre-review bar: a person decides.
    r = chat(client, "key-erin", "a rude one harassment=0.75")
    assert r.status_code == 400
    review = abusemon.ReviewStore(str(tmp / "abusemon.db"))
    review.add_principal("rita", "reviewer", "us")
    review.add_principal("max", "manager", "us")
    review.approve_access("max", review.request_access("rita", reason="triage"))
    pending = review.queue("rita", customer="erin")
    assert [i.category for i in pending] == ["harassment"]
    assert moderation.enforcement.status("erin").state == "good_standing"
    review.decide("rita", pending[0].id, "confirm", reason="insulting the recipient")
    # What the periodic maintenance does: the reviewer's decision moves erin's standing.
    assert [(t.customer, t.to_state) for t in moderation.maintain()] == [("erin", "warned")]
    assert moderation.enforcement.status("erin").state == "warned"


def test_tracker_signal_sends_the_text_to_review(stack):
    client, tmp = stack["client"], stack["tmp"]
    review = abusemon.ReviewStore(str(tmp / "abusemon.db"))
    review.add_principal("sam", "reviewer", "us")
    # Low severity: served, and not flagged by the classifier alone.
    assert chat(client, "key-gina", "meh harassment=0.55 first").status_code == 200
    assert review.queue("sam", customer="gina") == []
    assert chat(client, "key-gina", "meh harassment=0.55 second").status_code == 200
    items = review.queue("sam", customer="gina")
    # Filed at the detector's priority (default medium), below the automated pre-review bar.
    assert [(i.signal, i.category, i.severity, i.status) for i in items] == [
        ("tracker:low_repeat", "harassment", "medium", "pending")]
    assert stack["moderation"].enforcement.status("gina").state == "good_standing"


def test_upstream_down(tmp_path):
    """The model server is unreachable: 502 for a whole response, an in-band error frame and
    [DONE] for a stream (its status line was already sent)."""
    from fastapi.testclient import TestClient

    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    scorer = abusemon.CallbackScorer(keyword_scores, NAMES)
    config = gw.GatewayConfig(upstream_url="http://upstream.invalid",
                              db_path=str(tmp_path / "abusemon.db"), sync_interval_s=3600)
    app = gw.create_app(config, abusemon.Monitor(scorer), transport=httpx.MockTransport(refuse))
    body = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
    with TestClient(app) as client:
        r = client.post("/v1/chat/completions", headers={"X-Customer-Id": "zed"}, json=body)
        assert r.status_code == 502 and r.json()["error"]["code"] == "upstream_unavailable"
        r = client.post("/v1/chat/completions", headers={"X-Customer-Id": "zed"},
                        json={**body, "stream": True})
        assert r.status_code == 200
        events = [line[6:] for line in r.text.splitlines() if line.startswith("data: ")]
        assert json.loads(events[-2])["error"]["code"] == "upstream_unavailable"
        assert events[-1] == "[DONE]"
        # Without api_keys the X-Customer-Id header names the customer; none: 401.
        assert client.post("/v1/chat/completions", json=body).status_code == 401


def image_chat(client, key, text, image_file):
    data = (Path(__file__).resolve().parents[1] / "data" / "images" / image_file).read_bytes()
    url = "data:image/png;base64," + base64.b64encode(data).decode()
    return client.post("/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                       json={"model": "m", "messages": [{"role": "user", "content": [
                           {"type": "text", "text": text},
                           {"type": "image_url", "image_url": {"url": url}}]}]})


def test_image_parts_are_moderated_with_the_text(stack):
    before = len(stack["seen"])
    r = image_chat(stack["client"], "key-ivy", "what is in this picture?", "benign.jpg")
    assert r.status_code == 200, r.text
    assert len(stack["seen"]) == before + 1
    # the sexual marker image blocks the request; the model never sees it
    r = image_chat(stack["client"], "key-jack", "what is in this picture?", "marker.png")
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "content_filter"
    assert err["innererror"]["content_filter_result"]["sexual"] == {"filtered": True,
                                                                   "severity": "high"}
    assert len(stack["seen"]) == before + 1
    # a broken image is a client error, not a crash
    r = image_chat(stack["client"], "key-jack", "and this?", "truncated.jpg")
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_image"
