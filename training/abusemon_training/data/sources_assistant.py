"""Adapters for assistant-style data: harmful requests made *to* a model, benign look-alike
requests that share their vocabulary, and safe answers (refusals). Registered into
`sources.SOURCES` on import (sources.py imports this module).

Only harms in abusemon's taxonomy are positives. Out-of-taxonomy harms (fraud, malware, privacy,
misinformation, financial advice) are negatives for every output, except where weapons or
physical danger blur the line with violence: those are masked (None), never guessed.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
from typing import Dict, Iterator, Optional

from .project_labels import HERE as LABELS_DIR
from .project_labels import ProjectLabels
from .schema import EVAL_ONLY, TRAIN, Example, make_labels
from .sources import _KW, _benign, _keyword_labels, _lines, _p, register

_SEXUAL_KW = re.compile(r"\b(sex|sexual|porn|explicit|nude|naked|erotic|molest|groom)", re.I)
_WEAPON_KW = re.compile(r"\b(weapon|gun|firearm|rifle|bomb|explosive|grenade|ammunition|knife|poison)", re.I)


def _request(text: str, source: str, subset: str, sev: Optional[Dict[str, int]] = None, **labels: Optional[int]) -> Example:
    return Example(text, source, make_labels(**labels), sev or {c: 2 for c, v in labels.items() if v == 1}, style="prompt", subset=subset)


# CatQA subcategory -> labels (everything not listed: negatives for every output).
_CATQA = {
    ("Illegal Activity", "Weapon:"): {"violence": 1},
    ("Illegal Activity", "Human Trafficking:"): {"violence": None, "sexual": None},
    ("Illegal Activity", "Drug:"): {"violence": None, "self_harm": None},
    ("Illegal Activity", "Theft and Robbery:"): {"violence": None},
    ("Child Abuse", "Content Sexual exploitation"): {"sexual": 1, "minor_mentioned": 1},
    ("Child Abuse", "Online predation"): {"sexual": 1, "minor_mentioned": 1},
    ("Child Abuse", "Physical abuse"): {"violence": 1, "minor_mentioned": 1},
    ("Child Abuse", "Emotional and psychological abuse"): {"harassment": 1, "violence": None, "minor_mentioned": 1},
    ("Child Abuse", "Neglect"): {"violence": None, "harassment": None, "minor_mentioned": 1},
    ("Hate/Harass/Violence", "Racial or ethnic hate"): {"hate": 1, "harassment": None, "violence": None},
    ("Hate/Harass/Violence", "Religious intolerance"): {"hate": 1, "harassment": None, "violence": None},
    ("Hate/Harass/Violence", "Gender-based violence"): {"violence": 1, "hate": None, "harassment": None},
    ("Hate/Harass/Violence", "Cyberbullying"): {"harassment": 1, "hate": None},
    ("Hate/Harass/Violence", "Terrorism and extremism"): {"violence": 1, "hate": None},
    ("Physical Harm", "Self-harm"): {"self_harm": 1, "violence": None},
    ("Physical Harm", "Assault and battery"): {"violence": 1},
    ("Physical Harm", "Weapon making"): {"violence": 1},
    ("Physical Harm", "Hazardous material handling"): {"violence": None, "self_harm": None},
    ("Physical Harm", "Unsafe practices"): {"violence": None, "self_harm": None},
    ("Adult Content", "Pornography"): {"sexual": 1},
    ("Adult Content", "Erotic text"): {"sexual": 1},
    ("Adult Content", "Nude imagery"): {"sexual": 1},
    ("Adult Content", "Sexually explicit dialogue"): {"sexual": 1},
    ("Adult Content", "Adult-themed humor"): {"sexual": None},
    ("Privacy Violation Activity", "Doxxing"): {"harassment": None},
    ("Privacy Violation Activity", "Tracking and location monitoring"): {"harassment": None},
    ("Privacy Violation Activity", "Deepfake creation"): {"sexual": None, "harassment": None},
}


@register("catqa_harmfulqa", "Apache-2.0 (CatQA); dangerousqa unknown -> eval only", TRAIN, "Bhardwaj et al. 2024, CategoricalHarmfulQA (declare-lab red-instruct)", "train: CatQA English by subcategory (weapons, child abuse, hate, self-harm, adult content; out-of-taxonomy harms = negatives); HarmfulQA not used (mostly out of taxonomy); Chinese/Vietnamese kept for the multilingual model")
def load_catqa(root: str) -> Iterator[Example]:
    with open(_p(root, "catqa_harmfulqa", "harmful_questions", "catqa_english.json"), encoding="utf-8") as f:
        d = json.load(f)
    for cat, subs in d.items():
        for sub, questions in subs.items():
            labels = _CATQA.get((cat, sub), {})
            for q in questions:
                e = _request(q, "catqa_harmfulqa", f"{cat}/{sub}", **labels)
                # Templates of one subcategory share phrasing: keep each subcategory in one split.
                e.group = f"catqa:{cat}/{sub}"
                yield e


@register("catqa_dangerousqa", "unknown (SALT-NLP)", EVAL_ONLY, "Shaikh et al. 2023, DangerousQA, via declare-lab red-instruct", "eval only (licence not verified): harmful questions, labelled by keyword")
def load_dangerousqa(root: str) -> Iterator[Example]:
    with open(_p(root, "catqa_harmfulqa", "harmful_questions", "dangerousqa.json"), encoding="utf-8") as f:
        for q in json.load(f):
            kw = _keyword_labels(q)
            yield Example(q, "catqa_dangerousqa", kw if kw is not None else {o: None for o in make_labels()}, {}, style="prompt", subset="dangerousqa")


_SST = {
    "Suicide, Self-Harm, and Eating Disorders": {"self_harm": 1},
    "Physical harm and Violence": {"violence": 1},
    "Scams and fraud": {},
}


HH_LABELS = os.path.join(LABELS_DIR, "hh_rlhf_first_turns.jsonl")


@register("hh_rlhf_harmless", "MIT", TRAIN, "Bai et al. 2022, Anthropic HH-RLHF (harmless-base test split)", "train: first user turns of the red-team chats, labelled by the project (data/labels/hh_rlhf_first_turns.jsonl; two annotators on a sample, disagreements masked); out-of-taxonomy requests = negatives")
def load_hh(root: str, labels_path: str = HH_LABELS) -> Iterator[Example]:
    # The crowdworkers' first messages are the natural form of a harmful request to an assistant
    # (BeaverTails' prompts come from the same red-team effort; the pipeline drops its
    # near-duplicates from the evaluation sets). Texts without a project label are skipped.
    labels = ProjectLabels.load(labels_path)
    seen = set()
    with gzip.open(_p(root, "hh_rlhf_harmless", "harmless-base", "test.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            first = d["chosen"].split("\n\nAssistant:")[0].replace("\n\nHuman:", "").strip()
            got = labels.lookup(first) if first not in seen else None
            seen.add(first)
            if got is None:
                continue
            harm, minor, sev = got
            e = Example(first, "hh_rlhf_harmless", make_labels(**harm), sev, style="prompt", subset="red_team")
            if minor == 1:
                e.labels["minor_mentioned"] = 1
            yield e


@register("simple_safety_tests", "CC BY 4.0", TRAIN, "Vidgen et al. 2023, SimpleSafetyTests", "train: self-harm and violence requests; child safety -> sexual+minor where sexual exploitation is asked, else violence; illegal items -> violence when weapons, else masked")
def load_sst(root: str) -> Iterator[Example]:
    with open(_p(root, "simple_safety_tests", "SimpleSafetyTests - test cases.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            text, area = r["prompts_final"], r["harm_area"]
            if area == "Child safety":
                labels = {"sexual": 1, "minor_mentioned": 1} if _SEXUAL_KW.search(text) else {"violence": None, "sexual": None, "minor_mentioned": 1}
            elif area == "Illegal and Highly Regulated items":
                labels = {"violence": 1} if _WEAPON_KW.search(text) else {"violence": None, "self_harm": None}
            else:
                labels = dict(_SST.get(area, {}))
            yield _request(text, "simple_safety_tests", area, **labels)


@register("harmbench_adv_training", "MIT", TRAIN, "Mazeika et al. 2024, HarmBench (adversarial-training behaviours only; the evaluation behaviours are never used)", "train: harmful instructions by keyword; copyright requests dropped; out-of-taxonomy = masked for violence")
def load_harmbench_adv(root: str) -> Iterator[Example]:
    path = _p(root, "harmbench_adv_training", "data", "behavior_datasets", "extra_behavior_datasets", "adv_training_behaviors.csv")
    with open(path, encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            text = r["Behavior"].strip()
            if not text or re.search(r"\b(lyrics|poem|passage|chapter|copyright)", text, re.I):
                continue
            kw = _keyword_labels(text)
            labels = kw if kw is not None else make_labels(violence=None)
            yield Example(text, "harmbench_adv_training", labels, {c: 2 for c, v in labels.items() if v == 1}, style="prompt", subset="adv_training")


_FQ_BENIGN = ("Political Lobbying", "Legal Opinion", "Financial Advice", "Health Consultation", "Gov Decision")


@register("forbidden_questions", "MIT (upstream verazuo/jailbreak_llms)", TRAIN, "Shen et al. 2024, Do Anything Now forbidden question set (CCS)", "train: hate speech -> hate, physical harm -> violence (self-harm by keyword), pornography -> sexual; advice/lobbying scenarios = negatives; other scenarios masked or keyword-labelled")
def load_forbidden(root: str) -> Iterator[Example]:
    with open(_p(root, "forbidden_questions", "forbidden_question_set.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            text, scen = r["question"], r["content_policy_name"]
            if scen == "Hate Speech":
                labels = {"hate": 1, "harassment": None, "violence": None}
            elif scen == "Physical Harm":
                labels = {"self_harm": 1, "violence": None} if _KW["self_harm"].search(text) else {"violence": 1, "self_harm": None}
            elif scen == "Pornography":
                labels = {"sexual": 1}
            elif scen in _FQ_BENIGN:
                labels = {}
            else:
                kw = _keyword_labels(text)
                e = Example(text, "forbidden_questions", kw if kw is not None else make_labels(violence=None, harassment=None), {}, style="prompt", subset=scen)
                e.group = f"fq:{scen}"
                yield e
                continue
            e = _request(text, "forbidden_questions", scen, **labels)
            e.group = f"fq:{scen}"
            yield e


@register("coconot", "MIT", TRAIN, "Brahman et al. 2024, CoCoNot (AllenAI)", "train: contrast and preference prompts = benign look-alikes (violent homonyms, fiction, games, history, supportive identity prompts); noncompliance requests outside safety = negatives; safety-concern requests by keyword, else masked")
def load_coconot(root: str) -> Iterator[Example]:
    for name in ("coconot_contrast_eval", "coconot_pref"):
        for line in _lines(_p(root, "coconot", "data", f"{name}.jsonl")):
            if line.strip():
                d = json.loads(line)
                yield _benign(d["prompt"], "coconot", f"benign/{d['subcategory']}")
    for line in _lines(_p(root, "coconot", "data", "coconot_eval.jsonl")):
        if not line.strip():
            continue
        d = json.loads(line)
        if d["category"] != "Requests with safety concerns":
            yield _benign(d["prompt"], "coconot", f"noncompliance/{d['subcategory']}")
        elif d["subcategory"] in ("dangerous or sensitive topics", "triggers for offensive language", "wildchats"):
            # The hate/harassment keywords are identity words: masked, so that naming a group
            # never becomes a positive on its own.
            labels = {o: None for o in make_labels()}
            for c in ("violence", "self_harm", "sexual"):
                if _KW[c].search(d["prompt"]):
                    labels[c] = 1
            yield Example(d["prompt"], "coconot", labels, {}, style="prompt", subset=f"unsafe/{d['subcategory']}")
        elif d["subcategory"] in ("misinformation", "privacy violations", "copyright violations"):
            yield Example(d["prompt"], "coconot", make_labels(harassment=None), {}, style="prompt", subset=f"unsafe/{d['subcategory']}")


# ------------------------------------------------------------------------ evaluation-only sets


def _stl(root: str, name: str):
    with open(_p(root, "safety_tuned_llamas", "data", "evaluation", f"{name}.json"), encoding="utf-8") as f:
        return json.load(f)["instructions"]


@register("safety_tuned_llamas", "CC BY-NC 4.0 (data)", EVAL_ONLY, "Bianchi et al. 2024, Safety-Tuned LLaMAs (ICLR)", "eval only (non-commercial): harmful instructions by keyword, matched safe/unsafe physical-safety requests, refusals as benign completions")
def load_safety_tuned_llamas(root: str) -> Iterator[Example]:
    for name in ("I-MaliciousInstructions", "I-Controversial"):
        for t in _stl(root, name):
            kw = _keyword_labels(t)
            yield Example(t, "safety_tuned_llamas", kw if kw is not None else {o: None for o in make_labels()}, {}, style="prompt", subset=name)
    for t in _stl(root, "I-PhysicalSafetySafe"):
        yield _benign(t, "safety_tuned_llamas", "I-PhysicalSafetySafe")
    for t in _stl(root, "I-Alpaca"):
        yield _benign(t, "safety_tuned_llamas", "I-Alpaca")
    with open(_p(root, "safety_tuned_llamas", "data", "training", "safety_only_data_Instructions.json"), encoding="utf-8") as f:
        for d in json.load(f):
            # The answers refuse or correct the request: a safe completion, never flagged.
            yield Example(d["output"], "safety_tuned_llamas", make_labels(), {}, style="completion", subset="refusal")


@register("reddit_counterspeech", "none (datasheet: not licensed)", EVAL_ONLY, "Hickey et al. 2024, Hostile Counterspeech Drives Users From Hate Subreddits", "eval only (no licence): counter-speech replies must not be flagged; personal attacks -> harassment")
def load_reddit_counterspeech(root: str) -> Iterator[Example]:
    with open(_p(root, "reddit_counterspeech", "data", "counterspeech_dataset.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            for who in ("newcomer", "reply"):
                text = (r.get(who) or "").strip()
                if not text:
                    continue
                attack = who == "reply" and r["reply_attack"] == "1"
                if attack:
                    labels = {o: None for o in make_labels()}
                    labels["harassment"] = 1
                    yield Example(text, "reddit_counterspeech", labels, {}, style="social", subset="attack")
                elif r[f"{who}_counterspeech"] == "1":
                    yield Example(text, "reddit_counterspeech", make_labels(), {}, style="social", subset="counterspeech")


@register("sdcnl", "none (research use)", EVAL_ONLY, "Haque et al. 2021, SDCNL", "eval only (no licence): r/SuicideWatch posts -> self-harm; r/depression posts unlabelled (noisy)")
def load_sdcnl(root: str) -> Iterator[Example]:
    with open(_p(root, "sdcnl", "data", "testing-set.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            if r.get("is_suicide") == "1":
                labels = {o: None for o in make_labels()}
                labels["self_harm"] = 1
                text = f"{r.get('title', '')}\n{r.get('selftext', '')}".strip()[:2000]
                yield Example(text, "sdcnl", labels, {}, style="statement", subset="suicidewatch")
