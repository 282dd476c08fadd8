"""Text normalisation, the EXCLUDE.sha256 hash, and exact / near-duplicate keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from typing import Iterable, List, Sequence

_WS = re.compile(r"\s+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+|\[user\]|\[url\]|<user>|<url>")
_NONWORD = re.compile(r"[^\w]+")
_RT = re.compile(r"^(rt\s+)+")


def normalize_for_hash(text: str) -> str:
    """The normalisation defined by shared/data/README.md (must match it byte for byte)."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def exclude_hash(text: str) -> str:
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def load_exclude(path) -> set:
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip().lower()
            if len(line) == 64:
                out.add(line)
    return out


def clean_text(text: str) -> str:
    """Light clean-up applied to every training text: HTML entities seen in tweets, control
    characters, and whitespace runs. Keeps case and punctuation (the tokenizer lower-cases)."""
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#8217;", "'")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return _WS.sub(" ", text).strip()


def dedup_key(text: str) -> str:
    """Key for exact duplicates that differ only in case, punctuation, mentions, URLs or a
    retweet prefix."""
    t = normalize_for_hash(text)
    t = _URL.sub(" ", t)
    t = _MENTION.sub(" ", t)
    t = _RT.sub("", t.strip())
    t = _NONWORD.sub(" ", t)
    return _WS.sub(" ", t).strip()


def shingles(key: str, n: int = 3) -> List[int]:
    words = key.split()
    if len(words) < n:
        grams = [" ".join(words)] if words else [""]
    else:
        grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return sorted({zlib.crc32(g.encode("utf-8")) for g in grams})


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def near_duplicate_groups(keys: List[str], threshold: float = 0.8, num_perm: int = 64, bands: int = 16, seed: int = 13) -> List[int]:
    """Group indices of near-duplicate texts (word-3-gram Jaccard >= threshold) with MinHash LSH,
    verified by exact Jaccard. Returns a representative index per input (union-find root)."""
    import numpy as np

    n = len(keys)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    rng = np.random.RandomState(seed)
    prime = np.uint64((1 << 61) - 1)
    a = rng.randint(1, 1 << 31, size=num_perm).astype(np.uint64)
    b = rng.randint(0, 1 << 31, size=num_perm).astype(np.uint64)
    rows = num_perm // bands
    sh = [shingles(k) for k in keys]
    buckets: dict = {}
    for i, s in enumerate(sh):
        if len(keys[i].split()) < 4:
            continue  # very short texts: exact key only, near-dup is meaningless
        arr = np.asarray(s, dtype=np.uint64)
        sig = ((np.outer(arr, a) + b) % prime).min(axis=0)
        for bi in range(bands):
            bk = (bi, sig[bi * rows : (bi + 1) * rows].tobytes())
            buckets.setdefault(bk, []).append(i)
    for members in buckets.values():
        if len(members) < 2:
            continue
        head = members[0]
        for j in members[1:50]:  # cap pathological buckets
            if find(head) != find(j) and jaccard(sh[head], sh[j]) >= threshold:
                union(head, j)
    return [find(i) for i in range(n)]


def stable_hash(*parts: Iterable) -> int:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "little")
