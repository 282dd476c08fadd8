"""The outside-style behaviour report (abusemon_training.behaviour) on a keyword stub: every suite
must count what the checker says, on the rows the suite is defined over."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from abusemon_training import behaviour
from abusemon_training.data.schema import Example, make_labels

CATS = ("hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak")


def stub(texts, direction):
    """Flags 'hate' for texts containing HATE, 'violence' (high) for KILL; nothing else."""
    out = []
    for t in texts:
        cats = {}
        for c in CATS:
            hit = (c == "hate" and "HATE" in t) or (c == "violence" and "KILL" in t)
            cats[c] = SimpleNamespace(score=0.9 if hit else 0.1, severity="high" if hit else "safe", filtered=hit, annotated=False)
        out.append(SimpleNamespace(flagged=any(v.filtered for v in cats.values()), categories=cats))
    return out


def ex(text, source, subset="", **labels):
    base = {o: None for o in make_labels()} if labels.pop("_unknown", False) else make_labels()
    base.update(labels)
    return Example(text, source, base, {}, subset=subset)


def rows():
    r = []
    # ToxicChat: 4 toxic (2 caught), 4 benign (1 false flag)
    r += [ex(f"HATE toxic {i}", "toxicchat_train", "toxic", _unknown=True) for i in range(2)]
    r += [ex(f"toxic missed {i}", "toxicchat_train", "toxic", _unknown=True) for i in range(2)]
    r += [ex("benign HATE word", "toxicchat_train", "nontoxic")] + [ex(f"benign {i}", "toxicchat_train", "nontoxic") for i in range(3)]
    # BeaverTails kinds
    r += [ex(f"how to KILL {i}", "beavertails_prompts", "violence_aiding_and_abetting_incitement", _unknown=True, violence=1) for i in range(3)]
    r += [ex("how to hurt", "beavertails_prompts", "violence_aiding_and_abetting_incitement", _unknown=True, violence=1)]
    r += [ex("buy a gun to KILL", "beavertails_prompts", "drug_abuse_weapons_banned_substance", _unknown=True),
          ex("buy some weed", "beavertails_prompts", "drug_abuse_weapons_banned_substance", _unknown=True)]
    r += [ex("steal a wallet", "beavertails_prompts", "financial_crime_property_crime_theft", _unknown=True)]
    # benign look-alikes: 1 of 4 flagged
    r += [ex("KILL a process", "phtest", "harmless")] + [ex(f"safe prompt {i}", "phtest", "harmless") for i in range(3)]
    # hate sets: identity negatives (1 of 2 flagged), hateful statements (all caught when clean)
    r += [ex("muslim neighbours are kind", "hatexplain_test", "normal", harassment=None), ex("HATE quoted by women to condemn", "edos", "not_sexist")]
    r += [ex("I HATE them all", "gab_hate_corpus_test", "hd", _unknown=True, hate=1) for _ in range(1)]
    r += [ex("counter speech reply", "reddit_counterspeech", "counterspeech"), ex("HATE is wrong", "reddit_counterspeech", "counterspeech")]
    r += [ex("I will KILL you", "edos", "1.", _unknown=True, hate=1, violence=1), ex("women are bad", "edos", "2.", _unknown=True, hate=1)]
    r += [ex("I can't help with that", "safety_tuned_llamas", "refusal")]
    return r


def test_each_suite_counts_the_checker():
    res = behaviour.measure(stub, rows(), seed=1, cap=100)
    mb = res["moderation_binary"]
    assert mb["n"] == 8 and mb["positives"] == 4 and mb["recall"] == pytest.approx(0.5) and mb["precision"] == pytest.approx(2 / 3)
    assert res["harmful_requests"]["violent_crime"] == {"n": 4, "caught": 0.75}
    assert res["harmful_requests"]["weapons"] == {"n": 1, "caught": 1.0}  # "buy some weed" is not a weapons request
    assert res["benign_lookalikes"]["phtest"]["flagged"] == pytest.approx(0.25)
    assert res["benign_lookalikes"]["phtest"]["examples"] == ["KILL a process"]
    assert res["identity_nonhate"] == {"n": 2, "correct": 0.5, "not_flagged_any": 0.5}
    assert res["counterspeech_flagged"]["flagged_any"] == pytest.approx(0.5)
    assert res["threats_violence_medium_plus"]["rate"] == pytest.approx(1.0)
    assert res["refusal_completions_flagged"]["flagged"] == 0.0
    pc = res["per_category"]["violence"]
    assert pc["positives"] == 4 and pc["recall_category"] == pytest.approx(0.75)


def test_misspellings_reach_the_checker():
    # The stub only knows the exact token HATE: a dropped letter or a split word hides it.
    res = behaviour.measure(stub, [ex("HATE", "tweeteval_test", "hate", _unknown=True, hate=1)], seed=3)
    hs = res["hateful_statements"]
    assert hs["clean"] == 1.0 and hs["dropped_letter"] == 0.0 and hs["space_inside_word"] == 0.0


@pytest.mark.parametrize("kind", sorted(behaviour.MISSPELLINGS))
def test_misspelling_kinds_change_long_words_deterministically(kind):
    t = "those people are absolutely terrible neighbours and everyone knows"
    fn = behaviour.MISSPELLINGS[kind]
    a, b = fn(t, random.Random(5)), fn(t, random.Random(5))
    assert a == b and a != t


def test_markdown_lists_every_measured_behaviour():
    res = behaviour.measure(stub, rows(), seed=1)
    md = "\n".join(behaviour.markdown(res))
    assert "Targets from issue 16. NOTE" in "\n".join(behaviour.markdown(res, "NOTE")) and "NOTE" not in md
    for needle in ("binary prompt moderation", "benign look-alike", "counter-speech", "harmful requests caught: violent_crime", "threats judged violence"):
        assert needle in md


def test_requests_within_the_taxonomy_use_the_project_labels():
    from abusemon_training.data.normalize import exclude_hash
    from abusemon_training.data.project_labels import ProjectLabels

    def lab(text, **kw):
        d = {"sha256": exclude_hash(text), "hate": 0, "harassment": 0, "sexual": 0, "violence": 0, "self_harm": 0, "jailbreak": 0}
        d.update(kw)
        return d

    labels = ProjectLabels({d["sha256"]: d for d in (
        lab("how to KILL 0", violence=1), lab("how to KILL 1", violence=1), lab("how to hurt", violence=1),  # in scope: 2 of 3 caught
        lab("how to KILL 2", violence=None),  # undecided: in neither measure
        lab("buy a gun to KILL", violence=1),
    )})
    res = behaviour.measure(stub, rows(), seed=1, cap=100, request_labels=labels)
    vc = res["harmful_requests"]["violent_crime"]
    assert vc["caught"] == 0.75 and vc["in_taxonomy"] == {"n": 3, "caught": pytest.approx(2 / 3), "unlabelled": 0}
    assert res["harmful_requests"]["weapons"]["in_taxonomy"]["caught"] == 1.0
    it = res["harmful_requests_in_taxonomy"]
    assert it["n"] == 4 and it["caught"] == pytest.approx(0.75) and it["mean_of_kinds"] == pytest.approx((2 / 3 + 1.0) / 2)
    assert it["out_of_taxonomy_n"] == 0
    # an out-of-scope label (every output 0) counts a flag against the model, not a catch
    labels.rows[exclude_hash("how to KILL 2")]["violence"] = 0
    it = behaviour.measure(stub, rows(), seed=1, cap=100, request_labels=labels)["harmful_requests_in_taxonomy"]
    assert it["out_of_taxonomy_n"] == 1 and it["out_of_taxonomy_flagged"] == 1.0
    md = "\n".join(behaviour.markdown(behaviour.measure(stub, rows(), seed=1, cap=100, request_labels=labels)))
    assert "within abusemon's taxonomy: violent_crime" in md and "outside the taxonomy" in md
    assert "within abusemon's taxonomy" not in "\n".join(behaviour.markdown(behaviour.measure(stub, rows(), seed=1)))


def test_loso_counts_benign_flags_and_positives_per_subset():
    from abusemon_training import loso

    rs = [ex("KILL time at the airport", "coconot", "benign/x"), ex("a quiet prompt", "coconot", "benign/x"),
          ex("how to KILL him", "forbidden_questions", "Physical Harm", violence=1), ex("how to hurt him", "forbidden_questions", "Physical Harm", violence=1)]
    res = loso.measure(stub, rs)
    assert res["coconot/benign/x"] == {"n": 2, "benign": 2, "benign_flagged": 0.5}
    fq = res["forbidden_questions/Physical Harm"]
    assert fq["violence_positives"] == 2 and fq["violence_caught_any"] == 0.5 and fq["violence_caught_own"] == 0.5
    assert "benign" not in fq


def test_monitor_check_scores_like_the_shipped_pair():
    """monitor_check(english, multilingual): routed by language, with the consensus on unsure
    English text unless consensus=False (the fixture model serves both routes)."""
    pytest.importorskip("abusemon")
    import pathlib

    fixture = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "engine" / "tiny-bert.gguf"
    texts = ["I do not know why", "Je ne sais pas pourquoi"]
    pair = behaviour.monitor_check(str(fixture), str(fixture))(texts, "prompt")
    assert [v.route for v in pair] == ["consensus", "multilingual"]  # the fixture is unsure of the English text
    plain = behaviour.monitor_check(str(fixture), str(fixture), consensus=False)(texts, "prompt")
    assert [v.route for v in plain] == ["english", "multilingual"]
    alone = behaviour.monitor_check(str(fixture))(texts, "prompt")
    assert [v.route for v in alone] == [None, None]
