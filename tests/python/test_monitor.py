"""Classification API: Policy, Monitor, Verdict, StreamChecker, over a Python test scorer."""

from __future__ import annotations

import json
import threading

import abusemon
import numpy as np
import pytest

from testkit import NAMES, keyword_scores


@pytest.fixture()
def scorer():
    return abusemon.CallbackScorer(keyword_scores, NAMES, model_id="kw", model_version="1")


@pytest.fixture()
def monitor(scorer):
    return abusemon.Monitor(scorer)


def test_categories_constant():
    assert abusemon.CATEGORIES == ("hate", "harassment", "sexual", "sexual_minors", "violence",
                                   "self_harm", "jailbreak")


def test_check_prompt_and_completion(monitor):
    v = monitor.check_prompt("hello hate=0.95 violence=0.55")
    assert v.action == "block" and v.flagged
    assert v.direction == "prompt"
    assert v.categories["hate"].severity == "high"
    assert v.categories["hate"].filtered and v.categories["hate"].annotated
    assert v.categories["violence"].severity == "low"
    assert not v.categories["violence"].filtered
    assert set(v.categories) == set(abusemon.CATEGORIES)
    assert v.scores.dtype == np.float32 and v.scores.shape == (7,)
    assert v.scores[0] == pytest.approx(0.95)
    assert v.model_id == "kw" and v.model_version == "1"
    assert v.refusal is None and v.stream_offsets is None
    c = monitor.check_completion("jailbreak=0.9")
    assert c.jailbreak_detected and not c.jailbreak_filtered and c.action == "annotate"
    assert monitor.check("jailbreak=0.9", "prompt").jailbreak_filtered
    assert monitor.check("fine", direction="completion").action == "allow"


def test_sexual_minors_composition(monitor):
    assert monitor.check_prompt("sexual=0.9 with kids").categories["sexual_minors"].score == \
        pytest.approx(0.9)
    assert monitor.check_prompt("sexual=0.9").categories["sexual_minors"].score == 0.0
    assert monitor.check_prompt("sexual=0.9 minor_mentioned=0.4").categories[
        "sexual_minors"].score == pytest.approx(0.4)
    # The lexical minor rule reads the multilingual model's languages too.
    for text in ("sexual=0.9 avec des enfants", "sexual=0.9 mit Kindern", "sexual=0.9 una niña",
                 "sexual=0.9 ha 12 anni", "sexual=0.9 minha filha"):
        assert monitor.check_prompt(text).categories["sexual_minors"].score == \
            pytest.approx(0.9), text
    assert monitor.check_prompt("sexual=0.9 il y a 12 ans").categories[
        "sexual_minors"].score == 0.0


def test_batch_and_numpy_scores(monitor):
    texts = ["hate=0.95", "ok", "self_harm=0.75"]
    verdicts = monitor.check_batch(texts, "completion")
    assert [v.action for v in verdicts] == ["block", "allow", "block"]
    assert all(v.direction == "completion" for v in verdicts)
    s = monitor.scores(texts)
    assert isinstance(s, np.ndarray) and s.dtype == np.float32 and s.shape == (3, 7)
    assert s[2, abusemon.CATEGORIES.index("self_harm")] == pytest.approx(0.75)
    assert monitor.scores([]).shape == (0, 7)


def test_policy_rules_thresholds_and_json():
    p = abusemon.Policy()
    assert p.rule("hate", "prompt") == ("low", "medium")
    assert p.rule("jailbreak", "prompt") == ("detected", "detected")
    assert p.rule("jailbreak", "completion") == ("detected", "off")
    p.set_rule("violence", "completion", "off", "high")
    assert p.rule("violence", "completion") == ("off", "high")
    assert p.thresholds("hate") is None
    p.set_thresholds("hate", 0.1, 0.2, 0.3)
    assert p.thresholds("hate") == pytest.approx((0.1, 0.2, 0.3))
    q = abusemon.Policy.from_json(p.to_json())
    assert q == p
    q.clear_thresholds("hate")
    assert q != p
    with pytest.raises(ValueError):
        p.set_thresholds("hate", 0.5, 0.2, 0.3)
    with pytest.raises(ValueError):
        p.set_rule("spam", "prompt", "low", "low")
    with pytest.raises(ValueError):
        p.set_rule("hate", "prompt", "low", "severe")


def test_policy_errors_name_the_key():
    with pytest.raises(abusemon.Error) as e:
        abusemon.Policy.from_json('{"categories": {"hate": {"prompt": {"block_at": "severe"}}}}')
    assert e.value.status == "format"
    assert "categories.hate.prompt.block_at" in str(e.value)
    with pytest.raises(abusemon.Error) as e:
        abusemon.Policy.from_file("/nonexistent/policy.json")
    assert e.value.status == "not_found"


def test_blocklists(scorer):
    p = abusemon.Policy()
    p.add_blocklist("brands", terms=["zorp"], phrases=["buy now"], action="annotate")
    p.add_blocklist("ids", regexes=[r"\b\d{3}-\d{4}\b"], directions=["completion"])
    with pytest.raises(ValueError):
        p.add_blocklist("brands", terms=["x"])
    with pytest.raises(abusemon.Error):
        p.add_blocklist("bad", regexes=["("])
    m = p.match_blocklists("ZORP: Buy  now at 555-1234", "completion")
    assert [(x.blocklist, x.kind, x.start, x.end) for x in m] == [
        ("brands", "term", 0, 4), ("brands", "phrase", 6, 14), ("ids", "regex", 18, 26)]
    mon = abusemon.Monitor(scorer, p)
    v = mon.check_prompt("zorp 555-1234")
    assert v.action == "annotate" and len(v.blocklist_matches) == 1
    assert mon.check_completion("zorp 555-1234").action == "block"


def test_policy_hot_swap(monitor):
    assert monitor.check_prompt("hate=0.95").flagged
    p = abusemon.Policy()
    p.set_rule("hate", "prompt", "off", "off")
    monitor.policy = p
    assert monitor.policy == p
    assert monitor.check_prompt("hate=0.95").action == "allow"


def test_formats_round_trip(monitor):
    v = monitor.check_prompt("hate=0.75 jailbreak=0.8")
    assert abusemon.Verdict.from_json(v.to_json()) == v
    native = json.loads(v.to_json())
    assert native["flagged"] is True and native["action"] == "block"
    assert native["categories"]["hate"] == {"score": 0.75, "severity": "medium",
                                            "filtered": True, "annotated": True}
    oa = json.loads(v.to_json("openai"))
    assert oa["results"][0]["categories"]["hate"] is True
    assert oa["results"][0]["category_scores"]["self-harm"] == 0.0
    assert abusemon.Verdict.from_json(v.to_json("openai"), "openai").to_json("openai") == \
        v.to_json("openai")
    az = json.loads(v.to_json("azure"))
    assert az["content_filter_results"]["jailbreak"] == {"filtered": True, "detected": True}
    assert az["content_filter_results"]["hate"] == {"filtered": True, "severity": "medium"}
    with pytest.raises(abusemon.Error) as e:
        abusemon.Verdict.from_json("{}")
    assert "direction: missing" in str(e.value)
    with pytest.raises(ValueError):
        v.to_json("xml")


def test_errors_and_limits(scorer):
    m = abusemon.Monitor(scorer, max_text_bytes=8)
    with pytest.raises(abusemon.Error) as e:
        m.check_prompt("x" * 9)
    assert e.value.status == "limit"
    with pytest.raises(ValueError):
        m.check("x", "sideways")
    with pytest.raises(ValueError):
        abusemon.Monitor(42)
    with pytest.raises(abusemon.Error) as e:
        abusemon.Monitor(abusemon.CallbackScorer(keyword_scores, ["spam"]))
    assert e.value.status == "format"
    bad = abusemon.Monitor(abusemon.CallbackScorer(lambda t: np.zeros((1, 1)), NAMES))
    with pytest.raises(abusemon.Error) as e:
        bad.check_prompt("x")
    assert "shape" in str(e.value)
    with pytest.raises(abusemon.Error):
        abusemon.Monitor("/nonexistent/model.gguf")


def test_stream_offsets_and_never_miss(monitor):
    s = monitor.stream(check_every=8, window=16)
    text = "a calm start. hate=0.95 and then more words"
    seen = []
    for i in range(0, len(text), 3):
        seen.extend(s.feed(text[i:i + 3]))
    assert seen and all(v.stream_offsets["final"] is False for v in seen)
    ends = [v.stream_offsets["end_offset"] for v in seen]
    assert ends == list(range(8, len(text) + 1, 8))
    assert any(v.flagged for v in seen)
    assert s.blocked and s.action == "block"
    final = s.finish()
    assert final.stream_offsets == {"check_offset": len(text), "start_offset": 0,
                                    "end_offset": len(text), "final": True}
    whole = monitor.check_completion(text)
    assert final.action == whole.action and final.categories["hate"].score == \
        whole.categories["hate"].score
    assert s.finished and s.text == text and s.checks == len(seen) + 1
    with pytest.raises(abusemon.Error) as e:
        s.feed("more")
    assert e.value.status == "state"
    with pytest.raises(ValueError):
        monitor.stream(check_every=10, window=5)


def test_stream_outlives_python_reference(scorer):
    s = abusemon.Monitor(scorer).stream(check_every=4, window=8)
    s.feed("hate=0.95 ok")  # the stream keeps its monitor alive
    assert s.finish().flagged


def test_concurrent_checks_release_the_gil(monitor):
    errors = []

    def work():
        try:
            for _ in range(50):
                assert monitor.check_prompt("hate=0.95").flagged
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def _tiny_model(tmp_path):
    """A tiny random BERT whose outputs are the category names, converted to GGUF."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from abusemon import convert

    torch.manual_seed(0)
    src = tmp_path / "src"
    src.mkdir()
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + list("abcdefghijklmnopqrstuvwxyz")
    (src / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    names = list(abusemon.CATEGORIES) + ["minor_mentioned"]
    cfg = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64, num_labels=len(names),
        id2label=dict(enumerate(names)), label2id={n: i for i, n in enumerate(names)},
        problem_type="multi_label_classification")
    transformers.BertForSequenceClassification(cfg).eval().save_pretrained(src)
    transformers.BertTokenizerFast(vocab_file=str(src / "vocab.txt")).save_pretrained(src)
    out = tmp_path / "tiny.gguf"
    convert.convert(str(src), str(out), model_id="tiny-monitor", model_version="9")
    return out


def test_monitor_over_a_model_file(tmp_path):
    path = _tiny_model(tmp_path)
    texts = ["hello there", "some other words"]
    by_path = abusemon.Monitor(str(path))
    by_model = abusemon.Monitor(abusemon.Model.load(str(path)))
    v = by_path.check_prompt(texts[0])
    assert v.model_id == "tiny-monitor" and v.model_version == "9"
    np.testing.assert_allclose(by_path.scores(texts), by_model.scores(texts), rtol=1e-6)
    raw = abusemon.Model.load(str(path)).score(texts)
    # Every category except the composed sexual_minors is the model output of the same name.
    for j, name in enumerate(abusemon.CATEGORIES):
        if name != "sexual_minors":
            assert by_path.scores(texts)[:, j] == pytest.approx(raw[:, j], rel=1e-6)
