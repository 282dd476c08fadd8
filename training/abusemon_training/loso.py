"""Leave-sources-out scoring: how a model trained without some sources (`python -m
abusemon_training.train --exclude-sources a,b`) does on every row of those sources.

    python -m abusemon_training.loso --gguf out/loso.gguf --work out/train --sources coconot,hatexplain

Per source and subset: rows without a positive label flagged (any output at the shipped
thresholds), positives of
each output caught (any flag) and caught by their own category. Together with the
evaluation-only behaviour report this is what the headline numbers rest on: internal splits
share sources with training and measure memorisation.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from typing import Dict, List

import numpy as np

from .behaviour import Check, Scored, monitor_check
from .data.schema import HARM_OUTPUTS, Example


def measure(check: Check, rows: List[Example]) -> Dict[str, dict]:
    groups: Dict[str, List[Example]] = collections.defaultdict(list)
    for e in rows:
        groups[f"{e.source}/{e.subset}" if e.subset else e.source].append(e)
    out = {}
    for key, rs in sorted(groups.items()):
        s = Scored(check([e.text for e in rs], "completion" if rs[0].style == "completion" else "prompt"))
        # Rows without a positive label (unknown outputs allowed: HateXplain's "normal" posts
        # leave harassment open) count as negatives: any flag on them is a false flag.
        benign = np.array([not any(e.labels.get(o) == 1 for o in HARM_OUTPUTS) for e in rs])
        r: dict = {"n": len(rs)}
        if benign.any():
            r["benign"] = int(benign.sum())
            r["benign_flagged"] = float(s.flagged[benign].mean())
        for o in HARM_OUTPUTS:
            pos = np.array([e.labels.get(o) == 1 for e in rs])
            if pos.any() and o in s.cat_flagged:
                r[f"{o}_positives"] = int(pos.sum())
                r[f"{o}_caught_any"] = float(s.flagged[pos].mean())
                r[f"{o}_caught_own"] = float(s.cat_flagged[o][pos].mean())
        out[key] = r
    return out


def markdown(res: Dict[str, dict], sources: List[str], note: str = "") -> List[str]:
    md = [f"### Left out: {', '.join(sources)}", "", note, "", "| source/subset | n | negatives flagged | positives caught (any flag / own category) |", "|---|---|---|---|"]
    for key, r in res.items():
        ben = f"{100 * r['benign_flagged']:.1f} % of {r['benign']}" if "benign" in r else ""
        pos = "; ".join(f"{o} {100 * r[o + '_caught_any']:.0f} / {100 * r[o + '_caught_own']:.0f} % of {r[o + '_positives']}" for o in HARM_OUTPUTS if o + "_positives" in r)
        md.append(f"| {key} | {r['n']} | {ben} | {pos} |")
    return md + [""]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Score a leave-sources-out model on every row of the left-out sources")
    ap.add_argument("--gguf", required=True)
    ap.add_argument("--work", default=os.path.join("out", "train"))
    ap.add_argument("--sources", required=True, help="comma-separated, as given to train --exclude-sources")
    ap.add_argument("--out", default=None, help="write loso-<sources>.json and .md here")
    a = ap.parse_args(argv)
    from .data.pipeline import read_jsonl

    srcs = a.sources.split(",")
    rows: List[Example] = []
    for split in ("train", "val", "test"):
        p = os.path.join(a.work, "data", f"{split}.jsonl")
        if not os.path.exists(p):
            print(f"abusemon: error: {p} not found (run python -m abusemon_training.data.pipeline)", file=sys.stderr)
            return 4
        rows += [e for e in read_jsonl(p) if e.source in srcs]
    res = measure(monitor_check(a.gguf), rows)
    md = markdown(res, srcs)
    print("\n".join(md))
    if a.out:
        os.makedirs(a.out, exist_ok=True)
        tag = "-".join(srcs)
        with open(os.path.join(a.out, f"loso-{tag}.json"), "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
        with open(os.path.join(a.out, f"loso-{tag}.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(md) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
