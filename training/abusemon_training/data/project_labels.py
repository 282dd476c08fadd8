"""Labels the project wrote for public texts that were published without per-text labels.

The texts stay in ../shared/data; the repository keeps only what the project added: one JSON line
per text, keyed by the SHA-256 of its `EXCLUDE.sha256` normalisation (`normalize.exclude_hash`),
with a 1 / 0 / null label per harm output (null = the annotators could not decide, masked in the
loss), whether a minor is mentioned, and a severity 1..3 for each positive.

`merge` builds such a file from annotation batches (`{"id": first 16 hex of the hash, "text", ...}`
inputs, `{"id", <output>: 1|0|null, "minor": 1|0, "sev": {...}}` outputs). A text labelled by two
annotators keeps an output only where both agree; a disagreement becomes null. The agreement on
those doubly-labelled texts is printed per output: raw agreement and Cohen's kappa where both
annotators decided, and raw agreement with null counted as an answer.

    python -m abusemon_training.data.project_labels merge --batches DIR --out FILE
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
from typing import Dict, Iterable, List, Optional, Tuple

from .normalize import exclude_hash

LABELLED = ("hate", "harassment", "sexual", "violence", "self_harm", "jailbreak")
SEVERITY = {"low": 1, "medium": 2, "high": 3}
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels")


class ProjectLabels:
    """hash -> (labels over LABELLED, minor 0/1/None, severity per positive output)."""

    def __init__(self, rows: Dict[str, dict]):
        self.rows = rows

    @classmethod
    def load(cls, path: str) -> "ProjectLabels":
        rows: Dict[str, dict] = {}
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                d = json.loads(line)
                key = d.get("sha256")
                if not isinstance(key, str) or len(key) != 64:
                    raise ValueError(f"{path}:{n}: 'sha256' must be 64 hex digits")
                for o in LABELLED:
                    if d.get(o, None) not in (0, 1, None):
                        raise ValueError(f"{path}:{n}: {o} must be 1, 0 or null")
                rows[key] = d
        return cls(rows)

    def lookup(self, text: str) -> Optional[Tuple[Dict[str, Optional[int]], Optional[int], Dict[str, int]]]:
        d = self.rows.get(exclude_hash(text))
        if d is None:
            return None
        labels = {o: d.get(o) for o in LABELLED}
        sev = {o: int(v) for o, v in (d.get("sev") or {}).items() if labels.get(o) == 1}
        return labels, d.get("minor"), sev

    def __len__(self) -> int:
        return len(self.rows)


def cohen_kappa(a: List[int], b: List[int]) -> float:
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return float("nan") if pe >= 1.0 else (po - pe) / (1 - pe)


def merge(batch_dir: str) -> Tuple[List[dict], Dict[str, dict]]:
    """Reads DIR/batch_*.jsonl and DIR/labels_*.jsonl; returns the merged rows (sorted by hash)
    and the agreement per output on texts labelled twice."""
    texts: Dict[str, str] = {}
    for p in sorted(glob.glob(os.path.join(batch_dir, "batch_*.jsonl"))):
        with open(p, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    votes: Dict[str, List[dict]] = collections.defaultdict(list)
    for p in sorted(glob.glob(os.path.join(batch_dir, "labels_*.jsonl"))):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    votes[d["id"]].append(d)
    missing = [i for i in texts if i not in votes]
    if missing:
        raise ValueError(f"{len(missing)} texts have no labels (first: {missing[0]})")
    pairs: Dict[str, Tuple[List[int], List[int]]] = {o: ([], []) for o in LABELLED + ("minor",)}
    # Agreement with null counted as an answer: a 1-vs-null split is a disagreement too.
    same: Dict[str, List[bool]] = {o: [] for o in LABELLED + ("minor",)}
    out: List[dict] = []
    for i, vs in votes.items():
        if i not in texts:
            raise ValueError(f"labels for an unknown id {i}")
        row: dict = {"sha256": exclude_hash(texts[i])}
        if not row["sha256"].startswith(i):
            raise ValueError(f"id {i} is not the hash of its text")
        sev: Dict[str, int] = {}
        for o in LABELLED + ("minor",):
            vals = [v.get(o) for v in vs]
            if len(vs) >= 2:
                same[o].append(vals[0] == vals[1])
            if len(vs) >= 2 and vals[0] is not None and vals[1] is not None:
                pairs[o][0].append(int(vals[0]))
                pairs[o][1].append(int(vals[1]))
            agreed = vals[0] if all(x == vals[0] for x in vals) else None
            row[o] = agreed
            if agreed == 1 and o != "minor":
                levels = [SEVERITY[v["sev"][o]] for v in vs if o in (v.get("sev") or {})]
                sev[o] = min(levels) if levels else 2
        row["sev"] = sev
        row["annotators"] = len(vs)
        out.append(row)
    out.sort(key=lambda r: r["sha256"])
    agreement = {}
    for o, (a, b) in pairs.items():
        agreement[o] = {"n": len(a), "agree": (sum(x == y for x, y in zip(a, b)) / len(a)) if a else float("nan"), "kappa": cohen_kappa(a, b), "positives": (sum(a), sum(b)),
                        "n_with_null": len(same[o]), "agree_with_null": (sum(same[o]) / len(same[o])) if same[o] else float("nan")}
    return out, agreement


def write(rows: Iterable[dict], path: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=True, separators=(",", ":")) + "\n")
    os.replace(tmp, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("merge", help="merge annotation batches into one labels file")
    m.add_argument("--batches", required=True)
    m.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    rows, agreement = merge(a.batches)
    write(rows, a.out)
    print(f"{len(rows)} texts, {sum(r['annotators'] >= 2 for r in rows)} labelled twice -> {a.out}")
    for o, g in agreement.items():
        print(f"  {o:11s} both decided n={g['n']:4d} agreement {g['agree']:.3f} kappa {g['kappa']:.3f} positives {g['positives']};"
              f" null as an answer: agreement {g['agree_with_null']:.3f} of {g['n_with_null']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
