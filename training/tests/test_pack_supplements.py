"""What every language-pack supplement (requests_multilingual, roleplay_multilingual,
harm_multilingual, benign_multilingual, injection_multilingual: `PackSupplement`) guarantees: every language file complete, rows written natively
(the language's own letters), deterministic per seed, held-out texts dropped, and its train.py
flag adding exactly its rows."""

import re

import pytest

from abusemon_training import train
from abusemon_training.data import benign_multilingual, harm_multilingual, injection_multilingual, requests_multilingual, roleplay_multilingual
from abusemon_training.data.schema import Example, make_labels

SUPPLEMENTS = [(requests_multilingual, "extra_requests_ml"), (roleplay_multilingual, "extra_roleplay_ml"), (harm_multilingual, "extra_harm_ml"),
               (benign_multilingual, "extra_benign_ml"), (injection_multilingual, "extra_injection_ml")]
# The packs whose templates a flag can hold out of training (module, its size flag, its hold-out flag).
HOLDOUT_PACKS = [(benign_multilingual, "extra_benign_ml", "benign_ml_holdout"), (injection_multilingual, "extra_injection_ml", "injection_ml_holdout")]
IDS = [flag for _, flag in SUPPLEMENTS]
# Letters each language's text must use (written natively, not ASCII-only).
ACCENTS = {"fr": "éèàçêôûœ", "de": "äöüßÄÖÜ", "es": "áéíóúñ¿¡", "it": "àèéìòù", "pt": "ãõçáéêó"}


@pytest.mark.parametrize("module,flag", SUPPLEMENTS, ids=IDS)
@pytest.mark.parametrize("lang", requests_multilingual.LANGS)
def test_every_language_file_is_complete(module, flag, lang):
    assert module.SUPPLEMENT.pack(lang).problems() == []


@pytest.mark.parametrize("module,flag", SUPPLEMENTS, ids=IDS)
@pytest.mark.parametrize("lang", requests_multilingual.LANGS)
def test_rows_are_written_in_the_language(module, flag, lang):
    rows = module.generate(3, 40, [lang])
    # At least a fifth of the rows use the language's own letters (Italian writes fewest).
    assert sum(bool(re.search(f"[{ACCENTS[lang]}]", e.text)) for e in rows) >= len(rows) // 5


@pytest.mark.parametrize("module,flag", SUPPLEMENTS, ids=IDS)
def test_deterministic_per_seed_and_seeds_differ(module, flag):
    a = [e.text for e in module.generate(5, 10, ["it"])]
    assert a == [e.text for e in module.generate(5, 10, ["it"])]
    assert a != [e.text for e in module.generate(6, 10, ["it"])]


@pytest.mark.parametrize("module,flag", SUPPLEMENTS, ids=IDS)
def test_held_out_texts_are_dropped(module, flag):
    rows = module.generate(1, 5, ["de"])
    held = [Example(rows[0].text.upper() + "  ", "x", make_labels(), {})]
    kept = module.training_supplement(1, 5, held)
    assert rows[0].text not in {e.text for e in kept}
    assert len(kept) == len(module.training_supplement(1, 5, [])) - 1


@pytest.mark.parametrize("module,flag", SUPPLEMENTS, ids=IDS)
def test_train_flag_adds_the_rows(module, flag, capsys):
    def args(n):
        return train.run_args(seed=2, **{flag: n})

    assert train.training_supplements(args(0), []) == []
    want = module.training_supplement(2, 3, [])
    got = train.training_supplements(args(3), [])
    assert [e.text for e in got] == [e.text for e in want] and len(got) > 80
    assert len(train.training_supplements(args(3), want[:2])) == len(want) - 2
    # The command line takes the flag (it fails later, on --calibrate-only without --init).
    with pytest.raises(SystemExit):
        train.main(["--" + flag.replace("_", "-"), "3", "--calibrate-only"])
    assert "--calibrate-only needs --init" in capsys.readouterr().err


@pytest.mark.parametrize("module,flag", SUPPLEMENTS, ids=IDS)
def test_a_quarter_of_each_familys_templates_can_be_held_out(module, flag):
    for lang in ("fr", "pt"):
        pack = module.SUPPLEMENT.pack(lang)
        for family, templates in pack.templates.items():
            held = requests_multilingual.held_out_templates(lang, family, templates)
            assert 1 <= len(held) < len(templates) and len(held) == -(-len(templates) // 4)
            # chosen by text, not position: the same templates whatever their order
            moved = list(reversed(templates))
            assert {moved[i] for i in requests_multilingual.held_out_templates(lang, family, moved)} == {templates[i] for i in held}
        train_rows = module.generate(4, 20, [lang], templates="train")
        held_rows = module.generate(4, 20, [lang], templates="held_out")
        # every family contributes to both sides, and the two sides never share a template
        assert {e.subset for e in held_rows} == {e.subset for e in train_rows}
        assert not {e.group for e in held_rows} & {e.group for e in train_rows}
    with pytest.raises(ValueError):
        module.generate(4, 2, ["fr"], templates="some")


@pytest.mark.parametrize("module,flag,holdout", HOLDOUT_PACKS, ids=[h for _, _, h in HOLDOUT_PACKS])
def test_holdout_keeps_validation_rows_out_of_training(module, flag, holdout):
    val = module.validation_rows()
    assert len(val) > 1000 and {e.subset.split("/")[0] for e in val} == set(module.LANGS)
    assert [e.text for e in val] == [e.text for e in module.validation_rows()]  # fixed, whatever the run's seed
    held_groups = {e.group for e in val}
    for seed in (1, 61):
        kept = module.training_supplement(seed, 40, [], hold_out_templates=True)
        assert kept and not held_groups & {e.group for e in kept}
        assert not {e.text for e in val} & {e.text for e in kept}
    # Without the flag the training rows come from every template, and often repeat a validation row.
    everything = module.training_supplement(61, 40, [])
    assert held_groups & {e.group for e in everything} and {e.text for e in val} & {e.text for e in everything}
    args = train.run_args(seed=61, **{holdout: True, flag: 40})
    got = train.training_supplements(args, [])
    assert [e.text for e in got] == [e.text for e in module.training_supplement(61, 40, [], hold_out_templates=True)]
    # One pack's hold-out flag leaves the other pack whole.
    other, other_flag, _ = next(p for p in HOLDOUT_PACKS if p[2] != holdout)
    args = train.run_args(seed=61, **{holdout: True, other_flag: 40})
    assert [e.text for e in train.training_supplements(args, [])] == [e.text for e in other.training_supplement(61, 40, [])]

