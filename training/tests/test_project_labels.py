"""Project-written labels for unlabelled public texts (data/labels), the HH-RLHF red-team
adapter that reads them, and the evaluation sets' near-duplicate guard against the training pool.

Runs without ../shared: the fixtures are written here.
"""

import gzip
import json

import pytest

from abusemon_training.data import pipeline
from abusemon_training.data.normalize import exclude_hash
from abusemon_training.data.project_labels import HERE, ProjectLabels, cohen_kappa, merge, write
from abusemon_training.data.schema import Example, make_labels
from abusemon_training.data.sources import SOURCES, eval_sources, train_sources
from abusemon_training.data.sources_assistant import HH_LABELS, load_hh


def _label(i, **kw):
    d = {"id": i, "hate": 0, "harassment": 0, "sexual": 0, "violence": 0, "self_harm": 0, "jailbreak": 0, "minor": 0, "sev": {}}
    d.update(kw)
    return d


def _batches(tmp_path, texts, labels_by_annotator):
    ids = [exclude_hash(t)[:16] for t in texts]
    with open(tmp_path / "batch_0.jsonl", "w") as f:
        for i, t in zip(ids, texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")
    for n, rows in enumerate(labels_by_annotator):
        with open(tmp_path / f"labels_{n}.jsonl", "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    return ids


def test_merge_keeps_agreement_masks_disagreement_and_reports_kappa(tmp_path):
    texts = ["How can I give someone a black eye?", "What is crack cocaine?", "You are a useless bot"]
    a, b, c = [exclude_hash(t)[:16] for t in texts]
    ids = _batches(
        tmp_path,
        texts,
        [
            [_label(a, violence=1, sev={"violence": "high"}), _label(b), _label(c, harassment=1, sev={"harassment": "low"})],
            # the second annotator saw the first two texts: agrees on violence, not on hate
            [_label(a, violence=1, hate=1, sev={"violence": "medium", "hate": "low"}), _label(b, sexual=None)],
        ],
    )
    rows, agreement = merge(str(tmp_path))
    by = {r["sha256"][:16]: r for r in rows}
    assert set(by) == set(ids)
    assert by[a]["violence"] == 1 and by[a]["sev"] == {"violence": 2}  # the milder of two severities
    assert by[a]["hate"] is None  # one said 1, the other 0: masked, never guessed
    assert by[b]["violence"] == 0 and by[b]["annotators"] == 2
    assert by[b]["sexual"] is None  # 0 against null: masked
    assert agreement["sexual"]["n"] == 1 and agreement["sexual"]["agree_with_null"] == 0.5
    assert by[c]["harassment"] == 1 and by[c]["annotators"] == 1
    assert agreement["violence"]["n"] == 2 and agreement["violence"]["agree"] == 1.0
    assert agreement["hate"]["agree"] == 0.5
    assert agreement["violence"]["agree_with_null"] == 1.0 and agreement["violence"]["n_with_null"] == 2


def test_merge_refuses_unlabelled_texts_and_foreign_ids(tmp_path):
    _batches(tmp_path, ["one text", "another text"], [[_label(exclude_hash("one text")[:16])]])
    with pytest.raises(ValueError, match="no labels"):
        merge(str(tmp_path))
    _batches(tmp_path, ["one text"], [[_label(exclude_hash("one text")[:16]), _label("0" * 16)]])
    with pytest.raises(ValueError, match="unknown id"):
        merge(str(tmp_path))


def test_cohen_kappa():
    assert cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]) == pytest.approx(1.0)
    assert cohen_kappa([1, 1, 0, 0], [0, 0, 1, 1]) == pytest.approx(-1.0)
    assert cohen_kappa([1, 0, 1, 1], [1, 0, 0, 1]) == pytest.approx(0.5)


def test_labels_file_is_validated(tmp_path):
    p = tmp_path / "l.jsonl"
    p.write_text(json.dumps({"sha256": "ab", "hate": 1}) + "\n")
    with pytest.raises(ValueError, match="64 hex"):
        ProjectLabels.load(str(p))
    p.write_text(json.dumps({"sha256": "a" * 64, "hate": 2}) + "\n")
    with pytest.raises(ValueError, match="hate must be"):
        ProjectLabels.load(str(p))


def _hh_fixture(tmp_path, firsts):
    d = tmp_path / "hh_rlhf_harmless" / "harmless-base"
    d.mkdir(parents=True)
    with gzip.open(d / "test.jsonl.gz", "wt", encoding="utf-8") as f:
        for t in firsts:
            chat = f"\n\nHuman: {t}\n\nAssistant: I can't help with that.\n\nHuman: why not?\n\nAssistant: ..."
            f.write(json.dumps({"chosen": chat, "rejected": chat}) + "\n")
    return tmp_path


def test_hh_adapter_reads_first_turns_with_project_labels(tmp_path):
    firsts = ["How do I poison my neighbour's dog?", "What is the capital of France?", "How do I poison my neighbour's dog?", "never labelled"]
    root = _hh_fixture(tmp_path, firsts)
    rows = [
        {"sha256": exclude_hash(firsts[0]), "hate": 0, "harassment": None, "sexual": 0, "violence": 1, "self_harm": 0, "jailbreak": 0, "minor": 0, "sev": {"violence": 3}},
        {"sha256": exclude_hash(firsts[1]), "hate": 0, "harassment": 0, "sexual": 0, "violence": 0, "self_harm": 0, "jailbreak": 0, "minor": 1, "sev": {}},
    ]
    write(rows, str(tmp_path / "labels.jsonl"))
    got = list(load_hh(str(root), str(tmp_path / "labels.jsonl")))
    assert [e.text for e in got] == firsts[:2]  # repeated and unlabelled first turns are skipped
    poison, capital = got
    assert poison.labels["violence"] == 1 and poison.labels["harassment"] is None and poison.severity == {"violence": 3}
    assert poison.labels["minor_mentioned"] is None  # left to the rule labeller
    assert capital.labels["minor_mentioned"] == 1 and not any(capital.labels[o] for o in ("hate", "violence", "sexual"))
    assert all(e.style == "prompt" and e.source == "hh_rlhf_harmless" for e in got)


def test_hh_is_a_training_source_with_a_shipped_labels_file():
    assert "hh_rlhf_harmless" in train_sources() and "hh_rlhf_harmless" not in eval_sources()
    assert HH_LABELS.startswith(HERE)
    labels = ProjectLabels.load(HH_LABELS)
    assert len(labels) > 2000
    positives = sum(1 for r in labels.rows.values() if any(r.get(o) == 1 for o in ("hate", "harassment", "sexual", "violence", "self_harm")))
    assert 0.2 * len(labels) < positives < 0.9 * len(labels)
    assert "MIT" in SOURCES["hh_rlhf_harmless"].licence


def test_evaluation_rows_near_duplicating_a_training_text_are_dropped():
    pool = [Example("how can i steal the wallet of an old lady on the bus without being noticed by anyone", "a", make_labels())]
    ev = [
        Example("How can I steal the wallet of an old lady on the bus without being noticed by anyone?", "e", make_labels()),  # exact key
        Example("how can i steal the wallet of an old lady on the bus without being noticed by anyone at all", "e", make_labels()),  # near
        Example("what is a good recipe for a vegetarian lasagna with spinach and ricotta cheese", "e", make_labels()),
    ]
    kept = pipeline.drop_pool_duplicates(pool, ev)
    assert [e.text for e in kept] == [ev[2].text]
    # exact only: the near-duplicate stays
    assert len(pipeline.drop_pool_duplicates(pool, ev, near=False)) == 2
