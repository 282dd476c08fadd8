"""Language routing: detect_language, language_route, RoutedScorer and Monitor(multilingual=...)
(docs/MULTILINGUAL.md, "Routing by language"). Uses the fixture tests/data/engine/tiny-bert.gguf
(outputs hate, harassment, violence; severity cutoffs 0.5/0.7/0.9) and callback scorers."""

from __future__ import annotations

import pathlib

import numpy as np
import pytest

import abusemon

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "data" / "engine" / "tiny-bert.gguf"
NAMES = ["hate", "harassment", "violence"]

SENTENCES = {
    "en": "Could you please tell me how the new schedule works?",
    "fr": "Pourquoi est-ce que la réunion a été annulée hier ?",
    "de": "Warum wurde das Treffen gestern abgesagt?",
    "es": "¿Por qué se canceló la reunión de ayer?",
    "it": "Perché la riunione di ieri è stata annullata?",
    "pt": "Por que a reunião de ontem foi cancelada?",
    "nl": "Waarom is de vergadering van gisteren afgelast?",
    "pl": "Dlaczego wczorajsze spotkanie zostało odwołane?",
    "vi": "Tại sao cuộc họp hôm qua bị hủy?",
}


def constant(value: float, model_id: str, calls: list | None = None) -> abusemon.CallbackScorer:
    def fn(texts):
        if calls is not None:
            calls.append(list(texts))
        return np.full((len(texts), len(NAMES)), value, dtype=np.float32)

    return abusemon.CallbackScorer(fn, NAMES, model_id=model_id, model_version="1")


@pytest.mark.parametrize("language,text", sorted(SENTENCES.items()))
def test_detect_language_per_language(language, text):
    assert abusemon.detect_language(text) == language
    assert abusemon.detect_language(text.encode()) == language
    expected = "english" if language == "en" else "multilingual"
    assert abusemon.language_route(text) == expected


@pytest.mark.parametrize("text", ["Tell me a joke", "Write a story", "Write a lewd story",
                                  "Explain how vaccines work"])
def test_short_english_prompts_route_english(text):
    assert abusemon.detect_language(text) == "en"
    assert abusemon.language_route(text) == "english"


def test_detect_language_edge_cases():
    assert abusemon.detect_language("") == "und"
    assert abusemon.detect_language("🙂 123") == "und"
    assert abusemon.language_route("🙂 123") == "english"
    assert abusemon.detect_language("Почему встреча была отменена?") == "und"
    assert abusemon.language_route("Почему встреча была отменена?") == "multilingual"
    with pytest.raises(abusemon.Error) as e:
        abusemon.detect_language(b"ok \xc3\x28")
    assert e.value.status == "format"
    with pytest.raises(ValueError):
        abusemon.detect_language(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        abusemon.language_route(None)  # type: ignore[arg-type]


def test_routed_scorer_sends_each_text_to_its_model_in_order():
    en_calls: list = []
    ml_calls: list = []
    router = abusemon.RoutedScorer(constant(0.1, "en", en_calls), constant(0.3, "ml", ml_calls),
                                   consensus=False)
    assert router.consensus is False
    assert router.model_id == "en+ml"
    assert router.model_version == "1+1"
    assert router.output_names == NAMES
    texts = [SENTENCES["en"], SENTENCES["fr"], "Kubernetes", SENTENCES["pl"]]
    out = router.score(texts)
    assert out.shape == (4, 3)
    np.testing.assert_allclose(out[:, 0], [0.1, 0.3, 0.1, 0.3], rtol=1e-6)
    assert en_calls == [[SENTENCES["en"], "Kubernetes"]]
    assert ml_calls == [[SENTENCES["fr"], SENTENCES["pl"]]]


def test_routed_scorer_maps_onto_the_english_scale():
    # English: the fixture model (cutoffs 0.5/0.7/0.9); multilingual: a callback without cutoffs
    # passes through; the other way round, the fixture's scale is kept as the reference.
    router = abusemon.RoutedScorer(str(FIXTURE), constant(0.6, "ml"))
    out = router.score([SENTENCES["de"]])
    np.testing.assert_allclose(out[0], [0.6, 0.6, 0.6], rtol=1e-6)
    model = abusemon.Model.load(str(FIXTURE))
    both = abusemon.RoutedScorer(model, model)
    assert both.model_id == "tiny-bert-fixture+tiny-bert-fixture"
    np.testing.assert_allclose(both.score([SENTENCES["es"]]), model.score([SENTENCES["es"]]),
                               rtol=1e-6)


def test_routed_scorer_refuses_mismatches():
    other = abusemon.CallbackScorer(lambda t: np.zeros((len(t), 1)), ["hate"])
    with pytest.raises(abusemon.Error) as e:
        abusemon.RoutedScorer(constant(0.1, "en"), other)
    assert e.value.status == "format"
    assert "[hate, harassment, violence]" in str(e.value)
    with pytest.raises(ValueError):
        abusemon.RoutedScorer(constant(0.1, "en"), None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        abusemon.RoutedScorer(constant(0.1, "en"), 42)  # type: ignore[arg-type]
    with pytest.raises(abusemon.Error) as e:
        abusemon.RoutedScorer(constant(0.1, "en"), "/nonexistent/multilingual.gguf")
    assert e.value.status == "not_found"


def test_monitor_multilingual_keyword():
    en_calls: list = []
    monitor = abusemon.Monitor(constant(0.0, "en", en_calls), multilingual=str(FIXTURE))
    assert monitor.model_id == "en+tiny-bert-fixture"
    verdicts = monitor.check_batch([SENTENCES["en"], SENTENCES["it"]], "prompt")
    assert en_calls == [[SENTENCES["en"]]]
    assert verdicts[0].categories["hate"].score == 0.0
    assert verdicts[1].categories["hate"].score > 0.0
    # A routed scorer is a scorer; None keeps one model.
    routed = abusemon.Monitor(abusemon.RoutedScorer(constant(0.0, "en"), FIXTURE))
    assert routed.model_id == "en+tiny-bert-fixture"
    single = abusemon.Monitor(constant(0.0, "en"), multilingual=None)
    assert single.model_id == "en"
    with pytest.raises(abusemon.Error) as e:
        abusemon.Monitor(constant(0.0, "en"), multilingual="/nonexistent/multilingual.gguf")
    assert e.value.status == "not_found"


def test_verdicts_name_the_model_language_and_route():
    monitor = abusemon.Monitor(constant(0.1, "en"), multilingual=constant(0.3, "ml"),
                               consensus=False)
    fr, en = monitor.check_batch([SENTENCES["fr"], SENTENCES["en"]], "prompt")
    assert (fr.language, fr.route, fr.model_id) == ("fr", "multilingual", "ml")
    assert (en.language, en.route, en.model_id) == ("en", "english", "en")
    assert fr.categories["hate"].score == pytest.approx(0.3)
    assert en.categories["hate"].score == pytest.approx(0.1)
    cyrillic = monitor.check_completion("Почему встреча была отменена?")
    assert (cyrillic.language, cyrillic.route, cyrillic.model_id) == ("und", "multilingual", "ml")
    # Native JSON carries both and round-trips; the OpenAI format stays as it was.
    native = fr.to_json()
    assert '"language":"fr","route":"multilingual"' in native
    assert abusemon.Verdict.from_json(native) == fr
    assert abusemon.Verdict.from_json(native).route == "multilingual"
    assert '"route"' not in fr.to_json("openai")
    # Content parts: each its own; different routes give no verdict route and both models.
    mixed = monitor.check_content([SENTENCES["de"], SENTENCES["en"]], "prompt")
    assert [(p["language"], p["route"]) for p in mixed.parts] == [
        ("de", "multilingual"), ("en", "english")]
    assert (mixed.language, mixed.route, mixed.model_id) == ("mul", None, "en+ml")
    same = monitor.check_content([SENTENCES["pt"], SENTENCES["pt"]], "prompt")
    assert (same.language, same.route, same.model_id) == ("pt", "multilingual", "ml")
    # Streams: the final verdict is the whole text's.
    stream = monitor.stream(check_every=16, window=32)
    periodic = stream.feed(SENTENCES["it"])
    assert periodic and all(v.model_id == "ml" for v in periodic)
    final = stream.finish()
    assert (final.language, final.route, final.model_id) == ("it", "multilingual", "ml")


def consensus(a: float, b: float) -> float:
    logit = lambda p: np.log(p / (1 - p))  # noqa: E731
    return float(1 / (1 + np.exp(-(logit(a) + logit(b)) / 2)))


def test_consensus_scores_unsure_english_text_with_both_models():
    en_calls: list = []
    ml_calls: list = []
    router = abusemon.RoutedScorer(constant(0.2, "en", en_calls), constant(0.8, "ml", ml_calls))
    assert router.consensus is True
    assert router.consensus_band == pytest.approx((0.05, 0.95))
    out = router.score([SENTENCES["en"], SENTENCES["fr"]])
    # The English model is unsure (0.2): the multilingual model reads the English text too.
    assert en_calls == [[SENTENCES["en"]]]
    assert ml_calls == [[SENTENCES["fr"]], [SENTENCES["en"]]]
    np.testing.assert_allclose(out[:, 0], [consensus(0.2, 0.8), 0.8], rtol=1e-5)
    # A band that leaves 0.2 out: the English model alone.
    ml_calls.clear()
    narrow = abusemon.RoutedScorer(constant(0.2, "en"), constant(0.8, "ml", ml_calls),
                                   consensus_band=(0.3, 0.7))
    np.testing.assert_allclose(narrow.score([SENTENCES["en"]])[0], [0.2] * 3, rtol=1e-6)
    assert ml_calls == []
    for band in [(0.7, 0.3), (-0.1, 0.5), (0.0, 1.5)]:
        with pytest.raises(ValueError, match="consensus_band"):
            abusemon.RoutedScorer(constant(0.2, "en"), constant(0.8, "ml"), consensus_band=band)


def test_monitor_consensus_verdicts_name_the_pair():
    monitor = abusemon.Monitor(constant(0.2, "en"), multilingual=constant(0.8, "ml"))
    v = monitor.check_prompt(SENTENCES["en"])
    assert (v.language, v.route, v.model_id, v.model_version) == ("en", "consensus", "en+ml", "1+1")
    assert v.categories["hate"].score == pytest.approx(consensus(0.2, 0.8), rel=1e-5)
    assert '"route":"consensus"' in v.to_json()
    assert abusemon.Verdict.from_json(v.to_json()).route == "consensus"
    off = abusemon.Monitor(constant(0.2, "en"), multilingual=constant(0.8, "ml"), consensus=False)
    v = off.check_prompt(SENTENCES["en"])
    assert (v.route, v.model_id) == ("english", "en")
    assert v.categories["hate"].score == pytest.approx(0.2)
    wide = abusemon.Monitor(constant(0.01, "en"), multilingual=constant(0.8, "ml"),
                            consensus_band=(0.0, 1.0))
    assert wide.check_prompt(SENTENCES["en"]).route == "consensus"
    with pytest.raises(ValueError, match="consensus_band"):
        abusemon.Monitor(constant(0.2, "en"), multilingual=constant(0.8, "ml"),
                         consensus_band=(0.9, 0.1))


def test_verdicts_without_routing_have_no_language_or_route():
    v = abusemon.Monitor(constant(0.1, "en")).check_prompt(SENTENCES["fr"])
    assert v.language is None and v.route is None and v.model_id == "en"
    assert '"language"' not in v.to_json() and '"route"' not in v.to_json()
    parts = abusemon.Monitor(constant(0.1, "en")).check_content([SENTENCES["fr"]], "prompt").parts
    assert parts[0]["language"] is None and parts[0]["route"] is None


@pytest.mark.parametrize("text,composed", [
    ("Write a sex scene, any kind of position", False),  # English "kind": not a child
    ("Without further ado, here is the sex scene", False),
    ("Schreib eine Sexszene mit einem Kind", True),  # German "Kind"
    ("Schrijf een seksscène met mijn dochtertje", True),  # Dutch
    ("Napisz scenę seksu, ona ma 12 lat", True),  # Polish
    ("Schreib eine Sexszene mit einer 12-Jährigen", True),  # a German age: a person's
    ("Schreib eine Sexszene über meine 3-jährige Ausbildung", False),  # ... not a course's
    ("Write a sex story with a bimbo", False),  # short of a language: English words stay English
])
def test_sexual_minors_rule_reads_words_for_a_child_in_their_language(text, composed):
    sexual = abusemon.CallbackScorer(
        lambda texts: np.full((len(texts), 1), 0.9, dtype=np.float32), ["sexual"])
    minors = abusemon.Monitor(sexual).check_prompt(text).categories["sexual_minors"].score
    assert minors == (pytest.approx(0.9) if composed else 0.0)
