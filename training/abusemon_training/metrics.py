"""Metrics and calibration in NumPy (no torch): AUPRC, P/R/F1/FPR at a threshold, ECE, Platt
scaling, and threshold selection for a precision target."""

from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

import numpy as np


def _clean(y, s):
    y = np.asarray(y, dtype=float)
    s = np.asarray(s, dtype=float)
    ok = ~np.isnan(y)
    return y[ok].astype(int), s[ok]


def auprc(y, s) -> float:
    """Average precision (area under the precision-recall curve, step-wise)."""
    y, s = _clean(y, s)
    npos = int(y.sum())
    if npos == 0 or npos == len(y):
        return float("nan")
    order = np.argsort(-s, kind="mergesort")
    y = y[order]
    tp = np.cumsum(y)
    prec = tp / np.arange(1, len(y) + 1)
    return float((prec * y).sum() / npos)


def pr_curve(y, s) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    y, s = _clean(y, s)
    order = np.argsort(-s, kind="mergesort")
    y, s = y[order], s[order]
    tp = np.cumsum(y)
    fp = np.cumsum(1 - y)
    npos = max(int(y.sum()), 1)
    return tp / np.maximum(tp + fp, 1), tp / npos, s


def at_threshold(y, s, t: float) -> Dict[str, float]:
    y, s = _clean(y, s)
    pred = s >= t
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    tn = int((~pred & (y == 0)).sum())
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * p * r / (p + r) if tp else 0.0
    fpr = fp / (fp + tn) if fp + tn else float("nan")
    return {"precision": p, "recall": r, "f1": f1, "fpr": fpr, "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def ece(y, p, bins: int = 10) -> float:
    """Expected calibration error with equal-width bins."""
    y, p = _clean(y, p)
    if len(y) == 0:
        return float("nan")
    idx = np.minimum((p * bins).astype(int), bins - 1)
    e = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            e += m.sum() / len(y) * abs(p[m].mean() - y[m].mean())
    return float(e)


def reliability(y, p, bins: int = 10):
    y, p = _clean(y, p)
    idx = np.minimum((p * bins).astype(int), bins - 1)
    conf, acc, cnt = [], [], []
    for b in range(bins):
        m = idx == b
        if m.any():
            conf.append(p[m].mean())
            acc.append(y[m].mean())
            cnt.append(int(m.sum()))
    return np.array(conf), np.array(acc), np.array(cnt)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_platt(z, y, iters: int = 100, reg: float = 1e-3) -> Tuple[float, float]:
    """Fit p = sigmoid(a*z + b) by Newton's method on the log-loss, with Platt's label smoothing
    (targets (n+ + 1)/(n+ + 2) and 1/(n- + 2)) to avoid overconfident fits on small sets."""
    y, z = _clean(y, z)
    if len(y) == 0 or y.sum() == 0 or y.sum() == len(y):
        return 1.0, 0.0
    npos, nneg = y.sum(), len(y) - y.sum()
    t = np.where(y == 1, (npos + 1) / (npos + 2), 1 / (nneg + 2))
    def objective(a_, b_):
        zz = a_ * z + b_
        return float((np.logaddexp(0.0, zz) - t * zz).sum() + 0.5 * reg * a_ * a_)

    a, b = 1.0, 0.0
    f = objective(a, b)
    for _ in range(iters):
        p = sigmoid(a * z + b)
        g_a = ((p - t) * z).sum() + reg * a
        g_b = (p - t).sum()
        w = p * (1 - p)
        h_aa = (w * z * z).sum() + reg
        h_ab = (w * z).sum()
        h_bb = w.sum() + 1e-9
        det = h_aa * h_bb - h_ab * h_ab
        if det <= 1e-12:
            break
        da = (h_bb * g_a - h_ab * g_b) / det
        db = (h_aa * g_b - h_ab * g_a) / det
        # Backtracking: a full Newton step from a saturated start (confident logits, tiny
        # curvature) can overshoot to absurd values; only accept steps that lower the loss.
        step = 1.0
        while step > 1e-10:
            f_new = objective(a - step * da, b - step * db)
            if f_new <= f:
                break
            step *= 0.5
        else:
            break
        a, b, f = a - step * da, b - step * db, f_new
        if abs(step * da) < 1e-8 and abs(step * db) < 1e-8:
            break
    if not (np.isfinite(a) and np.isfinite(b)):
        return 1.0, 0.0
    return float(a), float(b)


def threshold_for_precision(y, p, target: float, min_recall: float = 0.0) -> Optional[float]:
    """Smallest threshold whose precision on (y, p) is >= target (maximises recall at that
    precision). None when no threshold reaches it."""
    prec, rec, thr = pr_curve(y, p)
    ok = np.where((prec >= target) & (rec >= min_recall))[0]
    if len(ok) == 0:
        return None
    i = ok.max()
    return float(thr[i])


def macro(values: Sequence[float]) -> float:
    v = [x for x in values if x == x]
    return float(np.mean(v)) if v else float("nan")


# Precision targets for the shipped thresholds (chosen on validation, never on test).
SEVERITY_TARGETS = {"low": 0.5, "medium": 0.75, "high": 0.9}
# Per-output overrides. self_harm: a missed crisis costs far more than an extra annotation (the
# medium level shows help resources, it does not block), so medium asks for 50 % precision.
OUTPUT_TARGETS: Dict[str, Dict[str, float]] = {"self_harm": {"low": 0.4, "medium": 0.5, "high": 0.9}}
# Floors keep thresholds meaningful when validation prevalence (much higher than in real
# traffic) lets a very low threshold reach the precision target.
SEVERITY_FLOORS = {"low": 0.3, "medium": 0.5, "high": 0.8}


def choose_thresholds(y, p, targets: Optional[Dict[str, float]] = None) -> Dict[str, float]:
    """Severity cut-offs (low/medium/high) and default policy (annotate = medium, block = high)
    for one output, from calibrated validation probabilities. `targets` overrides the precision
    targets per level (default SEVERITY_TARGETS)."""
    targets = {**SEVERITY_TARGETS, **(targets or {})}
    out: Dict[str, float] = {}
    prev = 0.0
    for level in ("low", "medium", "high"):
        t = threshold_for_precision(y, p, targets[level])
        if t is None:
            t = 0.95 if level == "high" else SEVERITY_FLOORS[level] + 0.2
        t = max(t, SEVERITY_FLOORS[level], prev)
        out[level] = float(min(t, 0.99))
        prev = out[level]
    out["annotate"] = out["medium"]
    out["block"] = out["high"]
    return out
