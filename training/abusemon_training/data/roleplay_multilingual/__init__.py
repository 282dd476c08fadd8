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

English (en.py, written natively in 2026-12 for the English model) is drawn only when named
(`train --pack-langs en`), so the multilingual recipes draw the five languages as before.
Every row is benign (0 on every harm output); `minor_mentioned` comes from the language's rule.
Training-only (`python -m abusemon_training.train --extra-roleplay-ml N`): generated after the
splits were frozen, never in validation or test, and rows whose duplicate key matches a held-out
text are dropped. The generator is `requests_multilingual`'s (same slots, prefixes and suffixes).
"""

from __future__ import annotations

from typing import Dict, Tuple

from ..requests_multilingual import LANGS, PackSupplement  # noqa: F401 (LANGS is part of this module's interface)

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


# Every family needs at least six phrasings per language.
SUPPLEMENT = PackSupplement(__name__, FAMILIES, 6, "roleplay_ml", SOURCE, "roleplay", optional_langs=("en",))
pack, generate, training_supplement, main = SUPPLEMENT.pack, SUPPLEMENT.generate, SUPPLEMENT.training_supplement, SUPPLEMENT.main


if __name__ == "__main__":
    raise SystemExit(main())
