"""Convert a Hugging Face encoder checkpoint into an abusemon model file (GGUF).

Usage::

    python -m abusemon.convert SRC_DIR OUT.gguf [--dtype f32|f16] [--model-id ID]
                               [--model-version V] [--sidecar FILE]

SRC_DIR is what ``model.save_pretrained(d)`` + ``tokenizer.save_pretrained(d)`` write
(``config.json``, ``model.safetensors`` or ``pytorch_model.bin``, tokenizer files), plus an
optional ``abusemon.json`` sidecar with our metadata. The accepted inputs and the file layout are
specified in docs/MODEL_FORMAT.md; the engine (``abusemon.Model``) reads exactly what this writes.

Supported: ``model_type`` bert (incl. MiniLM), roberta, xlm-roberta; WordPiece tokenizers
(``vocab.txt`` or a WordPiece ``tokenizer.json``) and SentencePiece models
(``sentencepiece.bpe.model`` / ``spiece.model`` / ``tokenizer.model``). Byte-level BPE tokenizers
(original roberta-base) are rejected with a clear message.

Needs numpy, safetensors and gguf; torch only for ``pytorch_model.bin``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Dict, List, Optional, Tuple

import numpy as np

FORMAT_VERSION = 1
ARCHES = {"bert": "bert", "roberta": "roberta", "xlm-roberta": "roberta", "camembert": "roberta"}
ACTS = {"gelu": "gelu", "gelu_new": "gelu_tanh", "gelu_pytorch_tanh": "gelu_tanh",
        "gelu_fast": "gelu_tanh", "relu": "relu"}
SPM_FILES = ("sentencepiece.bpe.model", "spiece.model", "tokenizer.model")
DEFAULT_SEVERITY = (0.5, 0.7, 0.9)
DEFAULT_POLICY = (0.5, 0.8)


class ConvertError(Exception):
    """The source folder cannot be converted; the message says why."""


def _read_json(path: str) -> dict:
    with open(path, "r", encoding="utf-8") as f:
        return json.load(f)


def load_weights(src: str, filename: Optional[str] = None) -> Dict[str, np.ndarray]:
    """All tensors of a checkpoint as float32 numpy arrays."""
    names = [filename] if filename else ["model.safetensors", "pytorch_model.bin"]
    for name in names:
        path = os.path.join(src, name)
        if not os.path.exists(path):
            continue
        if name.endswith(".safetensors"):
            from safetensors import safe_open

            out = {}
            # framework="numpy" cannot read bf16; go through torch when present.
            try:
                with safe_open(path, framework="numpy") as f:
                    for k in f.keys():
                        out[k] = np.asarray(f.get_tensor(k), dtype=np.float32)
            except (TypeError, ValueError):
                import torch
                from safetensors.torch import load_file

                out = {k: v.float().numpy() for k, v in load_file(path).items()}
            return out
        try:
            import torch
        except ImportError as exc:
            raise ConvertError(f"{path}: reading pytorch_model.bin needs torch") from exc
        state = torch.load(path, map_location="cpu", weights_only=True)
        return {k: v.float().numpy() for k, v in state.items() if hasattr(v, "numpy")}
    raise ConvertError(f"{src}: no model.safetensors or pytorch_model.bin")


def _strip_prefix(weights: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """Encoder tensors without the bert./roberta. prefix; head tensors keep their names."""
    out = {}
    for k, v in weights.items():
        for p in ("bert.", "roberta.", "model."):
            if k.startswith(p):
                k = k[len(p):]
                break
        out[k] = v
    return out


def _tokenizer(src: str, cfg: dict, arch: str) -> Tuple[dict, List[str]]:
    """Tokenizer metadata (key → value) and the token table."""
    tok_cfg = {}
    if os.path.exists(os.path.join(src, "tokenizer_config.json")):
        tok_cfg = _read_json(os.path.join(src, "tokenizer_config.json"))
    tj = None
    if os.path.exists(os.path.join(src, "tokenizer.json")):
        tj = _read_json(os.path.join(src, "tokenizer.json"))

    for name in SPM_FILES:
        path = os.path.join(src, name)
        if os.path.exists(path):
            import sentencepiece as spm

            with open(path, "rb") as f:
                data = f.read()
            sp = spm.SentencePieceProcessor(model_proto=data)
            xlmr = arch == "roberta"
            offset = 1 if xlmr else 0
            if xlmr:  # fairseq convention used by XLM-R / CamemBERT tokenizers
                cls, pad, sep, unk = 0, 1, 2, 3
                tokens = ["<s>", "<pad>", "</s>", "<unk>"] + [
                    sp.id_to_piece(i) for i in range(3, sp.get_piece_size())] + ["<mask>"]
            else:
                cls, sep, pad, unk = sp.bos_id(), sp.eos_id(), sp.pad_id(), sp.unk_id()
                tokens = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
            meta = {"tokenizer.ggml.model": "sentencepiece", "abusemon.tokenizer.spm_model": data,
                    "abusemon.tokenizer.spm_id_offset": offset}
            for key, val in (("cls", cls), ("separator", sep), ("padding", pad), ("unknown", unk)):
                if val is None or val < 0:
                    raise ConvertError(f"{path}: SentencePiece model has no {key} token")
                meta[f"tokenizer.ggml.{key}_token_id"] = int(val)
            return meta, tokens

    vocab: Optional[List[str]] = None
    norm = {}
    wp = {}
    if tj is not None and (tj.get("model") or {}).get("type") == "WordPiece":
        v = tj["model"]["vocab"]
        vocab = [None] * len(v)
        for t, i in v.items():
            if not 0 <= i < len(v) or vocab[i] is not None:
                raise ConvertError("tokenizer.json: WordPiece vocabulary ids are not 0..n-1")
            vocab[i] = t
        n = tj.get("normalizer") or {}
        if n.get("type") == "BertNormalizer":
            norm = n
        wp = tj["model"]
    elif os.path.exists(os.path.join(src, "vocab.txt")):
        with open(os.path.join(src, "vocab.txt"), "r", encoding="utf-8") as f:
            vocab = [line.rstrip("\n") for line in f]
        while vocab and vocab[-1] == "":
            vocab.pop()
    if vocab is None:
        if tj is not None:
            raise ConvertError(f"{src}: tokenizer type '{(tj.get('model') or {}).get('type')}' is not "
                               "supported (need WordPiece or a SentencePiece .model file)")
        raise ConvertError(f"{src}: no tokenizer (vocab.txt, tokenizer.json or a SentencePiece model)")

    lower = norm.get("lowercase", tok_cfg.get("do_lower_case", True))
    strip = norm.get("strip_accents", tok_cfg.get("strip_accents"))
    chinese = norm.get("handle_chinese_chars", tok_cfg.get("tokenize_chinese_chars", True))
    index = {t: i for i, t in enumerate(vocab)}

    def special(name: str, default: str) -> int:
        tok = tok_cfg.get(name, default)
        if isinstance(tok, dict):
            tok = tok.get("content", default)
        if tok not in index:
            raise ConvertError(f"{src}: special token {tok!r} is not in the vocabulary")
        return index[tok]

    meta = {
        "tokenizer.ggml.model": "bert",
        "tokenizer.ggml.cls_token_id": special("cls_token", "[CLS]"),
        "tokenizer.ggml.separator_token_id": special("sep_token", "[SEP]"),
        "tokenizer.ggml.padding_token_id": special("pad_token", "[PAD]"),
        "tokenizer.ggml.unknown_token_id": special("unk_token", wp.get("unk_token", "[UNK]")),
        "abusemon.tokenizer.do_lower_case": bool(lower),
        "abusemon.tokenizer.tokenize_chinese_chars": bool(chinese),
        "abusemon.tokenizer.max_input_chars_per_word": int(wp.get("max_input_chars_per_word", 100)),
    }
    if strip is not None:
        meta["abusemon.tokenizer.strip_accents"] = bool(strip)
    if wp.get("continuing_subword_prefix", "##") != "##":
        raise ConvertError("only the '##' WordPiece continuation prefix is supported")
    return meta, vocab


def _head(w: Dict[str, np.ndarray], side: dict, src: str) -> Tuple[str, Dict[str, np.ndarray], str]:
    """(head type, {gguf name: array}, activation after head.dense)."""
    h = side.get("head")
    if h:
        hw = w
        if h.get("file"):
            hw = _strip_prefix(load_weights(src, h["file"]))
        t = {}
        for key, name in (("dense_weight", "head.dense.weight"), ("dense_bias", "head.dense.bias"),
                          ("out_weight", "head.out.weight"), ("out_bias", "head.out.bias")):
            if h.get(key):
                if h[key] not in hw:
                    raise ConvertError(f"abusemon.json: head tensor {h[key]!r} not found")
                t[name] = hw[h[key]]
        if "head.out.weight" not in t or "head.out.bias" not in t:
            raise ConvertError("abusemon.json: head needs out_weight and out_bias")
        if ("head.dense.weight" in t) != ("head.dense.bias" in t):
            raise ConvertError("abusemon.json: head dense needs both weight and bias")
        return "abusemon", t, h.get("activation", "tanh")
    if "classifier.out_proj.weight" in w:
        return "roberta", {"head.dense.weight": w["classifier.dense.weight"],
                           "head.dense.bias": w["classifier.dense.bias"],
                           "head.out.weight": w["classifier.out_proj.weight"],
                           "head.out.bias": w["classifier.out_proj.bias"]}, "tanh"
    if "classifier.weight" in w:
        if "pooler.dense.weight" not in w:
            raise ConvertError("classifier.weight found but no pooler.dense (BERT head needs both)")
        return "bert", {"head.dense.weight": w["pooler.dense.weight"],
                        "head.dense.bias": w["pooler.dense.bias"],
                        "head.out.weight": w["classifier.weight"],
                        "head.out.bias": w["classifier.bias"]}, "tanh"
    return "none", {}, "none"


def _per_output(side: dict, outputs: List[str]) -> Dict[str, List[float]]:
    cal = side.get("calibration", {})
    sev = side.get("severity_thresholds", {})
    pol = side.get("policy_thresholds", {})
    for table, name in ((cal, "calibration"), (sev, "severity_thresholds"), (pol, "policy_thresholds")):
        unknown = set(table) - set(outputs)
        if unknown:
            raise ConvertError(f"abusemon.json: {name} names unknown outputs {sorted(unknown)}")
    res = {k: [] for k in ("calibration.a", "calibration.b", "severity.low", "severity.medium",
                           "severity.high", "policy.annotate", "policy.block")}
    for o in outputs:
        c = cal.get(o, {})
        res["calibration.a"].append(float(c.get("a", 1.0)))
        res["calibration.b"].append(float(c.get("b", 0.0)))
        s = sev.get(o, DEFAULT_SEVERITY)
        if len(s) != 3 or not s[0] <= s[1] <= s[2]:
            raise ConvertError(f"abusemon.json: severity_thresholds[{o!r}] must be 3 nondecreasing values")
        for lvl, v in zip(("low", "medium", "high"), s):
            res["severity." + lvl].append(float(v))
        p = pol.get(o, {})
        res["policy.annotate"].append(float(p.get("annotate", DEFAULT_POLICY[0])))
        res["policy.block"].append(float(p.get("block", DEFAULT_POLICY[1])))
    return res


def convert(src: str, out: str, dtype: str = "f32", model_id: Optional[str] = None,
            model_version: Optional[str] = None, sidecar: Optional[str] = None,
            embedding_dtype: str = "f32") -> dict:
    """Converts SRC folder into OUT (GGUF). Returns a summary dict. Raises ConvertError.

    `dtype` is that of the linear weights; `embedding_dtype` that of the token embedding, which
    the engine keeps in the mapped file when it is f16 (half the memory for large vocabularies)."""
    import gguf

    if dtype not in ("f32", "f16"):
        raise ConvertError("dtype must be f32 or f16")
    if embedding_dtype not in ("f32", "f16"):
        raise ConvertError("embedding_dtype must be f32 or f16")
    cfg_path = os.path.join(src, "config.json")
    if not os.path.exists(cfg_path):
        raise ConvertError(f"{src}: no config.json")
    cfg = _read_json(cfg_path)
    mt = cfg.get("model_type")
    if mt not in ARCHES:
        raise ConvertError(f"model_type {mt!r} is not supported (bert, roberta, xlm-roberta)")
    arch = ARCHES[mt]
    side_path = sidecar or os.path.join(src, "abusemon.json")
    side = _read_json(side_path) if os.path.exists(side_path) else {}
    act = ACTS.get(cfg.get("hidden_act", "gelu"))
    if act is None:
        raise ConvertError(f"hidden_act {cfg.get('hidden_act')!r} is not supported")

    w = _strip_prefix(load_weights(src))
    L, H = int(cfg["num_hidden_layers"]), int(cfg["hidden_size"])
    tok_meta, tokens = _tokenizer(src, cfg, arch)
    head_type, head_t, head_act = _head(w, side, src)

    if head_type == "none":
        outputs = side.get("outputs") or [f"emb_{i}" for i in range(H)]
        out_act = "none"
    else:
        K = head_t["head.out.weight"].shape[0]
        outputs = side.get("outputs")
        if not outputs:
            id2label = cfg.get("id2label") or {}
            outputs = [id2label.get(str(i), id2label.get(i, f"output_{i}")) for i in range(K)]
        if len(outputs) != K:
            raise ConvertError(f"{len(outputs)} output names but the head has {K} outputs")
        default_act = "softmax" if cfg.get("problem_type") == "single_label_classification" else "sigmoid"
        out_act = side.get("output_activation", default_act)
    if len(set(outputs)) != len(outputs):
        raise ConvertError("output names must be unique")

    pooling = side.get("pooling")
    if pooling is None:
        pooling = "cls"
        pc = os.path.join(src, "1_Pooling", "config.json")
        if head_type in ("none", "abusemon") and os.path.exists(pc) and _read_json(pc).get("pooling_mode_mean_tokens"):
            pooling = "mean"
    if pooling not in ("cls", "mean"):
        raise ConvertError("pooling must be 'cls' or 'mean'")

    pos_offset = int(cfg.get("pad_token_id", 1)) + 1 if arch == "roberta" else 0
    max_pos = int(cfg["max_position_embeddings"])
    window = side.get("window", {})
    max_tokens = int(window.get("max_tokens", min(512, max_pos - pos_offset)))
    stride = int(window.get("stride", (max_tokens - 2) // 2))

    wr = gguf.GGUFWriter(out, arch)
    mid = model_id or side.get("model_id") or os.path.basename(os.path.normpath(src))
    mver = model_version or side.get("model_version") or "0"
    wr.add_string("general.name", mid)
    if side.get("license"):
        wr.add_string("general.license", side["license"])
    if side.get("model_card"):
        wr.add_string("general.description", side["model_card"])
    wr.add_uint32("abusemon.format_version", FORMAT_VERSION)
    wr.add_string("abusemon.model_id", mid)
    wr.add_string("abusemon.model_version", mver)
    wr.add_uint32(f"{arch}.block_count", L)
    wr.add_uint32(f"{arch}.embedding_length", H)
    wr.add_uint32(f"{arch}.attention.head_count", int(cfg["num_attention_heads"]))
    wr.add_uint32(f"{arch}.feed_forward_length", int(cfg["intermediate_size"]))
    wr.add_uint32(f"{arch}.context_length", max_pos)
    wr.add_float32(f"{arch}.attention.layer_norm_epsilon", float(cfg.get("layer_norm_eps", 1e-12)))
    wr.add_uint32("abusemon.arch.position_offset", pos_offset)
    wr.add_uint32("abusemon.arch.type_vocab_size", int(cfg.get("type_vocab_size", 2)))
    wr.add_string("abusemon.arch.hidden_act", act)

    for k, v in tok_meta.items():
        if isinstance(v, bytes):
            wr.add_key_value(k, list(v), gguf.GGUFValueType.ARRAY, sub_type=gguf.GGUFValueType.UINT8)
        elif isinstance(v, bool):
            wr.add_bool(k, v)
        elif isinstance(v, int):
            wr.add_uint32(k, v) if v >= 0 else wr.add_int32(k, v)
        else:
            wr.add_string(k, v)
    wr.add_array("tokenizer.ggml.tokens", tokens)

    wr.add_array("abusemon.outputs", list(outputs))
    wr.add_string("abusemon.pooling", pooling)
    wr.add_string("abusemon.head.type", head_type)
    wr.add_string("abusemon.head.activation", head_act)
    wr.add_string("abusemon.output_activation", out_act)
    if head_type != "none":
        for k, vals in _per_output(side, list(outputs)).items():
            wr.add_key_value("abusemon." + k, vals, gguf.GGUFValueType.ARRAY,
                             sub_type=gguf.GGUFValueType.FLOAT32)
    wr.add_uint32("abusemon.window.max_tokens", max_tokens)
    wr.add_uint32("abusemon.window.stride", stride)
    wr.add_string("abusemon.window.pooling", window.get("pooling", "max"))
    if "normalize" in side:  # text normalisation before tokenising (absent = on)
        if not isinstance(side["normalize"], bool):
            raise ConvertError("abusemon.json: 'normalize' must be true or false")
        wr.add_bool("abusemon.normalize", side["normalize"])

    def put(name: str, arr: np.ndarray, linear: bool = False) -> None:
        arr = np.ascontiguousarray(arr, dtype=np.float16 if (linear and dtype == "f16") else np.float32)
        wr.add_tensor(name, arr)

    def get(name: str) -> np.ndarray:
        if name not in w:
            raise ConvertError(f"checkpoint lacks tensor {name!r}")
        return w[name]

    e = "embeddings."
    emb = get(e + "word_embeddings.weight")
    if embedding_dtype == "f16":
        if not np.all(np.abs(emb) < 65504.0):
            raise ConvertError("word_embeddings.weight does not fit in f16 (keep --embedding-dtype f32)")
        wr.add_tensor("token_embd.weight", np.ascontiguousarray(emb, dtype=np.float16))
    else:
        put("token_embd.weight", emb)
    put("position_embd.weight", get(e + "position_embeddings.weight"))
    if e + "token_type_embeddings.weight" in w:
        put("token_types.weight", w[e + "token_type_embeddings.weight"])
    else:
        put("token_types.weight", np.zeros((1, H), np.float32))
    put("token_embd_norm.weight", get(e + "LayerNorm.weight"))
    put("token_embd_norm.bias", get(e + "LayerNorm.bias"))
    names = {"attention.self.query": "attn_q", "attention.self.key": "attn_k",
             "attention.self.value": "attn_v", "attention.output.dense": "attn_output",
             "attention.output.LayerNorm": "attn_output_norm", "intermediate.dense": "ffn_up",
             "output.dense": "ffn_down", "output.LayerNorm": "layer_output_norm"}
    for i in range(L):
        for hf, ours in names.items():
            for p in ("weight", "bias"):
                arr = get(f"encoder.layer.{i}.{hf}.{p}")
                put(f"blk.{i}.{ours}.{p}", arr, linear=(p == "weight" and "norm" not in ours))
    for name, arr in head_t.items():
        put(name, arr)
    wr.write_header_to_file()
    wr.write_kv_data_to_file()
    wr.write_tensors_to_file()
    wr.close()
    return {"out": out, "architecture": arch, "layers": L, "hidden": H, "head": head_type,
            "outputs": list(outputs), "tokenizer": tok_meta["tokenizer.ggml.model"],
            "pooling": pooling, "dtype": dtype, "embedding_dtype": embedding_dtype}


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m abusemon.convert", description=__doc__.split("\n")[0])
    ap.add_argument("src", help="Hugging Face checkpoint folder")
    ap.add_argument("out", help="output .gguf file")
    ap.add_argument("--dtype", default="f32", choices=["f32", "f16"], help="linear weight dtype")
    ap.add_argument("--embedding-dtype", default="f32", choices=["f32", "f16"],
                    help="token embedding dtype (f16: half the file and memory for large vocabularies)")
    ap.add_argument("--model-id")
    ap.add_argument("--model-version")
    ap.add_argument("--sidecar", help="abusemon.json to use instead of SRC/abusemon.json")
    a = ap.parse_args(argv)
    try:
        summary = convert(a.src, a.out, a.dtype, a.model_id, a.model_version, a.sidecar,
                          a.embedding_dtype)
    except (ConvertError, OSError, KeyError, ValueError) as exc:
        print(f"abusemon.convert: error: {exc}", file=sys.stderr)
        return 3
    summary["outputs"] = len(summary["outputs"])
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
