"""Project-written benign look-alikes per language (issue #17)."""

from abusemon_training.data import lookalikes_multilingual as lm
from abusemon_training.data.schema import TRAIN
from abusemon_training.data.sources import SOURCES, train_sources
from abusemon_training.data.sources_multilingual import language_of


def test_every_concept_in_every_language_and_benign():
    rows = list(SOURCES["lookalikes_multilingual"].loader(""))
    assert SOURCES["lookalikes_multilingual"].licence_class == TRAIN and "lookalikes_multilingual" in train_sources()
    assert len(rows) == len(lm.LOOKALIKES) * len(lm.LANGS) and len({e.text for e in rows}) == len(rows)
    for concept, texts in lm.LOOKALIKES.items():
        assert len(texts) == len(lm.LANGS), concept
        group = [e for e in rows if e.group == f"lookalike:{concept}"]
        assert sorted(language_of(e) for e in group) == sorted(lm.LANGS)
    assert all(e.is_benign() and e.synthetic and e.style == "prompt" for e in rows)


def test_minor_mentions_follow_the_text():
    rows = list(lm.load_lookalikes())
    flagged = {e.subset.split("/")[1] for e in rows if e.labels["minor_mentioned"] == 1}
    assert flagged == {"bullied_child", "teen_drugs"}
    for concept in flagged:  # in every language, not only in one
        assert sum(e.labels["minor_mentioned"] for e in rows if e.subset.endswith("/" + concept)) == len(lm.LANGS)


def test_language_filter():
    rows = list(lm.load_lookalikes(langs=("de",)))
    assert len(rows) == len(lm.LOOKALIKES) and {language_of(e) for e in rows} == {"de"}
