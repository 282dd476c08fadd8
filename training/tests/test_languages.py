"""The per-language report (abusemon_training.languages) on a keyword stub: each figure must count
what the checker flags, on the rows of that language and set only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from abusemon_training import languages
from abusemon_training.data.schema import Example, make_labels

CATS = ("hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak")


def stub(texts):
    """Flags 'hate' for texts containing HATE, 'violence' for KILL."""
    out = []
    for t in texts:
        cats = {}
        for c in CATS:
            hit = (c == "hate" and "HATE" in t) or (c == "violence" and "KILL" in t)
            cats[c] = SimpleNamespace(score=0.9 if hit else 0.1, filtered=hit)
        out.append(SimpleNamespace(categories=cats))
    return out


def ex(text, lang, style="statement", source="src", **labels):
    return Example(text, source, make_labels(**labels), {}, style=style, subset=f"{lang}/x" if lang != "en" else "x")


def test_counts_per_language_and_set():
    test = [ex("HATE a", "fr", hate=1), ex("plain b", "fr", hate=1), ex("KILL c", "fr", "prompt", violence=1),
            ex("benign d", "fr"), ex("HATE e", "fr"),  # a false flag
            ex("HATE f", "en", hate=1), ex("benign g", "en"),
            ex("unknown h", "de", hate=None, harassment=None, sexual=None, violence=None, self_harm=None, jailbreak=None)]
    eval_only = [ex("KILL x", "fr", "prompt", "xsafety_fr", violence=1), ex("nope y", "fr", "prompt", "xsafety_fr", violence=1),
                 ex("fine z", "fr", "prompt", "xsafety_fr"),
                 # written_eval is a set of its own in every language, English included ...
                 ex("HATE w", "en", "prompt", "written_eval", hate=1), ex("KILL v", "en", "prompt", "written_eval"),
                 # ... while English public evaluation-only suites belong to the behaviour report
                 ex("HATE u", "en", "prompt", "toxicchat_train", hate=1)]
    res = languages.measure(stub, test, eval_only, cap=100, seed=1)
    fr = res["fr"]["test"]
    assert (fr["n_harm"], fr["n_benign"]) == (3, 2)
    assert fr["caught"] == pytest.approx(2 / 3)
    assert fr["requests_caught"] == 1.0 and fr["n_requests"] == 1
    assert fr["benign_flagged"] == pytest.approx(0.5)
    assert fr["per_category"]["hate"] == {"n": 2, "caught": 0.5, "in_category": 0.5}
    assert fr["per_category"]["violence"]["in_category"] == 1.0
    assert fr["non_hate_flagged_hate"] == pytest.approx(1 / 3)  # "KILL c", "benign d", "HATE e"
    ev = res["fr"]["xsafety_fr"]
    assert ev["requests_caught"] == 0.5 and ev["benign_prompts_flagged"] == 0.0
    assert res["en"]["test"]["caught"] == 1.0 and "xsafety_fr" not in res["en"]
    we = res["en"]["written_eval"]
    assert (we["n_harm"], we["n_benign"], we["caught"], we["benign_flagged"]) == (1, 1, 1.0, 1.0)
    assert set(res["en"]) == {"test", "written_eval"}
    assert "de" not in res  # only rows whose harm labels are all unknown
    md = "\n".join(languages.markdown(res, "stub"))
    assert "| fr | xsafety_fr | 2 / 1 |" in md
    assert "Per category, written_eval" in md


def test_non_english_summary_counts_what_the_detector_routes_away_from_english():
    rows = [ex("HATE un", "fr", hate=1), ex("plain deux", "fr", hate=1), ex("HATE trois", "fr"), ex("calme quatre", "fr"),
            ex("HATE english", "en", hate=1), ex("KILL english", "en"),  # English: left out
            ex("HATE und", "fr", hate=1),  # undetermined: left out
            ex("HATE unknown", "fr", hate=None, harassment=None, sexual=None, violence=None, self_harm=None, jailbreak=None)]

    def detect(text):
        return "en" if "english" in text else "und" if "und" in text else "fr"

    seen = []

    def check(texts):
        seen.extend(texts)
        return stub(texts)

    assert languages.non_english_summary(check, rows, detect) == {"harmful": 2, "caught": 1, "benign": 2, "flagged": 1}
    assert seen == ["HATE un", "plain deux", "HATE trois", "calme quatre"]
    assert languages.non_english_summary(check, rows[4:6], detect) == {"harmful": 0, "caught": 0, "benign": 0, "flagged": 0}


def test_the_internal_split_is_reported_under_its_own_name():
    rows = [ex("HATE a", "fr", hate=1), ex("calme b", "fr")]
    res = languages.measure(stub, rows, [], cap=100, seed=1, eval_sources=(), split="val")
    assert list(res["fr"]) == ["val"] and res["fr"]["val"]["caught"] == 1.0
    assert "| fr | val | 1 / 1 |" in "\n".join(languages.markdown(res, "stub"))


def test_everyday_summary_counts_flags_per_language_and_family():
    rows = [Example("KILL time", "benign_multilingual", make_labels(), {}, style="prompt", subset="fr/benign_ml:neg/idioms"),
            Example("calme", "benign_multilingual", make_labels(), {}, style="prompt", subset="fr/benign_ml:neg/idioms"),
            Example("HATE venting", "benign_multilingual", make_labels(), {}, style="statement", subset="fr/benign_ml:neg/venting"),
            Example("ruhig", "benign_multilingual", make_labels(), {}, style="prompt", subset="de/benign_ml:neg/idioms")]
    res = languages.everyday_summary(stub, rows)
    assert res == {"fr": {"n": 3, "flagged": 2, "per_family": {"neg/idioms": [1, 2], "neg/venting": [1, 1]}},
                   "de": {"n": 1, "flagged": 0, "per_family": {"neg/idioms": [0, 1]}}}
    md = "\n".join(languages.everyday_markdown(res))
    assert "| fr | 2 / 3 (66.7 %) | 1 / 2 | 1 / 1 |" in md and "| de | 0 / 1 (0.0 %) | 0 / 1 | – |" in md
    assert "| all | 2 / 4 (50.0 %) |" in md
    assert languages.everyday_summary(stub, []) == {}


def test_injection_summary_separates_injections_caught_from_look_alikes_flagged():
    def row(text, lang, family):
        return Example(text, "injection_multilingual", make_labels(jailbreak=int(family.startswith("inject/"))), {}, style="prompt",
                       subset=f"{lang}/injection:{family}")

    rows = [row("HATE ignore", "fr", "inject/ignore-and-say"), row("ignore quietly", "fr", "inject/ignore-and-say"),
            row("KILL secret", "fr", "inject/exfiltrate"), row("HATE quoted", "fr", "neg/quoted-imperative"),
            row("revise", "fr", "neg/revise-own-request"), row("fine", "de", "neg/persona-style")]
    res = languages.injection_summary(stub, rows)
    assert (res["fr"]["caught"], res["fr"]["injections"], res["fr"]["flagged"], res["fr"]["look_alikes"]) == (2, 3, 1, 2)
    assert (res["de"]["caught"], res["de"]["injections"], res["de"]["flagged"], res["de"]["look_alikes"]) == (0, 0, 0, 1)
    assert res["fr"]["per_family"]["inject/ignore-and-say"] == [1, 2]
    md = "\n".join(languages.injection_markdown(res))
    assert "| fr | 2 / 3 | 1 / 2 |" in md and "| de | 0 / 0 | 0 / 1 |" in md and "| all | 2 / 3 | 1 / 3 |" in md


def test_harm_vs_everyday_auprc_ranks_harm_above_everyday_prompts():
    rows = [ex("un", "fr", hate=1), ex("deux", "fr", hate=1), ex("three english", "en", hate=1), ex("calme", "fr")]
    everyday = [Example("calme", "benign_multilingual", make_labels(), {}, subset="fr/benign_ml:neg/x"),
                Example("tranquille", "benign_multilingual", make_labels(), {}, subset="fr/benign_ml:neg/x")]
    score = {"un": 0.9, "deux": 0.3, "three english": 0.95, "calme": 0.5, "tranquille": 0.1}

    def detect(text):
        return "en" if "english" in text else "fr"

    seen = []

    def check(texts):
        seen.extend(texts)
        return [SimpleNamespace(categories={c: SimpleNamespace(score=score[t] if c == "hate" else 0.0, filtered=False) for c in CATS}) for t in texts]

    # ranked: un (+), calme (-), deux (+), tranquille (-): precision 1 at the first positive, 2/3 at the second
    assert languages.harm_vs_everyday_auprc(check, rows, everyday, detect) == pytest.approx((1 + 2 / 3) / 2)
    assert seen == ["un", "deux", "calme", "tranquille"]  # English and benign rows of the split are not positives
    assert languages.harm_vs_everyday_auprc(check, rows, [], detect) is None
    score["deux"] = 0.6
    assert languages.harm_vs_everyday_auprc(check, rows, everyday, detect) == pytest.approx(1.0)


def test_memoized_check_scores_each_distinct_text_once():
    seen = []

    def check(texts):
        seen.append(list(texts))
        return [f"verdict of {t}" for t in texts]

    memo = languages.memoized(check)
    assert memo(["a", "b", "a"]) == ["verdict of a", "verdict of b", "verdict of a"]
    assert memo(["b", "c"]) == ["verdict of b", "verdict of c"]
    assert memo(["a"]) == ["verdict of a"] and memo([]) == []
    assert seen == [["a", "b"], ["c"]]  # each text sent to the model once, in first-seen order
