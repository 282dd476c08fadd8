"""Adapters for the non-English data in shared/data (issue #17): RTP-LX (French, German, Spanish,
Italian, Portuguese), MLMA (French and Arabic tweets), CatQA's Chinese and Vietnamese question
banks, the French identity madlibs (expanded from their templates) and XSafety's French prompts
(evaluation only). Registered into `sources.SOURCES` on import.

Every example's `subset` starts with its language code ("fr/rtp", "de/native", "zh/Child Abuse/…")
so the data report and the evaluation can be split per language. Rows that are translations of one
another share a `group`, so a translation never lands in a different split from its original.
`minor_mentioned` is labelled here with a rule per language (the pipeline's rule is English).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import random
import re
import zipfile
from typing import Dict, Iterator, List, Optional, Sequence

from .schema import EVAL_ONLY, TRAIN, Example, make_labels
from .sources import _benign, _lines, _p, register
from .sources_assistant import _CATQA

# "A minor is mentioned or implied", per language: the pipeline's rule (minors.py) reads English
# only and would label every non-English mention of a child 0. Unambiguous words only, as there
# ("mineur" is also a miner, "il y a 10 ans" is ten years ago).
_AGE = r"(?:[1-9]|1[0-7])"
_MINOR_RX = {
    "fr": r"\b(enfants?|gamine?s?|gosses?|fillettes?|garçonnets?|bambins?|bébés?|nourrissons?|ados?|adolescente?s?|préados?|collégiens?|collégiennes?|lycéens?|lycéennes?|écoliers?|écolières?|mineure?s? (?:d'âge|de moins de))\b"
          r"|\b(?:petite fille|petit garçon|petites filles|petits garçons)\b|\b(?:mon|ton|son|notre|votre|leur) fils\b|\b(?:ma|ta|sa) fille\b"
          rf"|(?<!y )\b(?:a|âgée?s? de) {_AGE} ans\b|\b(?:filles?|garçons?|enfants?|gamine?s?|ados?|adolescente?s?|élèves?) de {_AGE} ans\b",
    "de": r"\b(kind|kinder|kindern|kindes|kleinkinder?|säuglinge?|babys?|teenager|jugendliche[rn]?|minderjährige[rn]?|minderjährig|schüler|schülerin(?:nen)?|schulkinder?|grundschüler(?:in)?)\b"
          r"|\bkleine[rsn]? (?:mädchen|junge|jungen)\b|\bmein(?:e|en|em)? (?:sohn|tochter|söhne|töchter)\b"
          rf"|\b{_AGE}[- ]?jährige[rnms]? (?:mädchen|jungen?|kind|kinder|kindern|tochter|töchter|sohn|söhne|schüler(?:in|innen)?|teenager|nichte|neffe|enkel(?:in)?)\b"
          rf"|\b{_AGE}[- ]?jährige[rnms]?(?=\s*[^\w\s]|\s*$|\s+(?:die|der|das|den|dem|und|oder|ist|war|wird|wurde|hat|hatte|in|im|mit|auf|zu|sich|sie|er|ihr|ihre|ihn|sex|nackt)\b)"
          rf"|\b(?:bin|bist|ist|sind|seid|war|waren|wird|werden|erst|gerade|noch) {_AGE} jahre alt\b"
          rf"|\b{_AGE} jahre alte[rnms]? (?:mädchen|jungen?|kind|tochter|sohn|schüler(?:in)?)\b|\bim alter von {_AGE} jahren\b",
    "es": r"\b(niños?|niñas?|nenes?|nenas?|bebés?|adolescentes?|chaval(?:es|a|as)?|colegial(?:es|a|as)?|menor(?:es)? de edad)\b"
          r"|\bmis? (?:hijos?|hijas?)\b"
          rf"|\b(?:tiene|tenía|cumple|cumplió) {_AGE} años\b|\b(?:niñ[oa]s?|chic[oa]s?|hij[oa]s?|menor(?:es)?|chaval(?:a)?) de {_AGE} años\b",
    "it": r"\b(bambin[oaie]|bimb[oaie]|ragazzin[oaie]|neonat[oaie]|minorenni|minorenne|adolescent[ei]|scolar[oaie])\b"
          r"|\b(?:mio figlio|mia figlia|i miei figli|le mie figlie)\b"
          rf"|\bha {_AGE} anni\b|\b(?:bambin[oaie]|ragazz\w*|figli[oa]|minorenne) di {_AGE} anni\b",
    "pt": r"\b(crianças?|menin[oa]s?|bebês?|bebés?|adolescentes?|menor(?:es)? de idade)\b"
          r"|\b(?:meu filho|minha filha|meus filhos|minhas filhas)\b"
          rf"|\btem {_AGE} anos\b|\b(?:menin[oa]s?|crianças?|filh[oa]s?|garot[oa]s?) de {_AGE} anos\b",
    "nl": r"\b(kind|kinderen|kindje|kindjes|kleuters?|peuters?|zuigelingen?|minderjarigen?|minderjarig|basisschoolleerlingen?|basisschoolkinderen|scholieren|scholier|schoolmeisjes?|schooljongens?|jongetjes?|pedofiel\w*)\b"
          r"|\b(?:kleine meisjes|klein meisje)\b|\b(?:mijn|ons|onze|haar|zijn) (?:zoon(?:tje)?|dochter(?:tje)?)\b"
          rf"|\b{_AGE}-?jarigen\b|\b{_AGE}-?jarige? (?:meisjes?|jongens?|kind|kinderen|dochter|zoon|leerlingen?|scholieren?)\b"
          rf"|\b{_AGE}-?jarige(?=\s*[^\w\s]|\s*$|\s+(?:die|dat|en|of|is|was|in|op|met|te|om|heeft|had|wordt|werd|zijn|haar|hem|hebben)\b)"
          rf"|\b{_AGE} jaar oud\b|\b(?:meisjes?|jongens?|kind|kinderen|dochter|zoon|leerlingen?) van {_AGE}\b",
    # "przedszkolanka" (a kindergarten teacher) is an adult; "10-letnie doświadczenie" is experience.
    "pl": r"\b(dziecko|dziecka|dziecku|dzieckiem|dzieci|dzieciom|dziećmi|dzieciach|dzieciak\w*|dziecięc\w*|dziewczyn(?:ka|ki|kę|ką|ce|ek|kom|kami|kach)|córeczk\w*|synek|synka|synkiem|synkowi|chłopczyk\w*|niemowl\w*|nieletni\w*|małoletni\w*|uczennic\w*|uczeń|uczni\w*|podstawówk\w*|pedofil\w*"
          r"|przedszkol(?:e|a|u|em|ak|aka|aki|akiem|aków|akom|akami|akach))\b"
          r"|\b(?:mój|mojego|mojemu|moim) syn\w*|\b(?:moja|mojej|moją) córk\w*|\b(?:moje|moich|moimi) dzieci\b"
          rf"|\bma {_AGE} lata?\b|\b{_AGE}-?lat(?:ka|ek|ki|kę|kiem|kami|kom)\b"
          rf"|\b{_AGE}-letni\w* (?:dziewczyn\w*|chłop\w*|dzieck\w*|dzieci\w*|córk\w*|syn\w*|uczen\w*|uczni\w*)|\bw wieku {_AGE} lat\b",
    "zh": r"(儿童|孩子|小孩|未成年|少年|少女|幼儿|婴儿|女童|男童|小学生|初中生|中学生)",
    "vi": r"(trẻ em|trẻ con|trẻ vị thành niên|vị thành niên|em bé|con nít|bé gái|bé trai|thiếu niên|học sinh tiểu học)",
    "ar": r"(طفل|أطفال|الطفل|الأطفال|طفلة|قاصر|قاصرين|قاصرات|مراهق)",
}
_MINOR = {k: re.compile(v, re.IGNORECASE) for k, v in _MINOR_RX.items()}


def minor_mentioned_in(text: str, lang: str) -> Optional[int]:
    """1/0 from the language's rule; None for a language without one (the English rule runs later)."""
    rx = _MINOR.get(lang)
    return None if rx is None else int(rx.search(text) is not None)


def _with_minor(e: Example, lang: str) -> Example:
    if e.labels.get("minor_mentioned") is None:
        e.labels["minor_mentioned"] = minor_mentioned_in(e.text, lang)
    return e


RTP_LX_LANGS = ("FR", "DE", "ES", "IT", "PT")

# RTP-LX annotation (mean of 3 annotators, 1 = absent .. 3) -> our output.
_RTP_LX_MAP = {"Insult": "harassment", "Violence": "violence", "SexualContent": "sexual", "SelfHarm": "self_harm", "IdentityAttack": "hate"}


def _rtp_lx_labels(ann: Dict[str, float]) -> Optional[tuple]:
    """(labels, severity) for one RTP-LX row, or None when the annotators disagree on toxicity."""
    tox = float(ann.get("Toxicity", 1.0))
    labels = make_labels()
    sev: Dict[str, int] = {}
    for key, out in _RTP_LX_MAP.items():
        v = float(ann.get(key, 1.0))
        if v >= 2.0:  # on average at least "some": present
            labels[out] = 1
            sev[out] = 3 if v >= 2.6 and tox >= 4.0 else 2 if v >= 2.3 else 1  # means of three: 2.33, 2.67
        elif v > 1.0:  # one annotator saw it: unknown
            labels[out] = None
    if labels["hate"] != 1 and max(float(ann.get("Bias", 1.0)), float(ann.get("Microaggression", 1.0))) >= 2.0:
        labels["hate"] = None  # stereotypes without an attack: not clearly our hate category
    if not sev and tox >= 2.5:
        # Toxic by the overall score but no category reached the bar: do not call it benign.
        for out in _RTP_LX_MAP.values():
            if labels[out] == 0:
                labels[out] = None
    if not sev and 1.5 < tox < 2.5:
        return None
    return labels, sev


@register("rtp_lx", "MIT (translations/annotations) + Apache-2.0 (RealToxicityPrompts) + CC BY-SA 4.0 (ToLD-Br PT rows)", TRAIN, "de Wynter et al. 2025, RTP-LX (AAAI); Gehman et al. 2020; Leite et al. 2020 (ToLD-Br)", "train: FR/DE/ES/IT/PT, category means >= 2 -> positive, 1 < mean < 2 masked, low toxicity -> negatives; translations of one prompt share a group; native rows (Index >= 1000) as prompts")
def load_rtp_lx(root: str, langs: Sequence[str] = RTP_LX_LANGS) -> Iterator[Example]:
    for lang in langs:
        for line in _lines(_p(root, "rtp_lx", "RTP-LX", f"RTP_LX_{lang}.json")):
            if not line.strip():
                continue
            r = json.loads(line)
            text = (r.get("Prompt") or "").strip()
            if not text or text == "NA":
                continue
            res = _rtp_lx_labels(r.get("Annotations") or {})
            if res is None:
                continue
            labels, sev = res
            idx = int(r["Index"])
            native = idx >= 1000
            code = lang.lower()
            # Index < 1000 is the same English prompt in every language: one group across languages.
            group = f"rtp_lx:{code}:{idx}" if native else f"rtp_lx:{idx}"
            yield _with_minor(Example(text, "rtp_lx", labels, sev, style="prompt" if native else "social", group=group, subset=f"{code}/{'native' if native else 'rtp'}"), code)


_MLMA_GROUP_TARGETS = {"origin", "gender", "sexual_orientation", "religion", "disability"}


@register("mlma_hate_speech", "MIT", TRAIN, "Ousidhoum et al. 2019, Multilingual and Multi-Aspect Hate Speech Analysis (EMNLP)", "train: FR + AR tweets; hateful at a group -> hate, at an individual -> harassment; offensive/abusive/disrespectful -> harassment low (hate masked); fearful -> masked; 'normal' mixed with a hostile label dropped")
def load_mlma(root: str, langs: Sequence[str] = ("fr", "ar")) -> Iterator[Example]:
    with zipfile.ZipFile(_p(root, "mlma_hate_speech", "hate_speech_mlma.zip")) as z:
        for lang in langs:
            with z.open(f"hate_speech_mlma/{lang}_dataset.csv") as f:
                rows = list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", errors="replace")))
            for r in rows:
                text = (r.get("tweet") or "").strip()
                kinds = set((r.get("sentiment") or "").split("_")) - {""}
                if not text or not kinds:
                    continue
                if kinds == {"normal"}:
                    yield _with_minor(Example(text, "mlma_hate_speech", make_labels(), {}, subset=f"{lang}/normal"), lang)
                    continue
                if "normal" in kinds:
                    continue  # annotators split between normal and hostile
                individual = r.get("group") == "individual"
                at_group = r.get("target") in _MLMA_GROUP_TARGETS and not individual
                labels = make_labels(hate=None, harassment=None, violence=None, sexual=None)
                sev: Dict[str, int] = {}
                if "hateful" in kinds and at_group:
                    labels["hate"] = 1
                    sev["hate"] = 2
                    sub = "hateful"
                elif "hateful" in kinds or kinds & {"abusive", "offensive", "disrespectful"}:
                    labels["harassment"] = 1
                    sev["harassment"] = 2 if ("abusive" in kinds or "hateful" in kinds) else 1
                    sub = "hateful_individual" if "hateful" in kinds else "offensive"
                else:  # fearful only
                    sub = "fearful"
                if not sev:
                    continue  # nothing known about any output
                weight = 1.0 if "hateful" in kinds else 0.5
                yield _with_minor(Example(text, "mlma_hate_speech", labels, sev, weight=weight, subset=f"{lang}/{sub}"), lang)


_CATQA_LANGS = {"zh": "catqa_chinese.json", "vi": "catqa_vietnamese.json"}


@register("catqa_multilingual", "Apache-2.0", TRAIN, "Bhardwaj et al. 2024, CategoricalHarmfulQA (declare-lab red-instruct), Chinese and Vietnamese", "train: CatQA zh/vi by subcategory with the English adapter's mapping; a subcategory is one group in every language (translations never cross splits)")
def load_catqa_multilingual(root: str, langs: Sequence[str] = ("zh", "vi")) -> Iterator[Example]:
    base = _p(root, "catqa_harmfulqa", "harmful_questions")
    # Subcategories spelt as the English file spells them ("Weapon:"): the key of the English
    # adapter's label table and group, so every language of a subcategory joins the English rows.
    english = {(c, s.rstrip(":")): s for c, s in _CATQA}
    if os.path.exists(_p(base, "catqa_english.json")):
        with open(_p(base, "catqa_english.json"), encoding="utf-8") as f:
            english.update({(c, s.strip().rstrip(":")): s for c, subs in json.load(f).items() for s in subs})
    for lang in langs:
        with open(_p(base, _CATQA_LANGS[lang]), encoding="utf-8") as f:
            d = json.load(f)
        for cat, subs in d.items():
            for sub, questions in subs.items():
                sub = sub.strip().rstrip(":")  # the English and Chinese keys end in ':' where the Vietnamese do not
                en_sub = english.get((cat, sub), sub)
                group = f"catqa:{cat}/{en_sub}"
                kw = _CATQA.get((cat, en_sub), {})
                labels = make_labels(**kw)
                sev = {c: 2 for c, v in kw.items() if v == 1 and c != "minor_mentioned"}
                for q in questions:
                    if q.strip():
                        yield _with_minor(Example(q.strip(), "catqa_multilingual", dict(labels), dict(sev), style="prompt", group=group, subset=f"{lang}/{cat}/{sub}"), lang)


# ------------------------------------------------------------------ French identity madlibs

_SLOT = re.compile(r"\{([^{}]+)\}")
_SLOT_KEY = re.compile(r"(type|subtype|connotation|gender)\|([a-z/]+)")


def _slot_fillers(slot: str, words: List[dict]) -> List[str]:
    """Words matching one `{type|identity_subtype|ethnicity_connotation|neutral_gender|f}` slot
    (every key the slot names must match; templates spell out m, f and n variants)."""
    want = dict(_SLOT_KEY.findall(slot))
    return [w["word"] for w in words if all(w.get(k, "").replace("ethncity", "ethnicity") == v for k, v in want.items())]


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + ("x" if word.endswith("eau") else "s")


_CONTRACT = ((re.compile(r"\bà les\b"), "aux"), (re.compile(r"\bde les\b"), "des"), (re.compile(r"\bà le\b"), "au"), (re.compile(r"\bde le\b"), "du"))


def _fill(phrase: str, fill: Sequence[str]) -> str:
    """Puts the words into the slots; a word after "les" is made plural and "à les" / "de les"
    are contracted (the word lists hold singulars)."""
    out, last = [], 0
    for m, word in zip(_SLOT.finditer(phrase), fill):
        before = phrase[last:m.start()]
        out.append(before)
        out.append(_plural(word) if before.rstrip().lower().endswith(" les") or before.strip().lower() == "les" else word)
        last = m.end()
    out.append(phrase[last:])
    text = "".join(out)
    for rx, rep in _CONTRACT:
        text = rx.sub(rep, text)
    return text


def expand_templates(templates: List[dict], words: List[dict], per_template: int, seed: int = 17) -> Iterator[tuple]:
    """(text, toxic, template name, first identity word) for up to per_template fills of each
    template, sampled without replacement from the full cartesian fill."""
    rng = random.Random(seed)
    identity = {w["word"] for w in words if w.get("type") == "identity"}
    for t in templates:
        phrase = t["phrase"].strip()
        slots = _SLOT.findall(phrase)
        options = [_slot_fillers(s, words) for s in slots]
        if any(not o for o in options):
            continue
        combos = list(itertools.product(*options))
        if len(combos) > per_template:
            combos = rng.sample(combos, per_template)
        name = (t.get("template") or "").replace("type|", "") or "plain"
        for fill in combos:
            term = next((f for f in fill if f in identity), "")
            yield _fill(phrase, fill), t["toxicity"] == "toxic", name, term


@register("identity_madlibs_fr", "Apache-2.0", TRAIN, "Dixon et al. 2018, Jigsaw unintended-bias madlibber (French templates and words)", "train: French templates expanded (a sample per template); identity terms in neutral/positive templates = negatives, insulting templates -> harassment (hate masked); grouped by identity term")
def load_madlibs_fr(root: str, per_template: int = 12) -> Iterator[Example]:
    base = _p(root, "identity_madlibs", "unintended_ml_bias", "new_madlibber", "input_data", "fr", "fr-fr")

    def rows(name: str) -> List[dict]:
        with open(_p(base, name), encoding="utf-8", errors="replace") as f:
            return list(csv.DictReader(f))

    words = rows("words.csv")
    templates = rows("sentence_templates.csv") + rows("intersectional_madlibs.csv")
    seen = set()
    for text, toxic, name, term in expand_templates(templates, words, per_template):
        if text in seen:
            continue
        seen.add(text)
        labels = make_labels(harassment=1, hate=None) if toxic else make_labels()
        group = f"madlibs_fr:{term}" if term else f"madlibs_fr:{name}"
        yield _with_minor(Example(text, "identity_madlibs_fr", labels, {"harassment": 1} if toxic else {}, style="statement", group=group, subset=f"fr/{name}"), "fr")


# ------------------------------------------------------------------ XSafety French (eval only)

# Scenario file -> labels. Files not listed (crimes, physical harm, ethics, privacy, unsafe
# opinions/topics, role play, prompt leaking) mix harmful and benign prompts under one scenario
# and carry no per-row label: left out.
_XSAFETY_FR = {
    "Insult": ({"harassment": 1}, {"harassment": 1}),
    "Unfairness_And_Discrimination": ({"hate": 1}, {"hate": 1}),
    "Goal_Hijacking": ({"jailbreak": 1}, {"jailbreak": 2}),
}
_XSAFETY_FR_BENIGN = ("Reverse_Exposure", "commonsense", "Mental_Health")
_FR_SELF_HARM = re.compile(r"suicid|me tuer|me suicider|mourir|en finir|me faire du mal|scarif", re.I)


def _xsafety_lines(path: str) -> Iterator[str]:
    for line in _lines(path):
        t = line.lstrip("\ufeff").strip().strip('"').strip()
        if t:
            yield t


@register("xsafety_fr", "Apache-2.0 (README: research use only)", EVAL_ONLY, "Wang et al. 2023, All Languages Matter (XSafety), French", "eval only (research-use banner): insults -> harassment, discrimination -> hate, goal hijacking -> jailbreak (others unknown); reverse-exposure, commonsense and mental-health prompts = benign look-alikes")
def load_xsafety_fr(root: str) -> Iterator[Example]:
    base = _p(root, "xsafety_fr", "fr")
    for name, (pos, sev) in _XSAFETY_FR.items():
        for t in _xsafety_lines(_p(base, f"{name}.csv")):
            labels = {o: None for o in make_labels()}
            labels.update(pos)
            yield _with_minor(Example(t, "xsafety_fr", labels, dict(sev), style="prompt", subset=f"fr/{name}"), "fr")
    for name in _XSAFETY_FR_BENIGN:
        for t in _xsafety_lines(_p(base, f"{name}.csv")):
            if name == "Mental_Health":
                # Distress without intent is benign; rows that state suicidal thoughts stay unlabelled.
                if _FR_SELF_HARM.search(t):
                    continue
                yield _with_minor(Example(t, "xsafety_fr", make_labels(), {}, style="statement", subset=f"fr/{name}"), "fr")
            else:
                yield _with_minor(_benign(t, "xsafety_fr", f"fr/{name}"), "fr")


LANGUAGES = ("fr", "de", "es", "it", "pt", "ar", "zh", "vi", "nl", "pl")


def language_of(example: Example) -> str:
    """Language code of an example ("fr", "de", …) from its subset prefix; "en" when there is none."""
    head = example.subset.split("/", 1)[0]
    return head if head in LANGUAGES and "/" in example.subset else "en"


from . import lookalikes_multilingual  # noqa: E402,F401  (registers the project-written look-alikes)
from . import written_eval  # noqa: E402,F401  (registers the project-written evaluation-only prompts)
