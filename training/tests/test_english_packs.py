"""The English files of the language packs (requests, violence / self-harm, everyday benign,
role-play; the injection pack's English is in test_injection_multilingual.py): complete, drawn only
when named (the multilingual recipes are unchanged), labelled like every other language, a
wording of their own, and what train.py's and languages.py's --pack-langs make of them."""

import collections

import pytest

from abusemon_training import train
from abusemon_training.data import (benign_multilingual, harm_multilingual, requests_multilingual, roleplay_multilingual, synthetic, synthetic_contrast,
                                    synthetic_extra, synthetic_requests)
from abusemon_training.data.minors import minor_mentioned
from abusemon_training.data.schema import HARM_OUTPUTS

PACKS = [(requests_multilingual, "extra_requests_ml"), (harm_multilingual, "extra_harm_ml"), (benign_multilingual, "extra_benign_ml"),
         (roleplay_multilingual, "extra_roleplay_ml")]
IDS = [flag for _, flag in PACKS]


def _family(e):
    return e.subset.split(":", 1)[1]


@pytest.mark.parametrize("module,flag", PACKS, ids=IDS)
def test_english_file_is_complete_and_drawn_only_when_named(module, flag):
    sup = module.SUPPLEMENT
    assert sup.pack("en").problems() == []
    assert "en" in sup.available and "en" not in sup.langs
    assert {e.subset.split("/")[0] for e in module.generate(3, 5)} == set(requests_multilingual.LANGS)
    rows = module.generate(3, 40, ["en"])
    per_family = collections.Counter(_family(e) for e in rows)
    assert set(per_family) == set(module.FAMILIES) and min(per_family.values()) >= 30
    for e in rows:
        labels = module.FAMILIES[_family(e)][0]
        assert e.subset.startswith("en/") and e.synthetic
        for out, want in labels.items():
            assert e.labels[out] == want, (e.text, out)
        if _family(e).startswith("neg/") or not labels:
            assert all(e.labels[o] == 0 for o in HARM_OUTPUTS), e.text


def test_english_sexual_rows_never_mention_a_minor():
    # English rows take the English minor rule (minors.py), as the other languages take theirs.
    rows = requests_multilingual.generate(5, 60, ["en"])
    sexual = [e for e in rows if _family(e).startswith("sexual/")]
    assert sexual and all(e.labels["minor_mentioned"] == 0 and not minor_mentioned(e.text) for e in sexual)
    assert any(e.labels["minor_mentioned"] == 1 for e in rows)  # the rule ran: some negatives name children


@pytest.mark.parametrize("module,flag", PACKS, ids=IDS)
def test_english_wording_not_a_copy_of_the_english_synthetic_sources(module, flag):
    ours = {e.text.casefold() for e in module.generate(1, 20, ["en"])}
    theirs = {e.text.casefold() for m in (synthetic, synthetic_requests, synthetic_extra, synthetic_contrast) for e in m.generate(1, 60)}
    assert len(ours & theirs) <= len(ours) // 50


def test_pack_langs_draws_the_english_files_for_the_english_model():
    def args(langs, **flags):
        return train.run_args(seed=8, benign_ml_holdout=True, injection_ml_holdout=True, pack_langs=langs, **flags)

    every = {flag: 10 for _, flag in PACKS} | {"extra_injection_ml": 10}
    english = train.training_supplements(args("en", **every), [])
    assert {e.subset.split("/")[0] for e in english} == {"en"}
    assert {e.source for e in english} == {"synthetic_ml", "harm_multilingual", "benign_multilingual", "roleplay_multilingual", "injection_multilingual"}
    # the benign pack's held-out English templates stay out of training
    held = {e.group for e in benign_multilingual.validation_rows(langs=["en"])}
    assert held and not held & {e.group for e in english}
    # without the flag, no English row but the injection pack's (whose default has English)
    default = train.training_supplements(args("", **every), [])
    assert {e.source for e in default if e.subset.startswith("en/")} == {"injection_multilingual"}
    assert [e.text for e in default if e.source == "synthetic_ml"] == [e.text for e in requests_multilingual.training_supplement(8, 10, [])]


def test_languages_refuses_a_bad_pack_langs_before_loading_anything(capsys):
    from abusemon_training import languages

    with pytest.raises(SystemExit):
        languages.main(["--model", "missing.gguf", "--work", "missing", "--everyday", "--pack-langs", "en,nl"])
    assert "benign_multilingual has no language file for nl" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        languages.main(["--model", "missing.gguf", "--work", "missing", "--injection", "--pack-langs", "en,en"])
    assert "--pack-langs 'en,en'" in capsys.readouterr().err
