"""The frozen-base probe (abusemon_training.base_probe) on a tiny random BERT written here: pooling
over real tokens only, the embedding cache, the validation thresholds, the verdicts that the
behaviour suite reads, and a whole run on fixture splits."""

from __future__ import annotations

import argparse
import json
import os

import numpy as np
import pytest

from abusemon_training import base_probe
from abusemon_training.data.schema import HARM_OUTPUTS, Example, make_labels

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

def _word(output: str) -> str:
    return output.replace("_", "") + "word"  # one WordPiece token: no punctuation inside


WORDS = ["hello", "world", "the", "a", "cat", "dog", "kind", "question", "how", "do", "i", "make", "tea",
         "kill", "process", "time"] + [_word(o) for o in HARM_OUTPUTS] + ["childword"]


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory):
    d = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + WORDS
    (d / "vocab.txt").write_text("\n".join(vocab) + "\n")
    torch.manual_seed(0)
    cfg = transformers.BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                  intermediate_size=64, max_position_embeddings=64)
    transformers.BertModel(cfg).save_pretrained(str(d))
    tok = transformers.BertTokenizer(vocab=str(d / "vocab.txt"))
    assert tok.tokenize("hello hateword") == ["hello", "hateword"]  # the vocabulary was read
    tok.save_pretrained(str(d))
    return str(d)


def test_pooling_counts_real_tokens_only_and_the_cache_is_reused(tiny_bert, tmp_path):
    cache = str(tmp_path / "emb.npz")
    alone = base_probe.FrozenEncoder(tiny_bert).embed(["hello world"])
    enc = base_probe.FrozenEncoder(tiny_bert, cache=cache)
    batched = enc.embed(["hello world", "the cat and the dog make tea how do i"])  # the short text is padded
    assert batched.shape == (2, 32)
    np.testing.assert_allclose(batched[0], alone[0], atol=1e-5)
    assert not np.allclose(batched[0], batched[1])
    # A second encoder reads the vectors from the cache and never runs its model on them.
    again = base_probe.FrozenEncoder(tiny_bert, cache=cache)
    again.model = None
    np.testing.assert_array_equal(again.embed(["hello world"]), batched[:1])


def test_best_f1_threshold_cuts_between_distinct_scores():
    y = np.array([1, 1, 0, 1, 0, 0])
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.3, 0.1])
    assert base_probe.best_f1_threshold(y, p) == pytest.approx(0.6)  # F1 6/7 there, 0.8 at 0.8
    # Tied scores are one cut: at 0.6 all three rows are in (F1 2/3, as at 0.9), never only the
    # positive one of them (F1 1.0), so the tie with 0.9 goes to the higher cut-off.
    assert base_probe.best_f1_threshold(np.array([1, 1, 0, 0]), np.array([0.9, 0.6, 0.6, 0.6])) == pytest.approx(0.9)
    assert base_probe.best_f1_threshold(np.array([0, 0]), np.array([0.2, 0.9])) == 0.5


def test_fpr_threshold_flags_at_most_that_share_of_the_negatives():
    y = np.array([0] * 10 + [1, 1])
    p = np.r_[np.linspace(0.0, 0.9, 10), [0.5, 0.95]]
    t = base_probe.fpr_threshold(y, p, 0.2)
    assert (p[y == 0] >= t).sum() == 2 and (p[y == 0] >= np.nextafter(t, -1)).sum() == 3  # the lowest such cut-off
    assert (p[y == 0] >= base_probe.fpr_threshold(y, p, 0.0)).sum() == 0
    assert base_probe.fpr_threshold(y, p, 1.0) == pytest.approx(0.0)


def test_probe_verdicts_compose_sexual_minors_and_flag_at_the_thresholds():
    names = base_probe.HEAD_OUTPUTS
    # Identity features, so the head's logits are the vector itself.
    vecs = {"sexual adult": [3.0 if o == "sexual" else -3.0 for o in names],
            "sexual child": [3.0 if o in ("sexual", "minor_mentioned") else -3.0 for o in names],
            "benign": [-3.0] * len(names)}
    n = len(names)
    check = base_probe.ProbeCheck(lambda texts: np.array([vecs[t] for t in texts]), np.eye(n), np.zeros(n),
                                  np.zeros(n), np.ones(n), {o: 0.5 for o in names})
    adult, child, benign = check(["sexual adult", "sexual child", "benign"], "prompt")
    assert adult.flagged and adult.categories["sexual"].filtered and not adult.categories["sexual_minors"].filtered
    assert child.categories["sexual_minors"].filtered and child.categories["sexual_minors"].severity == "medium"
    assert not benign.flagged and benign.categories["hate"].severity == "safe"
    assert set(adult.categories) == set(base_probe.CATEGORIES)
    # A higher threshold for sexual turns the same score into no flag.
    check.thresholds["sexual"] = 0.99
    assert not check(["sexual adult"], "prompt")[0].flagged


def _rows(n: int, seed: int):
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        k = i % (len(HARM_OUTPUTS) + 1)
        filler = " ".join(rng.choice(WORDS[:13], size=4))
        if k == len(HARM_OUTPUTS):
            out.append(Example(f"{filler} hello", "fixture", make_labels()))
        else:
            o = HARM_OUTPUTS[k]
            out.append(Example(f"{filler} {_word(o)}", "fixture", make_labels(**{o: 1})))
    return out


def _write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for e in rows:
            f.write(json.dumps({"text": e.text, "source": e.source, "subset": e.subset, "labels": e.labels, "severity": {},
                                "style": "prompt", "synthetic": False, "group": None, "weight": 1.0}) + "\n")


def test_a_run_fits_heads_that_separate_the_outputs_and_writes_the_report(tiny_bert, tmp_path):
    data = tmp_path / "work" / "data"
    data.mkdir(parents=True)
    _write(data / "train.jsonl", _rows(140, 1))
    _write(data / "val.jsonl", _rows(70, 2))
    ev = [Example("how do i kill time", "phtest", make_labels(), subset="harmless"),
          Example("the hateword question", "beavertails_prompts", {o: None for o in make_labels()}, subset="hate_speech_offensive_language"),
          Example("toxic violenceword", "toxicchat_train", {o: None for o in make_labels()}, subset="toxic"),
          Example("hello world", "toxicchat_train", make_labels(), subset="nontoxic")]
    _write(data / "eval_only.jsonl", ev)
    out = tmp_path / "out"
    assert base_probe.main(["--base", f"tiny={tiny_bert}", "--work", str(tmp_path / "work"), "--out", str(out),
                            "--n-train", "140", "--n-val", "70", "--cap", "10", "--threads", "1"]) == 0
    res = json.loads((out / "base_probe.json").read_text())["tiny"]
    # Each harm output has its own word: a head on the frozen random encoder must rank it.
    assert res["val_auprc"]["macro"] > 0.9
    assert set(res["thresholds"]) == set(base_probe.HEAD_OUTPUTS)
    assert res["harmful_requests"]["hate"]["n"] == 1
    md = (out / "BASE_PROBE.md").read_text()
    assert "| harmful requests caught, mean of six kinds |" in md and "| measure | tiny |" in md
    assert any(name.startswith("emb-tiny-") and name.endswith(".npz") for name in os.listdir(out))


def test_a_base_without_config_is_refused(tmp_path):
    with pytest.raises(argparse.ArgumentTypeError, match="no config.json"):
        base_probe.parse_base(f"x={tmp_path}")
    with pytest.raises(argparse.ArgumentTypeError, match="NAME=FOLDER"):
        base_probe.parse_base(str(tmp_path))
