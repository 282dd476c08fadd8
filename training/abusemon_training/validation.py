"""How a scoring configuration does on the validation split, through the Monitor.

Configurations of the shipped models (the English model alone, the pair routed by language, the
pair with consensus on unsure English text at a given band) are chosen on these numbers, never
on evaluation-only data. Validation holds groups (duplicates, template phrasings) never trained
on, but from the training sources: it chooses, it is not a headline result (those come from
evaluation-only data, `abusemon_training.behaviour`):

    python -m abusemon_training.validation --gguf models/abusemon-default.gguf \\
        --multilingual models/abusemon-multilingual.gguf --band 0.05,0.95 --band 0.02,0.98 \\
        --work out/train [--out DIR]

Each configuration is scored by the engine as `abusemon classify` runs it (the Monitor with the
model's own policy). Per configuration: macro AUPRC over the six harm outputs (all rows and the
public, non-synthetic rows), mean recall at the annotate threshold (a category's `filtered`,
severity medium under the default policy), the share of benign chat prompts flagged by any harm
category, the share of texts scored by both models, and calibration: expected calibration error
and the Platt slope / intercept that would re-fit the scores (slope 1, intercept 0 = nothing to
re-fit).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import metrics
from .data.schema import Example
from .evaluate import BENIGN_PROMPT_SOURCES

HARM = ("hate", "harassment", "sexual", "violence", "self_harm", "jailbreak")


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)  # the engine's consensus clamps the same way
    return np.log(p / (1 - p))


def measure(verdicts: Sequence, rows: Sequence[Example]) -> dict:
    """The validation numbers of one configuration from its verdicts on `rows` (same order)."""
    if len(verdicts) != len(rows):
        raise ValueError(f"{len(verdicts)} verdicts for {len(rows)} rows")
    score = np.array([[v.categories[c].score for c in HARM] for v in verdicts], dtype=float)
    filtered = np.array([[v.categories[c].filtered for c in HARM] for v in verdicts], dtype=bool)
    y = np.array([[np.nan if e.labels.get(c) is None else float(e.labels[c]) for c in HARM] for e in rows])
    public = np.array([not e.synthetic for e in rows])
    benign = np.array([e.source in BENIGN_PROMPT_SOURCES and e.is_benign() for e in rows])
    twice = np.array([v.route == "consensus" for v in verdicts])
    per: Dict[str, dict] = {}
    for j, c in enumerate(HARM):
        known = ~np.isnan(y[:, j])
        yc, sc = y[known, j], score[known, j]
        pos = yc == 1
        a, b = metrics.fit_platt(_logit(sc), yc) if pos.any() and (~pos).any() else (1.0, 0.0)
        per[c] = {
            "labelled": int(known.sum()),
            "positives": int(pos.sum()),
            "auprc": metrics.auprc(yc, sc),
            "auprc_public": metrics.auprc(y[known & public, j], score[known & public, j]),
            "recall_at_annotate": float(filtered[known, j][pos].mean()) if pos.any() else float("nan"),
            "ece": metrics.ece(yc, sc),
            "platt_slope": a,
            "platt_intercept": b,
        }
    flagged = filtered.any(axis=1)
    return {
        "rows": len(rows),
        "macro_auprc": metrics.macro([per[c]["auprc"] for c in HARM]),
        "macro_auprc_public": metrics.macro([per[c]["auprc_public"] for c in HARM]),
        "mean_recall_at_annotate": metrics.macro([per[c]["recall_at_annotate"] for c in HARM]),
        "benign_chat_prompts": int(benign.sum()),
        "benign_chat_flagged": float(flagged[benign].mean()) if benign.any() else float("nan"),
        "scored_twice": float(twice.mean()),
        "per_output": per,
    }


def markdown(results: Sequence[Tuple[str, dict]]) -> List[str]:
    def f3(x):
        return "–" if x != x else f"{x:.3f}"

    def pct(x):
        return "–" if x != x else f"{100 * x:.2f} %"

    first = results[0][1]
    md = [f"| configuration | macro AUPRC (public rows) | mean recall at annotate | benign chat prompts flagged ({first['benign_chat_prompts']}) | texts scored twice |",
          "|---|---|---|---|---|"]
    for name, r in results:
        md.append(f"| {name} | {f3(r['macro_auprc'])} ({f3(r['macro_auprc_public'])}) | {f3(r['mean_recall_at_annotate'])} | {pct(r['benign_chat_flagged'])} | {pct(r['scored_twice'])} |")
    md += ["", "Calibration per output (ECE; Platt slope / intercept of a re-fit on these scores):", "",
           "| configuration | " + " | ".join(HARM) + " |", "|---|" + "---|" * len(HARM)]
    for name, r in results:
        cells = [f"{r['per_output'][c]['ece']:.3f}; {r['per_output'][c]['platt_slope']:.2f} / {r['per_output'][c]['platt_intercept']:+.2f}" for c in HARM]
        md.append(f"| {name} | " + " | ".join(cells) + " |")
    return md


def _band(text: str) -> Tuple[float, float]:
    try:
        lo, hi = (float(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--band takes LOW,HIGH (e.g. 0.05,0.95), not {text!r}") from None
    if not 0 <= lo < hi <= 1:  # NaN fails every comparison
        raise argparse.ArgumentTypeError(f"--band needs 0 <= LOW < HIGH <= 1, not {text!r}")
    return lo, hi


def configurations(gguf: str, multilingual: Optional[str], bands: Sequence[Tuple[float, float]]) -> List[Tuple[str, dict]]:
    """(name, Monitor keyword arguments) for each configuration the command line asks for."""
    out: List[Tuple[str, dict]] = [("English model alone", {"multilingual": False})]
    if multilingual:
        out.append(("routed by language, no consensus", {"multilingual": multilingual, "consensus": False}))
        out += [(f"routed + consensus, band [{lo:g}, {hi:g})", {"multilingual": multilingual, "consensus_band": (lo, hi)}) for lo, hi in bands]
    return [(name, {"model": gguf, **kw}) for name, kw in out]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Scoring configurations on the validation split, through the Monitor")
    ap.add_argument("--gguf", required=True, help="the English model file")
    ap.add_argument("--multilingual", default=None, help="the multilingual model: adds the routed pair and its consensus bands")
    ap.add_argument("--band", type=_band, action="append", default=None, help="consensus band LOW,HIGH (repeatable; default 0.05,0.95, the shipped one)")
    ap.add_argument("--work", default=os.path.join("out", "train"), help="folder with data/val.jsonl (python -m abusemon_training.data.pipeline)")
    ap.add_argument("--out", default=None, help="write VALIDATION.md and validation.json here")
    a = ap.parse_args(argv)
    from .data.pipeline import read_jsonl

    path = os.path.join(a.work, "data", "val.jsonl")  # never test: configurations are chosen here
    if not os.path.exists(path):
        print(f"abusemon: error: {path} not found (run python -m abusemon_training.data.pipeline)", file=sys.stderr)
        return 4
    rows = read_jsonl(path)
    texts = [e.text for e in rows]
    import abusemon

    results = []
    for name, kw in configurations(a.gguf, a.multilingual, a.band or [(0.05, 0.95)]):
        mon = abusemon.Monitor(kw.pop("model"), **kw)
        verdicts = []
        for i in range(0, len(texts), 256):
            verdicts += mon.check_batch(texts[i:i + 256], "prompt")
        results.append((name, measure(verdicts, rows)))
        print(f"{name}: macro AUPRC {results[-1][1]['macro_auprc']:.3f}", file=sys.stderr, flush=True)
    md = markdown(results)
    print("\n".join(md))
    if a.out:
        os.makedirs(a.out, exist_ok=True)
        with open(os.path.join(a.out, "VALIDATION.md"), "w", encoding="utf-8") as f:
            f.write(f"# Validation: scoring configurations\n\n{len(rows)} rows of `val.jsonl`. "
                    "Generated by `python -m abusemon_training.validation`.\n\n" + "\n".join(md) + "\n")
        with open(os.path.join(a.out, "validation.json"), "w", encoding="utf-8") as f:
            json.dump(dict(results), f, indent=1, default=float)
    return 0


if __name__ == "__main__":
    sys.exit(main())
