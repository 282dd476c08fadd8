"""The multilingual everyday-benign supplement (benign_multilingual): every family in every
language, every row a negative for every harm output, written natively and mostly distinct (what
every pack supplement guarantees besides: test_pack_supplements.py)."""


import pytest

from abusemon_training.data import benign_multilingual as bm
from abusemon_training.data import harm_multilingual, requests_multilingual
from abusemon_training.data.schema import HARM_OUTPUTS
from abusemon_training.data.sources_multilingual import language_of, minor_mentioned_in
from abusemon_training.data.synthetic_extra import drop_held_out



@pytest.mark.parametrize("lang", bm.LANGS)
def test_every_row_is_a_negative_of_its_family(lang):
    rows = bm.generate(3, 40, [lang])
    by_family = {}
    for e in rows:
        family = e.subset.split(":", 1)[1]
        assert family.startswith("neg/") and e.subset.startswith(f"{lang}/benign:") and language_of(e) == lang
        assert e.source == bm.SOURCE and e.synthetic and e.style == bm.FAMILIES[family][2] and e.severity == {}
        assert e.group.startswith(f"{bm.SOURCE}:{lang}:{family}#")
        assert e.labels["minor_mentioned"] == minor_mentioned_in(e.text, lang)
        assert e.is_benign() and all(e.labels[o] == 0 for o in HARM_OUTPUTS), e.text
        by_family.setdefault(family, []).append(e)
    assert set(by_family) == set(bm.FAMILIES)
    for family, es in by_family.items():
        assert len(drop_held_out(es, [])) >= 36, family
        assert len({e.group for e in es}) >= 10, family


@pytest.mark.parametrize("lang", bm.LANGS)
def test_new_wording_not_a_copy_of_the_other_packs(lang):
    # The pack is meant to widen the benign wording: few of its rows may repeat a row the
    # request and harm packs already generate.
    ours = {e.text.casefold() for e in bm.generate(1, 20, [lang])}
    theirs = {e.text.casefold() for m in (requests_multilingual, harm_multilingual) for e in m.generate(1, 20, [lang])}
    assert len(ours & theirs) <= len(ours) // 50
