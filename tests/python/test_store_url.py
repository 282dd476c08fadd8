"""The store location: a path, a sqlite:/// URL, or a PostgreSQL URL shared by replicas. The
PostgreSQL case runs when ABUSEMON_TEST_POSTGRES_URL is set (scripts/test.sh starts a throwaway
server), and fails without it when ABUSEMON_REQUIRE_POSTGRES=1."""

from __future__ import annotations

import os
import time
import uuid

import abusemon
import pytest

from testkit import add_reviewers, decide_flagged


def postgres_location() -> str:
    url = os.environ.get("ABUSEMON_TEST_POSTGRES_URL", "")
    if not url:
        if os.environ.get("ABUSEMON_REQUIRE_POSTGRES") == "1":
            pytest.fail("ABUSEMON_REQUIRE_POSTGRES=1 but ABUSEMON_TEST_POSTGRES_URL is not set")
        pytest.skip("ABUSEMON_TEST_POSTGRES_URL not set")
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}schema=py_{uuid.uuid4().hex[:12]}"


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite://{tmp_path / 'store.db'}"
    return postgres_location()


def test_review_and_enforcement_share_a_store_by_url(location, clock):
    review = add_reviewers(abusemon.ReviewStore(location, clock=clock))
    a = abusemon.Enforcement(location, clock=clock)
    b = abusemon.Enforcement(location, clock=clock)  # another replica
    c = abusemon.Enforcement(location, clock=clock, gate_refresh_ms=-1)  # no refresher
    decide_flagged(review, "confirm", customer="evil", flagged="sexual_minors")
    (t,) = a.sync(review)
    assert t.to_state == "suspended"
    assert not a.is_allowed("evil")
    # Another replica sees it by itself (NOTIFY on PostgreSQL, the change counter on SQLite);
    # one without the refresher after refresh_gate().
    deadline = time.monotonic() + 20
    while b.is_allowed("evil") and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not b.is_allowed("evil")
    assert c.is_allowed("evil")
    c.refresh_gate()
    assert not c.is_allowed("evil")
    assert review.verify_audit().ok
    assert abusemon.ReviewStore(location, clock=clock).audit_head().seq == review.audit_head().seq


def test_bad_locations():
    with pytest.raises(ValueError):
        abusemon.ReviewStore("mysql://db/x")
    with pytest.raises(abusemon.Error) as e:
        abusemon.ReviewStore("postgresql://u:s3cret@127.0.0.1:1/db?connect_timeout=2")
    assert e.value.status == "unavailable"
    assert "s3cret" not in str(e.value)
