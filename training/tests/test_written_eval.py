"""The project-written evaluation-only prompts (data/written_eval): registered as eval_only, every
shipped file parses with the agreed counts, rows carry their language and labels, and a malformed
file names its line."""

import json

import pytest

from abusemon_training.data import written_eval as we
from abusemon_training.data.normalize import dedup_key
from abusemon_training.data.schema import EVAL_ONLY
from abusemon_training.data.sources import SOURCES, train_sources
from abusemon_training.data.sources_multilingual import language_of

HARM_COUNTS = {"hate": 25, "harassment": 25, "sexual": 20, "violence": 25, "self_harm": 20, "jailbreak": 25}


def test_registered_as_evaluation_only():
    assert SOURCES["written_eval"].licence_class == EVAL_ONLY
    assert "written_eval" not in train_sources()


@pytest.mark.parametrize("lang", we.LANGS)
def test_shipped_file_counts_language_and_labels(lang):
    rows = list(we.read(lang))
    counts = {}
    for e in rows:
        assert language_of(e) == lang
        label = e.subset.split("/")[-2]
        counts[label] = counts.get(label, 0) + 1
        if label == "benign":
            assert e.is_benign() and e.style == "prompt"
        else:
            assert e.labels[label] == 1
            assert all(v is None for o, v in e.labels.items() if o not in (label, "minor_mentioned"))
    assert counts == {**HARM_COUNTS, "benign": 160}
    assert len({dedup_key(e.text) for e in rows}) == len(rows)


def test_malformed_row_names_its_line(tmp_path):
    (tmp_path / "fr.jsonl").write_text(json.dumps({"text": "ok", "label": "benign", "kind": "everyday"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"fr.jsonl:2"):
        list(we.read("fr", str(tmp_path)))
    (tmp_path / "de.jsonl").write_text(json.dumps({"text": "x", "label": "rude", "kind": "request"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"de.jsonl:1: bad label 'rude'"):
        list(we.read("de", str(tmp_path)))
