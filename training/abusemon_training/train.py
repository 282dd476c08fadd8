"""Train the default abusemon classifier on CPU.

all-MiniLM-L6-v2 (from the pinned PyPI package) with the lower layers frozen and their outputs
cached once, LoRA adapters + trainable LayerNorms on the top layers, and a multi-label head
(hate, harassment, sexual, violence, self_harm, jailbreak, minor_mentioned). Then Platt
calibration per output and severity/policy thresholds, all on the validation split. The test
split is never looked at here.

    nice -n 10 python -m abusemon_training.train --data ../shared/data --work out/train --out models/default

Writes OUT/adapter.safetensors (fp16) and OUT/abusemon.json (sidecar + training record).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import random
import sys
import time
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import metrics
from .data import pipeline
from .data.schema import HARM_OUTPUTS, OUTPUTS, Example, label_matrix
from .obfuscate import TRANSFORMS, obfuscate

MODEL_ID = "abusemon-minilm-default"
ENGLISH_MODEL_CARD = ("all-MiniLM-L6-v2 (Apache-2.0) + LoRA on the top layers and a multi-label head, trained on permissively "
                      "licensed public data and project-written synthetic data. See docs/MODEL_CARD.md.")


def log(msg: str) -> None:
    print(f"[train {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def load_or_build(data_root: str, work: str, seed: int, report: Optional[str]) -> Dict[str, List[Example]]:
    ddir = os.path.join(work, "data")
    if all(os.path.exists(os.path.join(ddir, f"{s}.jsonl")) for s in ("train", "val", "test", "eval_only")):
        log(f"using cached splits in {ddir}")
    else:
        pipeline.main(["--data", data_root, "--out", ddir, "--seed", str(seed)] + (["--report", report] if report else []))
    return {s: pipeline.read_jsonl(os.path.join(ddir, f"{s}.jsonl")) for s in ("train", "val", "test", "eval_only")}


def augment(rows: List[Example], seed: int, frac: float) -> List[Example]:
    """Obfuscated copies of a fraction of training rows (positives twice as likely), so the model
    sees leetspeak / spacing / homoglyphs / zero-width text. Training split only."""
    rng = random.Random(seed)
    kinds = sorted(TRANSFORMS)
    out = []
    for e in rows:
        pos = any(v == 1 for k, v in e.labels.items() if k != "minor_mentioned")
        if rng.random() < (2 * frac if pos else frac):
            kind = rng.choice(kinds)
            t = obfuscate(e.text, kind, seed)
            if t != e.text:
                out.append(Example(t, e.source, dict(e.labels), dict(e.severity), e.style, e.synthetic, e.group, e.weight, e.subset + f"+{kind}"))
    return out


def sample_weights(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Up-weight rows positive for thin outputs: r_c = clip(sqrt(max_pos / pos_c), 1, 8)."""
    pos = np.nansum(y, axis=0)
    r = np.clip(np.sqrt(pos.max() / np.maximum(pos, 1)), 1.0, 8.0)
    boost = np.ones(len(y), dtype=np.float64)
    for j in range(y.shape[1]):
        boost = np.where(y[:, j] == 1, np.maximum(boost, r[j]), boost)
    return boost * w


def seq_key(ids: Sequence[int]) -> str:
    return hashlib.sha1(np.asarray(ids, dtype=np.int32).tobytes()).hexdigest()


def train_loop(a, model, tok, cfg, train_rows, frozen: int, n_layers: int, dev, autocast):
    """The optimisation itself; returns (steps taken, minutes). Lower layers below `frozen` are
    run once and cached (fp16) per token sequence; with no frozen layer the embeddings are
    computed per batch."""
    import torch

    from .modeling import pad_batch

    model.eval()

    # ---- cache the frozen lower layers (first window of every training text) ----
    seqs = tok.first_window([e.text for e in train_rows], a.max_len)
    if frozen == 0:
        cache = None  # every layer trains: embeddings are computed per batch (cheap)
        lengths = [len(s_) for s_ in seqs]
    else:
        # Keyed per token sequence (labels are not in it), so adding rows or changing the
        # augmentation only computes the new sequences.
        cache_path = os.path.join(a.work, f"cache_layers{frozen}_len{a.max_len}.pt")
        store: Dict[str, "torch.Tensor"] = torch.load(cache_path) if os.path.exists(cache_path) else {}
        keys = [seq_key(s_) for s_ in seqs]
        todo = sorted({k: i for i, k in enumerate(keys) if k not in store}.values(), key=lambda i: len(seqs[i]))
        log(f"cache {cache_path}: {len(store)} sequences stored, {len(todo)} to compute")
        if todo:
            t0 = time.time()
            with torch.no_grad():
                for bi in range(0, len(todo), 128):
                    idx = todo[bi : bi + 128]
                    ids, mask = pad_batch([seqs[i] for i in idx], tok.pad)
                    ids, mask = ids.to(dev), mask.to(dev)
                    h = model.run_layers(model.embed(ids), mask, 0, frozen).half().cpu()
                    for k, i in enumerate(idx):
                        store[keys[i]] = h[k, : len(seqs[i])].clone()
                    if (bi // 128) % 50 == 0:
                        done = bi + len(idx)
                        el = time.time() - t0
                        log(f"cache {done}/{len(todo)} ({done / max(el, 1e-6):.0f} texts/s, eta {(len(todo) - done) / max(done / max(el, 1e-6), 1e-6) / 60:.1f} min)")
            torch.save(store, cache_path)
            log(f"cached layers 0..{frozen - 1} for {len(todo)} new sequences in {(time.time() - t0) / 60:.1f} min")
        cache = [store[k] for k in keys]
        lengths = [c.shape[0] for c in cache]
        del store

    y = label_matrix(train_rows)
    w = np.array([e.weight for e in train_rows], dtype=np.float64)
    sw = sample_weights(y, w)
    if a.benign_prompt_weight != 1.0:
        from .evaluate import BENIGN_PROMPT_SOURCES

        chat = np.array([e.source in BENIGN_PROMPT_SOURCES and e.is_benign() for e in train_rows])
        sw = np.where(chat, sw * a.benign_prompt_weight, sw)
        log(f"benign chat prompts: {int(chat.sum())} rows sampled at weight {a.benign_prompt_weight}")
    if a.harmful_prompt_weight != 1.0:
        # Requests made *to* an assistant are what a model API sees; the public harm data is
        # mostly social-media posts. Draw harmful prompts (any harm output positive) more often.
        req = np.array([e.style == "prompt" and any(e.labels.get(o) == 1 for o in HARM_OUTPUTS) for e in train_rows])
        sw = np.where(req, sw * a.harmful_prompt_weight, sw)
        log(f"harmful prompts: {int(req.sum())} rows sampled at weight {a.harmful_prompt_weight}")
    if a.non_english_weight != 1.0:
        # The non-English sources are a few hundred rows per language beside tens of thousands
        # of English ones: draw them more often so every language is seen each epoch.
        from .data.sources_multilingual import language_of

        foreign = np.array([language_of(e) != "en" for e in train_rows])
        sw = np.where(foreign, sw * a.non_english_weight, sw)
        log(f"non-English rows: {int(foreign.sum())} sampled at weight {a.non_english_weight}")
    ymask = ~np.isnan(y)
    yt = torch.tensor(np.nan_to_num(y), dtype=torch.float32, device=dev)
    mt = torch.tensor(ymask, dtype=torch.float32, device=dev)
    wt = torch.tensor(w, dtype=torch.float32, device=dev)

    params = [p for p in model.parameters() if p.requires_grad]
    log(f"trainable parameters: {sum(p.numel() for p in params)}")
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    steps_per_epoch = a.epoch_size // a.batch_size
    total = int(steps_per_epoch * a.epochs)
    warm = max(1, total // 20)
    budget_s = a.max_minutes * 60

    def progress() -> float:
        # Whichever runs out first, steps or the time budget, drives the cosine decay, so a
        # slow (shared) machine still ends training with an annealed learning rate.
        return min(1.0, max(step / total, (time.time() - t0) / budget_s))

    def set_lr() -> float:
        f = min(1.0, (step + 1) / warm) * 0.5 * (1 + math.cos(math.pi * progress()))
        for g in opt.param_groups:
            g["lr"] = a.lr * f
        return a.lr * f

    rng = np.random.RandomState(a.seed)
    probs = sw / sw.sum()
    step = 0
    t0 = time.time()
    running = None
    model.train()
    stop = False
    while step < total and not stop:
        # One "megabatch" at a time: weighted draw, sorted by length to limit padding.
        draw = rng.choice(len(train_rows), size=a.batch_size * 64, replace=True, p=probs)
        draw = sorted(draw.tolist(), key=lambda i: lengths[i])
        batches = [draw[i : i + a.batch_size] for i in range(0, len(draw), a.batch_size)]
        rng.shuffle(batches)
        for idx in batches:
            if step >= total:
                break
            with autocast:
                if cache is None:
                    ids, mask = pad_batch([seqs[i] for i in idx], tok.pad)
                    ids, mask = ids.to(dev), mask.to(dev)
                    with torch.no_grad():
                        x = model.embed(ids)
                else:
                    n = max(lengths[i] for i in idx)
                    x = torch.zeros((len(idx), n, cfg["hidden_size"]))
                    mask = torch.zeros((len(idx), n), dtype=torch.long)
                    for k, i in enumerate(idx):
                        x[k, : lengths[i]] = cache[i].float()
                        mask[k, : lengths[i]] = 1
                    x, mask = x.to(dev), mask.to(dev)
                h = model.run_layers(x, mask, frozen, n_layers)
                logits = model.head(h, mask).float()
            it = torch.tensor(idx, device=dev)
            loss_el = torch.nn.functional.binary_cross_entropy_with_logits(logits, yt[it], reduction="none") * mt[it]
            loss = (loss_el.sum(1) * wt[it]).sum() / mt[it].sum().clamp(min=1.0)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            lr_now = set_lr()
            opt.step()
            step += 1
            running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
            if step % 50 == 0 or step == total:
                el = time.time() - t0
                log(f"step {step}/{total} loss {running:.4f} lr {lr_now:.2e} {step * a.batch_size / el:.0f} samples/s eta {min((total - step) * el / step, budget_s - el) / 60:.1f} min")
            if progress() >= 1.0 and step < total:
                log(f"time budget of {a.max_minutes} min reached at step {step}")
                stop = True
                break
    model.eval()
    train_minutes = (time.time() - t0) / 60
    del cache
    return step, train_minutes


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def pack_langs(spec: str) -> Optional[Tuple[str, ...]]:
    """The languages `--pack-langs` names ("en", "fr,en"), or None: each pack its own default. A
    repeated or empty code is an error rather than a language silently dropped."""
    if not spec:
        return None
    langs = tuple(x.strip() for x in spec.split(","))
    if not all(langs) or len(set(langs)) != len(langs):
        raise ValueError(f"--pack-langs {spec!r}: give distinct language codes, comma-separated")
    return langs


def training_supplements(a, held_out: List[Example], dry_run: bool = False) -> List[Example]:
    """The training-only supplements the --extra-* flags of `a` ask for, generated after the splits
    were frozen (never in val/test): no row whose duplicate key matches a held-out text. With
    `dry_run`, only the checks (a pack without a file for a --pack-langs language: ValueError)."""
    from .data import (benign_multilingual, harm_multilingual, injection_multilingual, requests_multilingual, roleplay_multilingual, synthetic_child_safety,
                       synthetic_contrast, synthetic_extra, synthetic_requests)

    out: List[Example] = []
    wanted = pack_langs(a.pack_langs)
    # The last field: whether to keep a quarter of the pack's templates out of training. Only the
    # packs with a validation measure (languages --everyday / --injection) have the flag.
    for per_template, module, what, hold_out_templates in (
            (a.extra_synthetic, synthetic_extra, "synthetic", False), (a.extra_requests, synthetic_requests, "harmful-request", False),
            (a.extra_contrast, synthetic_contrast, "contrast", False),
            (a.extra_child_safety, synthetic_child_safety, "child-safety", False),
            (a.extra_requests_ml, requests_multilingual, "multilingual harmful-request", False),
            (a.extra_roleplay_ml, roleplay_multilingual, "multilingual creative / role-play", False),
            (a.extra_harm_ml, harm_multilingual, "multilingual violence / self-harm", False),
            (a.extra_benign_ml, benign_multilingual, "multilingual everyday benign", a.benign_ml_holdout),
            (a.extra_injection_ml, injection_multilingual, "multilingual prompt-injection", a.injection_ml_holdout)):
        if per_template:
            kwargs = {"hold_out_templates": True} if hold_out_templates else {}
            # The language packs (PackSupplement) draw --pack-langs where it is given.
            if wanted is not None and hasattr(module, "SUPPLEMENT"):
                kwargs["langs"] = module.SUPPLEMENT.choose_langs(wanted)
            if dry_run:
                continue
            extra = module.training_supplement(a.seed, per_template, held_out, **kwargs)
            out += extra
            log(f"added {len(extra)} rows of the training-only {what} supplement")
    return out


def supplement_sizes() -> Tuple[str, ...]:
    """The --extra-* size flags (their argparse dests), one per training-only supplement: the list
    that base_travel and the tests enumerate, so a new supplement is named in one place."""
    return tuple(x.dest for x in build_parser()._actions if x.dest.startswith("extra_") and x.type is int)


def run_args(**overrides) -> argparse.Namespace:
    """A run's options as the command line gives them by default (every supplement off), with
    `overrides` by argparse dest; an unknown name is an error, so callers cannot drift from the
    parser (base_travel's vocabulary cut and the tests build their runs with it)."""
    a = build_parser().parse_args([])
    unknown = set(overrides) - set(vars(a))
    if unknown:
        raise ValueError(f"not an option of train: {', '.join(sorted(unknown))}")
    vars(a).update(overrides)
    return a


def build_parser() -> argparse.ArgumentParser:
    """The command line of `python -m abusemon_training.train` (tools/train/plans are checked
    against it)."""
    ap = argparse.ArgumentParser(description="Train the default abusemon model (CPU; --device cuda where there is one)")
    ap.add_argument("--data", default=os.path.join("..", "shared", "data"), help="shared/data root")
    ap.add_argument("--work", default=os.path.join("out", "train"), help="scratch folder (splits, caches, logits)")
    ap.add_argument("--out", default=os.path.join("models", "default"), help="artifact folder")
    ap.add_argument("--report", default=None, help="also write the data report here (e.g. docs/DATA_REPORT.md)")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--stride", type=int, default=96, help="window stride for long texts at scoring time")
    ap.add_argument("--train-layers", type=int, default=2, help="top layers with LoRA (the rest are frozen and cached)")
    ap.add_argument("--lora-r", type=int, default=16)
    ap.add_argument("--lora-alpha", type=float, default=32.0)
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--epoch-size", type=int, default=40000, help="weighted samples per epoch")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--augment", type=float, default=0.12, help="fraction of training rows given an obfuscated copy")
    ap.add_argument("--extra-synthetic", type=int, default=0, help="add this many rows per template of the training-only synthetic supplement (abusemon_training.data.synthetic_extra)")
    ap.add_argument("--extra-requests", type=int, default=0, help="add this many rows per template of the training-only harmful-request supplement (abusemon_training.data.synthetic_requests)")
    ap.add_argument("--extra-requests-ml", type=int, default=0, help="add this many rows per template family and language of the training-only multilingual harmful-request supplement (abusemon_training.data.requests_multilingual: FR/DE/ES/IT/PT requests, injections and their hard negatives)")
    ap.add_argument("--extra-roleplay-ml", type=int, default=0, help="add this many rows per family and language of the training-only multilingual creative / role-play supplement (abusemon_training.data.roleplay_multilingual: benign FR/DE/ES/IT/PT act-as, scenes, stories, lyrics, games, translation requests)")
    ap.add_argument("--extra-harm-ml", type=int, default=0, help="add this many rows per family and language of the training-only multilingual violence / self-harm supplement (abusemon_training.data.harm_multilingual: FR/DE/ES/IT/PT attack plans, domestic violence, animal cruelty, incitement, gore, self-harm methods, hiding injuries, pro-eating-disorder requests, farewell notes, and benign safety, news, support and medicine prompts with the same words)")
    ap.add_argument("--benign-ml-holdout", action="store_true",
                    help="with --extra-benign-ml: keep a quarter of each family's templates out of training, so that `languages --everyday` measures the pack on phrasings never trained on")
    ap.add_argument("--extra-benign-ml", type=int, default=0, help="add this many rows per family and language of the training-only multilingual everyday-benign supplement (abusemon_training.data.benign_multilingual: FR/DE/ES/IT/PT wellbeing questions, figurative venting, avoiding scams and dangers, household safety, health and sexual-health questions, conflict advice, law and crime questions, questions about religions and minorities, idioms, sport, games and computing)")
    ap.add_argument("--extra-injection-ml", type=int, default=0, help="add this many rows per family and language of the training-only multilingual prompt-injection supplement (abusemon_training.data.injection_multilingual: FR/DE/ES/IT/PT/EN injections in task text, redirections, instructions hidden in documents, fake system messages, secret extraction, and benign quoted imperatives, users revising their own request, security questions, system prompts for one's own bot and style changes)")
    ap.add_argument("--injection-ml-holdout", action="store_true",
                    help="with --extra-injection-ml: keep a quarter of each family's templates out of training, so that `languages --injection` measures the pack on phrasings never trained on")
    ap.add_argument("--pack-langs", default="",
                    help="the language packs (--extra-*-ml) draw only these languages, comma-separated (e.g. `en` for the English model, whose WordPiece vocabulary reads English only; English is drawn only when named, except by the injection pack); default each pack's own")
    ap.add_argument("--extra-child-safety", type=int, default=0, help="add this many rows per template of the training-only child-safety supplement (abusemon_training.data.synthetic_child_safety): requests that sexualise or hurt children, and the same words in protective use")
    ap.add_argument("--extra-contrast", type=int, default=0, help="add this many rows per template of the training-only contrast supplement (abusemon_training.data.synthetic_contrast): counter-speech, identity statements, safe senses of sensitive words, refusals, harmful answers, threats")
    ap.add_argument("--init-seed", type=int, default=None, help="seed of the parameter initialisation (LoRA A, head); default --seed. Runs that share it and differ in --seed can be averaged (python -m abusemon_training.soup)")
    ap.add_argument("--exclude-sources", default="", help="comma-separated sources left out of training and calibration (leave-sources-out evaluation)")
    ap.add_argument("--init", default=None, help="continue from this artifact folder (adapter.safetensors)")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only this many train/val rows")
    ap.add_argument("--max-minutes", type=float, default=60.0, help="stop training after this long")
    ap.add_argument("--benign-prompt-weight", type=float, default=1.0, help="sampling weight of benign chat prompts (the bulk of real traffic; hard negatives for jailbreak)")
    ap.add_argument("--harmful-prompt-weight", type=float, default=1.0, help="sampling weight of harmful prompts (requests to an assistant with a positive harm label)")
    ap.add_argument("--non-english-weight", type=float, default=1.0, help="sampling weight of non-English rows (multilingual base; build the splits with the pipeline's --multilingual)")
    ap.add_argument("--model-version", default=None, help="version string for the artifact (default 1.2.YYYYMMDD)")
    ap.add_argument("--dropout", type=float, default=0.0, help="dropout while training (hidden states, attention, pooled vector)")
    ap.add_argument("--device", default="cpu", help="torch device for training and validation scoring (cpu, cuda)")
    ap.add_argument("--base-dir", default=None, help="pretrained base folder (default: the pinned package's); calibrate with the real base afterwards")
    ap.add_argument("--model-id", default=MODEL_ID, help="model id written into the artifact")
    ap.add_argument("--base-package", default=None, help="pinned package(s) the base weights come from, recorded in the artifact (default: the English base's)")
    ap.add_argument("--model-card", default=None, help="one-line model card written into the artifact (default: --init's, else the English default's)")
    ap.add_argument("--licence", default=None, help="licence of the artifact (default: --init's, else Apache-2.0)")
    ap.add_argument("--calibrate-only", action="store_true", help="no training: load --init, then calibrate and choose thresholds on validation and write --out")
    return ap


def main(argv=None) -> int:
    ap = build_parser()
    a = ap.parse_args(argv)
    if a.calibrate_only and not a.init:
        ap.error("--calibrate-only needs --init")
    try:
        training_supplements(a, [], dry_run=True)
    except ValueError as e:
        ap.error(str(e))

    import torch

    from .modeling import Classifier, Tokenizer, base_model_dir, load_base_state, load_config, score_logits

    torch.set_num_threads(a.threads)
    dev = torch.device(a.device)
    # bf16 autocast on accelerators only: the CPU path stays fp32 (and bit-reproducible).
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if dev.type == "cuda" else contextlib.nullcontext()
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    np.random.seed(a.seed)
    os.makedirs(a.work, exist_ok=True)
    t_start = time.time()

    splits = load_or_build(a.data, a.work, a.seed, a.report)
    if a.limit:
        for s in ("train", "val"):
            splits[s] = random.Random(a.seed).sample(splits[s], min(a.limit, len(splits[s])))
    if a.exclude_sources:
        # Leave-sources-out runs: the model neither trains nor calibrates on these sources, so
        # all of their rows (every split) measure generalisation (abusemon_training.loso).
        drop = set(a.exclude_sources.split(","))
        unknown = drop - {e.source for s in splits.values() for e in s}
        if unknown:
            ap.error(f"--exclude-sources: no rows from {sorted(unknown)}")
        for s in ("train", "val"):
            splits[s] = [e for e in splits[s] if e.source not in drop]
        log(f"left out sources {sorted(drop)}")
    train_rows = [] if a.calibrate_only else splits["train"]
    if not a.calibrate_only:
        # Never a text of a held-out split, evaluation-only rows included.
        train_rows = train_rows + training_supplements(a, splits["val"] + splits["test"] + splits.get("eval_only", []))
    init_record: Dict = {}
    init_artifact: Dict = {}
    if a.init and os.path.exists(os.path.join(a.init, "abusemon.json")):
        with open(os.path.join(a.init, "abusemon.json"), encoding="utf-8") as f:
            init_artifact = json.load(f)
        init_record = init_artifact.get("training", {})
        if "lora" in init_record:
            # The adapter's own shape wins over command-line defaults.
            a.lora_r = int(init_record["lora"]["r"])
            a.lora_alpha = float(init_record["lora"]["alpha"])
            a.train_layers = len(init_record["lora"]["layers"])
    # A continuation keeps the card and licence of what it continues (its base is the same).
    a.model_card = a.model_card or init_artifact.get("model_card") or ENGLISH_MODEL_CARD
    a.licence = a.licence or init_artifact.get("license") or "Apache-2.0"
    aug = augment(train_rows, a.seed, a.augment)
    train_rows = train_rows + aug
    log(f"train {len(train_rows)} rows ({len(aug)} obfuscated copies), val {len(splits['val'])}")

    bdir = a.base_dir or base_model_dir()
    cfg = load_config(bdir)
    tok = Tokenizer(bdir)
    # The initialisation has its own seed so that runs differing only in data order, sampling
    # and dropout start from the same point (a precondition for averaging them).
    if a.init_seed is not None:
        torch.manual_seed(a.init_seed)
    model = Classifier(cfg, len(OUTPUTS))
    model.load_base(load_base_state(bdir))
    n_layers = cfg["num_hidden_layers"]
    frozen = n_layers - a.train_layers
    if a.init:
        # Warm start: continue from a previous artifact's adapters and head.
        from safetensors.torch import load_file as _load

        model.load_trainable(_load(os.path.join(a.init, "adapter.safetensors")), a.lora_r, a.lora_alpha)
        if model.lora_layers != list(range(frozen, n_layers)):
            raise SystemExit(f"--init adapters cover layers {model.lora_layers}, expected {list(range(frozen, n_layers))}")
        log(f"initialised from {a.init}")
    else:
        model.add_lora(range(frozen, n_layers), a.lora_r, a.lora_alpha)
    if a.init_seed is not None:
        torch.manual_seed(a.seed)  # dropout and the rest follow the run's own seed
    model.set_dropout(a.dropout)
    model.to(dev)
    model.eval()
    step = 0
    train_minutes = 0.0
    if not a.calibrate_only:
        step, train_minutes = train_loop(a, model, tok, cfg, train_rows, frozen, n_layers, dev, autocast)
    model.eval()

    # ---- calibration and thresholds on validation (windowed scoring, as the engine does) ----
    val = splits["val"]
    log(f"scoring validation ({len(val)} texts)")
    # float64: confident models push float32 sigmoids to exactly 1.0, and ties would corrupt the rankings.
    zval = score_logits(model, tok, [e.text for e in val], a.max_len, a.stride, device=dev).numpy().astype(np.float64)
    np.save(os.path.join(a.work, "val_logits.npy"), zval)
    yv = label_matrix(val)
    calib, thresholds, val_metrics = {}, {}, {}
    for j, o in enumerate(OUTPUTS):
        ca, cb = metrics.fit_platt(zval[:, j], yv[:, j])
        if ca <= 0:
            ca, cb = 1.0, 0.0  # a non-increasing fit would flip the ranking: keep identity
        p = metrics.sigmoid(ca * zval[:, j] + cb)
        calib[o] = {"a": ca, "b": cb}
        thresholds[o] = metrics.choose_thresholds(yv[:, j], p, metrics.OUTPUT_TARGETS.get(o))
        val_metrics[o] = {"auprc": metrics.auprc(yv[:, j], zval[:, j]), "ece": metrics.ece(yv[:, j], p), "positives": int(np.nansum(yv[:, j]))}
        log(f"val {o}: AUPRC {val_metrics[o]['auprc']:.3f} ECE {val_metrics[o]['ece']:.3f} thresholds {thresholds[o]}")
    harm = [o for o in OUTPUTS if o != "minor_mentioned"]
    macro = metrics.macro([val_metrics[o]["auprc"] for o in harm])
    log(f"val macro AUPRC (harm outputs) {macro:.3f}")
    public = np.array([not e.synthetic for e in val])
    if public.any():
        pub = [metrics.auprc(yv[public, j], zval[public, j]) for j, o in enumerate(OUTPUTS) if o in harm]
        log("val public rows AUPRC " + " ".join(f"{o} {v:.3f}" for o, v in zip(harm, pub)) + f" macro {metrics.macro(pub):.3f}")
    from .evaluate import BENIGN_PROMPT_SOURCES, flagged_any

    pval = np.stack([metrics.sigmoid(calib[o]["a"] * zval[:, j] + calib[o]["b"]) for j, o in enumerate(OUTPUTS)], axis=1)
    benign = [i for i, e in enumerate(val) if e.source in BENIGN_PROMPT_SOURCES and e.is_benign()]
    if benign:
        flagged = flagged_any(pval[benign], OUTPUTS, thresholds, "annotate")
        log(f"val benign chat prompts flagged at annotate: {flagged.mean():.4f} of {len(benign)}")

    # ---- artifact ----
    from safetensors.torch import save_file

    os.makedirs(a.out, exist_ok=True)
    state = {k: v.to(torch.float16).contiguous() for k, v in model.trainable_state().items()}
    save_file(state, os.path.join(a.out, "adapter.safetensors"), metadata={"format": "abusemon-adapter-1"})
    from .modeling import BASE_PACKAGE, BASE_PACKAGE_VERSION

    sidecar = {
        "model_id": a.model_id,
        "model_version": a.model_version or time.strftime("1.2.%Y%m%d"),
        "license": a.licence,
        "model_card": a.model_card,
        "outputs": list(OUTPUTS),
        "pooling": "mean",
        "head": {"dense_weight": "head.dense.weight", "dense_bias": "head.dense.bias", "activation": "tanh", "out_weight": "head.out.weight", "out_bias": "head.out.bias"},
        "output_activation": "sigmoid",
        "calibration": calib,
        "severity_thresholds": {o: [thresholds[o]["low"], thresholds[o]["medium"], thresholds[o]["high"]] for o in OUTPUTS},
        "policy_thresholds": {o: {"annotate": thresholds[o]["annotate"], "block": thresholds[o]["block"]} for o in OUTPUTS},
        "window": {"max_tokens": a.max_len, "stride": a.stride, "pooling": "max"},
        "training": {
            "base_package": a.base_package or f"{BASE_PACKAGE}=={BASE_PACKAGE_VERSION}",
            "base_weights_sha256": file_sha256(os.path.join(bdir, "model.safetensors")),
            "lora": {"r": a.lora_r, "alpha": a.lora_alpha, "layers": list(range(frozen, n_layers)), "targets": ["query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense"], "layer_norms_trained": True},
            "adapter_file": "adapter.safetensors",
            "max_len": a.max_len,
            "seed": a.seed,
            "epochs": a.epochs,
            "steps": step,
            "epoch_size": a.epoch_size,
            "batch_size": a.batch_size,
            "lr": a.lr,
            "init": os.path.basename(os.path.normpath(a.init)) if a.init else None,
            "augment": a.augment,
            "dropout": a.dropout,
            "benign_prompt_weight": a.benign_prompt_weight,
            "harmful_prompt_weight": a.harmful_prompt_weight,
            "extra_synthetic_per_template": a.extra_synthetic,
            "extra_requests_per_template": a.extra_requests,
            "extra_contrast_per_template": a.extra_contrast,
            "extra_child_safety_per_template": a.extra_child_safety,
            "extra_requests_ml_per_template": a.extra_requests_ml,
            "extra_roleplay_ml_per_template": a.extra_roleplay_ml,
            "extra_harm_ml_per_template": a.extra_harm_ml,
            "extra_benign_ml_per_template": a.extra_benign_ml,
            "benign_ml_templates_held_out": bool(a.benign_ml_holdout),
            "extra_injection_ml_per_template": a.extra_injection_ml,
            "injection_ml_templates_held_out": bool(a.injection_ml_holdout),
            "pack_langs": a.pack_langs or "default",
            "excluded_sources": sorted(a.exclude_sources.split(",")) if a.exclude_sources else [],
            "init_seed": a.seed if a.init_seed is None else a.init_seed,
            "train_rows": len(train_rows),
            "train_minutes": round(train_minutes, 1),
            "total_minutes": round((time.time() - t_start) / 60, 1),
            "torch": torch.__version__,
            "device": dev.type,
            "val": {"macro_auprc": macro, **val_metrics},
        },
    }
    if a.calibrate_only and init_record:
        # Keep the record of the run that trained the adapter; only calibration is new.
        kept = {k: v for k, v in init_record.items() if k not in ("base_weights_sha256", "val", "total_minutes")}
        sidecar["training"] = {**sidecar["training"], **kept, "calibrated_on": dev.type}
    with open(os.path.join(a.out, "abusemon.json"), "w", encoding="utf-8") as f:
        json.dump(sidecar, f, indent=1)
    log(f"wrote {a.out}/adapter.safetensors and abusemon.json (total {(time.time() - t_start) / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
