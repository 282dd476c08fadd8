"""Text obfuscations used for robustness evaluation and (on the training split only) augmentation.

Each transform is deterministic given a `random.Random`. Kinds: leetspeak, spacing (letters
split by spaces or dots), homoglyphs (Cyrillic/Greek look-alikes), zero_width (invisible
characters inside words).
"""

from __future__ import annotations

import random
from typing import Callable, Dict

_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb", "k": "\u03ba"}
_ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _words(text: str):
    return text.split(" ")


def _pick_words(rng: random.Random, words, frac: float):
    cand = [i for i, w in enumerate(words) if sum(ch.isalpha() for ch in w) >= 3]
    if not cand:
        return set()
    k = max(1, int(round(len(cand) * frac)))
    return set(rng.sample(cand, min(k, len(cand))))


def leetspeak(text: str, rng: random.Random, frac: float = 0.5) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        words[i] = "".join(_LEET.get(ch.lower(), ch) if rng.random() < 0.7 else ch for ch in words[i])
    return " ".join(words)


def spacing(text: str, rng: random.Random, frac: float = 0.4) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        sep = rng.choice([" ", ".", "-", "*"])
        words[i] = sep.join(words[i])
    return " ".join(words)


def homoglyphs(text: str, rng: random.Random, frac: float = 0.5) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        words[i] = "".join(_HOMO.get(ch, ch) if rng.random() < 0.6 else ch for ch in words[i])
    return " ".join(words)


def zero_width(text: str, rng: random.Random, frac: float = 0.5) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        w = words[i]
        pos = rng.randrange(1, len(w)) if len(w) > 1 else 1
        words[i] = w[:pos] + rng.choice(_ZW) + w[pos:]
    return " ".join(words)


TRANSFORMS: Dict[str, Callable[[str, random.Random], str]] = {
    "leetspeak": leetspeak,
    "spacing": spacing,
    "homoglyphs": homoglyphs,
    "zero_width": zero_width,
}


def obfuscate(text: str, kind: str, seed: int = 0) -> str:
    if kind not in TRANSFORMS:
        raise ValueError(f"unknown obfuscation {kind!r}; expected one of {sorted(TRANSFORMS)}")
    return TRANSFORMS[kind](text, random.Random(f"{seed}:{kind}:{text}"))
