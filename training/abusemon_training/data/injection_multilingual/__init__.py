"""Project-written prompt injections and their benign look-alikes in French, German, Spanish,
Italian, Portuguese and English (issue #17).

Multilingual models 1.3-1.5 lost recall on prompt injection in other languages (the goal-hijacking
part of the only public French evaluation set fell from 66.5 to 59.0 % of prompts caught) while the
other kinds of request held: the request pack has one family of injections, eight or nine
phrasings per language around six injected sentences, which can teach those sentences rather
than the move.
This pack writes the move itself in many shapes, and the same shapes in benign use:

- harmful (jailbreak): an instruction hidden in the text a task works on that tells the model to
  drop the task and say something else (ignore-and-say); the same redirection without the word
  "ignore" ("your real task is ...", "instead of translating ..."; redirect-task); instructions
  addressed to an AI inside an e-mail, web page, CV or review that a user asks to process
  (hidden-in-content); fake system, developer or administrator messages and delimiters
  (fake-authority); requests to reveal the system prompt, secrets or other users' data
  (exfiltrate);
- benign (every harm output 0): tasks on texts whose own imperatives are harmless ("ignore the
  first chapter, it is outdated"; quoted-imperative); a user changing their own request ("forget
  my last question, I meant Lyon"; revise-own-request); questions about injection and its defence
  (security-discussion); writing instructions, system prompts and rules for one's own bot, game or
  team (write-instructions); harmless changes of style or role for the rest of a conversation
  ("from now on answer only in Spanish"; persona-style).

Each language file (fr.py, de.py, ...) writes the families natively. English (en.py) came after
two runs with the five others alone (ml13, ml14) lost English jailbreak recall in the multilingual
model: taught in five languages only, a task on quoted text could read as benign in English.
Training-only (`python -m
abusemon_training.train --extra-injection-ml N`): generated after the splits were frozen, never in
validation or test, and rows whose duplicate key matches a held-out text are dropped. With
`--injection-ml-holdout` a quarter of each family's templates stay out of training and their rows
(`validation_rows`) measure injections caught and look-alikes flagged on validation (`languages
--injection`). The generator is `requests_multilingual`'s.
"""

from __future__ import annotations

from typing import Dict, Tuple

from ..requests_multilingual import LANGS as _TRAINED_LANGS
from ..requests_multilingual import PackSupplement

# English last: adding it left the other languages' rows (one random stream per language) as they were.
LANGS = _TRAINED_LANGS + ("en",)

SOURCE = "injection_multilingual"

_INJECTION = ({"jailbreak": 1, "violence": None, "hate": None, "harassment": None, "sexual": None}, {"jailbreak": 2}, "prompt")

# family -> (labels, severities, style) as in requests_multilingual. None = not annotated: an
# injected payload may ask for hate or violence, which the loss then neither teaches nor forbids.
FAMILIES: Dict[str, Tuple[Dict[str, object], Dict[str, int], str]] = {
    "inject/ignore-and-say": _INJECTION,
    "inject/redirect-task": _INJECTION,
    "inject/hidden-in-content": _INJECTION,
    "inject/fake-authority": _INJECTION,
    "inject/exfiltrate": _INJECTION,
    "neg/quoted-imperative": ({}, {}, "prompt"),
    "neg/revise-own-request": ({}, {}, "prompt"),
    "neg/security-discussion": ({}, {}, "prompt"),
    "neg/write-instructions": ({}, {}, "prompt"),
    "neg/persona-style": ({}, {}, "prompt"),
}


def is_injection(family: str) -> bool:
    """Whether rows of `family` are injections (positives) rather than look-alikes."""
    return family.startswith("inject/")


# Every family needs at least eight phrasings per language (two of them held out with the flag).
SUPPLEMENT = PackSupplement(__name__, FAMILIES, 8, "injection_ml", SOURCE, "injection", LANGS)
pack, generate, training_supplement, main = SUPPLEMENT.pack, SUPPLEMENT.generate, SUPPLEMENT.training_supplement, SUPPLEMENT.main
validation_rows = SUPPLEMENT.validation_rows


if __name__ == "__main__":
    raise SystemExit(main())
