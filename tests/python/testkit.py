"""Scaffolding shared by the tests in this folder: a keyword scorer, a manual clock and a review
set-up. Importable as `testkit` because conftest.py puts this folder on sys.path (pytest runs with
--import-mode=importlib, which does not)."""

from __future__ import annotations

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
