"""Per-language report: the same behaviours measured in each language, beside English.

    python -m abusemon_training.languages --model models/abusemon-default.gguf \
        [--multilingual models/abusemon-multilingual.gguf] --work out/train-ml --out docs/eval

Rows come from the multilingual splits (`python -m abusemon_training.data.pipeline --multilingual`):
the **test split** (groups never trained on: an RTP-LX item and its translations, a look-alike
concept in all five languages, a CatQA subcategory, an identity term of the French templates) and
the **evaluation-only** sources, each its own set (XSafety French; the project-written
`written_eval` prompts in all eight languages, Dutch and Polish never trained on; English's public evaluation-only suites are in the
behaviour report). Every text is checked through the Monitor as `abusemon classify` runs it
(normaliser, windows, the model's own thresholds; with `--multilingual` the routed pair).

Per language and set: harmful rows caught (any harm category flagged at the annotate threshold),
harmful *requests* caught (rows written as prompts), per-category recall, benign rows flagged by any
category, AUPRC of the highest harm score, and hate against non-hate (AUPRC of the hate score on
rows whose hate label is known). With `--everyday`, also the everyday benign prompts of the held-out
templates of `benign_multilingual` flagged per language and family (validation data: a run trained
with `--benign-ml-holdout` never saw those templates). With `--injection`, likewise the held-out
templates of `injection_multilingual`: prompt injections caught and their benign look-alikes flagged
(a run trained with `--injection-ml-holdout` never saw them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np

from . import metrics
from .data.schema import HARM_OUTPUTS, Example
from .data.sources_multilingual import language_of

LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ar", "zh", "vi")
CATEGORIES = ("hate", "harassment", "sexual", "violence", "self_harm", "jailbreak")
# Evaluation-only sources with non-English rows, each reported as its own set.
EVAL_SOURCES = ("xsafety_fr", "written_eval")
Check = Callable[[Sequence[str]], list]


def _harm(e: Example) -> Optional[int]:
    vals = [e.labels.get(o) for o in HARM_OUTPUTS]
    if any(v == 1 for v in vals):
        return 1
    return 0 if all(v == 0 for v in vals) else None


def _harm_categories(verdict) -> List[str]:
    """The verdict's categories that count as harm ("flagged" = any of them at annotate)."""
    return [c for c in verdict.categories if c in HARM_OUTPUTS or c == "sexual_minors"]


def measure_rows(check: Check, rows: List[Example]) -> dict:
    """Figures for one language and set; rows whose harm labels are all unknown are skipped."""
    rows = [e for e in rows if _harm(e) is not None]
    if not rows:
        return {}
    verdicts = check([e.text for e in rows])
    harm_cats = _harm_categories(verdicts[0])
    flagged = np.array([any(v.categories[c].filtered for c in harm_cats) for v in verdicts])
    top = np.array([max(v.categories[c].score for c in harm_cats) for v in verdicts])
    y = np.array([_harm(e) for e in rows])
    prompt = np.array([e.style == "prompt" for e in rows])
    res: dict = {"n": len(rows), "n_harm": int(y.sum()), "n_benign": int((y == 0).sum())}
    if y.sum() and (y == 0).sum():
        res["auprc_any"] = float(metrics.auprc(y, top))
    if y.sum():
        res["caught"] = float(flagged[y == 1].mean())
    if (y == 1)[prompt].sum():
        res["requests_caught"] = float(flagged[(y == 1) & prompt].mean())
        res["n_requests"] = int(((y == 1) & prompt).sum())
    if (y == 0).sum():
        res["benign_flagged"] = float(flagged[y == 0].mean())
    if ((y == 0) & prompt).sum():
        res["benign_prompts_flagged"] = float(flagged[(y == 0) & prompt].mean())
        res["n_benign_prompts"] = int(((y == 0) & prompt).sum())
    per = {}
    for c in CATEGORIES:
        pos = np.array([e.labels.get(c) == 1 for e in rows])
        if pos.sum():
            per[c] = {"n": int(pos.sum()), "caught": float(flagged[pos].mean()), "in_category": float(np.mean([verdicts[i].categories[c].filtered for i in np.flatnonzero(pos)]))}
    res["per_category"] = per
    hk = np.array([e.labels.get("hate") is not None for e in rows])
    hy = np.array([e.labels.get("hate") == 1 for e in rows])
    if hy[hk].sum() and (~hy[hk]).sum():
        hs = np.array([v.categories["hate"].score for v in verdicts])
        res["hate_auprc"] = float(metrics.auprc(hy[hk].astype(int), hs[hk]))
        res["non_hate_flagged_hate"] = float(np.mean([verdicts[i].categories["hate"].filtered for i in np.flatnonzero(hk & ~hy)]))
    return res


def _non_english(rows: Sequence[Example], detect: Callable[[str], str]) -> List[Example]:
    """The rows with known harm labels that `detect` (the router's language detector) names a
    language other than English."""
    return [e for e in rows if _harm(e) is not None and detect(e.text) not in ("en", "und", "")]


def non_english_summary(check: Check, rows: Sequence[Example], detect: Callable[[str], str]) -> dict:
    """Harmful caught and benign flagged, as counts, on the rows `_non_english` selects. On the
    validation split this is the non-English figure a multilingual model is chosen on
    (docs/MULTILINGUAL.md)."""
    rows = _non_english(rows, detect)
    out = {"harmful": 0, "caught": 0, "benign": 0, "flagged": 0}
    if not rows:
        return out
    for e, v in zip(rows, check([e.text for e in rows])):
        hit = any(v.categories[c].filtered for c in _harm_categories(v))
        if _harm(e):
            out["harmful"] += 1
            out["caught"] += int(hit)
        else:
            out["benign"] += 1
            out["flagged"] += int(hit)
    return out


def everyday_summary(check: Check, rows: Sequence[Example]) -> Dict[str, dict]:
    """Per language, benign everyday prompts flagged (any harm category at annotate), in all and
    per family: the held-out templates of the everyday benign pack (`benign_multilingual.
    validation_rows`), which a run trained with `--benign-ml-holdout` never saw."""
    out: Dict[str, dict] = {}
    rows = list(rows)
    for e, v in zip(rows, check([e.text for e in rows]) if rows else []):
        lang, family = e.subset.split("/", 1)[0], e.subset.split(":", 1)[1]
        hit = int(any(v.categories[c].filtered for c in _harm_categories(v)))
        r = out.setdefault(lang, {"n": 0, "flagged": 0, "per_family": {}})
        r["n"] += 1
        r["flagged"] += hit
        fam = r["per_family"].setdefault(family, [0, 0])
        fam[0] += hit
        fam[1] += 1
    return out


def injection_summary(check: Check, rows: Sequence[Example]) -> Dict[str, dict]:
    """Per language, the held-out templates of the prompt-injection pack (`injection_multilingual.
    validation_rows`): injections caught and benign look-alikes flagged, both by any harm category
    at annotate (an injection counts wherever it is flagged, as the policy acts on any category),
    and per family (flagged / rows). Keys: n (all rows), injections / caught, look_alikes /
    flagged (look-alikes only, unlike everyday_summary's flagged), per_family."""
    from .data.injection_multilingual import is_injection

    out = everyday_summary(check, rows)
    for r in out.values():
        fams = r["per_family"].items()
        r["injections"] = sum(n for f, (_, n) in fams if is_injection(f))
        r["caught"] = sum(h for f, (h, _) in fams if is_injection(f))
        r["look_alikes"] = sum(n for f, (_, n) in fams if not is_injection(f))
        r["flagged"] = sum(h for f, (h, _) in fams if not is_injection(f))
    return out


def injection_markdown(res: Dict[str, dict]) -> List[str]:
    families = sorted({f for r in res.values() for f in r["per_family"]})
    md = ["Prompt injections and their look-alikes, held-out templates of the injection pack (flagged / rows):", "",
          "| language | injections caught | look-alikes flagged | " + " | ".join(families) + " |", "|---|---|---|" + "---|" * len(families)]
    for lang, r in res.items():
        cells = [f"{r['per_family'][f][0]} / {r['per_family'][f][1]}" if f in r["per_family"] else "–" for f in families]
        md.append(f"| {lang} | {r['caught']} / {r['injections']} | {r['flagged']} / {r['look_alikes']} | " + " | ".join(cells) + " |")
    tot = {k: sum(r[k] for r in res.values()) for k in ("caught", "injections", "flagged", "look_alikes")}
    if tot["injections"] or tot["look_alikes"]:
        md.append(f"| all | {tot['caught']} / {tot['injections']} | {tot['flagged']} / {tot['look_alikes']} |" + " |" * len(families))
    return md + [""]


def harm_vs_everyday_auprc(check: Check, rows: Sequence[Example], everyday: Sequence[Example], detect: Callable[[str], str]) -> Optional[float]:
    """AUPRC of the highest harm score with the harmful rows `_non_english` selects as positives
    and the everyday rows as negatives: whether a model separates harm from everyday prompts
    better (the curve), not only where its threshold sits (the operating point)."""
    pos = [e.text for e in _non_english(rows, detect) if _harm(e) == 1]
    neg = [e.text for e in everyday]
    if not pos or not neg:
        return None
    verdicts = check(pos + neg)
    cats = _harm_categories(verdicts[0])
    top = np.array([max(v.categories[c].score for c in cats) for v in verdicts])
    return float(metrics.auprc(np.array([1] * len(pos) + [0] * len(neg)), top))


def everyday_markdown(res: Dict[str, dict]) -> List[str]:
    families = sorted({f for r in res.values() for f in r["per_family"]})
    md = ["Everyday benign prompts flagged, held-out templates of the benign pack (flagged / rows):", "",
          "| language | all | " + " | ".join(f.split("/", 1)[-1] for f in families) + " |", "|---|---|" + "---|" * len(families)]
    for lang, r in res.items():
        cells = [f"{r['per_family'][f][0]} / {r['per_family'][f][1]}" if f in r["per_family"] else "–" for f in families]
        md.append(f"| {lang} | {r['flagged']} / {r['n']} ({pct(r['flagged'] / r['n'])}) | " + " | ".join(cells) + " |")
    total = sum(r["n"] for r in res.values())
    flagged = sum(r["flagged"] for r in res.values())
    if total:
        md.append(f"| all | {flagged} / {total} ({pct(flagged / total)}) |" + " |" * len(families))
    return md + [""]


def measure(check: Check, test: List[Example], eval_only: List[Example], cap: int, seed: int,
            eval_sources: Sequence[str] = EVAL_SOURCES, split: str = "test") -> Dict[str, Dict[str, dict]]:
    """Per language: the internal split `test` (named `split`: the test split, or val), then one
    set per evaluation-only source in `eval_sources` that has rows in that language (English's
    public evaluation-only suites are in the behaviour report instead)."""
    out: Dict[str, Dict[str, dict]] = {}
    for lang in LANGS:
        sets = {split: [e for e in test if language_of(e) == lang]}
        for src in eval_sources:
            sets[src] = [e for e in eval_only if e.source == src and language_of(e) == lang]
        for name, rows in sets.items():
            rows = sorted(rows, key=lambda e: e.text)
            if len(rows) > cap:
                rows = random.Random(seed).sample(rows, cap)
            r = measure_rows(check, rows)
            if r:
                out.setdefault(lang, {})[name] = r
    return out


def pct(x: Optional[float]) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


def num(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.3f}"


def markdown(res: Dict[str, Dict[str, dict]], title: str) -> List[str]:
    md = [f"### {title}", "",
          "| language | set | n (harm / benign) | harmful caught | harmful requests caught (n) | benign flagged | benign prompts flagged (n) | AUPRC any harm | hate AUPRC | non-hate flagged hate |",
          "|---|---|---|---|---|---|---|---|---|---|"]
    for lang, sets in res.items():
        for name, r in sets.items():
            md.append(f"| {lang} | {name} | {r['n_harm']} / {r['n_benign']} | {pct(r.get('caught'))} | {pct(r.get('requests_caught'))} ({r.get('n_requests', 0)}) | {pct(r.get('benign_flagged'))} | "
                      f"{pct(r.get('benign_prompts_flagged'))} ({r.get('n_benign_prompts', 0)}) | {num(r.get('auprc_any'))} | {num(r.get('hate_auprc'))} | {pct(r.get('non_hate_flagged_hate'))} |")
    for set_name in dict.fromkeys(n for sets in res.values() for n in sets):
        rows = [(lang, sets[set_name]["per_category"]) for lang, sets in res.items() if sets.get(set_name, {}).get("per_category")]
        if not rows:
            continue
        md += ["", f"Per category, {set_name} (positives of the category: caught by any category / flagged in that category):", "",
               "| language | " + " | ".join(CATEGORIES) + " |", "|---|" + "---|" * len(CATEGORIES)]
        for lang, per in rows:
            cells = [f"{pct(per[c]['caught'])} / {pct(per[c]['in_category'])} (n {per[c]['n']})" if c in per else "–" for c in CATEGORIES]
            md.append(f"| {lang} | " + " | ".join(cells) + " |")
    return md + [""]


def monitor_check(model: str, multilingual: Optional[str], consensus: bool = True) -> Check:
    """Prompts through the engine as abusemon classify runs them (behaviour.monitor_check)."""
    from .behaviour import monitor_check as engine_check

    check = engine_check(model, multilingual, consensus)
    return lambda texts: check(texts, "prompt")


def memoized(check: Check) -> Check:
    """`check`, scoring each distinct text once: the reports of one run (the split, --non-english,
    --everyday and its AUPRC, --injection) share rows, and a verdict depends only on the text."""
    cache: Dict[str, object] = {}

    def run(texts: Sequence[str]) -> list:
        todo = list(dict.fromkeys(t for t in texts if t not in cache))
        if todo:
            cache.update(zip(todo, check(todo)))
        return [cache[t] for t in texts]

    return run


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Per-language report on held-out groups and evaluation-only rows")
    ap.add_argument("--model", required=True, help="model file (the English default, or the multilingual model alone)")
    ap.add_argument("--multilingual", default=None, help="second model for text not detected as English (the routed pair, as abusemon classify runs it)")
    ap.add_argument("--no-consensus", action="store_true", help="with --multilingual: English text on the English model alone")
    ap.add_argument("--work", default=os.path.join("out", "train-ml"), help="folder with data/test.jsonl and data/eval_only.jsonl of the multilingual splits")
    ap.add_argument("--title", default=None)
    ap.add_argument("--out", default=None, help="write languages-<title>.json here (per language and set; with --non-english also a non_english entry)")
    ap.add_argument("--append-md", default=None, help="append this run's tables to this Markdown file (e.g. docs/eval/LANGUAGES.md)")
    ap.add_argument("--cap", type=int, default=1500, help="rows per language and set")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--eval-sources", default=",".join(EVAL_SOURCES), help="evaluation-only sources reported per language, each as its own set")
    ap.add_argument("--split", default="test", choices=("test", "val"),
                    help="the internal split reported per language: test (held-out groups) or val (the split models are chosen on)")
    ap.add_argument("--non-english", action="store_true",
                    help="also report, over that whole split, the rows the language detector does not call English: harmful caught and benign flagged")
    ap.add_argument("--everyday", action="store_true",
                    help="also report everyday benign prompts flagged per language on the held-out templates of the benign pack (validation data for runs trained with --benign-ml-holdout)")
    ap.add_argument("--injection", action="store_true",
                    help="also report prompt injections caught and their look-alikes flagged per language on the held-out templates of the injection pack (validation data for runs trained with --injection-ml-holdout)")
    ap.add_argument("--pack-langs", default="",
                    help="with --everyday / --injection: the held-out rows of these languages only, comma-separated (e.g. `en`: the English files, for the English model); default each pack's own")
    a = ap.parse_args(argv)
    from .data import benign_multilingual, injection_multilingual
    from .data.pipeline import read_jsonl
    from .train import pack_langs

    def held_out_rows(module):
        try:
            wanted = pack_langs(a.pack_langs)
            return module.validation_rows(langs=None if wanted is None else module.SUPPLEMENT.choose_langs(wanted))
        except ValueError as e:
            ap.error(str(e))

    # Made before any model loads, so that a bad --pack-langs fails at once.
    everyday = held_out_rows(benign_multilingual) if a.everyday else []
    injections = held_out_rows(injection_multilingual) if a.injection else []

    d = os.path.join(a.work, "data")
    for f in (f"{a.split}.jsonl", "eval_only.jsonl"):
        if not os.path.exists(os.path.join(d, f)):
            print(f"abusemon: error: {d}/{f} not found (python -m abusemon_training.data.pipeline --multilingual)", file=sys.stderr)
            return 4
    check = memoized(monitor_check(a.model, a.multilingual, not a.no_consensus))
    internal = read_jsonl(os.path.join(d, f"{a.split}.jsonl"))
    res = measure(check, internal, read_jsonl(os.path.join(d, "eval_only.jsonl")), a.cap, a.seed, [x for x in a.eval_sources.split(",") if x], a.split)
    payload: Dict[str, object] = dict(res)
    title = a.title or os.path.basename(a.model) + (f" + {os.path.basename(a.multilingual)}" if a.multilingual else "")
    md = markdown(res, title)
    if a.non_english:
        import abusemon

        ne = non_english_summary(check, internal, abusemon.detect_language)
        payload["non_english"] = {a.split: ne}
        md += [f"Non-English rows of {a.split} (as the language detector reads them): harmful caught {ne['caught']} of {ne['harmful']}, "
               f"benign flagged {ne['flagged']} of {ne['benign']}.", ""]
    if a.everyday:
        ev = everyday_summary(check, everyday)
        payload["everyday_held_out"] = ev
        md += everyday_markdown(ev)
        if a.non_english:
            import abusemon

            ap_ev = harm_vs_everyday_auprc(check, internal, everyday, abusemon.detect_language)
            payload["harm_vs_everyday_auprc"] = ap_ev
            md += [f"AUPRC of the highest harm score, non-English harmful rows of {a.split} against the everyday held-out rows: {num(ap_ev)}.", ""]
    if a.injection:
        inj = injection_summary(check, injections)
        payload["injection_held_out"] = inj
        md += injection_markdown(inj)
    print("\n".join(md))
    if a.append_md:
        with open(a.append_md, "a", encoding="utf-8") as f:
            f.write("\n".join(md) + "\n")
    if a.out:
        os.makedirs(a.out, exist_ok=True)
        with open(os.path.join(a.out, f"languages-{title.replace(' ', '').replace('+', '_')}.json"), "w", encoding="utf-8") as f:
            json.dump(payload, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
