"""Adapters for text that mentions identity groups: neutral encyclopedic sentences (BOLD),
identity-term templates in positive/neutral vs insulting use (Jigsaw madlibs) and social posts
with hate / offensive / normal majority labels (HateXplain). They teach the model that naming a
group is not hate. Registered into `sources.SOURCES` on import (sources.py imports this module).
"""

from __future__ import annotations

import csv
import json
import random
import re
from typing import Iterator

from .schema import EVAL_ONLY, TRAIN, Example, make_labels
from .sources import _p, register

# BOLD: the groups' own pages (religion, ideology) are on target; race/gender pages are
# biographies that mention the group in passing, so fewer of them are kept.
_BOLD_FILES = {"religious_ideology_wiki.json": 3000, "political_ideology_wiki.json": 1200, "race_wiki.json": 1500, "gender_wiki.json": 600}


@register("bold_identity", "CC BY-SA 4.0", TRAIN, "Dhamala et al. 2021, BOLD (Amazon)", "train: neutral Wikipedia sentences about religions, ideologies, ethnic groups and genders = negatives for every output (sentences under 6 words dropped)")
def load_bold(root: str) -> Iterator[Example]:
    for name, cap in _BOLD_FILES.items():
        with open(_p(root, "bold_identity", "wikipedia", name), encoding="utf-8") as f:
            d = json.load(f)
        rows = []
        for group, pages in d.items():
            for page, sentences in pages.items():
                for s in sentences:
                    s = " ".join(s.split())
                    if len(s.split()) >= 6:
                        rows.append((group, page, s))
        rows.sort()
        random.Random(11).shuffle(rows)
        for group, page, s in rows[:cap]:
            # Sentences of one Wikipedia page stay in one split.
            yield Example(s, "bold_identity", make_labels(), {}, style="statement", subset=name.split("_wiki")[0], group=f"bold:{page}")


@register("identity_madlibs", "Apache-2.0", TRAIN, "Dixon et al. 2018, Jigsaw unintended-bias madlibs", "train (subsample): identity terms in positive/neutral templates = negatives; insulting templates -> harassment (hate masked); grouped by identity term")
def load_madlibs(root: str) -> Iterator[Example]:
    path = _p(root, "identity_madlibs", "archive", "unintended_ml_bias", "eval_datasets", "bias_madlibs_77k.csv")
    with open(path, encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))
    rng = random.Random(5)
    # name_adj is 94% of the file and highly repetitive: keep a sample; the other templates whole.
    name_adj = [r for r in rows if r["Template"] == "name_adj"]
    rng.shuffle(name_adj)
    keep = [r for r in rows if r["Template"] != "name_adj"] + name_adj[:2400]
    for r in keep:
        text = r["Text"].strip()
        term = text.rstrip(".!").split()[-1].lower()
        if r["Label"] == "NOT_BAD":
            labels = make_labels()
        else:
            labels = make_labels(harassment=1, hate=None)
        # Every template with one identity term lands in one split: test rows use terms the
        # model never saw in this source.
        yield Example(text, "identity_madlibs", labels, {"harassment": 1} if r["Label"] == "BAD" else {}, style="statement", subset=r["Template"], group=f"madlibs:{term}")


# Slurs whose in-group use makes HateXplain "normal" posts unreliable negatives.
_SLUR = re.compile(r"\b(nigg|fag|kike|retard|tranny|spic|chink|dyke|wetback|raghead|towelhead)", re.I)


def _hatexplain(root: str, splits) -> Iterator[Example]:
    with open(_p(root, "hatexplain", "Data", "post_id_divisions.json"), encoding="utf-8") as f:
        div = json.load(f)
    ids = {pid for s in splits for pid in div[s]}
    with open(_p(root, "hatexplain", "datasets", "092_HateXplain", "092-HateXplain.csv"), encoding="utf-8", errors="replace") as f:
        rd = csv.reader(f)
        next(rd)
        for row in rd:
            if len(row) < 4 or row[0] not in ids:
                continue
            text, cat = row[1].strip(), row[3]
            if not text:
                continue
            if cat == "1":
                labels = {o: None for o in make_labels()}
                labels["hate"] = 1
                sub = "hatespeech"
            elif cat == "2":
                labels = make_labels(hate=0, harassment=None, violence=None, sexual=None)
                sub = "offensive"
            elif cat == "0" and not _SLUR.search(text):
                labels = make_labels(harassment=None)
                sub = "normal"
            else:
                continue
            yield Example(text, "hatexplain" if "train" in splits else "hatexplain_test", labels, {"hate": 2} if cat == "1" else {}, style="social", subset=sub)


@register("hatexplain", "MIT (upstream); MBIB copy GPL-3.0 (attribution)", TRAIN, "Mathew et al. 2021, HateXplain (AAAI), processed by MBIB (Wessel et al. 2023)", "train split only (val/test = eval only): hatespeech -> hate; offensive -> hate 0, harassment masked; normal without slurs -> negatives")
def load_hatexplain(root: str) -> Iterator[Example]:
    return _hatexplain(root, ("train",))


@register("hatexplain_test", "MIT (upstream); MBIB copy GPL-3.0 (attribution)", EVAL_ONLY, "Mathew et al. 2021, HateXplain", "official val+test splits: eval only")
def load_hatexplain_test(root: str) -> Iterator[Example]:
    return _hatexplain(root, ("val", "test"))
