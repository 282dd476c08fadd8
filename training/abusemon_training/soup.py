"""Average several trained adapters into one ("model soup"), stored as one low-rank adapter.

Runs that share the parameter initialisation (`python -m abusemon_training.train --init-seed S`) and differ
in data order, sampling, augmentation and dropout (`--seed`) end in the same basin, so the
average of their weights is a better model than a typical member (Wortsman et al. 2022, "Model
soups") at the cost of one model at inference. Averaging LoRA adapters means averaging their
weight updates: delta = mean_k (alpha_k / r_k) B_k A_k per adapted matrix. That mean has rank up to
the sum of the members' ranks, so it is truncated by SVD to `--rank` (the best approximation of
that rank in Frobenius norm; the relative error is printed and recorded). LayerNorms and the
head are averaged as they are.

    python -m abusemon_training.soup --out out/soup out/run-a out/run-b out/run-c
    python -m abusemon_training.train --work out/train --init out/soup --out models/default --calibrate-only

The soup's calibration and thresholds are stale until the second command re-fits them on the
validation split. NumPy + safetensors only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Dict, List, Sequence, Tuple

import numpy as np


class SoupError(RuntimeError):
    pass


def _load(run: str) -> Tuple[Dict[str, np.ndarray], dict]:
    from safetensors.numpy import load_file

    with open(os.path.join(run, "abusemon.json"), encoding="utf-8") as f:
        sidecar = json.load(f)
    tr = sidecar.get("training", {})
    return load_file(os.path.join(run, tr.get("adapter_file", "adapter.safetensors"))), sidecar


def average(adapters: Sequence[Dict[str, np.ndarray]], scales: Sequence[float], rank: int) -> Tuple[Dict[str, np.ndarray], float]:
    """The averaged adapter (LoRA at `rank` with scale 1) and the largest relative Frobenius
    error that the rank truncation left in any matrix."""
    if not adapters:
        raise SoupError("no adapters to average")
    keys = set(adapters[0])
    for ad in adapters[1:]:
        if set(ad) != keys:
            raise SoupError("adapters cover different tensors (layers or targets differ)")
    out: Dict[str, np.ndarray] = {}
    worst = 0.0
    k = len(adapters)
    for key in sorted(keys):
        parts = key.split(".")
        if parts[0] == "lora":
            if parts[3] != "A":
                continue
            stem = ".".join(parts[:3])
            delta = sum(s * (ad[stem + ".B"].astype(np.float64) @ ad[stem + ".A"].astype(np.float64)) for ad, s in zip(adapters, scales)) / k
            u, sv, vt = np.linalg.svd(delta, full_matrices=False)
            r = min(rank, len(sv))
            total = float(np.sqrt((sv**2).sum()))
            if total > 0:
                worst = max(worst, float(np.sqrt((sv[r:] ** 2).sum())) / total)
            # Zero-padded to exactly `rank`, the rank the sidecar records for every matrix.
            bm = np.zeros((delta.shape[0], rank), dtype=np.float32)
            am = np.zeros((rank, delta.shape[1]), dtype=np.float32)
            bm[:, :r] = u[:, :r] * sv[:r]
            am[:r] = vt[:r]
            out[stem + ".B"], out[stem + ".A"] = bm, am
        else:
            shapes = {ad[key].shape for ad in adapters}
            if len(shapes) != 1:
                raise SoupError(f"{key}: shapes differ between adapters: {sorted(shapes)}")
            out[key] = (sum(ad[key].astype(np.float64) for ad in adapters) / k).astype(np.float32)
    return out, worst


def soup(runs: Sequence[str], out_dir: str, rank: int) -> float:
    """Average the artifacts in `runs` into `out_dir`; returns the largest truncation error."""
    loaded = [_load(r) for r in runs]
    records = [sc.get("training", {}) for _, sc in loaded]
    bases = {r.get("base_weights_sha256") for r in records}
    if len(bases) != 1:
        raise SoupError(f"runs differ in base_weights_sha256: {sorted(map(str, bases))}")
    layers = {tuple(r.get("lora", {}).get("layers", [])) for r in records}
    if len(layers) != 1:
        raise SoupError(f"runs adapt different layers: {sorted(layers)}")
    init_seeds = {r.get("init_seed") for r in records}
    if len(init_seeds) != 1 or None in init_seeds:
        print(f"soup: warning: runs do not share a recorded --init-seed ({sorted(map(str, init_seeds))}); their heads may not average well", file=sys.stderr)
    try:
        scales = [float(r["lora"]["alpha"]) / float(r["lora"]["r"]) for r in records]
    except (KeyError, TypeError, ValueError, ZeroDivisionError) as exc:
        raise SoupError(f"a run's abusemon.json has no usable training.lora r / alpha ({exc})") from exc
    merged, err = average([ad for ad, _ in loaded], scales, rank)

    from safetensors.numpy import save_file

    os.makedirs(out_dir, exist_ok=True)
    save_file({k: v.astype(np.float16) for k, v in merged.items()}, os.path.join(out_dir, "adapter.safetensors"), metadata={"format": "abusemon-adapter-1"})
    sidecar = json.loads(json.dumps(loaded[0][1]))
    tr = sidecar.setdefault("training", {})
    tr["lora"] = {**tr.get("lora", {}), "r": rank, "alpha": float(rank)}
    tr["soup"] = {
        "members": [os.path.basename(os.path.normpath(r)) for r in runs],
        "member_seeds": [r.get("seed") for r in records],
        "member_val_macro_auprc": [r.get("val", {}).get("macro_auprc") for r in records],
        "member_train_rows": [r.get("train_rows") for r in records],
        "rank": rank,
        "truncation_max_relative_error": round(err, 5),
    }
    # What described only the first member (its seed, rows, time, validation numbers) is not
    # the soup's: the members' values are listed in the soup record instead.
    for key in ("val", "seed", "train_rows", "train_minutes", "total_minutes"):
        tr.pop(key, None)
    with open(os.path.join(out_dir, "abusemon.json"), "w", encoding="utf-8") as f:
        json.dump(sidecar, f, indent=1)
    return err


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Average trained abusemon adapters (same base, same layers) into one")
    ap.add_argument("runs", nargs="+", help="artifact folders written by python -m abusemon_training.train")
    ap.add_argument("--out", required=True, help="folder for the averaged adapter.safetensors and abusemon.json")
    ap.add_argument("--rank", type=int, default=32, help="LoRA rank of the stored average (SVD truncation)")
    a = ap.parse_args(argv)
    if a.rank < 1:
        ap.error("--rank must be at least 1")
    try:
        err = soup(a.runs, a.out, a.rank)
    except (SoupError, OSError, ValueError) as exc:  # ValueError: malformed JSON or safetensors
        print(f"abusemon: error: soup: {exc}", file=sys.stderr)
        return 3
    print(f"soup: {len(a.runs)} runs -> {a.out} (rank {a.rank}, largest truncation error {err:.4f}); re-fit calibration with python -m abusemon_training.train --init {a.out} --calibrate-only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
