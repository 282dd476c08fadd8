"""Frozen-encoder probe of a multilingual base (issue #17): how much harm signal the base's pooled
embeddings carry per language before any fine-tuning, and how far English labels transfer.

    python -m abusemon_training.probe --base me5s.gguf --english-model models/abusemon-default.gguf \\
        --english-train out/data/train.jsonl --english-eval out/data/eval_only.jsonl --out out/probe

It embeds (mean-pooled encoder state, through the C++ engine, int8 by default for speed) a sample
of English training rows plus the permissive non-English sources (RTP-LX, MLMA French, French
identity templates, the project's look-alikes), splits the non-English rows by source group
(an RTP-LX item and its translations always land on the same side), fits a linear head per output
(masked logistic regression) on (A) English only and (B) English plus the other languages, and
reports per language on held-out rows, next to the shipped English model (C):

- AUPRC of "any harm" (the highest harm score);
- recall of harmful rows and false flags on benign rows at one threshold per system, chosen on
  English held-out rows for a 5 % benign false-flag rate.

XSafety French (evaluation only) is scored as its own column. Embeddings are cached in --out, so
the run can be resumed. A lower bound for a fine-tune: the encoder is not trained here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from typing import Dict, List, Sequence, Tuple

import numpy as np

from . import metrics
from .data import sources_multilingual as sm
from .data.lookalikes_multilingual import load_lookalikes
from .data.pipeline import read_jsonl
from .data.schema import HARM_OUTPUTS, Example, label_matrix

LANGS = ("en", "fr", "de", "es", "it", "pt")
TARGET_FPR = 0.05


def _held_out(e: Example, fraction: float = 0.3) -> bool:
    key = e.group or e.text
    # RTP-LX groups carry the item id, shared by the item's translations: split on the id.
    if key.startswith("rtp_lx:"):
        key = "rtp_lx:" + key.rsplit(":", 1)[-1] if key.count(":") >= 2 else key
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 2**32 < fraction


def _any_harm(e: Example) -> int | None:
    vals = [e.labels.get(o) for o in HARM_OUTPUTS]
    if any(v == 1 for v in vals):
        return 1
    return 0 if all(v == 0 for v in vals) else None


def collect(data: str, english_train: str, english_eval: str, n_en: int, n_en_eval: int, seed: int):
    rng = random.Random(seed)
    en = [e for e in read_jsonl(english_train) if e.labels]
    en = rng.sample(en, min(n_en, len(en)))
    en_eval = [e for e in read_jsonl(english_eval) if _any_harm(e) is not None and sm.language_of(e) == "en"]
    en_eval = rng.sample(en_eval, min(n_en_eval, len(en_eval)))
    other: List[Example] = list(sm.load_rtp_lx(data))
    mlma = list(sm.load_mlma(data, langs=("fr",)))
    other += rng.sample(mlma, min(2000, len(mlma)))
    madlibs = list(sm.load_madlibs_fr(data))
    other += rng.sample(madlibs, min(1200, len(madlibs)))
    other += list(load_lookalikes())
    train = en + [e for e in other if not _held_out(e)]
    test = [e for e in other if _held_out(e)]
    xs = list(sm.load_xsafety_fr(data))
    xs = rng.sample(xs, min(600, len(xs)))
    return en, train, test, en_eval, xs


def embed(model, rows: Sequence[Example], cache: str, batch: int = 32) -> np.ndarray:
    texts = [e.text for e in rows]
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = f"{cache}-{digest}.npy"
    if os.path.exists(path):
        return np.load(path)
    part = path + ".part.npy"
    done = np.load(part) if os.path.exists(part) else np.zeros((0, model.hidden_size), np.float32)
    out = [done]
    for i in range(len(done), len(texts), batch):
        out.append(model.run(texts[i:i + batch], output="pooled", max_tokens=128))
        if (i // batch) % 10 == 0:
            np.save(part, np.concatenate(out))
            print(f"  {cache}: {i + batch}/{len(texts)}", file=sys.stderr, flush=True)
    emb = np.concatenate(out)
    np.save(path, emb)
    if os.path.exists(part):
        os.remove(part)
    return emb


def fit_head(x: np.ndarray, rows: Sequence[Example], l2: float = 1e-3, steps: int = 400,
             outputs: Sequence[str] = HARM_OUTPUTS) -> Tuple[np.ndarray, np.ndarray]:
    """Masked multi-output logistic regression (Adam, full batch) on standardised embeddings, one
    column per name in `outputs`."""
    y = label_matrix(rows, outputs)
    m = (~np.isnan(y)).astype(np.float32)
    y = np.nan_to_num(y)
    pos = (y * m).sum(0) + 1
    neg = ((1 - y) * m).sum(0) + 1
    wpos = np.sqrt(neg / pos)  # soften class imbalance per output
    w = np.zeros((x.shape[1], y.shape[1]), np.float32)
    b = np.zeros(y.shape[1], np.float32)
    mw, vw, mb, vb = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    for t in range(1, steps + 1):
        p = metrics.sigmoid(x @ w + b)
        g = (p - y) * m * np.where(y > 0, wpos, 1.0)
        g /= max(1.0, m.sum() / y.shape[1])
        gw = x.T @ g + l2 * w
        gb = g.sum(0)
        for prm, grd, mm, vv in ((w, gw, mw, vw), (b, gb, mb, vb)):
            mm *= 0.9
            mm += 0.1 * grd
            vv *= 0.999
            vv += 0.001 * grd * grd
            prm -= 0.05 * (mm / (1 - 0.9**t)) / (np.sqrt(vv / (1 - 0.999**t)) + 1e-8)
    return w, b


def report_rows(name: str, score: np.ndarray, rows: Sequence[Example], threshold: float) -> Dict[str, Dict[str, float]]:
    out: Dict[str, Dict[str, float]] = {}
    langs = np.array([sm.language_of(e) for e in rows])
    y = np.array([_any_harm(e) if _any_harm(e) is not None else -1 for e in rows])
    for lang in sorted(set(langs)):
        sel = (langs == lang) & (y >= 0)
        yy, ss = y[sel], score[sel]
        if yy.sum() == 0 or (yy == 0).sum() == 0:
            continue
        out[lang] = {
            "n_harm": int(yy.sum()), "n_benign": int((yy == 0).sum()),
            "auprc": round(float(metrics.auprc(yy, ss)), 3),
            "recall": round(float((ss[yy == 1] >= threshold).mean()), 3),
            "false_flags": round(float((ss[yy == 0] >= threshold).mean()), 3),
        }
    return out


def write_probe_head(checkpoint: str, hidden: int = 384) -> None:
    """Gives a base checkpoint (base_e5's output) the head files the converter needs. The probe
    reads only the pooled encoder state, so the head is an untrained placeholder."""
    from safetensors.numpy import save_file

    rng = np.random.default_rng(0)
    outs = list(HARM_OUTPUTS) + ["minor_mentioned"]
    save_file({"head.dense.weight": (rng.standard_normal((hidden, hidden)) * 0.02).astype(np.float32),
               "head.dense.bias": np.zeros(hidden, np.float32),
               "head.out.weight": (rng.standard_normal((len(outs), hidden)) * 0.02).astype(np.float32),
               "head.out.bias": np.zeros(len(outs), np.float32)}, os.path.join(checkpoint, "head.safetensors"))
    with open(os.path.join(checkpoint, "abusemon.json"), "w") as f:
        json.dump({"model_id": "probe-base", "outputs": outs, "pooling": "mean", "license": "MIT",
                   "head": {"file": "head.safetensors", "dense_weight": "head.dense.weight", "dense_bias": "head.dense.bias",
                            "activation": "tanh", "out_weight": "head.out.weight", "out_bias": "head.out.bias"},
                   "output_activation": "sigmoid"}, f, indent=1)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write-head", metavar="CHECKPOINT", help="only give a base checkpoint the placeholder head the converter needs, then exit")
    ap.add_argument("--base", help="GGUF of the multilingual base (any head)")
    ap.add_argument("--english-model", help="the shipped English model (baseline C)")
    ap.add_argument("--english-train")
    ap.add_argument("--english-eval", help="eval_only.jsonl of the English pipeline")
    ap.add_argument("--data", default=os.path.join("..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join("out", "probe"))
    ap.add_argument("--n-english", type=int, default=3000)
    ap.add_argument("--n-english-eval", type=int, default=800)
    ap.add_argument("--fp32", action="store_true", help="embed in fp32 (default int8, 3x faster)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    if a.write_head:
        write_probe_head(a.write_head)
        return 0
    if not (a.base and a.english_model and a.english_train and a.english_eval):
        ap.error("--base, --english-model, --english-train and --english-eval are required")
    import abusemon  # the runtime wheel: the C++ engine

    os.makedirs(a.out, exist_ok=True)
    en, train, test, en_eval, xs = collect(a.data, a.english_train, a.english_eval, a.n_english, a.n_english_eval, a.seed)
    print(f"train {len(train)} (English {len(en)}), held-out {len(test)}, English eval {len(en_eval)}, XSafety fr {len(xs)}", file=sys.stderr)
    base = abusemon.Model.load(a.base, int8=not a.fp32)
    c = os.path.join(a.out, "emb")
    x_train, x_test = embed(base, train, c + "-train"), embed(base, test, c + "-test")
    x_en, x_xs = embed(base, en_eval, c + "-en-eval"), embed(base, xs, c + "-xs")
    mu, sd = x_train.mean(0), x_train.std(0) + 1e-6
    z = lambda x: (x - mu) / sd  # noqa: E731
    is_en = np.array([sm.language_of(e) == "en" for e in train])
    heads = {
        "A: base + head on English only": fit_head(z(x_train[is_en]), [e for e, k in zip(train, is_en) if k]),
        "B: base + head on English and FR/DE/ES/IT/PT": fit_head(z(x_train), train),
    }
    english = abusemon.Model.load(a.english_model)
    harm_idx = [english.output_names.index(o) for o in HARM_OUTPUTS]
    results = {}
    y_en = np.array([_any_harm(e) for e in en_eval])
    systems = {name: (lambda x, w=w, b=b: metrics.sigmoid(z(x) @ w + b).max(1)) for name, (w, b) in heads.items()}
    for name, f in systems.items():
        s_en = f(x_en)
        t = float(np.quantile(s_en[y_en == 0], 1 - TARGET_FPR))
        results[name] = {"threshold": t, "english_eval": report_rows(name, s_en, en_eval, t)["en"],
                         "held_out": report_rows(name, f(x_test), test, t), "xsafety_fr": report_rows(name, f(x_xs), xs, t).get("fr")}
    def shipped(rows):  # noqa: E306
        return english.score([e.text for e in rows])[:, harm_idx].max(1)
    s_en = shipped(en_eval)
    t = float(np.quantile(s_en[y_en == 0], 1 - TARGET_FPR))
    results["C: shipped English model"] = {"threshold": t, "english_eval": report_rows("C", s_en, en_eval, t)["en"],
                                           "held_out": report_rows("C", shipped(test), test, t), "xsafety_fr": report_rows("C", shipped(xs), xs, t).get("fr")}
    with open(os.path.join(a.out, "probe.json"), "w") as f:
        json.dump(results, f, indent=1)
    print(render(results))
    return 0


def render(results: Dict[str, dict]) -> str:
    lines = ["| system | English eval-only AUPRC / recall / false flags | " + " | ".join(
        f"{l} held-out AUPRC / recall / FF" for l in LANGS[1:]) + " | XSafety fr AUPRC / recall / FF |",
             "|---" * (3 + len(LANGS[1:])) + "|"]
    def cell(d):  # noqa: E306
        return "—" if not d else f"{d['auprc']:.2f} / {100 * d['recall']:.0f} % / {100 * d['false_flags']:.0f} %"
    for name, r in results.items():
        lines.append(f"| {name} | {cell(r['english_eval'])} | " + " | ".join(cell(r["held_out"].get(l)) for l in LANGS[1:]) + f" | {cell(r['xsafety_fr'])} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
