"""Security regressions (issue #21) through the Python package, one section per class of defect
found by an outside probe."""
import pytest

import abusemon
from testkit import T0, Clock


def nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


# --- class 1: JSON nesting depth and duplicate keys in every reader ----------------------------

def test_deep_json_is_a_format_error_everywhere():
    deep = '{"a":' + nested(100_000) + "}"
    for parse in (abusemon.Policy.from_json, abusemon.AuditHead.from_json,
                  abusemon.decision_from_json,
                  lambda t: abusemon.Verdict.from_json(t, "native")):
        with pytest.raises(abusemon.Error) as e:
            parse(deep)
        assert e.value.status == "format"
        assert "nesting deeper than 64" in str(e.value)


def test_duplicate_keys_are_refused():
    with pytest.raises(abusemon.Error) as e:
        abusemon.Policy.from_json('{"version": 1, "version": 1}')
    assert "duplicate key" in str(e.value)
    with pytest.raises(abusemon.Error):
        abusemon.AuditHead.from_json('{"seq": 1, "hash": "aa", "hash": "bb"}')


def test_deep_verdict_submission_is_refused(tmp_path):
    store = abusemon.ReviewStore(str(tmp_path / "r.db"))
    with pytest.raises(abusemon.Error) as e:
        store.submit("text", customer="c", region="eea", signal="classifier",
                     category="hate", severity="high", confidence=0.5,
                     verdict_json=nested(5000))
    assert e.value.status == "format"


# --- class 2: the grant limit is persisted in the store ----------------------------------------

def test_grant_limit_is_the_stores(tmp_path):
    path = str(tmp_path / "r.db")
    store = abusemon.ReviewStore(path, clock=Clock(T0))
    assert store.max_grant_ms == 8 * 3600 * 1000
    store.add_principal("alice", "reviewer", "eea")
    del store
    with pytest.raises(ValueError):
        abusemon.ReviewStore(path, max_grant_ms=10**15)
    store = abusemon.ReviewStore(path, max_grant_ms=100 * 3600 * 1000, clock=Clock(T0))
    assert store.max_grant_ms == 8 * 3600 * 1000
    with pytest.raises(ValueError):
        store.request_access("alice", reason="t", duration_ms=9 * 3600 * 1000)
    store.max_grant_ms = 10 * 3600 * 1000
    assert store.request_access("alice", reason="t", duration_ms=9 * 3600 * 1000) > 0
    assert any(r.action == "policy" for r in store.audit_records())


# --- classes 3, 5, 6: the chain covers rows; rollback; time never goes backwards ---------------

def tampered(path, sql):
    import sqlite3
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.commit()
    con.close()


def test_row_edits_fail_audit_verification(tmp_path, review, clock):
    from testkit import decide_flagged
    decide_flagged(review, "confirm", customer="acme", flagged="hate")
    assert review.verify_audit().ok
    tampered(str(tmp_path / "store.db"), "UPDATE decisions SET kind = 2, severity = 0")
    v = review.verify_audit()
    assert not v.ok
    assert "decision:" in v.problem


def test_rollback_to_an_older_head_needs_the_anchor(tmp_path, review, clock):
    from testkit import decide_flagged
    decide_flagged(review, "confirm", customer="acme", flagged="hate")
    before = review.audit_head()
    path = str(tmp_path / "store.db")
    tampered(path, "CREATE TABLE saved AS SELECT * FROM audit_head")
    review.queue("alice")  # a read: changes no row
    after = review.audit_head()
    tampered(path, f"DELETE FROM audit WHERE seq > {before.seq}; DELETE FROM audit_head; "
                   "INSERT INTO audit_head SELECT * FROM saved; DROP TABLE saved")
    assert review.verify_audit().ok  # the file alone cannot tell
    assert not review.verify_audit(after).ok  # the anchored head can


def test_rewound_clock_does_not_revive_an_expired_grant(review, clock):
    from testkit import decide_flagged
    decide_flagged(review, "confirm", customer="acme", flagged="hate")
    item = review.submit("text", customer="acme", region="eea", signal="classifier",
                         category="hate", severity="high", confidence=0.5)
    clock.t += 2 * 3600 * 1000
    with pytest.raises(abusemon.Error) as e:
        review.open_item("alice", item)
    assert e.value.status == "permission_denied"
    clock.t = 0
    with pytest.raises(abusemon.Error):
        review.open_item("alice", item)
    times = [r.ts_ms for r in review.audit_records()]
    assert times == sorted(times)


# --- classes 5, 6 on the enforcement side ------------------------------------------------------

def suspended_with_appeal(tmp_path, review, clock):
    """acme suspended (severe abuse, synced), with an open appeal."""
    from testkit import decide_flagged
    enf = abusemon.Enforcement(str(tmp_path / "store.db"), clock=clock)
    decide_flagged(review, "confirm", customer="acme", flagged="sexual_minors")
    assert [t.to_state for t in enf.sync(review)] == ["suspended"]
    return enf, enf.file_appeal("acme", "we fixed it")


def test_enforcement_rows_are_on_the_chain(tmp_path, review, clock):
    enf, _ = suspended_with_appeal(tmp_path, review, clock)
    assert review.verify_audit().ok
    assert any(r.action == "appeal_file" for r in review.audit_records())
    tampered(str(tmp_path / "store.db"), "UPDATE enforcement_customers SET state = 0")
    v = review.verify_audit()
    assert not v.ok and "standing:acme" in v.problem


def test_enforcement_staff_actions_need_an_enabled_principal(tmp_path, review, clock):
    enf, appeal = suspended_with_appeal(tmp_path, review, clock)
    review.add_principal("bob", "manager", "eea")
    review.set_principal_active("bob", False)
    for who in ("acme", "ghost", "bob", "alice"):  # customer, unknown, disabled, not a manager
        with pytest.raises(abusemon.Error) as e:
            enf.reinstate(who, "acme", reason="please")
        assert e.value.status == "permission_denied"
        with pytest.raises(abusemon.Error) as e:
            enf.resolve_appeal(who, appeal, grant=True, note="ok")
        assert e.value.status == "permission_denied"
    with pytest.raises(abusemon.Error) as e:
        enf.unblock_user("acme", "acme", "u1", reason="educated")
    assert e.value.status == "permission_denied" and "unknown principal 'acme'" in str(e.value)
    assert enf.status("acme").state == "suspended"
    denied = [r for r in review.audit_records() if r.outcome == "denied"]
    assert [r.actor for r in denied if r.action == "reinstate"] == ["acme", "ghost", "bob", "alice"]
    enf.resolve_appeal("mia", appeal, grant=True, note="verified")
    assert enf.status("acme").state == "good_standing"
    assert review.verify_audit().ok


def test_enforcement_time_never_goes_back(tmp_path, review, clock):
    enf, appeal = suspended_with_appeal(tmp_path, review, clock)
    clock.t = 0
    enf.resolve_appeal("mia", appeal, grant=True, note="verified")
    assert enf.history("acme")[-1].ts_ms >= T0
    times = [r.ts_ms for r in review.audit_records()]
    assert times == sorted(times)


# --- classes 9, 10: purge under a reader; reserved names; re-enabled principals ----------------

def test_purge_reports_copies_a_reader_keeps(tmp_path, clock):
    import sqlite3
    path = str(tmp_path / "p.db")
    store = abusemon.ReviewStore(path, clock=clock, busy_timeout_ms=50)
    store.submit("SECRET", customer="c", region="eea", signal="classifier", category="hate",
                 severity="high", confidence=0.5)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM review_items").fetchall()
    clock.t += 31 * 24 * 3600 * 1000
    with pytest.raises(abusemon.Error) as e:
        store.purge()
    assert e.value.status == "unavailable"
    reader.execute("COMMIT")
    reader.close()
    assert store.purge() == 0  # committed before; this run clears the old copies


def test_reserved_principal_names(review):
    for name in ("admin", "auto", "system", "policy", "customer"):
        with pytest.raises(ValueError):
            review.add_principal(name, "manager", "eea")


def test_reenabled_principal_has_no_grants(review):
    g = review.request_access("alice", reason="case")
    review.approve_access("mia", g)
    review.set_principal_active("alice", False)
    review.set_principal_active("alice", True)
    assert review.grant(g).state == "revoked"
