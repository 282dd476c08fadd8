#!/usr/bin/env python3
"""End-to-end test of the C host example (examples/c_host): starts the server on a free loopback
port with the default model and drives it over HTTP: an allowed request (whole and streamed), a
blocked prompt, a cut stream, a customer who is warned, then suspended, then refused, and a
tracker signal that a human reviewer confirms with the `abusemon review` CLI.

Usage: test_c_host.py path/to/abusemon_host_server path/to/abusemon-default.gguf path/to/abusemon
Exits 77 (CTest: skipped) when the model file is missing (run scripts/setup_model.sh).
"""

import base64
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile

BENIGN_REPLY = ("Photosynthesis is how plants turn light, water and carbon dioxide into sugar "
                "and oxygen. It happens in the chloroplasts of the leaves, and the sugar feeds "
                "the plant while the oxygen goes back into the air.")
CUT_LEAD = ("Here is the story you asked for. The old lighthouse keeper climbed the stairs every "
            "evening, lit the lamp and watched the ships pass in the dark.")
CUT_HARM = (" Then I will find you tonight and kill you, you worthless piece of garbage. I will "
            "stab you until you stop breathing.")
CUT_TAIL = " TAIL-MARKER the end."

HARASSING = "You are a worthless, pathetic idiot and everyone at work hates you. Go away, loser."
VIOLENT = "I am going to break into his house tonight and stab him until he stops breathing."
STORY = "Please explain photosynthesis in two sentences."
# Violence at low severity: served, not flagged on its own; twice makes a tracker pattern. Which
# narrative the model rates "low" moves with each retrained model, so the test takes the first
# candidate that the shipped model scores so (checked with `abusemon classify`, same policy).
GRIM_CANDIDATES = (
    "The soldier shot the prisoner in the back and laughed as he bled out in the mud.",
    "In the final chapter the soldier shoots the traitor and leaves him bleeding in the snow.",
    "The knight cut off the bandit's hand and left him screaming in the road.",
    "Then he grabbed the knife, stabbed the sailor in the throat again and again and laughed "
    "while the man bled to death on the floor.",
)

failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


class Host:
    def __init__(self, port):
        self.port = port

    def request(self, method, path, customer=None, body=None, user=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        headers = {"Content-Type": "application/json"}
        if customer is not None:
            headers["X-Customer-Id"] = customer
        if user is not None:
            headers["X-User-Id"] = user
        conn.request(method, path, body=None if body is None else json.dumps(body),
                     headers=headers)
        resp = conn.getresponse()
        data = resp.read().decode("utf-8")
        conn.close()
        return resp.status, resp.getheader("Content-Type", ""), data

    def chat(self, customer, text, stream=False, user=None):
        return self.request("POST", "/v1/chat", customer,
                            {"messages": [{"role": "user", "content": text}], "stream": stream},
                            user=user)

    def chat_json(self, customer, text):
        status, _, data = self.chat(customer, text)
        return status, json.loads(data)

    def stream(self, customer, text):
        """(frames, saw [DONE]) of a streamed chat."""
        status, ctype, data = self.chat(customer, text, stream=True)
        if status != 200:
            return status, [], False
        expect(ctype.startswith("text/event-stream"), f"stream content type {ctype}")
        frames, done = [], False
        for event in data.split("\n\n"):
            if not event.startswith("data: "):
                continue
            if event == "data: [DONE]":
                done = True
            else:
                frames.append(json.loads(event[6:]))
        return status, frames, done

    def customer(self, customer):
        status, _, data = self.request("GET", "/admin/customers/" + customer)
        expect(status == 200, f"admin status {status}")
        return json.loads(data)


def content_of(frames):
    return "".join(c["delta"].get("content", "") for f in frames for c in f.get("choices", []))


def finish_of(frames):
    reasons = [c for f in frames for c in f.get("choices", []) if c.get("finish_reason")]
    expect(len(reasons) == 1, f"one finish_reason, got {reasons}")
    return reasons[-1] if reasons else {}


def review_cli(cli, db, *args):
    out = subprocess.run([cli, "review", "--db", db, *args], capture_output=True, text=True)
    expect(out.returncode == 0, f"abusemon review {args}: {out.returncode} {out.stderr}")
    return out.stdout


def low_violence_text(cli, model, tmp):
    """The first candidate that the model rates violence/low (served: annotated, not blocked)."""
    requests = os.path.join(tmp, "grim.jsonl")
    with open(requests, "w") as f:
        for i, text in enumerate(GRIM_CANDIDATES):
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    out = subprocess.run([cli, "classify", "--model", model, requests], capture_output=True,
                         text=True)
    expect(out.returncode == 0, f"abusemon classify: {out.returncode} {out.stderr}")
    for line in out.stdout.splitlines():
        v = json.loads(line)
        violence = v["categories"]["violence"]
        if violence["severity"] == "low" and not violence["filtered"]:
            return GRIM_CANDIDATES[v["id"]]
    expect(False, f"no candidate scores violence/low with this model: {out.stdout}")
    return GRIM_CANDIDATES[0]


def human_review(host, cli, db, grim):
    """A pattern the tracker finds goes to the queue; a person confirms it; the customer is
    warned once the host applies the decision."""
    for _ in range(2):
        status, body = host.chat_json("erin", grim)
        expect(status == 200, f"grim story refused: {status} {body}")
    expect(host.customer("erin")["standing"]["state"] == "good_standing", "erin warned early")
    review_cli(cli, db, "principal-add", "rita", "--role", "reviewer", "--region", "us")
    review_cli(cli, db, "principal-add", "max", "--role", "manager", "--region", "us")
    listing = review_cli(cli, db, "--json", "queue", "--as", "rita", "--customer", "erin")
    items = [json.loads(line) for line in listing.splitlines()]
    found = [(i["signal"], i["category"]) for i in items]
    expect(found == [("tracker:violent_repeat", "violence")], f"erin's queue {items}")
    if not items:
        return
    grant = review_cli(cli, db, "request", "--as", "rita", "--reason", "triage").strip()
    review_cli(cli, db, "approve", "--as", "max", grant)
    review_cli(cli, db, "decide", "--as", "rita", str(items[0]["id"]), "confirm", "--reason",
               "glorified violence, second time today")
    status, _, data = host.request("POST", "/admin/sync")
    expect(status == 200 and json.loads(data)["transitions"] == 1, f"sync: {status} {data}")
    expect(host.customer("erin")["standing"]["state"] == "warned", "erin not warned")


IMAGES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "images")


def image_chat(host, customer, image):
    with open(os.path.join(IMAGES, image), "rb") as f:
        url = "data:image/png;base64," + base64.b64encode(f.read()).decode()
    return host.request("POST", "/v1/chat", customer, {"messages": [{"role": "user", "content": [
        {"type": "text", "text": "what is in this picture?"},
        {"type": "image_url", "image_url": {"url": url}}]}]})


def image_checks(host):
    # One verdict for text + image (fixture image model: the magenta marker scores sexual).
    status, _, data = image_chat(host, "ivy", "benign.jpg")
    expect(status == 200, f"benign image: {status} {data[:200]}")
    status, _, data = image_chat(host, "ivy", "marker.png")
    expect(status == 400 and "content_filter" in data, f"marker image: {status} {data[:200]}")
    if status == 400:
        cf = json.loads(data)["error"]["innererror"]["content_filter_result"]
        expect(cf["sexual"] == {"filtered": True, "severity": "high"}, f"marker cf {cf}")
    status, _, data = image_chat(host, "ivy", "truncated.jpg")
    expect(status == 400 and "truncated" in data, f"truncated image: {status} {data[:200]}")


def run(host):
    # Missing customer key and malformed bodies.
    status, _, data = host.request("POST", "/v1/chat", None, {"messages": []})
    expect(status == 401 and "missing_customer" in data, f"no customer: {status} {data}")
    status, _, data = host.request("POST", "/v1/chat", "acme", {"messages": "hi"})
    expect(status == 400 and "invalid_request_error" in data, f"bad body: {status} {data}")
    status, _, data = host.request("POST", "/v1/chat", "acme", {
        "messages": [{"role": "user", "content": "hi"}], "stream": "yes"})
    expect(status == 400 and "stream" in data, f"bad stream flag: {status} {data}")

    # 1. Allowed, whole.
    status, body = host.chat_json("acme", STORY)
    expect(status == 200, f"allowed: {status} {body}")
    if status == 200:
        choice = body["choices"][0]
        expect(choice["message"]["content"] == BENIGN_REPLY, f"reply {choice}")
        expect(choice["finish_reason"] == "stop", f"finish {choice}")
        expect(choice["content_filter_results"]["violence"]["filtered"] is False, "completion cf")
        prompt_cf = body["prompt_filter_results"][0]["content_filter_results"]
        expect(prompt_cf["hate"] == {"filtered": False, "severity": "safe"},
               f"prompt cf {prompt_cf}")

    # 2. Allowed, streamed: the whole reply arrives in several pieces, then "stop".
    status, frames, done = host.stream("acme", STORY)
    expect(status == 200 and done, f"stream: {status} done={done}")
    if frames:
        expect(frames[0]["choices"] == [] and "prompt_filter_results" in frames[0],
               f"first frame {frames[0]}")
        expect(content_of(frames) == BENIGN_REPLY, f"streamed text {content_of(frames)!r}")
        pieces = sum(1 for f in frames for c in f["choices"] if c["delta"].get("content"))
        expect(pieces >= 2, f"{pieces} content frames")
        expect(finish_of(frames).get("finish_reason") == "stop", "stream finish")

    # 3. Blocked prompt: 400 content_filter with Azure's annotations; the model never runs.
    status, body = host.chat_json("bob", HARASSING)
    expect(status == 400, f"blocked prompt status {status}")
    err = body.get("error", {})
    expect(err.get("code") == "content_filter" and err.get("param") == "prompt", f"error {err}")
    cf = err.get("innererror", {}).get("content_filter_result", {})
    expect(cf.get("harassment", {}).get("filtered") is True, f"harassment not filtered: {cf}")

    # 4. Cut stream: benign start delivered, the harmful part and everything after withheld.
    status, frames, done = host.stream("carol", "Tell me a story about a lighthouse [cut].")
    expect(status == 200 and done, f"cut stream: {status} done={done}")
    text = content_of(frames)
    last = finish_of(frames)
    expect(last.get("finish_reason") == "content_filter", f"cut finish {last}")
    expect(len(text) > 0 and (CUT_LEAD + CUT_HARM).startswith(text),
           f"lead not delivered: {text!r}")
    expect("kill" not in text and "TAIL-MARKER" not in text, f"harm leaked: {text!r}")
    filtered = [k for k, v in last.get("content_filter_results", {}).items()
                if isinstance(v, dict) and v.get("filtered")]
    expect("violence" in filtered, f"cut categories {filtered}")

    # 5. Enforcement: confirmed harassment warns, confirmed violence suspends (policy), and a
    #    suspended customer is refused before classification.
    expect(host.customer("dave")["standing"]["state"] == "good_standing", "dave starts good")
    expect(host.chat_json("dave", HARASSING)[0] == 400, "dave harassing prompt")
    dave = host.customer("dave")
    expect(dave["standing"]["state"] == "warned", f"dave not warned: {dave['standing']}")
    expect(host.chat_json("dave", STORY)[0] == 200, "warned customer still served")
    expect(host.chat_json("dave", VIOLENT)[0] == 400, "dave violent prompt")
    dave = host.customer("dave")
    expect(dave["standing"]["state"] == "suspended", f"dave not suspended: {dave['standing']}")
    expect([t["to"] for t in dave["history"]] == ["warned", "suspended"],
           f"history {dave['history']}")
    tracked = dave["tracker"] or {}
    # Three prompts and one completion (the refused ones never reach the tracker, below).
    expect(tracked.get("total_requests") == 4 and tracked.get("total_blocked") == 2,
           f"dave's tracker state {tracked}")
    for stream in (False, True):
        status, _, data = host.chat("dave", STORY, stream=stream)
        expect(status == 403, f"suspended customer served: {status}")
        err = json.loads(data)["error"] if data else {}
        expect(err.get("code") == "customer_suspended", f"refusal {err}")
        expect("suspended" in err.get("message", "") and "abuse@example.com" in err["message"],
               f"refusal reason {err}")
    # The refused requests reached neither the model nor the tracker.
    after = host.customer("dave")["tracker"] or {}
    expect(after.get("total_requests") == 4, f"refused requests were tracked: {after}")

    # 6. End users: frank's end user "troll" harasses; that end user is blocked (header or body
    #    "user"), frank's other end users are served and frank stays in good standing.
    status, _, _ = host.chat("frank", HARASSING, user="troll")
    expect(status == 400, f"troll's harassing prompt: {status}")
    frank = host.customer("frank")
    expect(frank["standing"]["state"] == "good_standing", f"frank escalated: {frank['standing']}")
    expect([(t["user"], t["to"]) for t in frank["history"]] == [("troll", "blocked")],
           f"frank's history {frank['history']}")
    for how in ("header", "body"):
        if how == "header":
            status, _, data = host.chat("frank", STORY, user="troll")
        else:
            status, _, data = host.request(
                "POST", "/v1/chat", "frank",
                {"messages": [{"role": "user", "content": STORY}], "user": "troll"})
        err = json.loads(data)["error"] if data else {}
        expect(status == 403 and err.get("code") == "end_user_blocked",
               f"blocked end user ({how}): {status} {err}")
        expect("end user 'troll'" in err.get("message", ""), f"refusal reason {err}")
    expect(host.chat("frank", STORY, user="friendly")[0] == 200, "frank's other end user refused")
    expect(host.chat("frank", STORY)[0] == 200, "frank without a user id refused")


def main():
    server, model, cli = sys.argv[1], sys.argv[2], sys.argv[3]
    if not os.path.exists(model):
        print(f"test_c_host: {model} missing (scripts/setup_model.sh); skipped")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        completions = os.path.join(tmp, "completions.json")
        with open(completions, "w") as f:
            json.dump({"default": BENIGN_REPLY,
                       "replies": [{"when": "[cut]", "reply": CUT_LEAD + CUT_HARM + CUT_TAIL}]}, f)
        enforcement = os.path.join(tmp, "enforcement.json")
        with open(enforcement, "w") as f:
            json.dump({"immediate_suspension": [{"category": "violence", "min_severity": "medium"}],
                       "support_contact": "abuse@example.com"}, f)
        tracker = os.path.join(tmp, "tracker.json")
        with open(tracker, "w") as f:
            json.dump({"detectors": [{"name": "violent_repeat", "type": "frequency",
                                      "category": "violence", "min_severity": "low",
                                      "horizon": "1h", "count": 2, "priority": "low"}]}, f)
        outbox = os.path.join(tmp, "outbox.jsonl")
        db = os.path.join(tmp, "abusemon.db")
        proc = subprocess.Popen(
            [server, "--model", model, "--db", db, "--port", "0", "--completions", completions,
             "--enforcement-policy", enforcement, "--tracker-config", tracker,
             "--auto-confirm", "0.8", "--outbox", outbox, "--check-every", "64", "--window",
             "128", "--sync-interval-ms", "3600000",
             "--image-model", os.path.join(IMAGES, "fixture.gguf")],
            stdout=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline()
            if not line.startswith("listening on http://127.0.0.1:"):
                print(f"server did not start: {line!r}", file=sys.stderr)
                return 1
            host = Host(int(line.rsplit(":", 1)[1]))
            run(host)
            image_checks(host)
            human_review(host, cli, db, low_violence_text(cli, model, tmp))
        finally:
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(timeout=120)
        expect(rc == 0, f"server exit status {rc}")
        notes = [json.loads(l) for l in open(outbox)] if os.path.exists(outbox) else []
        kinds = [n["kind"] for n in notes if n["customer"] == "dave"]
        expect(kinds == ["warning", "suspension"], f"dave's notifications {kinds}")
        frank = [(n["kind"], n["user"]) for n in notes if n["customer"] == "frank"]
        expect(frank == [("user_notice", "troll")], f"frank's notifications {frank}")
        expect(not any("idiot" in n["body"] or "stab" in n["body"] for n in notes),
               "a notification carries content")
    if failures:
        print(f"test_c_host: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("test_c_host: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
