"""Shared record type and label vocabulary for the data pipeline.

Labels are tri-state per output: 1 (positive), 0 (negative) or None (the source cannot tell; the
training loss masks it). Severity is 0 (safe) .. 3 (high) per category, kept for the data report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional

# Category names as pinned in include/abusemon/types.hpp.
CATEGORIES = (
    "hate",
    "harassment",
    "sexual",
    "sexual_minors",
    "violence",
    "self_harm",
    "jailbreak",
)
# What the model itself predicts. sexual_minors is composed by the Monitor from sexual and
# minor_mentioned (never learned from sexual content involving minors).
OUTPUTS = ("hate", "harassment", "sexual", "violence", "self_harm", "jailbreak", "minor_mentioned")
HARM_OUTPUTS = OUTPUTS[:6]
SEVERITIES = ("safe", "low", "medium", "high")

# Licence classes of a source.
TRAIN = "train"  # permissive: may train the shipped model
EVAL_ONLY = "eval_only"  # non-commercial / unknown / benchmark test split: evaluation only


@dataclass
class Example:
    text: str
    source: str  # adapter name, e.g. "davidson2017"
    labels: Dict[str, Optional[int]] = field(default_factory=dict)
    severity: Dict[str, int] = field(default_factory=dict)
    style: str = "social"  # social | prompt | completion | statement
    synthetic: bool = False
    group: Optional[str] = None  # rows sharing a group always land in the same split
    weight: float = 1.0
    subset: str = ""  # finer source part, e.g. "hate" / "offensive"

    def label(self, name: str) -> Optional[int]:
        return self.labels.get(name)

    def is_benign(self) -> bool:
        return all(self.labels.get(c) == 0 for c in HARM_OUTPUTS)


def make_labels(default: Optional[int] = 0, **kw: Optional[int]) -> Dict[str, Optional[int]]:
    """Label dict over OUTPUTS; unspecified outputs get `default` (minor_mentioned stays None so
    the rule labeller fills it)."""
    out: Dict[str, Optional[int]] = {o: default for o in OUTPUTS}
    out["minor_mentioned"] = None
    for k, v in kw.items():
        if k not in out:
            raise KeyError(f"unknown output {k!r}")
        out[k] = v
    return out


def label_matrix(rows, outputs=OUTPUTS):
    """(n_rows, n_outputs) float array of labels with NaN where unknown."""
    import numpy as np

    y = np.full((len(rows), len(outputs)), np.nan, dtype=np.float32)
    for i, e in enumerate(rows):
        for j, o in enumerate(outputs):
            v = e.labels.get(o)
            if v is not None:
                y[i, j] = float(v)
    return y


def sev_from_fraction(frac: float) -> int:
    """Annotator agreement fraction -> severity 1..3 (more agreement = clearer, more severe case)."""
    if frac >= 0.85:
        return 3
    if frac >= 0.6:
        return 2
    return 1
