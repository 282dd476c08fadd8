"""Build the test fixtures under tests/data/images/ (committed; rerun only to change them).

    python tools/images/make_fixture.py

fixture.onnx: a 32x32 RGB classifier [graphic, sexual, benign] that uses every operator the
image engine supports (Conv with batch-norm, depthwise Conv, erf GELU, residual adds, the
SwiftFormer additive-attention pattern, MaxPool, AveragePool, ReduceMean, Gemm, Softmax). Its
trunk carries the mean colour through small residual branches, and the head scores magenta
(the "marker") as sexual and pure red as graphic, anything else benign.
fixture.gguf: the converter's output. parity.json: ONNX Runtime's probabilities for fixed
inputs (the C++ test compares the engine against them). Images: benign photo-like gradients
(PNG/JPEG/WebP), the magenta marker, a red one, and broken files for the decoder tests.
Needs numpy, onnx, onnxruntime, gguf and Pillow.
"""

from __future__ import annotations

import io
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "tests", "data", "images")
sys.path.insert(0, os.path.join(ROOT, "bindings", "python", "abusemon"))

import image_convert  # noqa: E402

S = 32  # input side


def build_model() -> onnx.ModelProto:
    rng = np.random.default_rng(7)
    nodes, inits = [], []

    def const(name, arr):
        inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def node(op, ins, out, **attrs):
        nodes.append(helper.make_node(op, ins, [out], name=out, **attrs))
        return out

    C = 8
    x = node("Div", ["image", const("c255", np.array(255.0, np.float32))], "x01")
    # stem: 3x3 stride 2; channels 0..2 copy the colour (centre tap), the rest are random
    w = rng.normal(0, 0.2, (C, 3, 3, 3)).astype(np.float32)
    w[:3] = 0
    for c in range(3):
        w[c, c, 1, 1] = 1.0
    stem = node("Conv", [x, const("stem.w", w), const("stem.b", np.zeros(C, np.float32))], "stem",
                pads=[1, 1, 1, 1], strides=[2, 2])
    bn = node("BatchNormalization", [stem, const("bn.s", np.ones(C, np.float32) * 1.5),
                                     const("bn.b", np.full(C, 0.1, np.float32)),
                                     const("bn.m", np.full(C, 0.05, np.float32)),
                                     const("bn.v", np.ones(C, np.float32) * 2.25 - 1e-5)], "bn",
              epsilon=1e-5)
    h = node("Relu", [bn], "stem_relu")  # 16x16xC, colour channels = (c + 0.1 - 0.05)

    def small(name, shape, scale=0.3):
        return const(name, rng.normal(0, scale, shape).astype(np.float32))

    # block 1: depthwise 3x3 -> 1x1 expand -> GELU -> 1x1 -> layer scale -> residual
    dw = node("Conv", [h, small("dw.w", (C, 1, 3, 3)), small("dw.b", (C,))], "dw", group=C,
              pads=[1, 1, 1, 1])
    pw1 = node("Conv", [dw, small("pw1.w", (2 * C, C, 1, 1)), small("pw1.b", (2 * C,))], "pw1")
    d = node("Div", [pw1, const("sqrt2", np.array(1.4142135, np.float32))], "g_div")
    e = node("Erf", [d], "g_erf")
    a = node("Add", [e, const("one", np.array(1.0, np.float32))], "g_add")
    m = node("Mul", [const("half", np.array(0.5, np.float32)), a], "g_half")
    g = node("Mul", [pw1, m], "gelu")
    pw2 = node("Conv", [g, small("pw2.w", (C, 2 * C, 1, 1)), small("pw2.b", (C,))], "pw2")
    ls = node("Mul", [pw2, const("ls.g", np.full((C, 1, 1), 0.01, np.float32))], "ls")
    h = node("Add", [h, ls], "res1")
    # block 2: additive attention over the 256 tokens
    N = 16 * 16
    t = node("Reshape", [h, const("shp_tok", np.array([1, C, N], np.int64))], "tok_view")
    t = node("Transpose", [t], "tok", perm=[0, 2, 1])
    q = node("Add", [node("MatMul", [t, small("q.w", (C, C))], "q_mm"), small("q.b", (C,))], "q")
    axis_last = const("ax_last", np.array([-1], np.int64))
    nq = node("Clip", [node("ReduceL2", [q, axis_last], "q_n"), const("eps", np.array(1e-12, np.float32))], "q_nc")
    nq = node("Expand", [nq, const("shp_e", np.array([1, N, C], np.int64))], "q_ne")
    qn = node("Div", [q, nq], "qn")
    k = node("Add", [node("MatMul", [t, small("k.w", (C, C))], "k_mm"), small("k.b", (C,))], "k")
    nk = node("Clip", [node("ReduceL2", [k, axis_last], "k_n"), "eps"], "k_nc")
    kn = node("Div", [k, node("Expand", [nk, "shp_e"], "k_ne")], "kn")
    A = node("Mul", [node("MatMul", [qn, small("wg", (C, 1))], "A0"), const("sc", np.array(0.35, np.float32))], "A")
    ax1 = const("ax1", np.array([1], np.int64))
    nA = node("Clip", [node("ReduceL2", [A, ax1], "A_n"), "eps"], "A_nc")
    An = node("Div", [A, node("Expand", [nA, const("shp_a", np.array([1, N, 1], np.int64))], "A_ne")], "An")
    G = node("ReduceSum", [node("Mul", [An, qn], "Aq"), ax1], "G")
    o = node("Mul", [G, kn], "Gk")
    o = node("Add", [node("Add", [node("MatMul", [o, small("p.w", (C, C))], "p_mm"), small("p.b", (C,))], "p"), qn], "pq")
    o = node("Transpose", [o], "att_t", perm=[0, 2, 1])
    o = node("Reshape", [o, const("shp_img", np.array([1, C, 16, 16], np.int64))], "att_img")
    o = node("Mul", [o, const("ls2", np.full((C, 1, 1), 0.01, np.float32))], "att_ls")
    h = node("Add", [h, o], "res2")
    # pooling, a 1x1 conv, global mean, head
    h = node("MaxPool", [h], "mp", kernel_shape=[2, 2], strides=[2, 2])  # 8x8
    h = node("AveragePool", [h], "ap", kernel_shape=[3, 3], strides=[1, 1], pads=[1, 1, 1, 1])
    mean = node("ReduceMean", [h, const("ax23", np.array([2, 3], np.int64))], "mean", keepdims=0)
    # colour features ~ (c + 0.05) * 1.5 / 1.5 ... channels 0..2 carry r, g, b (+0.05)
    W = np.zeros((3, C), np.float32)
    W[1] = np.array([12, -24, 12] + [0] * (C - 3))  # sexual: r + b - 2g
    W[0] = np.array([18, -18, -18] + [0] * (C - 3))  # graphic: r - g - b
    b = np.array([-3.0 + 18 * 0.05, -3.0, 0.0], np.float32)
    logits = node("Gemm", [mean, const("head.w", W[[0, 1, 2]]), const("head.b", b)], "logits", transB=1)
    node("Softmax", [logits], "probabilities", axis=1)
    graph = helper.make_graph(
        nodes, "abusemon-image-fixture",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", 3, S, S])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 3])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    return model


def parity_inputs():
    """The inputs the C++ test rebuilds: value(i, k) = (i * 37 + k * 101) % 256, HWC order."""
    out = []
    for k in range(3):
        i = np.arange(S * S * 3)
        out.append(((i * 37 + k * 101) % 256).astype(np.float32).reshape(S, S, 3))
    return out


def images():
    from PIL import Image

    yy, xx = np.mgrid[0:96, 0:128]
    sky = np.stack([90 + xx * 0.3, 150 + yy * 0.4, 220 - yy * 0.2], -1)
    grass = np.stack([60 + xx * 0.2, 140 + (xx % 7) * 3, 50 + yy * 0.1], -1)
    photo = np.where(yy[..., None] < 55, sky, grass).clip(0, 255).astype(np.uint8)
    benign = Image.fromarray(photo)
    marker = Image.fromarray(np.tile(np.array([230, 20, 225], np.uint8), (40, 60, 1)))
    red = Image.fromarray(np.tile(np.array([220, 10, 15], np.uint8), (48, 48, 1)))
    files = {}

    def save(img, fmt, **kw):
        buf = io.BytesIO()
        img.save(buf, format=fmt, **kw)
        return buf.getvalue()

    files["benign.png"] = save(benign, "PNG")
    files["benign.jpg"] = save(benign, "JPEG", quality=85)
    files["benign.webp"] = save(benign, "WEBP", quality=80)
    files["benign_gray.png"] = save(benign.convert("L"), "PNG")
    rgba = benign.convert("RGBA")
    rgba.putalpha(128)
    files["benign_alpha.png"] = save(rgba, "PNG")
    files["marker.png"] = save(marker, "PNG")
    files["marker.jpg"] = save(marker, "JPEG", quality=90)
    files["red.webp"] = save(red, "WEBP", lossless=True)
    jpg = files["benign.jpg"]
    files["truncated.jpg"] = jpg[: len(jpg) // 2]
    files["truncated.png"] = files["benign.png"][:-40]
    files["not_image.png"] = b"%PDF-1.4 this is not an image\n"
    # mislabelled: a PNG saved under a .jpg name (decoders sniff, so it decodes as PNG)
    files["png_named.jpg"] = files["marker.png"]
    # a 30000 x 30000 PNG header (decompression bomb): rejected before any pixel is allocated
    bomb = bytearray(files["benign.png"][:33])
    bomb[16:24] = (30000).to_bytes(4, "big") + (30000).to_bytes(4, "big")
    import zlib

    bomb[29:33] = zlib.crc32(bytes(bomb[12:29])).to_bytes(4, "big")
    files["bomb.png"] = bytes(bomb) + files["benign.png"][33:]
    return files


def main() -> int:
    import onnxruntime as ort

    os.makedirs(OUT, exist_ok=True)
    model = build_model()
    onnx_path = os.path.join(OUT, "fixture.onnx")
    onnx.save(model, onnx_path)
    preset = {"name": "abusemon test fixture", "license": "Apache-2.0",
              "outputs": ["graphic", "sexual", "benign"], "channel_order": "rgb",
              "mean": [0, 0, 0], "scale": [1, 1, 1], "resize": "stretch", "size": S}
    image_convert.convert(onnx_path, os.path.join(OUT, "fixture.gguf"), preset, "nchw",
                          source="tools/images/make_fixture.py")
    sess = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
    probs = [sess.run(None, {"image": x.transpose(2, 0, 1)[None]})[0][0].tolist() for x in parity_inputs()]
    with open(os.path.join(OUT, "parity.json"), "w", encoding="utf-8") as f:
        json.dump({"inputs": "value(i, k) = (i * 37 + k * 101) % 256, HWC", "probabilities": probs}, f, indent=1)
        f.write("\n")
    for name, data in images().items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print("make_fixture: wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
