"""abusemon.Enforcement: transitions from review decisions, the gate, appeals, delivery."""

from __future__ import annotations

import json

import abusemon
import pytest

from testkit import T0, decide_flagged

HOUR = 3600 * 1000
DAY = 24 * HOUR


@pytest.fixture()
def enf(tmp_path, clock, review):
    return abusemon.Enforcement(
        str(tmp_path / "store.db"), clock=clock, retry_base_ms=1000, policy={"remediation_days": 7}
    )


def confirm(review, customer="acme", category="harassment", kind="confirm", **kw):
    return decide_flagged(review, kind, customer=customer, flagged=category, **kw)


def test_warning_then_deadline_then_suspension(review, enf, clock):
    enf.set_contact("acme", "abuse@acme.example")
    confirm(review, kind="dismiss")
    assert enf.sync(review) == []
    confirm(review)
    (t,) = enf.sync(review)
    assert (t.from_state, t.to_state) == ("good_standing", "warned")
    assert enf.sync(review) == []  # durable cursor
    gate = enf.is_allowed("acme")
    assert gate and gate.state == "warned"
    clock.t += 2 * HOUR
    confirm(review)
    assert enf.sync(review) == []  # same episode, after the warning
    clock.t = T0 + 7 * DAY
    (t,) = enf.tick()
    assert t.to_state == "suspended" and "deadline" in t.reason
    gate = enf.is_allowed("acme")
    assert not gate and gate.state == "suspended" and "suspended" in gate.reason
    box = enf.outbox()
    assert [n.kind for n in box] == ["warning", "suspension"]
    assert box[0].recipient == "abuse@acme.example"
    assert all("SECRET" not in n.body for n in box)
    assert json.loads(t.evidence_json)["categories"] == {"harassment": 2}


def test_severe_then_appeal_granted(review, enf):
    confirm(review, customer="evil", category="sexual_minors")
    (t,) = enf.sync(review)
    assert t.to_state == "suspended"
    with pytest.raises(abusemon.Error) as e:
        enf.reinstate("mia", "someone", reason="x")
    assert e.value.status == "state"
    aid = enf.file_appeal("evil", "it was a medical question")
    enf.resolve_appeal("mia", aid, grant=True, note="medical context")
    assert enf.status("evil").state == "good_standing"
    assert enf.appeals("evil")[0].status == "granted"
    assert enf.is_allowed("evil")
    kinds = [n.kind for n in enf.outbox()]
    assert kinds == ["suspension", "appeal_received", "appeal_decided"]


def test_reinstate_then_termination(review, enf, clock):
    confirm(review, customer="evil", category="sexual_minors")
    enf.sync(review)
    t = enf.reinstate("mia", "evil", reason="verified fix")
    assert (t.to_state, t.actor) == ("good_standing", "mia")
    clock.t += DAY
    confirm(review, customer="evil")
    (t,) = enf.sync(review)
    assert t.to_state == "terminated"
    assert [h.to_state for h in enf.history("evil")] == ["suspended", "good_standing", "terminated"]


def test_apply_is_idempotent_and_json_round_trip(review, enf):
    d = confirm(review)
    same = abusemon.decision_from_json(d.to_json())
    assert same.seq == d.seq and same.customer == "acme"
    assert len(enf.apply(same)) == 1
    assert enf.apply(same) == []
    assert enf.sync(review) == []  # already applied through apply()
    with pytest.raises(abusemon.Error) as e:
        abusemon.decision_from_json("{}")
    assert e.value.status == "format"


def test_delivery_retries_with_the_same_key(review, enf, clock, tmp_path):
    confirm(review)
    enf.sync(review)
    keys = []

    def flaky(n):
        keys.append(n.idempotency_key)
        raise OSError("smtp down")

    assert enf.deliver(flaky) == {"delivered": 0, "failed": 1, "dead": 0}
    (pending,) = enf.outbox(pending_only=True)
    assert pending.attempts == 1 and "smtp down" in pending.last_error
    assert enf.deliver(flaky)["failed"] == 0  # backing off
    clock.t += 1000
    got = []
    assert enf.deliver(got.append)["delivered"] == 1
    assert got[0].idempotency_key == keys[0]
    assert enf.outbox(pending_only=True) == []
    confirm(review, customer="beta")
    enf.sync(review)
    out = tmp_path / "outbox.jsonl"
    assert enf.deliver_jsonl(str(out))["delivered"] == 1
    line = json.loads(out.read_text().splitlines()[0])
    assert line["kind"] == "warning" and line["customer"] == "beta" and len(line["idempotency_key"]) == 32


def test_bad_policy(tmp_path):
    with pytest.raises(abusemon.Error) as e:
        abusemon.Enforcement(str(tmp_path / "x.db"), policy={"nope": 1})
    assert e.value.status == "format"
    with pytest.raises(abusemon.Error):
        abusemon.Enforcement(
            str(tmp_path / "x.db"),
            policy='{"templates": {"warning": {"subject": "{{content}}", "body": ""}}}',
        )
    p = json.loads(abusemon.Enforcement(str(tmp_path / "y.db")).policy_json)
    assert p["immediate_suspension"] == [{"category": "sexual_minors", "min_severity": "low"}]


def test_outbox_claim_lapses(tmp_path, clock, review):
    """A replica that hangs in its sink keeps the row for outbox_claim_ms; then another delivers
    it (at least once)."""
    path = str(tmp_path / "store.db")
    a = abusemon.Enforcement(path, clock=clock, outbox_claim_ms=10_000)
    b = abusemon.Enforcement(path, clock=clock, outbox_claim_ms=10_000)
    confirm(review, customer="evil", category="sexual_minors")
    assert len(a.sync(review)) == 1
    got_b = []

    def stuck(n):
        clock.t += 9_999
        assert b.deliver(got_b.append)["delivered"] == 0
        clock.t += 1
        assert b.deliver(got_b.append)["delivered"] == 1

    assert a.deliver(stuck)["delivered"] == 1
    assert len(got_b) == 1
    with pytest.raises(ValueError, match="outbox_claim_ms"):
        abusemon.Enforcement(path, outbox_claim_ms=0)


def test_end_user_blocked_customer_served(review, enf, clock):
    enf.set_contact("bigcorp", "abuse@bigcorp.example")
    confirm(review, customer="bigcorp", category="violence", user="u-bad")
    (t,) = enf.sync(review)
    assert (t.user, t.from_state, t.to_state) == ("u-bad", "good_standing", "blocked")
    assert enf.status("bigcorp").state == "good_standing"
    g = enf.is_allowed("bigcorp", "u-bad")
    assert not g and g.state == "blocked" and "end user 'u-bad'" in g.reason
    assert enf.is_allowed("bigcorp", "u-ok") and enf.is_allowed("bigcorp")
    (n,) = enf.outbox()
    assert n.kind == "user_notice" and n.user == "u-bad" and n.recipient == "abuse@bigcorp.example"
    assert "u-bad" in n.subject and "violence: 1" in n.body
    st = enf.user_status("bigcorp", "u-bad")
    assert st.state == "blocked" and st.blocked_until_ms == T0 + 14 * DAY and st.notices == 1
    assert [u.user for u in enf.users("bigcorp")] == ["u-bad"]
    assert [r.action for r in review.audit_records()].count("enforce_user") == 1
    assert review.verify_audit().ok
    # The Monitor's gate refuses that end user without scoring and serves the others.
    calls = []

    def scores(texts):
        calls.append(len(texts))
        return [[0.0] * 8 for _ in texts]

    monitor = abusemon.Monitor(abusemon.CallbackScorer(scores, [
        "hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak",
        "minor_mentioned"]))
    monitor.set_enforcement(enf)
    refused = monitor.check("hello", customer="bigcorp", user="u-bad")
    assert refused.refusal and "blocked" in refused.refusal and calls == []
    assert monitor.check("hello", customer="bigcorp", user="u-ok").refusal is None
    assert calls == [1]
    # The customer acts; the same end user abusing again escalates to the customer.
    t = enf.unblock_user("alice", "bigcorp", "u-bad", reason="user educated")
    assert t.to_state == "good_standing" and t.actor == "alice"
    with pytest.raises(abusemon.Error) as e:
        enf.unblock_user("alice", "bigcorp", "u-bad", reason="again")
    assert e.value.status == "state"
    clock.t += DAY
    confirm(review, customer="bigcorp", category="violence", user="u-bad")
    ts = enf.sync(review)
    assert [(x.user, x.to_state) for x in ts] == [("u-bad", "blocked"), ("", "warned")]
    assert "abused again after the notice" in ts[1].reason


def test_end_user_policy_and_no_user_id(tmp_path, review, clock):
    enf = abusemon.Enforcement(str(tmp_path / "store.db"), clock=clock,
                               policy={"escalate_after_users": 2, "user_block_days": 1})
    for user in ("a", "b"):
        confirm(review, customer="crowd", user=user)
    ts = enf.sync(review)
    assert [(x.user, x.to_state) for x in ts] == [("a", "blocked"), ("b", "blocked"),
                                                  ("", "warned")]
    assert "2 distinct end users" in ts[2].reason
    clock.t += 2 * DAY
    assert [(x.user, x.to_state) for x in enf.tick()] == [("a", "good_standing"),
                                                          ("b", "good_standing")]
    confirm(review, customer="anon")
    assert [(x.user, x.to_state) for x in enf.sync(review)] == [("", "warned")]
    with pytest.raises(abusemon.Error):
        abusemon.Enforcement(str(tmp_path / "x.db"), policy={"escalate_after_users": 0})
    assert json.loads(enf.policy_json)["escalate_after_users"] == 2
