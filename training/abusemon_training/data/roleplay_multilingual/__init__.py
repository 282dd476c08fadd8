"""Project-written benign creative and role-play prompts in French, German, Spanish, Italian and
Portuguese: hard negatives for the multilingual model.

Validation of the routed pair (`abusemon_training.validation --multilingual`) showed the
multilingual model flagging 5 of the 22 non-English benign chat prompts (role-play, fiction, a rap
request) as harassment, sexual or jailbreak, where the English model flags none: its non-English
benign data is questions and everyday requests, and the only role-play it sees in those languages
is the harmful kind (rule overrides, "act as …" injections). Each language file (fr.py, de.py, …)
writes the same six families natively, with its own names, places, roles and register:

- act-as: "act as a screenwriter / travel guide / chef / recruiter / Linux terminal / dungeon
  master" with an ordinary task attached;
- scene-dialogue: screenplays, scenes and dialogues between named fictional or historical people,
  mild comic conflict included (a farce, a quarrel, a botched heist comedy, a detective story);
- story: fiction about invented people with ordinary jobs in small towns;
- lyrics-jokes: songs, raps, poems, clean jokes, parody and satire of everyday life;
- game-interactive: text adventures, quiz masters, interview practice, language partners;
- translate-rewrite: translation, rewriting and proofreading of ordinary text, slang and text with
  broken encoding (mojibake).

Every row is benign (0 on every harm output); `minor_mentioned` comes from the language's rule.
Training-only (`python -m abusemon_training.train --extra-roleplay-ml N`): generated after the
splits were frozen, never in validation or test, and rows whose duplicate key matches a held-out
text are dropped. The generator is `requests_multilingual`'s (same slots, prefixes and suffixes).
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Sequence, Tuple

from ..requests_multilingual import LANGS, LanguagePack, check_packs, generate_packs
from ..schema import Example
from ..synthetic_extra import drop_held_out

SOURCE = "roleplay_multilingual"

# family -> (labels, severities, style) as in requests_multilingual: all benign chat prompts.
FAMILIES: Dict[str, Tuple[Dict[str, object], Dict[str, int], str]] = {
    "act-as": ({}, {}, "prompt"),
    "scene-dialogue": ({}, {}, "prompt"),
    "story": ({}, {}, "prompt"),
    "lyrics-jokes": ({}, {}, "prompt"),
    "game-interactive": ({}, {}, "prompt"),
    "translate-rewrite": ({}, {}, "prompt"),
}


def pack(lang: str) -> LanguagePack:
    """The language file of `lang` (every family needs at least six phrasings)."""
    return LanguagePack(lang, __name__, FAMILIES, min_templates=6)


def generate(seed: int = 1234, per_template: int = 40, langs: Sequence[str] = LANGS) -> List[Example]:
    """Up to per_template rows of every family in every language; deterministic for a seed."""
    return generate_packs((pack(lang) for lang in langs), seed, per_template, "roleplay_ml", SOURCE, "roleplay")


def training_supplement(seed: int, per_template: int, held_out: Iterable[Example]) -> List[Example]:
    """The supplement minus duplicates and any row whose duplicate key occurs in the held-out splits."""
    return drop_held_out(generate(seed, per_template), held_out)


def main(argv: Sequence[str] | None = None) -> int:
    return check_packs(argv, pack, generate)


if __name__ == "__main__":
    raise SystemExit(main())
