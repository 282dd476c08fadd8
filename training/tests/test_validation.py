"""abusemon_training.validation: the numbers configurations are chosen by, on verdict stand-ins
(no model, no shared data)."""

from __future__ import annotations

import argparse
from types import SimpleNamespace

import numpy as np
import pytest

from abusemon_training import validation
from abusemon_training.data.schema import Example, make_labels


def _verdict(scores, filtered=(), route="english"):
    cats = {c: SimpleNamespace(score=scores.get(c, 0.01), filtered=c in filtered) for c in validation.HARM}
    return SimpleNamespace(categories=cats, route=route)


def test_measure_counts_recall_benign_flags_and_second_opinions():
    rows = [Example("i will hurt you", "t", make_labels(violence=1)),
            Example("i will hurt you badly", "t", make_labels(violence=1)),
            Example("how do i bake bread", "oasst_prompts", make_labels()),
            Example("write me a poem", "oasst_prompts", make_labels()),
            Example("a synthetic threat", "t", make_labels(violence=1), synthetic=True)]
    verdicts = [_verdict({"violence": 0.9}, {"violence"}, "consensus"),
                _verdict({"violence": 0.4}),
                _verdict({"violence": 0.6}, {"violence"}, "consensus"),  # a benign prompt flagged
                _verdict({"violence": 0.02}),
                _verdict({"violence": 0.95}, {"violence"})]
    r = validation.measure(verdicts, rows)
    v = r["per_output"]["violence"]
    assert (v["labelled"], v["positives"]) == (5, 3)
    assert v["recall_at_annotate"] == pytest.approx(2 / 3)
    assert r["benign_chat_prompts"] == 2 and r["benign_chat_flagged"] == pytest.approx(0.5)
    assert r["scored_twice"] == pytest.approx(0.4)
    # ranking: the benign prompt at 0.6 sits above the positive at 0.4
    assert v["auprc"] == pytest.approx((1 + 1 + 3 / 4) / 3)
    assert v["auprc_public"] == pytest.approx((1 + 2 / 3) / 2)  # without the synthetic row
    with pytest.raises(ValueError, match="4 verdicts for 5 rows"):
        validation.measure(verdicts[:4], rows)


def test_measure_platt_fit_says_whether_scores_need_recalibration():
    rng = np.random.default_rng(0)
    z = rng.normal(0, 2, 4000)
    y = (rng.random(4000) < 1 / (1 + np.exp(-z))).astype(int)
    rows = [Example(f"t{i}", "t", make_labels(hate=int(t))) for i, t in enumerate(y)]

    def fit(scale):
        p = 1 / (1 + np.exp(-scale * z))
        out = validation.measure([_verdict({"hate": float(s)}) for s in p], rows)["per_output"]["hate"]
        return out["platt_slope"], out["ece"]

    slope, ece = fit(1.0)  # calibrated: nothing to re-fit
    assert slope == pytest.approx(1.0, abs=0.1) and ece < 0.03
    slope, ece = fit(2.0)  # over-confident scores need a slope near 1/2
    assert slope == pytest.approx(0.5, abs=0.06) and ece > 0.05


def test_configurations_and_bands():
    names = [n for n, _ in validation.configurations("en.gguf", None, [(0.05, 0.95)])]
    assert names == ["English model alone"]
    conf = validation.configurations("en.gguf", "ml.gguf", [(0.05, 0.95), (0.1, 0.9)])
    assert [kw for _, kw in conf] == [
        {"model": "en.gguf", "multilingual": False},
        {"model": "en.gguf", "multilingual": "ml.gguf", "consensus": False},
        {"model": "en.gguf", "multilingual": "ml.gguf", "consensus_band": (0.05, 0.95)},
        {"model": "en.gguf", "multilingual": "ml.gguf", "consensus_band": (0.1, 0.9)}]
    assert validation._band("0.02,0.98") == (0.02, 0.98)
    for bad in ("0.9,0.1", "0.5", "a,b", "-0.1,0.5", "nan,0.5"):
        with pytest.raises(argparse.ArgumentTypeError):
            validation._band(bad)


def test_main_refuses_a_missing_split(tmp_path, capsys):
    assert validation.main(["--gguf", "x.gguf", "--work", str(tmp_path)]) == 4
    assert "val.jsonl not found" in capsys.readouterr().err
