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
