"""The multilingual creative / role-play supplement (roleplay_multilingual): benign act-as, scene,
story, lyrics, game and translation prompts in every language, deterministic, mostly distinct,
held-out texts dropped, and wired into train.py as --extra-roleplay-ml."""

import argparse
import re

import pytest

from abusemon_training.data import roleplay_multilingual as rp
from abusemon_training.data.schema import HARM_OUTPUTS, Example, make_labels
from abusemon_training.data.sources_multilingual import language_of, minor_mentioned_in
from abusemon_training.data.synthetic_extra import drop_held_out

# Letters each language's text must use somewhere (written natively, not ASCII-only).
ACCENTS = {"fr": "éèàçêôûœ", "de": "äöüßÄÖÜ", "es": "áéíóúñ¿¡", "it": "àèéìòù", "pt": "ãõçáéêó"}


@pytest.mark.parametrize("lang", rp.LANGS)
def test_pack_is_complete(lang):
    assert rp.pack(lang).problems() == []


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
    text = " ".join(e.text for e in rows)
    assert re.search(f"[{ACCENTS[lang]}]", text) and not text.isascii()
    assert sum(bool(re.search(f"[{ACCENTS[lang]}]", e.text)) for e in rows) >= len(rows) // 5  # Italian writes fewest


def test_deterministic_per_seed_and_seeds_differ():
    a = [e.text for e in rp.generate(5, 10, ["it"])]
    assert a == [e.text for e in rp.generate(5, 10, ["it"])]
    assert a != [e.text for e in rp.generate(6, 10, ["it"])]


def test_held_out_texts_are_dropped():
    rows = rp.generate(1, 5, ["pt"])
    held = [Example(rows[0].text.upper() + "  ", "x", make_labels(), {})]
    kept = rp.training_supplement(1, 5, held)
    assert rows[0].text not in {e.text for e in kept}
    assert len(kept) == len(rp.training_supplement(1, 5, [])) - 1


def test_train_flag_adds_the_rows(capsys):
    from abusemon_training import train

    flags = dict(extra_synthetic=0, extra_requests=0, extra_contrast=0, extra_requests_ml=0, extra_harm_ml=0, seed=2)
    assert train.training_supplements(argparse.Namespace(**flags, extra_roleplay_ml=0), []) == []
    want = rp.training_supplement(2, 3, [])
    got = train.training_supplements(argparse.Namespace(**flags, extra_roleplay_ml=3), [])
    assert [e.text for e in got] == [e.text for e in want] and len(got) > 80
    held = train.training_supplements(argparse.Namespace(**flags, extra_roleplay_ml=3), want[:2])
    assert len(held) == len(want) - 2
    # The command line takes the flag (it fails later, on --calibrate-only without --init).
    with pytest.raises(SystemExit):
        train.main(["--extra-roleplay-ml", "3", "--calibrate-only"])
    assert "--calibrate-only needs --init" in capsys.readouterr().err
