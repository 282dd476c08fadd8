"""Scaffolding shared by the tests in this folder: a keyword scorer, a manual clock and a review
set-up. Importable as `testkit` because conftest.py puts this folder on sys.path (pytest runs with
--import-mode=importlib, which does not)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time

import numpy as np

T0 = 1_764_000_000_000  # a fixed epoch (ms) for the manual clocks
CATEGORY_NAMES = ["hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm",
                  "jailbreak"]
# The model outputs the Monitor understands: the categories plus the minor-mention signal.
NAMES = CATEGORY_NAMES + ["minor_mentioned"]


class Clock:
    """A manual clock: the stores call now_ms()."""

    def __init__(self, t: int) -> None:
        self.t = t

    def now_ms(self) -> int:
        return self.t


def keyword_scores_for(names):
    """A CallbackScorer callback over `names`: output j is p when the text contains the token
    "<name>=p", else 0."""

    def keyword_scores(texts):
        out = np.zeros((len(texts), len(names)), dtype=np.float32)
        for i, text in enumerate(texts):
            for token in text.split():
                name, _, value = token.partition("=")
                if name in names and value:
                    out[i, names.index(name)] = float(value)
        return out

    return keyword_scores


keyword_scores = keyword_scores_for(NAMES)


def add_reviewers(review):
    """The principals of the review fixtures: alice reviews, mia approves her access (EEA)."""
    review.add_principal("alice", "reviewer", "eea")
    review.add_principal("mia", "manager", "eea")
    return review


def decide_flagged(review, kind, *, customer, flagged, user=None, **kw):
    """alice gets access (mia approves), one item of `customer` (and `user`, if given) flagged
    `flagged` is submitted and alice decides it `kind`; the other keywords (a corrected
    category=, ...) go to decide()."""
    review.approve_access("mia", review.request_access("alice", reason="case"))
    item = review.submit(
        "SECRET flagged text",
        customer=customer,
        **({} if user is None else {"user": user}),
        region="eea",
        signal="classifier",
        category=flagged,
        severity="medium",
        confidence=0.7,
    )
    return review.decide("alice", item, kind, reason="reviewed", **kw)


def end_user_traffic():
    """Three weeks of traffic (records, time-ordered) for the end-user scenarios of
    docs/ENFORCEMENT.md, the same as tests/cpp/test_replay.cpp: bigcorp (30 benign end users and
    u-bad, violent on days 3, 5 and 8), crowd (abusive end users c2, c4, c6, c8 and the benign
    c-ok) and drip (d1: a low-severity hateful text every day; d2 benign)."""
    rows = []

    def add(day, hour, customer, user, prompt):
        t = f"2026-11-{day:02d}T{hour:02d}:{(day * 7) % 60:02d}:00Z"
        rows.append({"time": t, "customer": customer, "user": user, "prompt": prompt})

    for day in range(1, 22):
        for u in range(1, 31):
            if (u + day) % 5 == 0:
                add(day, 8 + u % 10, "bigcorp", f"u{u}", "an ordinary question")
        if day in (3, 5, 8):
            add(day, 20, "bigcorp", "u-bad", "violence=0.95 threat")
        if 2 <= day <= 8 and day % 2 == 0:
            add(day, 12, "crowd", f"c{day}", "hate=0.93 x")
        add(day, 10, "crowd", "c-ok", "hello")
        add(day, 9, "drip", "d1", "hate=0.6 mild dig")
        add(day, 15, "drip", "d2", "fine")
    rows.sort(key=lambda r: (r["time"], r["customer"], r["user"], r["prompt"]))
    return rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def redis_server(tmp_path):
    """A private redis-server on a free loopback port; yields the port."""
    exe = shutil.which("redis-server") or "/usr/bin/redis-server"
    assert os.access(exe, os.X_OK), "redis-server is not installed (scripts/setup.sh installs it)"
    port = free_port()
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path), "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(2000):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.01)
        yield port
    finally:
        proc.kill()
        proc.wait()
