"""The frozen-encoder probe's head and per-language report (abusemon_training.probe)."""

import numpy as np

from abusemon_training import probe
from abusemon_training.data.schema import HARM_OUTPUTS, Example, make_labels


def _row(text, lang, harm):
    labels = make_labels(0, hate=1) if harm else make_labels(0)
    return Example(text=text, source="t", labels=labels, subset=f"{lang}/x" if lang != "en" else "")


def test_fit_head_learns_a_separable_output_and_ignores_unknown_labels():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((400, 8)).astype(np.float32)
    rows = [_row(str(i), "en", x[i, 0] > 0) for i in range(400)]
    for r in rows[:50]:
        r.labels["sexual"] = None  # masked: must not break the fit
    w, b = probe.fit_head(x, rows)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    hate = HARM_OUTPUTS.index("hate")
    assert ((p[:, hate] > 0.5) == (x[:, 0] > 0)).mean() > 0.95
    assert p[:, HARM_OUTPUTS.index("violence")].max() < 0.5  # never positive: stays low


def test_report_rows_per_language_recall_and_false_flags():
    rows = [_row("a", "fr", 1), _row("b", "fr", 1), _row("c", "fr", 0), _row("d", "fr", 0),
            _row("e", "de", 1), _row("f", "de", 0)]
    score = np.array([0.9, 0.2, 0.6, 0.1, 0.8, 0.3])
    r = probe.report_rows("x", score, rows, threshold=0.5)
    assert r["fr"]["recall"] == 0.5 and r["fr"]["false_flags"] == 0.5
    assert r["de"]["recall"] == 1.0 and r["de"]["false_flags"] == 0.0
    assert r["de"]["auprc"] == 1.0


def test_held_out_keeps_an_rtp_lx_item_and_its_translations_together():
    a = Example(text="x", source="rtp_lx", group="rtp_lx:17")
    b = Example(text="y", source="rtp_lx", group="rtp_lx:17")
    assert probe._held_out(a) == probe._held_out(b)


def test_write_probe_head_gives_the_converter_a_head(tmp_path):
    import json

    from safetensors.numpy import load_file

    probe.write_probe_head(str(tmp_path), hidden=16)
    meta = json.loads((tmp_path / "abusemon.json").read_text())
    head = load_file(str(tmp_path / "head.safetensors"))
    assert meta["outputs"][-1] == "minor_mentioned"
    assert head[meta["head"]["out_weight"]].shape == (len(meta["outputs"]), 16)
