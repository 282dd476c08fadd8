"""The multilingual creative / role-play supplement (roleplay_multilingual): benign act-as, scene,
story, lyrics, game and translation prompts in every language, written natively and mostly
distinct (what every pack supplement guarantees besides: test_pack_supplements.py)."""


import pytest

from abusemon_training.data import roleplay_multilingual as rp
from abusemon_training.data.schema import HARM_OUTPUTS
from abusemon_training.data.sources_multilingual import language_of, minor_mentioned_in
from abusemon_training.data.synthetic_extra import drop_held_out


@pytest.mark.parametrize("lang", rp.LANGS)
def test_every_family_is_benign_prompt_in_its_language(lang):
    rows = rp.generate(3, 40, [lang])
    by_family = {}
    for e in rows:
        assert e.subset.startswith(f"{lang}/roleplay:") and language_of(e) == lang
        assert e.source == rp.SOURCE and e.synthetic and e.style == "prompt" and e.severity == {}
        assert e.group.startswith(f"{rp.SOURCE}:{lang}:") and "#" in e.group
        assert e.is_benign() and all(e.labels[o] == 0 for o in HARM_OUTPUTS), e.text
        assert e.labels["minor_mentioned"] == minor_mentioned_in(e.text, lang)
        by_family.setdefault(e.subset.split(":", 1)[1], []).append(e)
    assert set(by_family) == set(rp.FAMILIES)
    for family, es in by_family.items():
        # Mostly distinct at 40 per family, also after de-duplication on the duplicate key.
        assert len(drop_held_out(es, [])) >= 36, family
        assert len({e.group for e in es}) >= 6, family  # one group per phrasing, several phrasings used
