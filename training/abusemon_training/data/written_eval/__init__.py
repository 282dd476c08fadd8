"""Project-written evaluation-only prompts in English, French, German, Spanish, Italian,
Portuguese, Dutch and Polish (issue #17): per language 140 harmful messages to a chatbot (hate, harassment, adult
sexual, violence, self-harm, jailbreak; requests and statements) and 160 benign ones that look
risky (harm words in a safe sense, identity questions and counter-speech, distress without intent,
fiction and history, security questions, everyday requests).

Why: German, Spanish, Italian, Portuguese, Dutch and Polish have no public evaluation-only data in
../shared/data, and XSafety French labels only three of its scenarios. Each file was written
natively by a separate author who did not see the training packs (`requests_multilingual`,
`lookalikes_multilingual`, the English synthetic batches) nor any shared dataset, and it is
**never trained on** (licence class eval_only). It is still project-written, so it measures
transfer to independently written text, not to real traffic: the report shows it beside the
public sets, never instead of them.

Files: `<lang>.jsonl`, one {"text", "label", "kind"} per line; label is a category or "benign".
"""

from __future__ import annotations

import json
import os
from typing import Iterator

from ..schema import EVAL_ONLY, Example, make_labels
from ..sources import register

# Dutch and Polish: no training data at all, so they measure the base model's transfer alone.
LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "pl")
LABELS = ("hate", "harassment", "sexual", "violence", "self_harm", "jailbreak", "benign")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(lang: str, folder: str = HERE) -> Iterator[Example]:
    """The rows of one language file; ValueError names the line of a malformed row."""
    from ..sources_multilingual import minor_mentioned_in

    path = os.path.join(folder, f"{lang}.jsonl")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, label, kind = row["text"], row["label"], row["kind"]
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}:{n}: not a {{text, label, kind}} object ({e})") from None
            if label not in LABELS or not isinstance(text, str) or not text.strip():
                raise ValueError(f"{path}:{n}: bad label {label!r} or empty text")
            if label == "benign":
                labels = make_labels()
            else:
                labels = {o: None for o in make_labels()}
                labels[label] = 1
            labels["minor_mentioned"] = minor_mentioned_in(text, lang) if lang != "en" else None
            style = "prompt" if label == "benign" or kind == "request" else "social"
            subset = f"written/{label}/{kind}" if lang == "en" else f"{lang}/written/{label}/{kind}"
            yield Example(text.strip(), "written_eval", labels, {}, style=style, subset=subset,
                          group=f"written_eval:{lang}:{n}")


@register("written_eval", "project-written (this repository's licence)", EVAL_ONLY,
          "abusemon project, written for evaluation (training/abusemon_training/data/written_eval)",
          "eval only: independently written harmful and risky-looking benign prompts per language, never trained on")
def load_written_eval(root: str) -> Iterator[Example]:
    del root  # the files ship with the package
    for lang in LANGS:
        if os.path.exists(os.path.join(HERE, f"{lang}.jsonl")):
            yield from read(lang)
