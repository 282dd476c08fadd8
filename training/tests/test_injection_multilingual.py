"""The multilingual prompt-injection supplement (injection_multilingual): every family in every
language, injections labelled jailbreak with their payload's other outputs left unannotated,
look-alikes negative for every harm output, and wording of its own (what every pack supplement
guarantees besides: test_pack_supplements.py)."""

import pytest

from abusemon_training.data import injection_multilingual as im
from abusemon_training.data import requests_multilingual, synthetic, synthetic_requests
from abusemon_training.data.schema import HARM_OUTPUTS
from abusemon_training.data.sources_multilingual import language_of
from abusemon_training.data.synthetic_extra import drop_held_out


@pytest.mark.parametrize("lang", im.LANGS)
def test_every_row_has_its_familys_labels(lang):
    rows = im.generate(3, 40, [lang])
    by_family = {}
    for e in rows:
        family = e.subset.split(":", 1)[1]
        assert e.subset.startswith(f"{lang}/injection:") and language_of(e) == lang and e.source == im.SOURCE and e.synthetic
        assert e.group.startswith(f"{im.SOURCE}:{lang}:{family}#")
        if im.is_injection(family):
            assert e.labels["jailbreak"] == 1 and e.severity == {"jailbreak": 2}, e.text
            # the payload may ask for hate or violence: those outputs are neither taught nor forbidden
            assert all(e.labels[o] is None for o in ("hate", "harassment", "violence", "sexual"))
        else:
            assert family.startswith("neg/") and e.is_benign() and all(e.labels[o] == 0 for o in HARM_OUTPUTS), e.text
        by_family.setdefault(family, []).append(e)
    assert set(by_family) == set(im.FAMILIES)
    for family, es in by_family.items():
        assert len(drop_held_out(es, [])) >= 36, family
        assert len({e.group for e in es}) >= 8, family


@pytest.mark.parametrize("lang", im.LANGS)
def test_new_wording_not_a_copy_of_the_request_pack(lang):
    # The request packs already have injection families and their quoted-task negatives (English:
    # the synthetic sources); this pack is meant to widen them, so few of its rows may repeat one.
    ours = {e.text.casefold() for e in im.generate(1, 20, [lang])}
    if lang == "en":
        theirs = {e.text.casefold() for m in (synthetic, synthetic_requests) for e in m.generate(1, 200)}
    else:
        theirs = {e.text.casefold() for e in requests_multilingual.generate(1, 20, [lang])}
    assert len(ours & theirs) <= len(ours) // 50


def test_english_joined_without_changing_the_other_languages():
    # Runs before English (ml13, ml14) regenerate: each language has its own random stream.
    assert im.LANGS[:-1] == requests_multilingual.LANGS and im.LANGS[-1] == "en"
    five = [e.text for e in im.generate(62, 5, list(requests_multilingual.LANGS))]
    assert [e.text for e in im.generate(62, 5) if not e.subset.startswith("en/")] == five


def test_injections_and_look_alikes_balance():
    fams = list(im.FAMILIES)
    assert sum(map(im.is_injection, fams)) == len(fams) // 2
    assert not im.is_injection("neg/persona-style") and im.is_injection("inject/exfiltrate")


@pytest.mark.parametrize("hold_out", [False, True])
def test_training_rows_cover_every_language(hold_out):
    rows = im.training_supplement(61, 20, [], hold_out_templates=hold_out)
    assert {e.subset.split("/")[0] for e in rows} == set(im.LANGS)


@pytest.mark.parametrize("hold_out", [False, True])
def test_the_english_model_can_take_the_english_rows_alone(hold_out, capsys):
    from abusemon_training import train

    def args(langs):
        return train.run_args(seed=61, injection_ml_holdout=hold_out, pack_langs=langs, extra_injection_ml=20)

    everything = train.training_supplements(args(""), [])
    english = train.training_supplements(args("en"), [])
    # the same English rows as in the run with every language, and nothing else
    assert english and {e.subset.split("/")[0] for e in english} == {"en"}
    assert [e.text for e in english] == [e.text for e in everything if e.subset.startswith("en/")]
    # the pack's order, whatever the flag's
    assert [e.text for e in train.training_supplements(args("en,fr"), [])] == [e.text for e in train.training_supplements(args("fr,en"), [])]
    for bad, why in (("en,en", "--pack-langs"), ("en,", "--pack-langs"), ("nl", "no language file for nl")):
        with pytest.raises(ValueError, match=why):
            train.training_supplements(args(bad), [])
    # the command line refuses a language a requested pack lacks, before any training
    with pytest.raises(SystemExit):
        train.main(["--extra-injection-ml", "3", "--pack-langs", "xx"])
    assert "injection_multilingual has no language file for xx" in capsys.readouterr().err
