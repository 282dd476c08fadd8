"""The child-safety supplement (data/synthetic_child_safety.py): harmful requests about children
carry the labels the Monitor composes sexual_minors, violence and harassment from; its negatives
use the same words in protective use and carry no harm label; it is deterministic, drops held-out
texts and is what `train --extra-child-safety` adds."""


import pytest

from abusemon_training.data import synthetic_child_safety as cs
from abusemon_training.data.minors import minor_mentioned
from abusemon_training.data.normalize import dedup_key
from abusemon_training.data.schema import HARM_OUTPUTS, Example, make_labels

ROWS = cs.generate(seed=11, per_template=40)


def test_deterministic_per_seed_and_filled():
    assert [e.text for e in ROWS] == [e.text for e in cs.generate(seed=11, per_template=40)]
    assert [e.text for e in ROWS] != [e.text for e in cs.generate(seed=12, per_template=40)]
    assert all(e.synthetic and e.source == "synthetic" and e.subset.startswith("cs-") for e in ROWS)
    assert not any("{" in e.text or "}" in e.text for e in ROWS), "unfilled slot"
    assert {e.subset for e in ROWS} == {spec[0] for spec in cs.SPECS}


def test_sexual_requests_about_children_carry_both_parts_of_sexual_minors():
    sexual = [e for e in ROWS if e.subset.startswith("cs-sexual_minors/")]
    assert len(sexual) >= 100
    for e in sexual:
        assert e.labels["sexual"] == 1 and e.labels["minor_mentioned"] == 1, e.text
        # The Monitor's own minor rule sees the child too, so its composition does not depend on
        # the model's minor output alone.
        assert minor_mentioned(e.text), e.text
        assert e.severity == {"sexual": 3} or e.severity == {"sexual": 2}


@pytest.mark.parametrize("family,output", [("cs-violence/child-abuse", "violence"), ("cs-harassment/child-emotional-abuse", "harassment")])
def test_abuse_requests_are_labelled_with_their_output_and_a_minor(family, output):
    rows = [e for e in ROWS if e.subset == family]
    assert len(rows) >= 30
    for e in rows:
        assert e.labels[output] == 1 and e.labels["minor_mentioned"] == 1 and minor_mentioned(e.text), e.text
        assert all(e.labels[o] == 0 for o in HARM_OUTPUTS if o != output), e.text


def test_negatives_use_the_same_words_without_a_harm_label():
    neg = [e for e in ROWS if e.subset.startswith("cs-neg/")]
    assert len(neg) >= 100
    for e in neg:
        assert e.is_benign() and e.labels["minor_mentioned"] == 1, e.text
        assert all(e.labels[o] == 0 for o in HARM_OUTPUTS), e.text
    # Contrast: the protective rows name what the harmful ones ask for.
    words = ("sexual", "abuse", "groom", "touch", "private parts", "puberty", "sex education", "hit", "spank")
    assert sum(any(w in e.text.lower() for w in words) for e in neg) >= len(neg) // 3


def test_held_out_texts_are_dropped():
    held = [Example(ROWS[0].text.upper() + " ", "x", make_labels(), {}), Example(ROWS[5].text, "x", make_labels(), {})]
    kept = cs.training_supplement(11, 40, held)
    keys = {dedup_key(e.text) for e in kept}
    assert dedup_key(ROWS[0].text) not in keys and dedup_key(ROWS[5].text) not in keys
    assert len(keys) == len(kept) == len(cs.training_supplement(11, 40, [])) - 2


def test_train_flag_adds_the_rows(capsys):
    from abusemon_training import train

    def args(n):
        return train.run_args(seed=4, extra_child_safety=n)

    assert train.training_supplements(args(0), []) == []
    got = train.training_supplements(args(5), [])
    assert [e.text for e in got] == [e.text for e in cs.training_supplement(4, 5, [])] and len(got) > 30
    with pytest.raises(SystemExit):
        train.main(["--extra-child-safety", "3", "--calibrate-only"])
    assert "--calibrate-only needs --init" in capsys.readouterr().err
