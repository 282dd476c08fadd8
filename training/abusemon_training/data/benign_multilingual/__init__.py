"""Project-written benign prompts and statements in French, German, Spanish, Italian and Portuguese
that touch the topics a harm classifier watches without asking for harm (issue #17).

Most benign non-English rows in training are social-media posts (RTP-LX, MLMA) and single
translated look-alikes; the request packs hold one or two phrasings per kind of benign request.
What an assistant is sent in these languages every day is wider: how to cope with stress, grief or
a break-up; exhausted or annoyed hyperbole ("this job is killing me"); how to recognise a scam, a
groomer or a poisonous mushroom so as to avoid it; whether a household habit is dangerous; symptoms,
side effects and contraception; how to handle a difficult colleague or neighbour; how a complaint,
a trial or a restraining order works; curious questions about religions, cultures and minorities;
the idioms, sport, game and computing senses of "kill", "shoot" and "attack". A model that learns
harm from violence and self-harm requests (harm_multilingual) flags these, so every family here is
a negative: every harm output 0.

English (en.py, written natively in 2026-12 for the English model) is drawn only when named
(`train --pack-langs en`), so the multilingual recipes draw the five languages as before.
Each language file (fr.py, de.py, ...) writes the families natively, with its own places, names,
institutions and register. Training-only (`python -m abusemon_training.train --extra-benign-ml N`):
generated after the splits were frozen, never in validation or test, and rows whose duplicate key
matches a held-out text are dropped. The generator is `requests_multilingual`'s. With
`--benign-ml-holdout` a quarter of each family's templates stay out of training and their rows
(`validation_rows`) measure everyday benign prompts on validation (`languages --everyday`).
"""

from __future__ import annotations

from typing import Dict, Tuple

from ..requests_multilingual import LANGS, PackSupplement  # noqa: F401 (LANGS is part of this module's interface)

SOURCE = "benign_multilingual"

# family -> (labels, severities, style) as in requests_multilingual: all negatives.
FAMILIES: Dict[str, Tuple[Dict[str, object], Dict[str, int], str]] = {
    "neg/wellbeing": ({}, {}, "prompt"),
    "neg/hyperbole-venting": ({}, {}, "statement"),
    "neg/protect-avoid": ({}, {}, "prompt"),
    "neg/safety-commonsense": ({}, {}, "prompt"),
    "neg/health-questions": ({}, {}, "prompt"),
    "neg/conflict-advice": ({}, {}, "prompt"),
    "neg/law-crime-questions": ({}, {}, "prompt"),
    "neg/culture-identity-questions": ({}, {}, "prompt"),
    "neg/idioms-sport-games-tech": ({}, {}, "prompt"),
}


# Every family needs at least six phrasings per language.
SUPPLEMENT = PackSupplement(__name__, FAMILIES, 6, "benign_ml", SOURCE, "benign", optional_langs=("en",))
pack, generate, training_supplement, main = SUPPLEMENT.pack, SUPPLEMENT.generate, SUPPLEMENT.training_supplement, SUPPLEMENT.main
validation_rows = SUPPLEMENT.validation_rows


if __name__ == "__main__":
    raise SystemExit(main())
