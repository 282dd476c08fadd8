"""The multilingual harmful-request supplement (requests_multilingual): every language pack is
complete, rows carry their family's labels and language, sexual rows never mention a minor, and
a broken pack is reported (what every pack supplement guarantees besides: test_pack_supplements.py)."""

import random

import pytest

from abusemon_training.data import requests_multilingual as rm
from abusemon_training.data.schema import make_labels
from abusemon_training.data.sources_multilingual import language_of, minor_mentioned_in


@pytest.mark.parametrize("lang", rm.LANGS)
def test_every_family_yields_distinct_rows_with_its_labels(lang):
    rows = rm.generate(3, 25, [lang])
    by_family = {}
    for e in rows:
        assert e.subset.startswith(f"{lang}/synthetic:")
        by_family.setdefault(e.subset.split(":", 1)[1], []).append(e)
    assert set(by_family) == set(rm.FAMILIES)
    for family, es in by_family.items():
        labels, sev, style = rm.FAMILIES[family]
        assert len(es) >= 20, family  # the pack has enough variety for distinct rows
        assert len({e.text for e in es}) == len(es)
        for e in es:
            assert language_of(e) == lang
            assert e.synthetic and e.style == style and e.severity == sev
            for out, v in make_labels(**labels).items():
                if out != "minor_mentioned":
                    assert e.labels[out] == v, (family, out, e.text)
            assert e.labels["minor_mentioned"] == minor_mentioned_in(e.text, lang)
            if family.startswith("sexual/"):
                assert e.labels["minor_mentioned"] == 0, e.text
            if family.startswith("neg/"):
                assert e.is_benign()


def test_problems_names_a_missing_family_and_an_unknown_slot():
    pack = rm.LanguagePack("fr")
    pack.templates = dict(pack.templates)
    del pack.templates["neg/self-talk"]
    pack.templates["hate/statement"] = ["{no_such_slot} x", "a", "b", "c"]
    probs = pack.problems()
    assert any("neg/self-talk" in p for p in probs)
    assert any("no_such_slot" in p for p in probs)
    assert pack.fill(random.Random(0), "plain") == "plain"
