"""The multilingual violence / self-harm supplement (harm_multilingual): every family in every
language, labelled as its family says, written natively and mostly distinct (what every pack
supplement guarantees besides: test_pack_supplements.py)."""


import pytest

from abusemon_training.data import harm_multilingual as hm
from abusemon_training.data.schema import HARM_OUTPUTS
from abusemon_training.data.sources_multilingual import language_of, minor_mentioned_in
from abusemon_training.data.synthetic_extra import drop_held_out



@pytest.mark.parametrize("lang", hm.LANGS)
def test_every_family_is_labelled_as_its_family_says(lang):
    rows = hm.generate(3, 40, [lang])
    by_family = {}
    for e in rows:
        family = e.subset.split(":", 1)[1]
        labels, severity, style = hm.FAMILIES[family]
        assert e.subset.startswith(f"{lang}/harm:") and language_of(e) == lang
        assert e.source == hm.SOURCE and e.synthetic and e.style == style and e.severity == severity
        assert e.group.startswith(f"{hm.SOURCE}:{lang}:{family}#")
        assert e.labels["minor_mentioned"] == minor_mentioned_in(e.text, lang)
        if family.startswith("neg/"):
            assert e.is_benign() and all(e.labels[o] == 0 for o in HARM_OUTPUTS), e.text
        else:
            harm = family.split("/")[0]
            assert e.labels[harm] == 1 and not e.is_benign(), e.text
            # Only the family's own category is positive; the others are 0 or not annotated.
            assert all(e.labels[o] in (0, None) for o in HARM_OUTPUTS if o != harm), e.text
        by_family.setdefault(family, []).append(e)
    assert set(by_family) == set(hm.FAMILIES)
    for family, es in by_family.items():
        assert len(drop_held_out(es, [])) >= 36, family
        assert len({e.group for e in es}) >= 6, family
