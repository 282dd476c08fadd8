#!/usr/bin/env python3
"""Regenerate tests/data/engine/tiny-bert.gguf: a tiny random BERT classifier (numpy weights, a
20-token WordPiece vocabulary, 3 outputs) used by the C ABI and CLI tests, which cannot build
models themselves. Deterministic (fixed seed); needs numpy, safetensors and gguf only.

    python tools/engine/make_fixtures.py
"""
import json
import os
import sys
import tempfile

import numpy as np
from safetensors.numpy import save_file

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bindings", "python", "abusemon"))
import convert  # noqa: E402  (the module file itself: the package needs the native core)

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "hello", "world", "you", "are", "an",
         "idiot", "i", "hate", "kill", "!", ",", ".", "?", "##s", "the"]
H, L, I, P, K = 16, 1, 24, 32, 3


def main() -> None:
    rng = np.random.default_rng(20261125)

    def n(*shape, s=0.3):
        return rng.normal(0, s, shape).astype(np.float32)

    w = {"bert.embeddings.word_embeddings.weight": n(len(VOCAB), H, s=0.5),
         "bert.embeddings.position_embeddings.weight": n(P, H, s=0.5),
         "bert.embeddings.token_type_embeddings.weight": n(2, H, s=0.5),
         "bert.embeddings.LayerNorm.weight": 1 + n(H, s=0.1),
         "bert.embeddings.LayerNorm.bias": n(H, s=0.1)}
    for i in range(L):
        p = f"bert.encoder.layer.{i}."
        for name, (o, k) in {"attention.self.query": (H, H), "attention.self.key": (H, H),
                             "attention.self.value": (H, H), "attention.output.dense": (H, H),
                             "intermediate.dense": (I, H), "output.dense": (H, I)}.items():
            w[p + name + ".weight"] = n(o, k)
            w[p + name + ".bias"] = n(o, s=0.1)
        for name in ("attention.output.LayerNorm", "output.LayerNorm"):
            w[p + name + ".weight"] = 1 + n(H, s=0.1)
            w[p + name + ".bias"] = n(H, s=0.1)
    w["bert.pooler.dense.weight"] = n(H, H)
    w["bert.pooler.dense.bias"] = n(H, s=0.1)
    w["classifier.weight"] = n(K, H, s=1.0)
    w["classifier.bias"] = n(K, s=0.1)
    cfg = {"model_type": "bert", "num_hidden_layers": L, "hidden_size": H,
           "num_attention_heads": 2, "intermediate_size": I, "max_position_embeddings": P,
           "layer_norm_eps": 1e-12, "type_vocab_size": 2, "pad_token_id": 0,
           "hidden_act": "gelu", "vocab_size": len(VOCAB)}
    side = {"model_id": "tiny-bert-fixture", "model_version": "1.0.0", "license": "Apache-2.0",
            "model_card": "Random weights; test fixture only.",
            "outputs": ["hate", "harassment", "violence"],
            "calibration": {"hate": {"a": 1.0, "b": 0.5}},
            "window": {"max_tokens": 8, "stride": 3, "pooling": "max"}}
    with tempfile.TemporaryDirectory() as d:
        save_file(w, os.path.join(d, "model.safetensors"))
        with open(os.path.join(d, "config.json"), "w") as f:
            json.dump(cfg, f)
        with open(os.path.join(d, "abusemon.json"), "w") as f:
            json.dump(side, f)
        with open(os.path.join(d, "vocab.txt"), "w") as f:
            f.write("\n".join(VOCAB) + "\n")
        out = os.path.join(ROOT, "tests", "data", "engine", "tiny-bert.gguf")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        convert.convert(d, out)
    print(out, os.path.getsize(out), "bytes")


if __name__ == "__main__":
    main()
