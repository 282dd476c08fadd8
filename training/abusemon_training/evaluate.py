"""Evaluate an abusemon model and write a markdown report with PR-curve and reliability PNGs.

    # the shipped model on the project's held-out test split + evaluation-only sets
    python -m abusemon_training.evaluate --work out/train --out docs/eval [--gguf models/abusemon-default.gguf]
    # your own data: JSONL rows {"text": ..., "labels": {"hate": 1, "violence": 0, ...}}
    python -m abusemon_training.evaluate --input mine.jsonl --out report/

Reports per category: AUPRC, precision / recall / F1 / FPR at the shipped thresholds (annotate
and block), ECE; macro AUPRC; cross-category confusion; recall under obfuscation (leetspeak,
spacing, homoglyphs, zero-width, elongation, styled letters, combining marks, combined), on the raw
and on the normalised text (abusemon_training.robustness, docs/NORMALIZATION.md); false-positive rate on benign prompt sets; sexual_minors as the
Monitor composes it. Scores come from the PyTorch reference model; when the C++ engine
(abusemon.Model) and a GGUF file are available, the same texts are also scored by the engine
and the agreement is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from typing import Dict, List, Sequence

import numpy as np

from . import metrics
from .data.minors import minor_rule_score
from .data.schema import OUTPUTS, Example, label_matrix

HARM = [o for o in OUTPUTS if o != "minor_mentioned"]
BENIGN_PROMPT_SOURCES = ("oasst_prompts", "arena_hard_prompts", "mtbench_vicuna_questions", "awesome_chatgpt_prompts", "selfinstruct_user_oriented", "coconot")
EVAL_BENIGN = ("alpaca_harmless", "alpaca_seed_tasks", "toxicchat_train", "phtest", "xsafety_en")


def log(msg: str) -> None:
    print(f"[evaluate {time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ----------------------------------------------------------------------------- scoring backends


class TorchScorer:
    """PyTorch reference: base package + adapters + sidecar calibration."""

    def __init__(self, model_dir: str, threads: int = 2):
        import torch

        from .modeling import Classifier, Tokenizer, base_model_dir, load_base_state, load_config

        torch.set_num_threads(threads)
        from safetensors.torch import load_file

        with open(os.path.join(model_dir, "abusemon.json"), encoding="utf-8") as f:
            self.sidecar = json.load(f)
        tr = self.sidecar["training"]
        bdir = base_model_dir()
        self.tok = Tokenizer(bdir)
        self.model = Classifier(load_config(bdir), len(self.sidecar["outputs"]))
        self.model.load_base(load_base_state(bdir))
        self.model.load_trainable(load_file(os.path.join(model_dir, tr.get("adapter_file", "adapter.safetensors"))), tr["lora"]["r"], tr["lora"]["alpha"])
        self.model.eval()
        self.outputs = list(self.sidecar["outputs"])
        self.a = np.array([self.sidecar["calibration"].get(o, {}).get("a", 1.0) for o in self.outputs])
        self.b = np.array([self.sidecar["calibration"].get(o, {}).get("b", 0.0) for o in self.outputs])
        w = self.sidecar.get("window", {})
        self.max_tokens, self.stride = w.get("max_tokens", 128), w.get("stride", 96)

    def score(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        from .modeling import score_logits

        t0 = time.time()

        def prog(done, total):
            if progress and (done // 64) % 40 == 0:
                log(f"  scored {done}/{total} windows ({done / max(time.time() - t0, 1e-6):.0f}/s)")

        z = score_logits(self.model, self.tok, list(texts), self.max_tokens, self.stride, progress=prog).numpy()
        return metrics.sigmoid(self.a * z + self.b)


class EngineScorer:
    """The C++ engine through the wheel (abusemon.Model)."""

    def __init__(self, gguf: str):
        import abusemon

        if not hasattr(abusemon, "Model"):
            raise RuntimeError("this abusemon build has no Model class")
        load = getattr(abusemon.Model, "load", None)
        self.m = load(gguf) if load is not None else abusemon.Model(gguf)
        names = getattr(self.m, "output_names", None)
        self.outputs = list(names() if callable(names) else names)

    def score(self, texts: Sequence[str]) -> np.ndarray:
        # Raw text, as PyTorch sees it: this scorer checks engine/PyTorch agreement.
        return np.asarray(self.m.score(list(texts), normalize=False), dtype=np.float64)


# ----------------------------------------------------------------------------- helpers


def compose_sexual_minors(p: np.ndarray, outputs: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    """The Monitor's rule: min(p_sexual, max(p_minor_mentioned, rule)) (max with a direct
    sexual_minors output when the model has one)."""
    ps = p[:, outputs.index("sexual")]
    pm = p[:, outputs.index("minor_mentioned")]
    rule = np.array([minor_rule_score(t) for t in texts])
    out = np.minimum(ps, np.maximum(pm, rule))
    if "sexual_minors" in outputs:
        out = np.maximum(out, p[:, outputs.index("sexual_minors")])
    return out


def per_category(y: np.ndarray, p: np.ndarray, outputs: Sequence[str], thr: Dict[str, Dict[str, float]]) -> Dict[str, dict]:
    res = {}
    for j, o in enumerate(outputs):
        yj = y[:, j]
        if np.nansum(yj) == 0:
            continue
        t = thr.get(o, {"annotate": 0.5, "block": 0.8})
        res[o] = {
            "positives": int(np.nansum(yj)),
            "negatives": int(np.sum(yj == 0)),
            "auprc": metrics.auprc(yj, p[:, j]),
            "prevalence": float(np.nanmean(yj)),
            "ece": metrics.ece(yj, p[:, j]),
            "annotate": metrics.at_threshold(yj, p[:, j], t["annotate"]),
            "block": metrics.at_threshold(yj, p[:, j], t["block"]),
        }
    return res


def flagged_any(p: np.ndarray, outputs: Sequence[str], thr: Dict[str, Dict[str, float]], level: str) -> np.ndarray:
    f = np.zeros(len(p), dtype=bool)
    for j, o in enumerate(outputs):
        if o in HARM:
            f |= p[:, j] >= thr.get(o, {}).get(level, 0.5)
    return f


def plots(y: np.ndarray, p: np.ndarray, outputs: Sequence[str], out_dir: str, tag: str) -> List[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    files = []
    fig, ax = plt.subplots(figsize=(6, 5))
    for j, o in enumerate(outputs):
        if np.nansum(y[:, j]) == 0:
            continue
        prec, rec, _ = metrics.pr_curve(y[:, j], p[:, j])
        ax.plot(rec, prec, label=f"{o} (AP {metrics.auprc(y[:, j], p[:, j]):.2f})")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_ylim(0, 1.02)
    ax.set_title(f"Precision-recall ({tag})")
    ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    f1 = os.path.join(out_dir, f"pr_{tag}.png")
    fig.savefig(f1, dpi=110)
    plt.close(fig)
    files.append(f1)
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.plot([0, 1], [0, 1], "k--", lw=1)
    for j, o in enumerate(outputs):
        if np.nansum(y[:, j]) == 0:
            continue
        conf, acc, _ = metrics.reliability(y[:, j], p[:, j])
        ax.plot(conf, acc, marker="o", ms=3, label=f"{o} (ECE {metrics.ece(y[:, j], p[:, j]):.3f})")
    ax.set_xlabel("predicted probability")
    ax.set_ylabel("observed frequency")
    ax.set_title(f"Reliability ({tag})")
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    f2 = os.path.join(out_dir, f"reliability_{tag}.png")
    fig.savefig(f2, dpi=110)
    plt.close(fig)
    files.append(f2)
    return files


def behaviour_pr_plot(y: np.ndarray, score: np.ndarray, out_dir: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    prec, rec, _ = metrics.pr_curve(y, score)
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.plot(rec, prec, label=f"highest harm score (AP {metrics.auprc(y, score):.3f})")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_ylim(0, 1.02)
    ax.set_title("Binary prompt moderation, ToxicChat (evaluation only)")
    ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    path = os.path.join(out_dir, "pr_moderation_binary.png")
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def fmt(x) -> str:
    if isinstance(x, float):
        return "n/a" if x != x else f"{x:.3f}"
    return str(x)


def sample(rows: List[Example], n: int, seed: int) -> List[Example]:
    if len(rows) <= n:
        return rows
    return random.Random(seed).sample(rows, n)


# ----------------------------------------------------------------------------- main report


def evaluate(scorer, rows: List[Example], eval_rows: List[Example], thr: Dict[str, Dict[str, float]], out_dir: str, seed: int, engine=None, robust_per_cat: int = 200, eval_cap: int = 600) -> dict:
    outputs = scorer.outputs
    os.makedirs(out_dir, exist_ok=True)
    res: dict = {"outputs": outputs, "thresholds": thr}
    md: List[str] = []

    # --- held-out split
    log(f"scoring {len(rows)} held-out rows")
    p = scorer.score([e.text for e in rows], progress=True)
    y = label_matrix(rows, outputs)
    cats = per_category(y, p, outputs, thr)
    res["test"] = cats
    macro = metrics.macro([cats[o]["auprc"] for o in HARM if o in cats])
    res["macro_auprc"] = macro
    pub = np.array([not e.synthetic for e in rows])
    cats_pub = per_category(y[pub], p[pub], outputs, thr)
    res["test_public_only"] = {o: v["auprc"] for o, v in cats_pub.items()}
    res["macro_auprc_public_only"] = metrics.macro([cats_pub[o]["auprc"] for o in HARM if o in cats_pub])
    syn = ~pub
    cats_syn = per_category(y[syn], p[syn], outputs, thr) if syn.any() else {}
    res["test_synthetic_only"] = {o: v["auprc"] for o, v in cats_syn.items()}
    files = plots(y, p, outputs, out_dir, "test")

    md += ["## Held-out test split", "", f"{len(rows)} rows ({int(syn.sum())} synthetic, from held-out templates). Macro AUPRC over the six harm outputs: **{fmt(macro)}** (public rows only: {fmt(res['macro_auprc_public_only'])}).", ""]
    md += ["| output | pos | neg | AUPRC | AUPRC public | AUPRC synthetic | ECE | P@annotate | R@annotate | F1@annotate | FPR@annotate | P@block | R@block | FPR@block |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for o, c in cats.items():
        an, bl = c["annotate"], c["block"]
        md.append(f"| {o} | {c['positives']} | {c['negatives']} | {fmt(c['auprc'])} | {fmt(res['test_public_only'].get(o, float('nan')))} | {fmt(res['test_synthetic_only'].get(o, float('nan')))} | {fmt(c['ece'])} | {fmt(an['precision'])} | {fmt(an['recall'])} | {fmt(an['f1'])} | {fmt(an['fpr'])} | {fmt(bl['precision'])} | {fmt(bl['recall'])} | {fmt(bl['fpr'])} |")
    md += ["", "![PR curves](pr_test.png) ![Reliability](reliability_test.png)", ""]

    # --- sexual_minors composition
    texts = [e.text for e in rows]
    sm = compose_sexual_minors(p, outputs, texts)
    t_sm = thr.get("sexual", {"annotate": 0.5})["annotate"]
    minor_benign = np.array([e.labels.get("minor_mentioned") == 1 and e.is_benign() for e in rows])
    sex_minor = np.array([e.labels.get("sexual") == 1 and minor_rule_score(e.text) > 0 for e in rows])
    res["sexual_minors"] = {
        "flagged_benign_minor_texts": int((sm[minor_benign] >= t_sm).sum()),
        "benign_minor_texts": int(minor_benign.sum()),
        "flagged_sexual_with_minor_rule": int((sm[sex_minor] >= t_sm).sum()),
        "sexual_with_minor_rule": int(sex_minor.sum()),
    }
    md += ["### sexual_minors (composed as the Monitor does)", "",
           "sexual_minors = min(p_sexual, max(p_minor_mentioned, minor rule)), flagged at the sexual annotate threshold. The model never saw sexual content involving minors, so there is no labelled positive set; we report how the composition behaves:", "",
           f"- benign texts that mention minors flagged: {res['sexual_minors']['flagged_benign_minor_texts']} of {res['sexual_minors']['benign_minor_texts']}",
           f"- sexual-labelled rows that also match the minor rule (requests for such material in public harmful-request sets) flagged: {res['sexual_minors']['flagged_sexual_with_minor_rule']} of {res['sexual_minors']['sexual_with_minor_rule']}", ""]

    # --- cross-category confusion (rows positive for exactly one harm output)
    conf = {}
    md += ["### Cross-category confusion", "", "Rows positive for exactly one harm category (row) and the share flagged at the annotate threshold for each output (column).", "",
           "| true \\ flagged | " + " | ".join(HARM) + " | none |", "|---" * (len(HARM) + 2) + "|"]
    for ci, c in enumerate(HARM):
        j = outputs.index(c)
        only = np.array([e.labels.get(c) == 1 and all(e.labels.get(o) != 1 for o in HARM if o != c) for e in rows])
        if not only.any():
            continue
        row = {}
        anyf = np.zeros(int(only.sum()), dtype=bool)
        for o in HARM:
            k = outputs.index(o)
            f = p[only, k] >= thr.get(o, {}).get("annotate", 0.5)
            anyf |= f
            row[o] = float(f.mean())
        row["none"] = float((~anyf).mean())
        conf[c] = row
        md.append(f"| {c} ({int(only.sum())}) | " + " | ".join(f"{row[o]:.2f}" for o in HARM) + f" | {row['none']:.2f} |")
    res["confusion"] = conf
    md.append("")

    # --- robustness to obfuscation: raw and normalised text (abusemon_training.robustness)
    log("robustness to obfuscation")
    from .robustness import robustness_table

    rt = robustness_table(scorer.score, rows, outputs, HARM, {o: thr.get(o, {}).get("annotate", 0.5) for o in outputs}, seed, robust_per_cat, model=getattr(engine, "m", None))
    res["robustness"] = rt["result"]
    res["robustness_mean_drop_points"] = rt["result"]["mean_drop_points_normalized"]
    res["robustness_mean_drop_points_raw"] = rt["result"]["mean_drop_points_raw"]
    md += rt["markdown"]

    # --- benign prompt FPR
    log("benign prompt false-positive rates")
    md += ["## False positives on benign prompts", "", "Share of benign prompts with any harm output at or above its annotate (block) threshold.", "",
           "| set | licence class | n | FPR@annotate | FPR@block |", "|---|---|---|---|---|"]
    fpr = {}
    held_benign = [i for i, e in enumerate(rows) if e.source in BENIGN_PROMPT_SOURCES and e.is_benign()]
    if held_benign:
        fa = flagged_any(p[held_benign], outputs, thr, "annotate")
        fb = flagged_any(p[held_benign], outputs, thr, "block")
        fpr["test_split_chat_prompts"] = {"n": len(held_benign), "annotate": float(fa.mean()), "block": float(fb.mean())}
        md.append(f"| test split: benign chat prompts (OASST, Arena-Hard, MT-Bench, awesome-prompts, Self-Instruct) | train sources, held out | {len(held_benign)} | {fa.mean():.3f} | {fb.mean():.3f} |")
    syn_neg = [i for i, e in enumerate(rows) if e.synthetic and e.is_benign()]
    if syn_neg:
        fa = flagged_any(p[syn_neg], outputs, thr, "annotate")
        fb = flagged_any(p[syn_neg], outputs, thr, "block")
        fpr["test_split_synthetic_hard_negatives"] = {"n": len(syn_neg), "annotate": float(fa.mean()), "block": float(fb.mean())}
        md.append(f"| test split: synthetic hard negatives (held-out templates) | project | {len(syn_neg)} | {fa.mean():.3f} | {fb.mean():.3f} |")
    by_src: Dict[str, List[Example]] = {}
    for e in eval_rows:
        by_src.setdefault(e.source, []).append(e)
    flagged_examples = []
    for src in EVAL_BENIGN:
        ben = sample([e for e in by_src.get(src, []) if e.is_benign()], eval_cap, seed)
        if not ben:
            continue
        pb = scorer.score([e.text for e in ben])
        fa = flagged_any(pb, outputs, thr, "annotate")
        fb = flagged_any(pb, outputs, thr, "block")
        fpr[src] = {"n": len(ben), "annotate": float(fa.mean()), "block": float(fb.mean())}
        md.append(f"| {src} | evaluation only | {len(ben)} | {fa.mean():.3f} | {fb.mean():.3f} |")
        for i in np.where(fa)[0][:3]:
            top = outputs[int(np.argmax(np.where([o in HARM for o in outputs], pb[i], -1)))]
            flagged_examples.append((src, top, ben[i].text[:140].replace("|", "/").replace("\n", " ")))
    res["benign_fpr"] = fpr
    if flagged_examples:
        md += ["", "Examples of flagged benign prompts (for error analysis):", ""] + [f"- {s} → {o}: {t}" for s, o, t in flagged_examples[:12]]
    md.append("")

    # --- evaluation-only labelled sets
    log("evaluation-only labelled sets")
    md += ["## Evaluation-only labelled sets (never trained or tuned on)", "", "Recall at the annotate threshold for the source's positive category; AUPRC where the set has negatives.", "",
           "| set | category | pos | neg | AUPRC | recall@annotate | FPR@annotate |", "|---|---|---|---|---|---|---|"]
    ev_res = {}
    for src in sorted(by_src):
        if src in EVAL_BENIGN and src != "toxicchat_train":
            continue
        rs = sample(by_src[src], eval_cap * 2, seed)
        pe = scorer.score([e.text for e in rs])
        ye = label_matrix(rs, outputs)
        for j, o in enumerate(outputs):
            if o not in HARM or np.nansum(ye[:, j]) == 0:
                continue
            t = thr.get(o, {}).get("annotate", 0.5)
            at = metrics.at_threshold(ye[:, j], pe[:, j], t)
            ap = metrics.auprc(ye[:, j], pe[:, j]) if np.sum(ye[:, j] == 0) else float("nan")
            ev_res[f"{src}/{o}"] = {"pos": int(np.nansum(ye[:, j])), "neg": int(np.sum(ye[:, j] == 0)), "auprc": ap, "recall": at["recall"], "fpr": at["fpr"]}
            md.append(f"| {src} | {o} | {int(np.nansum(ye[:, j]))} | {int(np.sum(ye[:, j] == 0))} | {fmt(ap)} | {fmt(at['recall'])} | {fmt(at['fpr'])} |")
    res["eval_only"] = ev_res
    md.append("")

    # --- engine agreement
    if engine is not None:
        log("engine agreement")
        sub = sample(rows, 400, seed)
        pt = scorer.score([e.text for e in sub])
        pe = engine.score([e.text for e in sub])
        cols = [engine.outputs.index(o) for o in outputs]
        pe = pe[:, cols]
        diff = np.abs(pt - pe)
        dec_t = np.stack([pt[:, j] >= thr.get(o, {}).get("annotate", 0.5) for j, o in enumerate(outputs)], 1)
        dec_e = np.stack([pe[:, j] >= thr.get(o, {}).get("annotate", 0.5) for j, o in enumerate(outputs)], 1)
        res["engine_agreement"] = {"n": len(sub), "max_abs_diff": float(diff.max()), "mean_abs_diff": float(diff.mean()), "decision_agreement": float((dec_t == dec_e).mean())}
        md += ["## C++ engine vs PyTorch", "", f"{len(sub)} test texts: max |p_engine − p_torch| = {diff.max():.4f}, mean {diff.mean():.5f}; annotate decisions agree on {100 * (dec_t == dec_e).mean():.2f}% of (text, output) pairs.", ""]
    else:
        md += ["## C++ engine vs PyTorch", "", "Not run: no GGUF given or abusemon.Model not available in this build.", ""]
    res["files"] = [os.path.basename(f) for f in files]
    return {"result": res, "markdown": md}


def header(sidecar: dict, thr: Dict[str, Dict[str, float]]) -> List[str]:
    md = ["# abusemon evaluation report", "", f"Model: `{sidecar.get('model_id')}` version `{sidecar.get('model_version')}`. Generated by `python -m abusemon_training.evaluate`.", "",
          "Shipped thresholds (calibrated probabilities, chosen on the validation split):", "", "| output | low | medium | high | annotate | block |", "|---|---|---|---|---|---|"]
    sev = sidecar.get("severity_thresholds", {})
    for o in sidecar.get("outputs", []):
        s = sev.get(o, [0.5, 0.7, 0.9])
        t = thr.get(o, {})
        md.append(f"| {o} | {s[0]:.3f} | {s[1]:.3f} | {s[2]:.3f} | {t.get('annotate', 0.5):.3f} | {t.get('block', 0.8):.3f} |")
    return md + [""]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate an abusemon model")
    ap.add_argument("--model", default=None, help="model folder (adapter.safetensors + abusemon.json); default models/default")
    ap.add_argument("--work", default=os.path.join("out", "train"), help="training work folder with data/test.jsonl and data/eval_only.jsonl")
    ap.add_argument("--input", default=None, help="evaluate on this JSONL instead of the project's test split")
    ap.add_argument("--gguf", default=None, help="GGUF file for the C++ engine agreement check")
    ap.add_argument("--out", default=os.path.join("docs", "eval"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--eval-cap", type=int, default=600, help="rows per evaluation-only set")
    ap.add_argument("--robust-per-cat", type=int, default=200)
    ap.add_argument("--behaviour-cap", type=int, default=800, help="rows per set in the outside-style behaviour table")
    a = ap.parse_args(argv)
    from .assemble import DEFAULT_MODEL_DIR
    from .data.pipeline import read_jsonl

    model_dir = a.model or DEFAULT_MODEL_DIR
    try:
        scorer = TorchScorer(model_dir, a.threads)
    except (OSError, KeyError, RuntimeError, ImportError) as exc:
        print(f"abusemon: error: cannot load model from {model_dir}: {exc}", file=sys.stderr)
        return 3
    thr = scorer.sidecar.get("policy_thresholds", {})
    if a.input:
        rows = []
        try:
            with open(a.input, encoding="utf-8") as f:
                for ln, line in enumerate(f, 1):
                    if line.strip():
                        d = json.loads(line)
                        rows.append(Example(d["text"], d.get("source", "input"), {o: d.get("labels", {}).get(o) for o in OUTPUTS}, {}, synthetic=bool(d.get("synthetic", False))))
        except (OSError, ValueError, KeyError) as exc:
            print(f"abusemon: error: bad input {a.input}: {exc}", file=sys.stderr)
            return 3
        eval_rows: List[Example] = []
    else:
        tp = os.path.join(a.work, "data", "test.jsonl")
        if not os.path.exists(tp):
            print(f"abusemon: error: {tp} not found (run python -m abusemon_training.data.pipeline or abusemon_training.train first)", file=sys.stderr)
            return 4
        rows = read_jsonl(tp)
        ep = os.path.join(a.work, "data", "eval_only.jsonl")
        eval_rows = read_jsonl(ep) if os.path.exists(ep) else []
    engine = None
    if a.gguf:
        try:
            engine = EngineScorer(a.gguf)
        except Exception as exc:  # the engine is optional: report why it was skipped
            log(f"engine check skipped: {exc}")
    out = evaluate(scorer, rows, eval_rows, thr, a.out, a.seed, engine, a.robust_per_cat, a.eval_cap)
    md = header(scorer.sidecar, thr)
    if engine is not None and eval_rows:
        # Headline numbers first: evaluation-only data, scored as `abusemon classify` runs.
        from . import behaviour

        log("outside-style behaviours (engine + Monitor, evaluation-only data)")
        b = behaviour.measure(behaviour.monitor_check(a.gguf), eval_rows, a.seed, a.behaviour_cap, behaviour.default_request_labels())
        curve = b.pop("_curve", None)
        if curve is not None:
            behaviour_pr_plot(curve[0], curve[1], a.out)
        out["result"]["behaviour"] = b
        alone = ("This table is the English model **alone**; the shipped default (this model routed with the multilingual one, and their"
                 " consensus on English text the English model is unsure of) is in [BEHAVIOUR.md](BEHAVIOUR.md), compared in"
                 ' docs/MULTILINGUAL.md "Consensus on English text".')
        md += behaviour.markdown(b, alone) + ["![PR curve, binary prompt moderation (ToxicChat)](pr_moderation_binary.png)", ""]
        md += ["The sections below are the project's own held-out split (its sources are shared with training, so it measures the training distribution) and the per-set details.", ""]
    md += out["markdown"]
    with open(os.path.join(a.out, "REPORT.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(a.out, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(out["result"], f, indent=1, default=float)
    log(f"wrote {a.out}/REPORT.md (macro AUPRC {out['result']['macro_auprc']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
