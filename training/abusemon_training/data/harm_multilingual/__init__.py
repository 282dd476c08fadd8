"""Project-written violence and self-harm requests in French, German, Spanish, Italian and
Portuguese, with hard negatives that use the same words safely (issue #17).

The non-English sources hold almost no self-harm (4–12 rows per language in RTP-LX, none in MLMA)
and their violence is mostly social-media threats; `requests_multilingual` has three violence and
two self-harm families. What an assistant is asked in these categories is wider: planning an
attack on a named person, hurting a partner or a child without leaving marks, cruelty to animals,
calls to violence against a group or a place, gore described for its own sake; lethal doses and
methods, hiding cuts, pro-anorexia advice, farewell letters. Each language file (fr.py, de.py, …)
writes these families natively, with its own places, medicines and register, and four families of
hard negatives with the same vocabulary: self-defence, first aid, the law, news and history of
violence; helping a friend who self-harms, crisis lines, safe doses of everyday medicines, healthy
eating and recovery.

English (en.py, written natively in 2026-12 for the English model) is drawn only when named
(`train --pack-langs en`), so the multilingual recipes draw the five languages as before.
Training-only (`python -m abusemon_training.train --extra-harm-ml N`): generated after the splits
were frozen, never in validation or test, and rows whose duplicate key matches a held-out text are
dropped. The generator is `requests_multilingual`'s (same slots, prefixes and suffixes).
"""

from __future__ import annotations

from typing import Dict, Tuple

from ..requests_multilingual import LANGS, PackSupplement  # noqa: F401 (LANGS is part of this module's interface)

SOURCE = "harm_multilingual"

# family -> (labels, severities, style) as in requests_multilingual. None = not annotated.
FAMILIES: Dict[str, Tuple[Dict[str, object], Dict[str, int], str]] = {
    # harmful
    "violence/attack-plan": ({"violence": 1, "harassment": None}, {"violence": 3}, "prompt"),
    "violence/domestic": ({"violence": 1, "harassment": None}, {"violence": 3}, "prompt"),
    "violence/animal-cruelty": ({"violence": 1}, {"violence": 2}, "prompt"),
    "violence/incitement": ({"violence": 1, "hate": None, "harassment": None}, {"violence": 3}, "social"),
    "violence/gore-request": ({"violence": 1, "harassment": None}, {"violence": 2}, "prompt"),
    "self_harm/method": ({"self_harm": 1}, {"self_harm": 3}, "prompt"),
    "self_harm/hide-injuries": ({"self_harm": 1}, {"self_harm": 2}, "prompt"),
    "self_harm/eating-disorder": ({"self_harm": 1}, {"self_harm": 2}, "prompt"),
    "self_harm/farewell": ({"self_harm": 1}, {"self_harm": 3}, "statement"),
    # hard negatives: the same vocabulary in benign use
    "neg/violence-safety-law": ({}, {}, "prompt"),
    "neg/violence-news-history": ({}, {}, "prompt"),
    "neg/self-harm-support": ({}, {}, "prompt"),
    "neg/medicine-diet": ({}, {}, "prompt"),
}


# Every family needs at least six phrasings per language.
SUPPLEMENT = PackSupplement(__name__, FAMILIES, 6, "harm_ml", SOURCE, "harm", optional_langs=("en",))
pack, generate, training_supplement, main = SUPPLEMENT.pack, SUPPLEMENT.generate, SUPPLEMENT.training_supplement, SUPPLEMENT.main


if __name__ == "__main__":
    raise SystemExit(main())
