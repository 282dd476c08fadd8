"""abusemon.ReviewStore: every denial path, decisions, export, audit tampering, retention."""

from __future__ import annotations

import json
import sqlite3

import abusemon
import pytest

from testkit import Clock

HOUR = 3600 * 1000
DAY = 24 * HOUR
KEY = bytes(range(32))


@pytest.fixture()
def clock() -> Clock:
    return Clock(100 * DAY)


@pytest.fixture()
def store(tmp_path, clock) -> abusemon.ReviewStore:
    s = abusemon.ReviewStore(str(tmp_path / "review.db"), key=KEY, clock=clock)
    s.add_principal("alice", "reviewer", "eea")
    s.add_principal("bob", "reviewer", "us")
    s.add_principal("mia", "manager", "eea")
    s.add_principal("max", "manager", "us")
    return s


def submit(store, content="you are worthless", region="eea", queue="default", confidence=0.6):
    return store.submit(
        content,
        customer="cust-1",
        user="u-9",
        region=region,
        signal="classifier",
        category="harassment",
        severity="medium",
        confidence=confidence,
        queue=queue,
        verdict_json='{"scores": {"harassment": 0.6}}',
    )


def grant(store, who="alice", approver="mia", **kw):
    gid = store.request_access(who, reason="ticket 7", **kw)
    store.approve_access(approver, gid)
    return gid


def denied(store, action, fn, part):
    before = store.audit_head().seq
    with pytest.raises(abusemon.Error) as e:
        fn()
    assert e.value.status == "permission_denied"
    assert part in str(e.value)
    recs = store.audit_records(before)
    assert [(r.action, r.outcome) for r in recs] == [(action, "denied")]
    assert part in recs[0].detail


def test_listing_is_metadata_of_own_region(store):
    a = submit(store)
    submit(store, region="us")
    items = store.queue("alice")
    assert [i.id for i in items] == [a]
    assert items[0].status == "pending" and items[0].category == "harassment"
    assert not hasattr(items[0], "content")
    denied(store, "list", lambda: store.queue("mallory"), "unknown principal")


def test_every_denial_path(store, clock):
    item = submit(store)
    urgent = submit(store, queue="urgent")
    denied(store, "show", lambda: store.open_item("mallory", item), "unknown principal")
    denied(store, "show", lambda: store.open_item("alice", item), "no access grant")
    gid = store.request_access("alice", reason="triage")
    denied(store, "show", lambda: store.open_item("alice", item), "not approved")
    denied(store, "approve", lambda: store.approve_access("alice", gid), "not a manager")
    own = store.request_access("mia", reason="self")
    denied(store, "approve", lambda: store.approve_access("mia", own), "self-approval")
    denied(
        store,
        "request",
        lambda: store.request_access("bob", reason="x", region="eea"),
        "residency",
    )
    grant(store, "bob", "max")
    denied(store, "show", lambda: store.open_item("bob", item), "residency")
    store.approve_access("mia", gid)
    assert store.open_item("alice", item).content == "you are worthless"
    clock.t += HOUR
    assert store.grant(gid).state == "expired"
    denied(store, "show", lambda: store.open_item("alice", item), "expired")
    scoped = grant(store, queue="urgent")
    assert store.open_item("alice", urgent).content == "you are worthless"
    store.add_principal("carl", "reviewer", "eea")
    grant(store, "carl", queue="urgent")
    denied(store, "show", lambda: store.open_item("carl", item), "covers")
    store.revoke_access("mia", scoped)
    denied(store, "show", lambda: store.open_item("alice", urgent), "revoked")
    denied(
        store,
        "decide",
        lambda: store.decide("alice", urgent, "confirm", reason="x"),
        "revoked",
    )
    grant(store)
    store.set_principal_active("alice", False)
    denied(store, "show", lambda: store.open_item("alice", item), "disabled")
    assert store.verify_audit()


def test_argument_errors(store):
    with pytest.raises(ValueError):
        store.add_principal("zed", "boss", "eea")
    with pytest.raises(ValueError):
        submit(store, confidence=1.5)
    with pytest.raises(ValueError):
        store.request_access("alice", reason="", duration_ms=HOUR)
    with pytest.raises(ValueError):
        store.request_access("alice", reason="x", duration_ms=9 * HOUR)
    with pytest.raises(abusemon.Error) as e:
        store.approve_access("mia", 424242)
    assert e.value.status == "not_found"
    with pytest.raises(ValueError):
        abusemon.ReviewStore("/tmp/x.db", key=b"short")


def test_decisions_listener_and_export(store, tmp_path):
    heard = []
    store.set_decision_listener(heard.append)
    a, b, c = submit(store, "text a"), submit(store, "text b"), submit(store, "text c")
    grant(store)
    d = store.decide("alice", a, "confirm", reason="insult")
    assert (d.kind, d.category, d.severity, d.customer) == ("confirm", "harassment", "medium", "cust-1")
    d = store.decide("alice", b, "correct", reason="slur", category="hate", severity="high")
    assert (d.category, d.severity) == ("hate", "high")
    with pytest.raises(ValueError):
        store.decide("alice", c, "correct", reason="nothing changed")
    store.decide("alice", c, "dismiss", reason="news quote")
    with pytest.raises(abusemon.Error) as e:
        store.decide("alice", c, "confirm", reason="again")
    assert e.value.status == "state"
    assert [x.item_id for x in heard] == [a, b, c]
    assert [x.item_id for x in store.decisions_after(heard[0].seq)] == [b, c]
    out = tmp_path / "labels.jsonl"
    r = store.export_labels("alice", str(out))
    assert r == {"exported": 3, "skipped_no_grant": 0, "skipped_purged": 0}
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[1]["text"] == "text b" and rows[1]["category"] == "hate"
    assert rows[1]["original"]["category"] == "harassment"
    assert rows[2]["label"] == "not_abuse"
    assert store.export_labels("alice", str(out), corrections_only=True)["exported"] == 1
    store.set_decision_listener(None)


def test_listener_exception_propagates_after_commit(store):
    item = submit(store)
    grant(store)

    def boom(_):
        raise RuntimeError("listener failed")

    store.set_decision_listener(boom)
    with pytest.raises(RuntimeError, match="listener failed"):
        store.decide("alice", item, "confirm", reason="x")
    assert store.queue("alice", status="confirmed")[0].id == item


def test_automated_pre_review(tmp_path, clock):
    s = abusemon.ReviewStore(str(tmp_path / "auto.db"), auto_confirm_confidence=0.9, clock=clock)
    s.add_principal("alice", "reviewer", "eea")
    hi = submit(s, confidence=0.95)
    lo = submit(s, confidence=0.5)
    assert [i.id for i in s.queue("alice")] == [lo]
    done = s.queue("alice", status="confirmed")
    assert done[0].id == hi and done[0].decision.automatic and done[0].decision.decided_by == "auto"
    assert any(r.actor == "auto" and r.action == "decide" for r in s.audit_records())


def test_retention_with_injected_clock(store, clock):
    old = submit(store, "old secret")
    clock.t += 31 * DAY
    young = submit(store, "young secret")
    assert store.purge() == 1
    grant(store)
    with pytest.raises(abusemon.Error) as e:
        store.open_item("alice", old)
    assert e.value.status == "state"
    assert store.open_item("alice", young).content == "young secret"
    items = store.queue("alice", status=None)
    assert items[0].content_purged and items[0].status == "expired"
    assert any(r.action == "purge" and r.item_id == old for r in store.audit_records())


def test_audit_tampering_is_detected(store, tmp_path):
    item = submit(store)
    grant(store)
    store.open_item("alice", item)
    head = store.audit_head()
    assert store.verify_audit(head).ok
    path = store.path
    del store
    with sqlite3.connect(path) as db:
        db.execute("UPDATE audit SET detail = 'x' WHERE seq = 3")
    s = abusemon.ReviewStore(path, key=KEY)
    v = s.verify_audit()
    assert not v.ok and v.first_bad_seq == 3 and "altered" in v.problem
    assert abusemon.AuditHead.from_json(head.to_json()).seq == head.seq


def test_encryption_at_rest(tmp_path, clock):
    path = tmp_path / "enc.db"
    s = abusemon.ReviewStore(str(path), key=KEY, clock=clock)
    assert s.encrypted
    submit(s, "zebra-marker-text")
    del s
    wal = tmp_path / "enc.db-wal"
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"zebra-marker-text" not in raw
    with pytest.raises(abusemon.Error) as e:
        abusemon.ReviewStore(str(path), key=bytes(32))
    assert e.value.status == "permission_denied"
    with pytest.raises(abusemon.Error) as e:
        abusemon.ReviewStore(str(path))
    assert e.value.status == "state"


def test_callable_clock(tmp_path):
    t = [5 * DAY]
    s = abusemon.ReviewStore(str(tmp_path / "c.db"), clock=lambda: t[0])
    s.add_principal("alice", "reviewer", "eea")
    s.add_principal("mia", "manager", "eea")
    gid = grant(s, duration_ms=HOUR)
    assert s.grant(gid).expires_ms == 5 * DAY + HOUR
    t[0] += HOUR
    assert s.grant(gid).state == "expired"
