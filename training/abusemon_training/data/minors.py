"""Rule-based "a minor is mentioned or implied" signal.

Used (1) to label the minor_mentioned output on public rows, and (2) by the evaluation tool as
the rule part of the sexual_minors composition (the Monitor has its own C++ rule; this one is the
training/evaluation reference). Conservative by design: false positives only raise
sexual_minors when the sexual score is also high.
"""

from __future__ import annotations

import re

_AGE_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen"
)
_PATTERNS = [
    r"\b(child|children|childs|kid|kids|kiddo|kiddos|toddler|toddlers|infant|infants|baby|babies|"
    r"newborn|preteen|preteens|pre-teen|pre-teens|tween|tweens|teen|teens|teenager|teenagers|teenaged|adolescent|"
    r"adolescents|juvenile|juveniles|underage|under-age|minors|schoolboy|schoolgirl|schoolboys|"
    r"schoolgirls|schoolchild|schoolchildren|youngster|youngsters|pupil|pupils|preschooler|"
    r"preschoolers|kindergartener|kindergarten|daycare|nursery school|boy scouts?|girl scouts?)\b",
    # "a minor" as a noun, not the adjective ("a minor issue")
    r"\b(a|the|with|of|to|for) minor(?=\s*(?:[.,;:!?)\"']|$|who\b|was\b|is\b|under\b|aged?\b|in\b|and\b|or\b|at\b|on\b|from\b|online\b))",
    r"\b(little|young|small) (boy|girl|boys|girls|one|ones|son|daughter)\b",
    r"\b(my|our|his|her|their|your) (son|daughter|sons|daughters|nephew|niece|grandson|granddaughter|stepson|stepdaughter)\b",
    r"\b(elementary|primary|middle|junior high|high) school(er|ers)?\b",
    r"\b(1st|2nd|3rd|[4-9]th|1[0-2]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grader?s?\b",
    r"\b([1-9]|1[0-7])[- ]?(year|yr)s?[- ]olds?\b",
    r"\b(" + _AGE_WORDS + r")[- ]years?[- ]olds?\b",
    r"\b(aged?|age of) ([1-9]|1[0-7])\b",
    r"\b(loli|lolita|shota|jailbait)\b",
]
_RX = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def minor_mentioned(text: str) -> bool:
    """True when the text mentions or implies a person under 18."""
    return _RX.search(text) is not None


def minor_rule_score(text: str) -> float:
    return 1.0 if minor_mentioned(text) else 0.0
