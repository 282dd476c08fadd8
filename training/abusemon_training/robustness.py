"""Recall under adversarial obfuscation, with and without the text normaliser, on the C++ engine.

    python -m abusemon_training.robustness --gguf models/abusemon-default.gguf --work out/train \\
        --out docs/eval/ROBUSTNESS.md

For up to --per-cat held-out test positives of each harm category, every obfuscation of
abusemon_training.obfuscate.EVAL_TRANSFORMS is applied (deterministic per text and seed) and the texts
are scored twice by the engine: raw (normalize=False) and normalised (normalize=True, what the
library does by default; docs/NORMALIZATION.md). Recall is measured at the model file's annotate
thresholds. The false-positive rate of clean benign test rows (any harm output at or above its
annotate threshold) is measured both ways too: the normaliser's cost on ordinary text.

The same table goes into `python -m abusemon_training.evaluate` reports (robustness_table()).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np

from .obfuscate import EVAL_TRANSFORMS, obfuscate

ScoreFn = Callable[[Sequence[str], bool], np.ndarray]  # (texts, normalise) -> (n, outputs)


def log(msg: str) -> None:
    print(f"[robustness {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _sample(idx: List[int], n: int, seed: int) -> List[int]:
    return idx if len(idx) <= n else sorted(random.Random(seed).sample(idx, n))


def measure(score: ScoreFn, rows, outputs: Sequence[str], harm: Sequence[str], annotate: Dict[str, float], seed: int = 7, per_cat: int = 200, benign_cap: int = 3000, kinds: Sequence[str] = (), normalize: Optional[Callable[[str], str]] = None) -> dict:
    """Recall per category x obfuscation and benign FPR, raw and normalised.

    `rows` are abusemon_training.data.schema.Example; `score(texts, normalise)` returns probabilities with
    columns `outputs`; `annotate` maps an output to its threshold; `normalize` (optional) is the
    normaliser, used to count the benign texts it changes."""
    kinds = list(kinds) or sorted(EVAL_TRANSFORMS)
    thr = np.array([annotate.get(o, 0.5) for o in outputs])
    res: dict = {"kinds": kinds, "per_category": {}, "seed": seed}
    for c in harm:
        j = outputs.index(c)
        idx = _sample([i for i, e in enumerate(rows) if e.labels.get(c) == 1], per_cat, seed)
        if not idx:
            continue
        texts = [rows[i].text for i in idx]
        r: dict = {"n": len(idx)}
        for norm in (False, True):
            key = "normalized" if norm else "raw"
            r[key] = {"clean": float((score(texts, norm)[:, j] >= thr[j]).mean())}
            for kind in kinds:
                p = score([obfuscate(t, kind, seed) for t in texts], norm)
                r[key][kind] = float((p[:, j] >= thr[j]).mean())
        res["per_category"][c] = r
        log(f"{c}: n={len(idx)} clean {r['raw']['clean']:.3f} / {r['normalized']['clean']:.3f}")
    # Mean recall drop over categories, in points, relative to the clean recall of the same mode.
    for key in ("raw", "normalized"):
        res[f"mean_drop_points_{key}"] = {k: 100 * float(np.mean([v[key]["clean"] - v[key][k] for v in res["per_category"].values()])) for k in kinds} if res["per_category"] else {}
    # Drop against the raw clean recall: what an attacker gains over unobfuscated text.
    res["mean_drop_vs_raw_clean_points"] = {k: 100 * float(np.mean([v["raw"]["clean"] - v["normalized"][k] for v in res["per_category"].values()])) for k in kinds} if res["per_category"] else {}
    harm_cols = [outputs.index(o) for o in harm]
    ben = _sample([i for i, e in enumerate(rows) if e.is_benign()], benign_cap, seed)
    if ben:
        texts = [rows[i].text for i in ben]
        fl = {}
        for norm in (False, True):
            p = score(texts, norm)
            fl[norm] = (p[:, harm_cols] >= thr[harm_cols]).any(axis=1)
        changed = sum(1 for t in texts if t != normalize(t)) if normalize else -1
        res["benign"] = {"n": len(ben), "fpr_raw": float(fl[False].mean()), "fpr_normalized": float(fl[True].mean()),
                         "change_points": 100 * float(fl[True].mean() - fl[False].mean()),
                         "newly_flagged": int((fl[True] & ~fl[False]).sum()), "no_longer_flagged": int((fl[False] & ~fl[True]).sum()),
                         "texts_changed_by_normalizer": changed}
        log(f"benign FPR raw {fl[False].mean():.4f} normalised {fl[True].mean():.4f} (n={len(ben)}, {changed} texts changed)")
    return res


def markdown(res: dict, title: str = "Robustness to obfuscation (raw → normalised)") -> List[str]:
    kinds = res["kinds"]
    md = [f"### {title}", "",
          f"Recall at the annotate threshold of up to {max((v['n'] for v in res['per_category'].values()), default=0)} held-out test positives per category, each cell `raw → normalised` "
          f"(raw: the text as obfuscated; normalised: after abusemon's text normaliser, the library default). Seed {res['seed']}.", "",
          "| category | n | clean | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 3) + "|"]
    for c, v in res["per_category"].items():
        cells = [f"{v['raw'][k]:.3f} → {v['normalized'][k]:.3f}" for k in ["clean"] + kinds]
        md.append(f"| {c} | {v['n']} | " + " | ".join(cells) + " |")
    if res["per_category"]:
        md += ["", "Mean recall drop over categories (points, vs. the clean recall of the same mode; goal ≤ 5):", "",
               "| obfuscation | raw | normalised | normalised vs. raw clean |", "|---|---|---|---|"]
        for k in kinds:
            md.append(f"| {k} | {res['mean_drop_points_raw'][k]:.1f} | {res['mean_drop_points_normalized'][k]:.1f} | {res['mean_drop_vs_raw_clean_points'][k]:.1f} |")
    b = res.get("benign")
    if b:
        md += ["", f"Benign test rows (n={b['n']}), share flagged by any harm output at its annotate threshold: raw {100 * b['fpr_raw']:.2f}%, "
               f"normalised {100 * b['fpr_normalized']:.2f}% (change {b['change_points']:+.2f} points; goal ≤ 0.5). "
               + (f"{b['texts_changed_by_normalizer']} of the {b['n']} texts are changed by the normaliser; " if b["texts_changed_by_normalizer"] >= 0 else "")
               + f"{b['newly_flagged']} newly flagged, {b['no_longer_flagged']} no longer flagged."]
    return md + [""]


def engine_score_fn(model, outputs: Sequence[str]) -> ScoreFn:
    """score(texts, normalise) through the C++ engine (abusemon.Model), columns `outputs`."""
    cols = [list(model.output_names).index(o) for o in outputs]

    def score(texts: Sequence[str], norm: bool) -> np.ndarray:
        out = [np.asarray(model.score(list(texts[b:b + 256]), normalize=norm), dtype=np.float64)[:, cols] for b in range(0, len(texts), 256)]
        return np.concatenate(out) if out else np.zeros((0, len(outputs)))

    return score


def engine_scorer(gguf: str) -> tuple:
    """(score_fn, outputs, annotate thresholds, model) for the model file `gguf`."""
    import abusemon

    m = abusemon.Model.load(gguf)
    info = json.loads(m.info_json)
    outputs = list(m.output_names)
    annotate = {o: float(info["per_output"][o]["policy"]["annotate"]) for o in outputs}
    return engine_score_fn(m, outputs), outputs, annotate, m


def robustness_table(score_raw: Callable[[Sequence[str]], np.ndarray], rows, outputs, harm, annotate, seed, per_cat, model=None, benign_cap=3000) -> dict:
    """For abusemon_training.evaluate. With `model` (an abusemon.Model) the engine scores both modes
    (normalize=False / True), as users run it; without, `score_raw(texts)` (e.g. PyTorch) scores
    the texts as given and after abusemon.normalize_text (built-in rules, no vocabulary)."""
    import abusemon

    def normalize(t: str) -> str:
        return abusemon.normalize_text(t, model=model)

    if model is not None:
        score = engine_score_fn(model, outputs)
    else:

        def score(texts: Sequence[str], norm: bool) -> np.ndarray:
            return score_raw([normalize(t) for t in texts] if norm else list(texts))

    res = measure(score, rows, outputs, harm, annotate, seed, per_cat, benign_cap, normalize=normalize)
    res["scorer"] = "C++ engine" if model is not None else "reference scorer (PyTorch)"
    return {"result": res, "markdown": markdown(res)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Recall under obfuscation with and without abusemon's text normaliser (C++ engine)")
    ap.add_argument("--gguf", default=os.path.join("models", "abusemon-default.gguf"))
    ap.add_argument("--work", default=os.path.join("out", "train"), help="folder with data/test.jsonl")
    ap.add_argument("--input", default=None, help="JSONL test rows instead of <work>/data/test.jsonl")
    ap.add_argument("--out", default=None, help="markdown report path (default: print)")
    ap.add_argument("--json", default=None, help="also write the numbers as JSON here")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-cat", type=int, default=200)
    ap.add_argument("--benign-cap", type=int, default=3000)
    ap.add_argument("--kinds", default="", help="comma-separated obfuscations (default: all of " + ",".join(sorted(EVAL_TRANSFORMS)) + ")")
    a = ap.parse_args(argv)
    from .data.pipeline import read_jsonl
    from .data.schema import HARM_OUTPUTS

    kinds = [k for k in a.kinds.split(",") if k]
    for k in kinds:
        if k not in EVAL_TRANSFORMS:
            print(f"abusemon: error: unknown obfuscation {k!r}", file=sys.stderr)
            return 2
    path = a.input or os.path.join(a.work, "data", "test.jsonl")
    if not os.path.exists(path):
        print(f"abusemon: error: {path} not found (run python -m abusemon_training.data.pipeline first; docs/TRAINING.md)", file=sys.stderr)
        return 4
    try:
        rows = read_jsonl(path)
        score, outputs, annotate, model = engine_scorer(a.gguf)
    except (OSError, ValueError, KeyError) as exc:
        print(f"abusemon: error: {exc}", file=sys.stderr)
        return 3
    import abusemon

    harm = [o for o in HARM_OUTPUTS if o in outputs]
    log(f"{len(rows)} rows from {path}; model {a.gguf}")
    res = measure(score, rows, outputs, harm, annotate, a.seed, a.per_cat, a.benign_cap, kinds, normalize=lambda t: abusemon.normalize_text(t, model=model))
    res["model"] = {"path": a.gguf, "info": {k: json.loads(model.info_json)[k] for k in ("model_id", "model_version")}}
    cmd = "python -m abusemon_training.robustness " + " ".join(argv if argv is not None else sys.argv[1:])
    md = ["# Robustness to obfuscation: raw vs. normalised", "",
          f"Model `{res['model']['info']['model_id']}` version `{res['model']['info']['model_version']}` ({a.gguf}), test rows {path}. Generated by `{cmd.strip()}`.", ""] + markdown(res, "Recall per category and obfuscation")
    text = "\n".join(md) + "\n"
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)
        log(f"wrote {a.out}")
    else:
        print(text)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
