#!/usr/bin/env python3
"""int8 vs fp32 decisions of a trained abusemon model, on real held-out texts.

Scores the same texts with the model loaded in fp32 and with int8 linear layers (quantized at
load: `abusemon.Model.load(path, int8=True)`), then reports per output the max / mean absolute
probability delta and how many severity levels (safe/low/medium/high, the file's cut-offs) and
policy actions (allow/annotate/block, the file's thresholds) differ. Also the composed
sexual_minors score (the Monitor's rule) and the text-level action (strictest over the harm
outputs).

    python tools/engine/int8_flips.py [--model models/abusemon-default.gguf]
        [--texts out/train/data/test.jsonl] [--limit 0] [--json]

--texts is a JSONL file with a "text" field per line: by default the held-out test split that
the training pipeline writes from ../shared/data (nothing is copied into the repository).
Needs the installed abusemon wheel and numpy.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

HARM = ("hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak")


def levels(p: np.ndarray, cuts) -> np.ndarray:
    """Index of the highest cut-off reached (0 = none)."""
    out = np.zeros(p.shape, dtype=np.int8)
    for k, c in enumerate(cuts, start=1):
        out[p >= c] = k
    return out


def main() -> int:
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=os.path.join(root, "models", "abusemon-default.gguf"))
    ap.add_argument("--texts", default=os.path.join(root, "out", "train", "data", "test.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="first N texts (0 = all)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON only")
    a = ap.parse_args()

    import abusemon

    texts = []
    with open(a.texts, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                texts.append(json.loads(line)["text"])
            if a.limit and len(texts) >= a.limit:
                break
    if not texts:
        print("int8_flips: error: no texts in " + a.texts, file=sys.stderr)
        return 3

    fp = abusemon.Model.load(a.model)
    q = abusemon.Model.load(a.model, int8=True)
    info = json.loads(fp.info_json)
    outputs = list(fp.output_names)
    t0 = time.perf_counter()
    pf = np.asarray(fp.score(texts), dtype=np.float64)
    t1 = time.perf_counter()
    pq = np.asarray(q.score(texts), dtype=np.float64)
    t2 = time.perf_counter()

    per = dict(info["per_output"])
    cols = {o: (pf[:, j], pq[:, j]) for j, o in enumerate(outputs)}
    if "sexual" in outputs and "minor_mentioned" in outputs:
        try:  # the Monitor's composition, as the evaluation tool computes it
            from abusemon_training.evaluate import compose_sexual_minors
            cols["sexual_minors"] = (compose_sexual_minors(pf, outputs, texts),
                                     compose_sexual_minors(pq, outputs, texts))
            per["sexual_minors"] = per["sexual"]  # the Monitor applies the sexual cut-offs
        except ImportError:
            pass

    rows = {}
    act_f = np.zeros(len(texts), dtype=np.int8)
    act_q = np.zeros(len(texts), dtype=np.int8)
    for o, (f, g) in cols.items():
        sev = per[o]["severity"]
        pol = per[o]["policy"]
        sf, sq = levels(f, (sev["low"], sev["medium"], sev["high"])), levels(g, (sev["low"], sev["medium"], sev["high"]))
        af, aq = levels(f, (pol["annotate"], pol["block"])), levels(g, (pol["annotate"], pol["block"]))
        if o in HARM:
            act_f, act_q = np.maximum(act_f, af), np.maximum(act_q, aq)
        d = np.abs(f - g)
        rows[o] = {"max_abs_delta": float(d.max()), "mean_abs_delta": float(d.mean()),
                   "severity_flips": int((sf != sq).sum()), "action_flips": int((af != aq).sum()),
                   "flagged_fp32": int((af > 0).sum()), "flagged_int8": int((aq > 0).sum())}
    summary = {"model": os.path.basename(a.model), "texts_file": a.texts, "texts": len(texts),
               "per_output": rows,
               "text_action_flips": int((act_f != act_q).sum()),
               "text_action_flips_to_stricter": int((act_q > act_f).sum()),
               "text_action_flips_to_looser": int((act_q < act_f).sum()),
               "seconds_fp32": round(t1 - t0, 2), "seconds_int8": round(t2 - t1, 2)}
    if a.json:
        print(json.dumps(summary, indent=1))
        return 0
    print(f"{len(texts)} texts from {a.texts}; model {summary['model']}")
    print("| output | max abs Δp | mean abs Δp | severity flips | action flips | flagged fp32 / int8 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for o, r in rows.items():
        print(f"| {o} | {r['max_abs_delta']:.4f} | {r['mean_abs_delta']:.5f} | {r['severity_flips']} | "
              f"{r['action_flips']} | {r['flagged_fp32']} / {r['flagged_int8']} |")
    print(f"text-level action (strictest harm output) differs on {summary['text_action_flips']} of "
          f"{len(texts)} texts ({summary['text_action_flips_to_stricter']} stricter under int8, "
          f"{summary['text_action_flips_to_looser']} looser)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
