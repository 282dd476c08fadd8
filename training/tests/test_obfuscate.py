"""The training-side obfuscation kinds (abusemon_training.obfuscate) and the robustness
measurement, checked against the runtime normaliser (abusemon.normalize_text) that undoes them."""

from __future__ import annotations

import unicodedata

import numpy as np
import pytest

import abusemon
from abusemon_training.obfuscate import EVAL_TRANSFORMS, TRANSFORMS, obfuscate


def test_training_augmentation_kinds_are_unchanged():
    # train.py augments with TRANSFORMS; the extra kinds are for evaluation only.
    assert sorted(TRANSFORMS) == ["homoglyphs", "leetspeak", "spacing", "typos", "zero_width"]
    assert set(EVAL_TRANSFORMS) >= set(TRANSFORMS) | {"elongation", "styled", "combining", "combined"}


@pytest.mark.parametrize("kind", ["elongation", "styled", "combining", "combined"])
def test_new_obfuscations_are_deterministic_and_undone(kind):
    t = "I will find you and hurt you badly tonight"
    o1, o2 = obfuscate(t, kind, 1), obfuscate(t, kind, 1)
    assert o1 == o2 and o1 != t
    if kind == "styled":
        assert abusemon.normalize_text(o1).lower() == t.lower()
    if kind == "combining":
        # Marks NFKC composes into a letter (ñ, ị) stay; an uncased model's tokenizer strips
        # them. Everything else goes.
        n = abusemon.normalize_text(o1)
        stripped = "".join(c for c in unicodedata.normalize("NFD", n) if not unicodedata.combining(c))
        assert stripped == t and len(n) == len(t)


def test_robustness_measure_reports_raw_and_normalised():
    from abusemon_training.data.schema import Example, OUTPUTS
    from abusemon_training.robustness import markdown, measure

    def labels(**kw):
        return {o: kw.get(o, 0) for o in OUTPUTS}

    # "kill" is the only word of 3+ letters, so every obfuscation hits it.
    rows = [Example("i kill u", "t", labels(violence=1)), Example("go kill", "t", labels(violence=1)),
            Example("have a nice day", "t", labels()), Example("see you at 4pm", "t", labels())]
    outputs = list(OUTPUTS)
    j = outputs.index("violence")

    # A keyword scorer: flags texts containing "kill" (after optional normalisation).
    def score(texts, norm):
        p = np.zeros((len(texts), len(outputs)))
        for i, t in enumerate(texts):
            p[i, j] = 1.0 if "kill" in (abusemon.normalize_text(t) if norm else t).lower() else 0.0
        return p

    res = measure(score, rows, outputs, ["violence"], {"violence": 0.5}, seed=3, per_cat=10, kinds=["spacing", "styled", "zero_width"], normalize=abusemon.normalize_text)
    v = res["per_category"]["violence"]
    assert v["n"] == 2 and v["raw"]["clean"] == 1.0 and v["normalized"]["clean"] == 1.0
    for kind in ("spacing", "styled", "zero_width"):
        assert v["normalized"][kind] == 1.0
    for kind in ("spacing", "styled", "zero_width"):
        assert v["raw"][kind] == 0.0
    assert res["mean_drop_points_raw"]["spacing"] == 100.0 and res["mean_drop_points_normalized"]["spacing"] == 0.0
    assert res["benign"]["n"] == 2 and res["benign"]["fpr_raw"] == 0.0 and res["benign"]["change_points"] == 0.0
    md = "\n".join(markdown(res))
    assert "| violence | 2 |" in md and "→" in md and "Benign test rows (n=2)" in md
