"""Project-written harmful requests and their hard negatives in French, German, Spanish, Italian
and Portuguese (issue #17): the multilingual twin of `synthetic_requests`.

The non-English training data is mostly social-media toxicity (RTP-LX, MLMA); what an LLM
service sees is users *asking*: stereotype questions, requests for hateful jokes, insults, how to
hurt someone, self-harm methods, explicit sex, and prompt injections ("ignore the instructions
above …") that English data alone does not teach the model to read in other languages. Each
language file (fr.py, de.py, …) writes the same template families natively, with its own
vocabulary (groups, insults, crimes, everyday tasks) and its own casual prefixes and suffixes;
the families and their labels are fixed here so every language means the same thing.

English (en.py, written natively in 2026-12 for the English model) is drawn only when named
(`train --pack-langs en`), so the multilingual recipes draw the five languages as before.
Training-only, like the English supplements (`python -m abusemon_training.train
--extra-requests-ml N`): generated after the splits were frozen, never in validation or test, and
rows whose duplicate key matches a held-out text are dropped. Sexual families never emit a text
that the language's minor rule matches.
"""

from __future__ import annotations

import hashlib
import importlib
import math
import random
import re
from typing import Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Tuple

from ..minors import minor_mentioned
from ..schema import Example, make_labels
from ..sources_multilingual import minor_mentioned_in
from ..synthetic_extra import drop_held_out

LANGS = ("fr", "de", "es", "it", "pt")

# family -> (labels, severities, style). None = not annotated (the loss ignores that output).
# Every language file supplies templates for every family.
FAMILIES: Dict[str, Tuple[Dict[str, object], Dict[str, int], str]] = {
    # harmful
    "hate/stereotype-question": ({"hate": 1, "harassment": None}, {"hate": 2}, "prompt"),
    "hate/write-against": ({"hate": 1, "harassment": None}, {"hate": 2}, "prompt"),
    "hate/statement": ({"hate": 1, "harassment": None}, {"hate": 2}, "social"),
    "hate/exclusion": ({"hate": 1, "harassment": None}, {"hate": 2}, "prompt"),
    "harassment/insult-request": ({"harassment": 1, "hate": None}, {"harassment": 2}, "prompt"),
    "harassment/direct-insult": ({"harassment": 1, "hate": None}, {"harassment": 2}, "social"),
    "violence/how-to-hurt": ({"violence": 1, "harassment": None}, {"violence": 3}, "prompt"),
    "violence/threat": ({"violence": 1, "harassment": 1}, {"violence": 2, "harassment": 2}, "social"),
    "violence/weapons": ({"violence": 1}, {"violence": 3}, "prompt"),
    "self_harm/request": ({"self_harm": 1}, {"self_harm": 3}, "prompt"),
    "self_harm/intent": ({"self_harm": 1}, {"self_harm": 2}, "statement"),
    "sexual/request": ({"sexual": 1}, {"sexual": 2}, "prompt"),
    "jailbreak/injection-in-task": ({"jailbreak": 1, "violence": None, "hate": None, "harassment": None}, {"jailbreak": 2}, "prompt"),
    "jailbreak/override": ({"jailbreak": 1, "violence": None, "hate": None, "harassment": None, "sexual": None}, {"jailbreak": 2}, "prompt"),
    # hard negatives: the same vocabulary in benign use
    "neg/task-with-quote": ({}, {}, "prompt"),
    "neg/respectful-groups": ({}, {}, "prompt"),
    "neg/discussing-discrimination": ({}, {}, "prompt"),
    "neg/safety-pets": ({}, {}, "prompt"),
    "neg/health-sexed": ({}, {}, "prompt"),
    "neg/recovery": ({}, {}, "statement"),
    "neg/distress-no-intent": ({}, {}, "statement"),
    "neg/self-talk": ({}, {}, "statement"),
    "neg/everyday-sensitive-words": ({}, {}, "prompt"),
    "neg/fiction-history-games": ({}, {}, "prompt"),
    "neg/everyday": ({}, {}, "prompt"),
    "neg/identity-support": ({}, {}, "prompt"),
    "neg/report-abuse": ({}, {}, "prompt"),
}

_SLOT = re.compile(r"\{(\w+)\}")

# Which templates a pack keeps out of training when asked to (`held_out_templates`): one in four,
# at least one per family. The rows of those templates measure, on validation, whether the model
# learnt the family rather than its phrasings (they share the fillers, not the sentence).
HOLDOUT_SHARE = 4
TEMPLATE_SETS = ("all", "train", "held_out")
# The held-out templates' validation rows: a fixed seed of their own (not a run's), and rows per
# family and language (a family has one to three held-out templates).
VALIDATION_SEED = 20261207
VALIDATION_PER_FAMILY = 30


class LanguagePack:
    """One language file: V (slot -> fillers), TEMPLATES (family -> templates), PREFIX/SUFFIX.
    `package`, `families` and `min_templates` let another supplement built the same way
    (`roleplay_multilingual`) use its own language files and families."""

    def __init__(self, lang: str, package: str = __name__, families: Mapping[str, Tuple] = FAMILIES, min_templates: int = 4):
        mod = importlib.import_module(f"{package}.{lang}")
        self.lang = lang
        self.families = families
        self.min_templates = min_templates
        self.V: Mapping[str, Sequence[str]] = mod.V
        self.templates: Mapping[str, Sequence[str]] = mod.TEMPLATES
        self.prefix: Sequence[str] = getattr(mod, "PREFIX", ("",))
        self.suffix: Sequence[str] = getattr(mod, "SUFFIX", ("",))

    def fill(self, rng: random.Random, template: str) -> str:
        # Two passes: a filler may itself contain slots.
        for _ in range(2):
            template = _SLOT.sub(lambda m: rng.choice(self.V[m.group(1)]), template)
        return template

    def problems(self) -> List[str]:
        """What is missing or broken in the pack (empty when it is complete)."""
        out = []
        for fam in self.families:
            ts = self.templates.get(fam, ())
            if len(ts) < self.min_templates:
                out.append(f"{self.lang}: family {fam} has {len(ts)} templates (want >= {self.min_templates})")
        for fam in self.templates:
            if fam not in self.families:
                out.append(f"{self.lang}: unknown family {fam}")
        for fam, ts in self.templates.items():
            for t in ts:
                for slot in _SLOT.findall(t):
                    if slot not in self.V:
                        out.append(f"{self.lang}: {fam}: unknown slot {{{slot}}} in {t!r}")
        for slot, fillers in self.V.items():
            if not fillers:
                out.append(f"{self.lang}: slot {slot} is empty")
            for f in fillers:
                for inner in _SLOT.findall(f):
                    if inner not in self.V:
                        out.append(f"{self.lang}: slot {slot}: unknown slot {{{inner}}} in {f!r}")
        return out


def held_out_templates(lang: str, family: str, templates: Sequence[str]) -> FrozenSet[int]:
    """Indices of the family's templates held out of training: the ceil(n / HOLDOUT_SHARE) whose
    SHA-256 of (language, family, template) is lowest. A stable hash rather than positions, because
    authors group related templates together; it moves only the templates whose text changes."""
    if len(templates) < 2:
        return frozenset()
    keys = sorted(range(len(templates)), key=lambda i: hashlib.sha256(f"{lang}\0{family}\0{templates[i]}".encode()).hexdigest())
    return frozenset(keys[: math.ceil(len(templates) / HOLDOUT_SHARE)])


def _template_choice(pack: "LanguagePack", family: str, which: str) -> List[int]:
    """The template indices of one family that `which` ("train" or "held_out") names."""
    held = held_out_templates(pack.lang, family, pack.templates[family])
    return sorted(held) if which == "held_out" else [i for i in range(len(pack.templates[family])) if i not in held]


def _variant(rng: random.Random, pack: LanguagePack, text: str, style: str) -> str:
    if style == "prompt" and rng.random() < 0.3:
        text = rng.choice(pack.prefix) + text + rng.choice(pack.suffix)
    if style in ("prompt", "social") and rng.random() < 0.15:
        text = text.lower()
    return text.strip()


def _rows(rng: random.Random, pack: LanguagePack, family: str, n: int, source: str = "synthetic_ml",
          tag: str = "synthetic", allowed: Optional[Sequence[int]] = None) -> Iterable[Example]:
    """Up to n distinct rows of one family, each from a random template among `allowed` (all by
    default; the random stream of the default is unchanged, so earlier runs regenerate exactly)."""
    labels, sev, style = pack.families[family]
    templates = pack.templates[family]
    seen: set = set()
    tries = 0
    while len(seen) < n and tries < n * 8:
        tries += 1
        ti = rng.randrange(len(templates)) if allowed is None else allowed[rng.randrange(len(allowed))]
        text = _variant(rng, pack, pack.fill(rng, templates[ti]), style)
        if text in seen:
            continue
        seen.add(text)
        # English files take the English rule (minors.py) here: sources_multilingual has none for
        # English because the pipeline applies it to source rows, and pack rows never pass through
        # the pipeline. Giving minor_mentioned_in an English rule instead would label English
        # source rows before deduplication and could move the multilingual splits.
        minor = int(minor_mentioned(text)) if pack.lang == "en" else minor_mentioned_in(text, pack.lang)
        if family.startswith("sexual/") and minor:
            continue  # never emit sexual text that mentions a minor
        lab = make_labels(**labels)
        lab["minor_mentioned"] = minor
        yield Example(text, source, lab, dict(sev), style=style, synthetic=True,
                      group=f"{source}:{pack.lang}:{family}#{ti}", subset=f"{pack.lang}/{tag}:{family}")


def generate_packs(packs: Iterable[LanguagePack], seed: int, per_template: int, rng_tag: str, source: str,
                   tag: str, templates: str = "all") -> List[Example]:
    """Up to per_template rows of every family of every pack; deterministic for a seed. `templates`:
    "all", or only the templates kept for training ("train") or held out of it ("held_out")."""
    if templates not in TEMPLATE_SETS:
        raise ValueError(f"templates must be one of {TEMPLATE_SETS}, not {templates!r}")
    out: List[Example] = []
    for pack in packs:
        rng = random.Random(f"{rng_tag}:{pack.lang}:{seed}")
        for family in pack.families:
            allowed = None if templates == "all" else _template_choice(pack, family, templates)
            out.extend(_rows(rng, pack, family, per_template, source, tag, allowed))
    return out


def check_packs(argv: Sequence[str] | None, make_pack, gen, langs: Sequence[str] = LANGS) -> int:
    """Command line of a pack supplement: print each pack's problems and sample rows per family."""
    import argparse
    import collections

    ap = argparse.ArgumentParser(description="check the language packs and print sample rows")
    ap.add_argument("langs", nargs="*", default=list(langs))
    ap.add_argument("--samples", type=int, default=2, help="rows to print per family")
    a = ap.parse_args(argv)
    bad = 0
    for lang in a.langs:
        pack = make_pack(lang)
        for p in pack.problems():
            print("PROBLEM", p)
            bad += 1
        rows = gen(7, 40, [lang])
        per = collections.Counter(e.subset.split(":", 1)[1] for e in rows)
        for family in pack.families:
            shown = [e.text for e in rows if e.subset.endswith(f":{family}")][: a.samples]
            print(f"{lang} {family:32s} {per.get(family, 0):3d} rows  e.g. {shown}")
    return 1 if bad else 0


class PackSupplement:
    """A training-only supplement written as language packs: the families, the package holding the
    language files (fr.py, de.py, ...), and the tags that give its rows and random streams their
    own names. `requests_multilingual`, `roleplay_multilingual` and `harm_multilingual` are each one.
    `langs`: the languages drawn unless a caller names others (the five trained languages unless a
    pack adds more); `optional_langs`: language files drawn only when named (English, for the
    English model: the multilingual recipes stay as they were)."""

    def __init__(self, package: str, families: Mapping[str, Tuple], min_templates: int, rng_tag: str, source: str, tag: str,
                 langs: Sequence[str] = LANGS, optional_langs: Sequence[str] = ()):
        self.package, self.families, self.min_templates = package, families, min_templates
        self.rng_tag, self.source, self.tag = rng_tag, source, tag
        self.langs = tuple(langs)
        self.available = self.langs + tuple(optional_langs)

    def choose_langs(self, wanted: Sequence[str]) -> Tuple[str, ...]:
        """`wanted` in the pack's own order (the rows then do not depend on how a caller listed
        them); ValueError naming what is missing when the pack has no file for one of them."""
        missing = [x for x in wanted if x not in self.available]
        if missing:
            raise ValueError(f"{self.package.rsplit('.', 1)[-1]} has no language file for {','.join(missing)} (it has {','.join(self.available)})")
        return tuple(x for x in self.available if x in wanted)

    def pack(self, lang: str) -> LanguagePack:
        """The language file of `lang`."""
        return LanguagePack(lang, self.package, self.families, self.min_templates)

    def generate(self, seed: int = 1234, per_template: int = 40, langs: Optional[Sequence[str]] = None, templates: str = "all") -> List[Example]:
        """Up to per_template rows of every family in every language (all of the pack's unless
        `langs`); deterministic for a seed. `templates` as in `generate_packs`."""
        return generate_packs((self.pack(lang) for lang in (self.langs if langs is None else langs)), seed, per_template, self.rng_tag, self.source, self.tag, templates)

    def training_supplement(self, seed: int, per_template: int, held_out: Iterable[Example], hold_out_templates: bool = False,
                            langs: Optional[Sequence[str]] = None) -> List[Example]:
        """The supplement minus duplicates and any row whose duplicate key occurs in the held-out
        splits; with `hold_out_templates`, only from the templates kept for training, and minus
        any row that the held-out templates' validation rows (`validation_rows`) contain. Every
        language of the pack unless `langs` (one random stream per language, so a language's rows
        are the same alone or with the others)."""
        if not hold_out_templates:
            return drop_held_out(self.generate(seed, per_template, langs), held_out)
        return drop_held_out(self.generate(seed, per_template, langs, templates="train"), list(held_out) + self.validation_rows())

    def validation_rows(self, per_template: int = VALIDATION_PER_FAMILY, langs: Optional[Sequence[str]] = None) -> List[Example]:
        """Rows of the held-out templates only, from their own random stream: what a run trained
        with `hold_out_templates` is measured on (`python -m abusemon_training.languages --everyday`
        or `--injection`), in every language of the pack unless `langs`."""
        return self.generate(VALIDATION_SEED, per_template, langs, templates="held_out")

    def main(self, argv: Sequence[str] | None = None) -> int:
        """Command line: check the packs and print sample rows."""
        return check_packs(argv, self.pack, self.generate, self.available)


SUPPLEMENT = PackSupplement(__name__, FAMILIES, 4, "requests_ml", "synthetic_ml", "synthetic", optional_langs=("en",))
generate, training_supplement, main = SUPPLEMENT.generate, SUPPLEMENT.training_supplement, SUPPLEMENT.main


if __name__ == "__main__":
    raise SystemExit(main())
