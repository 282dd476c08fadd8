"""Limits (issue #9): configurable bounds end in abusemon.Error with status "limit" (never an
out-of-memory crash), and a killed process leaves a review store that reopens intact."""
import os
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import abusemon

NAMES = ["hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak"]


def zero_scores(texts):
    return np.zeros((len(texts), len(NAMES)), dtype=np.float32)


def monitor(**options):
    return abusemon.Monitor(abusemon.CallbackScorer(zero_scores, NAMES), **options)


def test_monitor_text_length_limit():
    m = monitor(max_text_bytes=16)
    assert m.check_prompt("x" * 16).action == "allow"
    with pytest.raises(abusemon.Error) as e:
        m.check_prompt("x" * 17)
    assert e.value.status == "limit"
    # Multi-byte text is measured in UTF-8 bytes, not characters.
    with pytest.raises(abusemon.Error) as e:
        m.check_prompt("\u00e9" * 9)
    assert e.value.status == "limit"


def test_monitor_batch_limit():
    m = monitor(max_batch_texts=2)
    assert len(m.check_batch(["a", "b"])) == 2
    with pytest.raises(abusemon.Error) as e:
        m.check_batch(["a", "b", "c"])
    assert e.value.status == "limit"


def test_default_limits_refuse_a_huge_text():
    m = monitor()
    with pytest.raises(abusemon.Error) as e:
        m.check_prompt("z" * ((1 << 20) + 1))
    assert e.value.status == "limit"


def test_tracker_customers_are_bounded_by_eviction():
    t = abusemon.Tracker({"max_customers": 64, "shards": 4, "detectors": []})
    for i in range(1000):
        t.record(f"cust-{i}")
    stats = t.stats()
    assert stats["events"] == 1000
    assert stats["customers"] <= 64
    assert stats["evicted"] >= 1000 - 64
    assert t.customer("cust-999") is not None
    assert t.customer("cust-0") is None
    with pytest.raises(ValueError):
        t.record("c" * 257)


def test_review_store_limits(tmp_path):
    store = abusemon.ReviewStore(str(tmp_path / "r.db"), max_content_bytes=32, max_pending_items=2)
    item = dict(customer="c", region="us", signal="classifier", category="hate",
                severity="high", confidence=0.9)
    with pytest.raises(abusemon.Error) as e:
        store.submit(content="x" * 33, **item)
    assert e.value.status == "limit"
    store.submit(content="x" * 32, **item)
    store.submit(content="y", **item)
    with pytest.raises(abusemon.Error) as e:
        store.submit(content="z", **item)
    assert e.value.status == "limit"
    assert store.submit(content="z", **{**item, "region": "eea"}) > 0
    assert store.verify_audit().ok


def test_review_store_survives_sigkill_mid_write(tmp_path):
    """A child submitting in a loop is killed with SIGKILL; every id it reported is stored, and
    the file passes the integrity and audit checks."""
    db = tmp_path / "store.db"
    code = textwrap.dedent(f"""
        import sys, abusemon
        s = abusemon.ReviewStore({str(db)!r})
        print("ready", flush=True)
        i = 0
        while True:
            i += 1
            n = s.submit(content="t" * 100, customer="c%d" % (i % 5), region="us",
                         signal="classifier", category="hate", severity="high", confidence=0.5)
            print(n, flush=True)
    """)
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout.readline().strip() == "ready"
        committed = [int(proc.stdout.readline()) for _ in range(25)]
        os.kill(proc.pid, signal.SIGKILL)
        # Only complete lines count (the last piece is "" or a line cut short by the kill).
        committed += [int(x) for x in proc.stdout.read().split("\n")[:-1]]
        proc.wait()
    store = abusemon.ReviewStore(str(db))
    assert store.integrity_check()
    assert store.verify_audit().ok
    store.add_principal("rev", "reviewer", "us")
    stored = {it.id for it in store.queue("rev", limit=10000)}
    assert set(committed) <= stored
