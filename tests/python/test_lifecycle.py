"""Joins between components: review decisions feeding the tracker's review counts, the
enforcement gate on a Monitor, Maildir delivery and abusemon.replay()."""

from __future__ import annotations

import datetime
import email
import email.policy
import json
import os
import threading
import time

import abusemon
import pytest

from testkit import (CATEGORY_NAMES, T0, decide_flagged, end_user_traffic, keyword_scores_for,
                     redis_server)

HOUR = 3600 * 1000
NAMES = CATEGORY_NAMES
keyword_scores = keyword_scores_for(NAMES)


class CountingScorer:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, texts):
        self.calls += len(texts)
        return keyword_scores(texts)


@pytest.fixture()
def enf(tmp_path, clock, review):
    return abusemon.Enforcement(str(tmp_path / "store.db"), clock=clock, retry_base_ms=1000)


def decide(review, kind, customer="acme", user="u1", flagged="hate", **kw):
    return decide_flagged(review, kind, customer=customer, user=user, flagged=flagged, **kw)


def reviews(tracker, customer, user=None):
    return tracker.customer(customer, user)["reviews"]


# --- tracker review counts --------------------------------------------------------------------


def test_record_review_counts_and_idempotency():
    t = abusemon.Tracker({"detectors": []})
    t.record("acme", "u1", time_ms=T0)
    kw = {"category": "hate", "outcome": "confirmed", "time_ms": T0}
    assert t.record_review("acme", user="u1", decision_seq=4, **kw)
    assert not t.record_review("acme", decision_seq=4, **kw)
    assert t.record_review("acme", decision_seq=3, **kw)
    assert t.record_review("acme", category="violence", outcome="dismissed", time_ms=T0 + HOUR)
    r = reviews(t, "acme")
    assert r["confirmed"]["hate"] == 2 and r["dismissed"]["violence"] == 1
    assert r["corrected"] == {c: 0 for c in NAMES}
    assert r["last_ms"] == T0 + HOUR
    assert reviews(t, "acme", "u1")["confirmed"]["hate"] == 1
    assert t.customer("acme")["total_requests"] == 1
    with pytest.raises(ValueError):
        t.record_review("acme", category="spam", outcome="confirmed")
    with pytest.raises(ValueError):
        t.record_review("acme", category="hate", outcome="confirm")
    with pytest.raises(ValueError):
        t.record_review("", category="hate", outcome="confirmed")


def test_review_decisions_feed_the_tracker(review, clock):
    t = abusemon.Tracker({"detectors": []})
    review.set_decision_listener(t.record_decision)
    d1 = decide(review, "confirm")
    decide(review, "correct", flagged="hate", category="harassment")
    decide(review, "dismiss", flagged="sexual")
    r = reviews(t, "acme")
    assert r["confirmed"]["hate"] == 1
    assert r["corrected"]["harassment"] == 1
    assert r["dismissed"]["sexual"] == 1
    assert reviews(t, "acme", "u1") == r
    assert r["last_ms"] == clock.t
    # The same decision again (a replayed feed) is not counted twice.
    assert not t.record_decision(d1)
    assert not t.record_decision(abusemon.decision_from_json(d1.to_json()))
    assert reviews(t, "acme")["confirmed"]["hate"] == 1


def test_review_counts_survive_snapshots(tmp_path):
    t = abusemon.Tracker({"detectors": []})
    t.record_review("acme", category="self_harm", outcome="confirmed", user="u", time_ms=T0)
    path = tmp_path / "t.snap"
    t.snapshot(str(path))
    t2 = abusemon.Tracker({"detectors": []})
    t2.restore(str(path))
    assert reviews(t2, "acme", "u")["confirmed"]["self_harm"] == 1
    info = abusemon.read_tracker_snapshot(str(path))
    acme = [e for e in info["entities"] if e["customer"] == "acme" and "user" not in e]
    assert acme and acme[0]["reviews"]["confirmed"]["self_harm"] == 1


def test_record_verdict_skips_gate_refusals(tmp_path, clock, review, enf):
    m = abusemon.Monitor(abusemon.CallbackScorer(keyword_scores, NAMES))
    m.set_enforcement(enf)
    decide(review, "confirm", customer="evil", flagged="sexual_minors")
    enf.sync(review)
    t = abusemon.Tracker({"detectors": []})
    v = m.check("hello", customer="evil")
    assert v.refusal
    assert t.record_verdict("evil", v) is False
    assert t.customer("evil") is None
    assert t.record_verdict("fine", m.check("hate=0.9", customer="fine")) is True
    assert t.customer("fine")["total_flagged"] == 1


# --- the gate on a Monitor --------------------------------------------------------------------


def test_monitor_gate_refuses_without_scoring(review, enf, clock):
    scorer = CountingScorer()
    m = abusemon.Monitor(abusemon.CallbackScorer(scorer, NAMES))
    assert m.check("hello", customer="evil").refusal is None
    assert scorer.calls == 1
    m.set_enforcement(enf)
    decide(review, "confirm", customer="evil", flagged="sexual_minors")
    # Severe abuse: the customer suspended, and its end user u1 blocked (docs/ENFORCEMENT.md).
    assert [(t.user, t.to_state) for t in enf.sync(review)] == [("u1", "blocked"),
                                                              ("", "suspended")]
    v = m.check("hello", customer="evil")
    assert v.action == "block" and "suspended" in v.refusal
    assert scorer.calls == 1  # the model did not run
    assert m.check_completion("x", customer="other").refusal is None
    s = m.stream(customer="evil")
    s.feed("abc")
    assert s.finish().refusal
    enf.reinstate("mia", "evil", reason="remediated")
    assert m.check("hello", customer="evil").refusal is None
    clock.t += 24 * HOUR
    decide(review, "confirm", customer="evil")
    assert [t.to_state for t in enf.sync(review)] == ["terminated"]
    assert "terminated" in m.check("hello", customer="evil").refusal
    m.set_enforcement(None)
    assert m.check("hello", customer="evil").refusal is None
    m.set_gate(enf.customer_gate())
    assert m.check("hello", customer="evil").refusal
    m.set_gate(None)
    assert m.check("hello", customer="evil").refusal is None
    with pytest.raises(AttributeError):
        m.set_enforcement(object())


# --- Maildir ----------------------------------------------------------------------------------


def test_deliver_maildir_rfc5322_and_idempotent_ids(tmp_path, review, enf, clock):
    enf.set_contact("acme", "abuse@acme.example")
    decide(review, "confirm", user=None)  # no end user: a customer warning
    enf.sync(review)
    md = tmp_path / "mail"
    assert enf.deliver_maildir(md, from_address="ts@provider.example") == {
        "delivered": 1, "failed": 0, "dead": 0}
    assert sorted(os.listdir(md)) == ["cur", "new", "tmp"]
    assert os.listdir(md / "tmp") == []
    (name,) = os.listdir(md / "new")
    raw = (md / "new" / name).read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    (n,) = enf.outbox()
    assert msg["To"] == "abuse@acme.example"
    assert msg["From"] == "ts@provider.example"
    assert msg["Subject"] == n.subject
    assert msg["Message-ID"] == f"<{n.idempotency_key}@provider.example>"
    assert msg["X-Abusemon-Kind"] == "warning"
    assert msg.get_content().rstrip("\n") == n.body.rstrip("\n")
    assert b"SECRET" not in raw
    assert enf.deliver_maildir(md)["delivered"] == 0  # delivered once
    with pytest.raises(ValueError):
        enf.deliver_maildir(md, from_address="no address")
    (tmp_path / "blocker").write_text("x")
    decide(review, "confirm", customer="beta")
    enf.sync(review)
    r = enf.deliver_maildir(tmp_path / "blocker" / "mail")
    assert r["failed"] == 1
    assert "maildir" in enf.outbox(pending_only=True)[0].last_error


# --- replay -----------------------------------------------------------------------------------

TRAFFIC = [
    {"time": "2026-11-01T00:00:00Z", "customer": "good", "region": "eea", "prompt": "hello",
     "completion": "hi"},
    # acme passes no end-user ids: enforcement acts on the customer, as it always did.
    {"time": "2026-11-01T01:00:00Z", "customer": "acme", "region": "eea",
     "prompt": "harassment=0.95 you idiot"},
    {"time": "2026-11-03T01:00:00Z", "customer": "acme", "region": "eea",
     "prompt": "harassment=0.96 again"},
    {"time": "2026-11-03T02:00:00Z", "customer": "acme", "region": "eea",
     "prompt": "hello"},
    {"time": 1793926800, "customer": "evil", "user": "x", "prompt": "sexual_minors=0.97"},
    {"time": 1793930400, "customer": "evil", "user": "x", "prompt": "anything"},
]


def by_customer(summary):
    return {c["customer"]: c for c in summary["customers"]}


def test_replay_summary_from_records_lines_and_file(tmp_path):
    monitor = abusemon.Monitor(abusemon.CallbackScorer(keyword_scores, NAMES))
    out = abusemon.replay(TRAFFIC, monitor)
    assert out["records"] == 6
    c = by_customer(out)
    assert c["good"]["final_state"] == "good_standing" and c["good"]["flagged"] == 0
    assert c["acme"]["transitions"] == ["warned", "suspended"]
    assert c["acme"]["decisions"] == {"confirm": 2}
    assert c["acme"]["refused"] == 1
    assert c["acme"]["notifications"] == ["warning", "suspension"]
    assert c["evil"]["final_state"] == "suspended" and c["evil"]["refused"] == 1
    assert c["evil"]["signals"]
    assert "timeline" not in out
    # The same traffic as JSON lines, and as a file path (str and PathLike): the same summary.
    lines = [json.dumps(r) + "\n" for r in TRAFFIC]
    assert abusemon.replay(lines, monitor) == out
    path = tmp_path / "traffic.jsonl"
    path.write_text("".join(lines) + "\n")
    assert abusemon.replay(path, monitor) == out
    assert abusemon.replay(str(path), monitor) == out
    # The caller's monitor is not changed (no gate left on it).
    assert monitor.check("hello", customer="evil").refusal is None


def test_replay_outputs_timeline_and_errors(tmp_path):
    monitor = abusemon.Monitor(abusemon.CallbackScorer(keyword_scores, NAMES))
    out = abusemon.replay(
        TRAFFIC, monitor, outbox=tmp_path / "outbox.jsonl", maildir=tmp_path / "mail",
        timeline=True, db=tmp_path / "replay.db")
    kinds = {e["kind"] for e in out["timeline"]}
    assert {"flagged", "decision", "transition", "refused", "signal"} <= kinds
    assert all("idiot" not in e["detail"] for e in out["timeline"])
    # acme: warning, suspension; evil: its end user x blocked (user_notice), then suspension.
    assert len((tmp_path / "outbox.jsonl").read_text().splitlines()) == 4
    assert len(os.listdir(tmp_path / "mail" / "new")) == 4
    assert (tmp_path / "replay.db").exists()
    with pytest.raises(abusemon.Error) as e:
        abusemon.replay(['{"time": 1, "customer": "a"}'], monitor)
    assert e.value.status == "format" and "line 1" in str(e.value)
    with pytest.raises(abusemon.Error) as e:
        abusemon.replay(tmp_path / "missing.jsonl", monitor)
    assert e.value.status == "not_found"
    with pytest.raises(ValueError):
        abusemon.replay(TRAFFIC, monitor, flag_severity="safe")
    with pytest.raises(ValueError):
        abusemon.replay([42], monitor)
    strict = abusemon.replay(TRAFFIC, monitor, reviewer_confirm=0.99)
    assert by_customer(strict)["acme"]["decisions"] == {"dismiss": 2}
    assert by_customer(strict)["acme"]["final_state"] == "good_standing"


# --- the transitions not covered in test_enforcement.py ----------------------------------------

DAY = 24 * HOUR


def applied(enf, clock, customer="acme", category="harassment", seq=[1000]):
    """Applies a confirmed decision that occurred now; returns the target states."""
    seq[0] += 1
    d = abusemon.decision_from_json(json.dumps({
        "seq": seq[0], "item_id": seq[0], "kind": "confirm", "category": category,
        "severity": "medium", "customer": customer, "decided_ms": clock.t}))
    return [t.to_state for t in enf.apply(d)]


def test_another_episode_during_remediation_suspends(enf, clock):
    assert applied(enf, clock) == ["warned"]
    clock.t += 2 * HOUR
    assert applied(enf, clock) == []  # the same episode
    clock.t += 2 * DAY
    assert applied(enf, clock) == ["suspended"]
    assert "another episode" in enf.history("acme")[-1].reason
    assert not enf.is_allowed("acme")


def test_deadline_without_abuse_restores_then_repeat_suspends(enf, clock):
    assert applied(enf, clock) == ["warned"]
    clock.t = T0 + 7 * DAY
    assert [t.to_state for t in enf.tick()] == ["good_standing"]
    assert enf.tick() == []
    assert [n.kind for n in enf.outbox()] == ["warning", "warning_closed"]
    clock.t += 10 * DAY  # within the repeat window of the warning
    assert applied(enf, clock) == ["suspended"]
    assert "repeat" in enf.history("acme")[-1].reason


def test_after_the_repeat_window_a_new_warning(enf, clock):
    assert applied(enf, clock) == ["warned"]
    clock.t = T0 + 7 * DAY
    enf.tick()
    clock.t = T0 + 31 * DAY
    assert applied(enf, clock) == ["warned"]


def test_appeal_denied_then_termination_appeal_granted(enf, clock):
    assert applied(enf, clock, category="sexual_minors") == ["suspended"]
    aid = enf.file_appeal("acme", "a mistake")
    enf.resolve_appeal("mia", aid, grant=False, note="the abuse was real")
    assert enf.status("acme").state == "suspended"
    assert enf.appeals("acme")[0].status == "denied"
    enf.reinstate("mia", "acme", reason="filter added")
    clock.t += 3 * DAY
    assert applied(enf, clock) == ["terminated"]
    with pytest.raises(abusemon.Error) as e:
        enf.reinstate("mia", "acme", reason="no")
    assert e.value.status == "state"
    aid = enf.file_appeal("acme", "we removed the end-user")
    enf.resolve_appeal("mia", aid, grant=True, note="verified")
    assert enf.status("acme").state == "good_standing" and enf.is_allowed("acme")
    kinds = [n.kind for n in enf.outbox()]
    assert kinds.count("appeal_decided") == 2 and "termination" in kinds


def test_replay_end_user_scenarios():
    """(a) one abusive end user of a large customer, (b) many abusive end users of one customer,
    (c) a one-a-day low-severity drip over three weeks (acme above is (d): no user ids)."""
    monitor = abusemon.Monitor(abusemon.CallbackScorer(keyword_scores, NAMES))
    out = abusemon.replay(end_user_traffic(), monitor, timeline=True)
    c = by_customer(out)
    big = c["bigcorp"]
    assert big["final_state"] == "good_standing" and big["transitions"] == []
    assert [u["user"] for u in big["users"]] == ["u-bad"]
    assert big["users"][0]["transitions"] == ["blocked", "good_standing"]
    assert big["users"][0]["refused"] == big["refused"] == 2
    assert big["notifications"] == ["user_notice", "user_unblocked"]
    crowd = c["crowd"]
    assert crowd["transitions"] == ["warned", "suspended"]
    assert crowd["final_state"] == "suspended"
    assert len(crowd["users"]) == 4
    drip = c["drip"]
    assert drip["signals"].count("recurring_user") == 1
    assert drip["final_state"] == "good_standing"
    assert [u["user"] for u in drip["users"]] == ["d1"]
    assert drip["users"][0]["transitions"][0] == "blocked"
    signal = [e for e in out["timeline"] if e["kind"] == "signal" and e["customer"] == "drip"]
    assert signal and signal[0]["user"] == "d1" and "7 distinct days" in signal[0]["detail"]


@pytest.mark.redis
def test_fleet_replay_replicas_merge_to_one_process(tmp_path):
    """Three replicas (threads: replay() releases the GIL), one store file, one Redis with fleet
    detection: merged, they report what one process reports; a harassment burst split over the
    replicas is still signalled once."""

    def epoch(r):
        t = r["time"]
        return t if isinstance(t, int) else datetime.datetime.fromisoformat(
            t.replace("Z", "+00:00")).timestamp()

    day2 = int(epoch({"time": "2026-11-02T00:00:00Z"}))
    burst = [{"time": day2 + 60 * i, "customer": "burst",
              "prompt": f"harassment=0.9 you fool {i}"} for i in range(6)]
    traffic = sorted(TRAFFIC + burst, key=epoch)
    monitor = abusemon.Monitor(abusemon.CallbackScorer(keyword_scores, NAMES))
    detectors = [{"name": "freq", "type": "frequency", "category": "harassment", "horizon": "1h",
                  "count": 4}]
    alone = abusemon.replay(traffic, monitor, tracker_config={"detectors": detectors})
    with redis_server(tmp_path) as port:
        def fleet_run(attempt, pace_ms):
            """Three replicas on one store and one Redis, paced from a common start; merged."""
            config = {"detectors": detectors, "fleet": {
                "port": port, "key_prefix": f"pyreplay{attempt}", "flush_interval": "10ms",
                "detection": {"shards": 2, "lease": "1s"}}}
            start = int(time.time() * 1000) + 2000  # time to open the store and connect
            db = tmp_path / f"fleet{attempt}.db"
            outbox = tmp_path / f"outbox{attempt}.jsonl"
            results = [None] * 3

            def replica(i):
                results[i] = abusemon.replay(
                    traffic, monitor, db=db, tracker_config=config,
                    fleet={"replica_index": i, "replica_count": 3, "start_wall_ms": start,
                           "pace_ms": pace_ms, "signal_wait_ms": 80, "settle_ms": 500})

            threads = [threading.Thread(target=replica, args=(i,)) for i in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert all(r is not None and "timeline" in r for r in results)
            assert sum(r["records"] for r in results) == len(traffic)
            return abusemon.merge_replay(results, db=db, outbox=outbox), db, outbox, config

        # A replica that fell behind its slots (late_records > 0: a loaded machine) was not in
        # step, and such a run says nothing about the fleet: it is repeated at twice the pace,
        # three tries in all. A run in step is compared whatever it decided.
        pace_ms = 300
        merged, db, outbox, config = fleet_run(0, pace_ms)
        for attempt in (1, 2):
            if not merged.get("late_records") or by_customer(merged) == by_customer(alone):
                break
            pace_ms *= 2
            merged, db, outbox, config = fleet_run(attempt, pace_ms)
    assert by_customer(alone)["burst"]["signals"] == ["freq"]
    assert by_customer(merged) == by_customer(alone), (merged.get("late_records", 0), pace_ms)
    assert len(outbox.read_text().splitlines()) == sum(
        len(c["notifications"]) for c in merged["customers"])
    with pytest.raises(ValueError, match="unknown fleet option"):
        abusemon.replay(traffic, monitor, db=db, tracker_config=config, fleet={"replicas": 3})
    with pytest.raises(abusemon.Error, match="timeline"):
        abusemon.merge_replay([{"records": 1, "customers": []}], db=db)
