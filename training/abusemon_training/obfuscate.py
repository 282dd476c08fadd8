"""Text obfuscations used for robustness evaluation and (on the training split only) augmentation.

Each transform is deterministic given a `random.Random`. TRANSFORMS (training augmentation and
evaluation): typos (a dropped, swapped or split letter), leetspeak, spacing (letters split by spaces or dots), homoglyphs (Cyrillic/Greek
look-alikes), zero_width (invisible characters inside words). EVAL_TRANSFORMS adds, for
evaluation: elongation ("kiiiill"), styled (fullwidth / mathematical / circled / small-capital
letters), combining (stacked combining marks) and combined (two or three of the others on the
same text).
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


def elongation(text: str, rng: random.Random, frac: float = 0.5) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        w = words[i]
        pos = [j for j, ch in enumerate(w) if ch.isalpha()]
        vowels = [j for j in pos if w[j].lower() in "aeiouy"]
        j = rng.choice(vowels or pos)
        words[i] = w[:j] + w[j] * rng.randint(3, 6) + w[j + 1:]
    return " ".join(words)


# Letter styles: (first code point of 'A', first of 'a') in blocks laid out A..Z, a..z.
_STYLES = [(0xFF21, 0xFF41), (0x1D400, 0x1D41A), (0x1D5D4, 0x1D5EE), (0x1D670, 0x1D68A), (0x24B6, 0x24D0)]
_SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"))


def styled(text: str, rng: random.Random, frac: float = 0.5) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        k = rng.randrange(len(_STYLES) + 1)
        if k == len(_STYLES):
            words[i] = "".join(_SMALL_CAPS.get(ch.lower(), ch) if ch.isascii() and ch.isalpha() else ch for ch in words[i])
            continue
        up, lo = _STYLES[k]
        words[i] = "".join(chr(up + ord(ch) - 65) if "A" <= ch <= "Z" else chr(lo + ord(ch) - 97) if "a" <= ch <= "z" else ch for ch in words[i])
    return " ".join(words)


_MARKS = [chr(c) for c in (0x0334, 0x0335, 0x0336, 0x0337, 0x0338, 0x0301, 0x0300, 0x0308, 0x0303, 0x0323, 0x0331, 0x035C, 0x0489)]


def combining(text: str, rng: random.Random, frac: float = 0.5) -> str:
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        words[i] = "".join(ch + "".join(rng.choice(_MARKS) for _ in range(rng.randint(1, 3))) if ch.isalpha() else ch for ch in words[i])
    return " ".join(words)


def typos(text: str, rng: random.Random, frac: float = 0.35) -> str:
    """Misspellings nothing can normalise away: a letter dropped, two letters swapped, or a space
    inside the word ("hte", "idot", "stu pid"). The model itself has to read through them."""
    words = _words(text)
    for i in _pick_words(rng, words, frac):
        w = words[i]
        pos = rng.randrange(1, len(w) - 1) if len(w) > 2 else 1
        kind = rng.randrange(3)
        if kind == 0:
            words[i] = w[:pos] + w[pos + 1:]
        elif kind == 1 and pos + 1 < len(w):
            words[i] = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2:]
        else:
            words[i] = w[:pos] + " " + w[pos:]
    return " ".join(words)


TRANSFORMS: Dict[str, Callable[[str, random.Random], str]] = {
    "typos": typos,
    "leetspeak": leetspeak,
    "spacing": spacing,
    "homoglyphs": homoglyphs,
    "zero_width": zero_width,
}

_COMBINABLE = ["leetspeak", "homoglyphs", "zero_width", "elongation", "styled", "spacing"]


def combined(text: str, rng: random.Random) -> str:
    # Character-level tricks first, spacing last (it splits words into letters).
    kinds = rng.sample(_COMBINABLE, rng.randint(2, 3))
    kinds.sort(key=_COMBINABLE.index)
    for kind in kinds:
        text = EVAL_TRANSFORMS[kind](text, rng)
    return text


EVAL_TRANSFORMS: Dict[str, Callable[[str, random.Random], str]] = dict(
    TRANSFORMS, elongation=elongation, styled=styled, combining=combining, combined=combined
)


def obfuscate(text: str, kind: str, seed: int = 0) -> str:
    if kind not in EVAL_TRANSFORMS:
        raise ValueError(f"unknown obfuscation {kind!r}; expected one of {sorted(EVAL_TRANSFORMS)}")
    return EVAL_TRANSFORMS[kind](text, random.Random(f"{seed}:{kind}:{text}"))
