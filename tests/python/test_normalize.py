"""abusemon.normalize_text, the Model's normalisation switches and the obfuscation kinds the
robustness report measures. Runs against the installed wheel."""

from __future__ import annotations

import pathlib

import numpy as np
import pytest

import abusemon

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "data" / "engine" / "tiny-bert.gguf"


@pytest.fixture(scope="module")
def model():
    return abusemon.Model.load(str(FIXTURE))


@pytest.mark.parametrize(
    "attack, clean",
    [
        ("ｋｉｌｌ", "kill"),
        ("\U0001d421\U0001d41a\U0001d42d\U0001d41e", "hate"),
        ("ki\u200bll", "kill"),
        ("\u04bb\u0430te", "hate"),
        ("\u029c\u1d00\u1d1b\u1d07", "hate"),
        ("k\u0336i\u0336l\u0336l\u0336", "kill"),
        ("h4te", "hate"),
        ("k i l l", "kill"),
        ("k.i.l.l", "kill"),
        ("kiiiiill", "kill"),
    ],
)
def test_each_attack_is_undone(attack, clean):
    assert abusemon.normalize_text(attack) == clean


@pytest.mark.parametrize(
    "text",
    [
        "The quick brown fox jumps over the lazy dog.",
        "4 people, 2024, $5, C++, 1st, 10am, covid19, mp3, v1.2.3",
        "Привет, как дела? Это кот.",
        "Η γάτα και ο σκύλος.",
        "Héllo naïve café — 東京 😀",
        "kill -9 the process; www.example.com; XXX; VIII; zzz",
    ],
)
def test_ordinary_text_is_unchanged(text, model):
    assert abusemon.normalize_text(text) == text
    assert abusemon.normalize_text(text, model=model) == text


def test_options_switch_steps():
    assert abusemon.normalize_text("h4te k.i.l.l", fold_leetspeak=False) == "h4te kill"
    assert abusemon.normalize_text("h4te k.i.l.l", join_spaced=False) == "hate k.i.l.l"
    assert abusemon.normalize_text("kiiiill", collapse_elongation=False) == "kiiiill"
    assert abusemon.normalize_text("\u04bb\u0430te", fold_confusables=False) == "\u04bb\u0430te"
    assert abusemon.normalize_text("ｋｉｌｌ", nfkc=False) == "ｋｉｌｌ"
    assert abusemon.normalize_text("ki\u200bll", strip_invisible=False) == "ki\u200bll"
    assert abusemon.normalize_text("k\u0336ill", strip_marks=False) == "k\u0336ill"


def test_bytes_and_invalid_utf8():
    assert abusemon.normalize_text(b"h4te") == "hate"
    assert abusemon.normalize_text(b"ki\xffll") == "ki\ufffdll"


def test_bad_arguments():
    with pytest.raises(ValueError):
        abusemon.normalize_text(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        abusemon.normalize_text("x", model="not a model")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        abusemon.normalize_text("x", leetspeak=False)  # type: ignore[call-arg]


def test_model_vocabulary_is_the_lexicon(model):
    assert abusemon.normalize_text("1d10t") == "1d10t"
    assert abusemon.normalize_text("you are an 1d10t", model=model) == "you are an idiot"


def test_model_scores_normalised_text_by_default(model):
    assert model.normalizes
    clean = model.score(["you are an idiot", "i hate you"])
    attack = ["y\u043eu are an 1d10t", "i h4aaate y o u"]
    np.testing.assert_array_equal(model.score(attack), clean)
    np.testing.assert_array_equal(model.score(attack, normalize=True), clean)
    raw = model.score(attack, normalize=False)
    assert not np.array_equal(raw, clean)
    logits = model.run(attack, output="logits")
    np.testing.assert_array_equal(logits, model.run(["you are an idiot", "i hate you"], output="logits"))
    with pytest.raises(ValueError):
        model.score(attack, normalize="yes")
    off = abusemon.Model.load(str(FIXTURE), normalize=False)
    assert not off.normalizes
    np.testing.assert_array_equal(off.score(attack), raw)
    np.testing.assert_array_equal(off.score(attack, normalize=True), clean)


def test_monitor_follows_the_model_setting():
    clean, attack = "you are an idiot", "y\u043eu are an 1d10t"
    on = abusemon.Monitor(abusemon.Model.load(str(FIXTURE)))
    off = abusemon.Monitor(abusemon.Model.load(str(FIXTURE), normalize=False))
    np.testing.assert_array_equal(on.scores([attack]), on.scores([clean]))
    assert not np.array_equal(off.scores([attack]), on.scores([clean]))
