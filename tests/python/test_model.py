"""Engine parity tests: tiny random BERT / RoBERTa checkpoints built with `transformers`,
converted with `abusemon.convert`, scored by `abusemon.Model`, compared with PyTorch.

Skipped (not failed) when torch/transformers are not installed.
"""

from __future__ import annotations

import json
import shutil
import threading

import numpy as np
import pytest

import abusemon
from abusemon import convert as am_convert

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

TOL = 1e-4
WORDS = ("the a an is are was be to of and in that have it for not on with he as you do at "
         "this but his by from they we say her she or will my one all would there their what "
         "so up out if about who get which go me when make can like time no just him know take "
         "people into year your good some could them see other than then now look only come "
         "its over think also back after use two how our work first well way even new want "
         "because any these give day most us hate kill stupid idiot run ing ed er ly s").split()
TEXTS = [
    "The quick brown fox jumps over the lazy dog.",
    "you are an IDIOT!!! and I hate you",
    "",
    "   ",
    "Héllo naïve café — über straße",
    "東京 is big; 한국어 text, emoji 😀🥰 and zero\u200bwidth",
    "a" * 150,
    "x\ty\nz\r\n  multiple   spaces\u00a0here",
    "unknownwordsarehere supercalifragilistic",
    "The the THE tHe",
]


def _vocab():
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = list("abcdefghijklmnopqrstuvwxyz0123456789.,!?;:'\"-()")
    vocab = specials + chars + ["##" + c for c in "abcdefghijklmnopqrstuvwxyz"] + WORDS
    seen, out = set(), []
    for t in vocab:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def _tiny_bert(tmp, head="bert", hidden_act="gelu"):
    from transformers import BertConfig, BertForSequenceClassification, BertModel, BertTokenizerFast

    torch.manual_seed(0)
    vocab = _vocab()
    d = tmp / f"bert_{head}_{hidden_act}"
    d.mkdir()
    (d / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                     num_attention_heads=4, intermediate_size=48, max_position_embeddings=64,
                     hidden_act=hidden_act, num_labels=3, type_vocab_size=2,
                     problem_type="multi_label_classification",
                     id2label={0: "hate", 1: "harassment", 2: "violence"},
                     label2id={"hate": 0, "harassment": 1, "violence": 2})
    if head == "bert":
        model = BertForSequenceClassification(cfg)
    else:
        model = BertModel(cfg, add_pooling_layer=False)
    model.eval()
    model.save_pretrained(d)
    tok = BertTokenizerFast(vocab_file=str(d / "vocab.txt"), do_lower_case=True)
    tok.save_pretrained(d)
    return d, model, tok


def _convert(src, out, **kw):
    am_convert.convert(str(src), str(out), **kw)
    # Raw text, exactly as the PyTorch reference tokenises it (docs/NORMALIZATION.md).
    return abusemon.Model.load(str(out), normalize=False)


def _hf_ids(tok, text, max_len):
    return tok(text, truncation=True, max_length=max_len)["input_ids"]


def test_bert_classifier_matches_pytorch(tmp_path):
    d, model, tok = _tiny_bert(tmp_path)
    m = _convert(d, tmp_path / "bert.gguf")
    info = json.loads(m.info_json)
    assert info["architecture"] == "bert" and info["head"] == "bert"
    assert m.output_names == ["hate", "harassment", "violence"]
    for t in TEXTS:
        assert m.tokenize(t, special=True) == tok(t)["input_ids"], t
    logits = m.run(TEXTS, output="logits", max_tokens=64)
    with torch.no_grad():
        for i, t in enumerate(TEXTS):
            ids = torch.tensor([_hf_ids(tok, t, 64)])
            ref = model(input_ids=ids).logits[0].numpy()
            np.testing.assert_allclose(logits[i], ref, atol=TOL, rtol=0)
    # probabilities are sigmoid(logits) with identity calibration
    probs = m.score(TEXTS)
    np.testing.assert_allclose(probs, 1 / (1 + np.exp(-logits)), atol=1e-6)


def test_padded_batch_equals_single_and_threads(tmp_path):
    d, model, tok = _tiny_bert(tmp_path)
    m = _convert(d, tmp_path / "bert.gguf")
    batch = m.score(TEXTS)
    single = np.stack([m.score([t])[0] for t in TEXTS])
    np.testing.assert_allclose(batch, single, atol=1e-6)
    # PyTorch with padding + attention mask gives the same answer as our packed batch
    enc = tok(TEXTS, padding=True, truncation=True, max_length=64, return_tensors="pt")
    with torch.no_grad():
        ref = torch.sigmoid(model(**enc).logits).numpy()
    np.testing.assert_allclose(batch, ref, atol=TOL)
    results = [None] * 4

    def work(k):
        results[k] = m.score(TEXTS * 3)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for r in results:
        np.testing.assert_array_equal(r, np.concatenate([batch] * 3))


def test_long_text_windows_max_and_mean(tmp_path):
    d, model, tok = _tiny_bert(tmp_path)
    m = _convert(d, tmp_path / "bert.gguf")
    text = " ".join(WORDS[i % len(WORDS)] for i in range(157))
    ids = m.tokenize(text)
    assert len(ids) > 62
    max_tokens, stride = 16, 6
    content = max_tokens - 2
    starts = list(range(0, len(ids) - content, stride)) + [len(ids) - content]
    windows = [[2] + ids[s:s + content] + [3] for s in starts]  # [CLS]=2, [SEP]=3 in _vocab()
    with torch.no_grad():
        ref = torch.sigmoid(model(input_ids=torch.tensor(windows)).logits).numpy()
    got_max = m.score([text], max_tokens=max_tokens, stride=stride, window_pooling="max")[0]
    got_mean = m.score([text], max_tokens=max_tokens, stride=stride, window_pooling="mean")[0]
    np.testing.assert_allclose(got_max, ref.max(axis=0), atol=TOL)
    np.testing.assert_allclose(got_mean, ref.mean(axis=0), atol=TOL)
    with pytest.raises(abusemon.Error) as ei:
        m.score([text], max_tokens=max_tokens, stride=stride, max_windows=2)
    assert ei.value.status == "limit"
    with pytest.raises(ValueError):
        m.score([text], max_tokens=2)


def test_mean_pooling_abusemon_head_with_calibration(tmp_path):
    from safetensors.numpy import save_file

    d, model, tok = _tiny_bert(tmp_path, head="none", hidden_act="gelu_new")
    rng = np.random.default_rng(1)
    head = {"head.dense.weight": rng.normal(0, 0.2, (32, 32)).astype(np.float32),
            "head.dense.bias": rng.normal(0, 0.1, 32).astype(np.float32),
            "head.out.weight": rng.normal(0, 0.3, (2, 32)).astype(np.float32),
            "head.out.bias": rng.normal(0, 0.1, 2).astype(np.float32)}
    save_file(head, str(d / "head.safetensors"))
    side = {"model_id": "tiny-test", "model_version": "1.2.3", "license": "Apache-2.0",
            "model_card": "tiny random test model", "outputs": ["self_harm", "jailbreak"],
            "pooling": "mean",
            "head": {"file": "head.safetensors", "dense_weight": "head.dense.weight",
                     "dense_bias": "head.dense.bias", "activation": "tanh",
                     "out_weight": "head.out.weight", "out_bias": "head.out.bias"},
            "calibration": {"self_harm": {"a": 1.5, "b": -0.25}},
            "severity_thresholds": {"jailbreak": [0.4, 0.6, 0.95]},
            "policy_thresholds": {"self_harm": {"annotate": 0.3, "block": 0.6}}}
    (d / "abusemon.json").write_text(json.dumps(side))
    m = _convert(d, tmp_path / "mean.gguf", dtype="f16")
    info = json.loads(m.info_json)
    assert info["model_id"] == "tiny-test" and info["model_version"] == "1.2.3"
    assert info["license"] == "Apache-2.0" and info["pooling"] == "mean"
    assert info["per_output"]["jailbreak"]["severity"] == pytest.approx(
        {"low": 0.4, "medium": 0.6, "high": 0.95})
    assert info["per_output"]["self_harm"]["policy"]["block"] == pytest.approx(0.6)
    # reference: the f16-rounded weights the file holds
    sd = {k: v.half().float() if (v.dim() == 2 and "embeddings" not in k) else v
          for k, v in model.state_dict().items()}
    model.load_state_dict(sd)
    probs = m.score(TEXTS)
    with torch.no_grad():
        for i, t in enumerate(TEXTS):
            ids = torch.tensor([_hf_ids(tok, t, 64)])
            hs = model(input_ids=ids).last_hidden_state[0].numpy()
            pooled = hs.mean(axis=0)
            z = np.tanh(pooled @ head["head.dense.weight"].T + head["head.dense.bias"])
            z = z @ head["head.out.weight"].T + head["head.out.bias"]
            z = z * np.array([1.5, 1.0]) + np.array([-0.25, 0.0])
            np.testing.assert_allclose(probs[i], 1 / (1 + np.exp(-z)), atol=TOL)
    pooled = m.run(TEXTS[:2], output="pooled")
    assert pooled.shape == (2, 32)


def _tiny_xlmr(tmp):
    import sentencepiece as spm
    from transformers import XLMRobertaConfig, XLMRobertaForSequenceClassification

    d = tmp / "xlmr"
    d.mkdir()
    corpus = tmp / "corpus.txt"
    lines = [" ".join(WORDS[(i * 7 + j) % len(WORDS)] for j in range(12)) for i in range(300)]
    lines += ["Héllo naïve café über straße", "東京 한국어 текст на русском"] * 20
    corpus.write_text("\n".join(lines), encoding="utf-8")
    # XLM-R's own SentencePiece layout: <unk>=0, <s>=1, </s>=2.
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(d / "sentencepiece.bpe"),
                                   vocab_size=120, model_type="unigram", character_coverage=1.0,
                                   unk_id=0, bos_id=1, eos_id=2, pad_id=-1, minloglevel=2)
    sp = spm.SentencePieceProcessor(model_file=str(d / "sentencepiece.bpe.model"))

    def ids(text):  # the fairseq mapping used by XLMRobertaTokenizer: +1, unk → 3
        return [0] + [i + 1 if i != 0 else 3 for i in sp.encode(text)] + [2]

    torch.manual_seed(0)
    cfg = XLMRobertaConfig(vocab_size=sp.get_piece_size() + 2, hidden_size=32,
                           num_hidden_layers=2, num_attention_heads=4, intermediate_size=40,
                           max_position_embeddings=40, type_vocab_size=1, num_labels=2,
                           pad_token_id=1, bos_token_id=0, eos_token_id=2,
                           problem_type="multi_label_classification")
    model = XLMRobertaForSequenceClassification(cfg).eval()
    model.save_pretrained(d)
    return d, model, ids


def test_xlmr_sentencepiece_classifier_matches_pytorch(tmp_path):
    d, model, ref_ids = _tiny_xlmr(tmp_path)
    m = _convert(d, tmp_path / "xlmr.gguf")
    info = json.loads(m.info_json)
    assert info["architecture"] == "roberta" and info["tokenizer"] == "sentencepiece"
    assert info["position_offset"] == 2 and info["max_tokens"] == 38
    texts = [t for t in TEXTS if len(ref_ids(t)) <= 38]
    assert len(texts) >= 6
    for t in texts:
        assert m.tokenize(t, special=True) == ref_ids(t), t
    logits = m.run(texts, output="logits")
    seqs = [ref_ids(t) for t in texts]
    width = max(map(len, seqs))
    input_ids = torch.tensor([s + [1] * (width - len(s)) for s in seqs])
    mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs])
    with torch.no_grad():
        ref = model(input_ids=input_ids, attention_mask=mask).logits.numpy()
    np.testing.assert_allclose(logits, ref, atol=TOL)
    np.testing.assert_allclose(m.run_ids(seqs, output="logits"), ref, atol=TOL)


def test_f16_token_embedding_equals_rounded_f32(tmp_path):
    # An f16 token embedding is kept in the mapped file and widened per gathered row: the scores
    # must equal those of an f32 file whose embedding holds the same rounded values.
    from safetensors.numpy import load_file, save_file

    d, _, _ = _tiny_xlmr(tmp_path)
    f16 = _convert(d, tmp_path / "emb16.gguf", dtype="f16", embedding_dtype="f16")
    rounded = tmp_path / "rounded"
    shutil.copytree(d, rounded)
    st = load_file(str(rounded / "model.safetensors"))
    key = next(k for k in st if k.endswith("word_embeddings.weight"))
    st[key] = st[key].astype(np.float16).astype(np.float32)
    save_file(st, str(rounded / "model.safetensors"))
    f32 = _convert(rounded, tmp_path / "emb32.gguf", dtype="f16")
    texts = TEXTS[:6]
    np.testing.assert_array_equal(f16.run(texts, output="logits"), f32.run(texts, output="logits"))
    size16 = (tmp_path / "emb16.gguf").stat().st_size
    size32 = (tmp_path / "emb32.gguf").stat().st_size
    assert size32 - size16 == st[key].size * 2  # two bytes saved per embedding weight
    # An infinity in the f16 table is refused like one in any other tensor.
    bad = tmp_path / "emb16-inf.gguf"
    data = bytearray((tmp_path / "emb16.gguf").read_bytes())
    row = np.ascontiguousarray(st[key][0].astype(np.float16)).tobytes()
    at = data.find(row)
    assert at > 0
    data[at:at + 2] = np.array([np.inf], dtype=np.float16).tobytes()
    bad.write_bytes(bytes(data))
    with pytest.raises(abusemon.Error, match="token_embd.weight"):
        abusemon.Model.load(str(bad))
    with pytest.raises(am_convert.ConvertError, match="embedding_dtype"):
        am_convert.convert(str(d), str(tmp_path / "x.gguf"), embedding_dtype="f8")


def test_invalid_utf8_is_replaced_never_crashes(tmp_path):
    d, model, tok = _tiny_bert(tmp_path)
    m = _convert(d, tmp_path / "bert.gguf")
    bad = [b"abc\xff\xfedef", b"\xc3", b"\xe2\x82", b"ok \xed\xa0\x80 surrogate", b"\xf4\x90\x80\x80",
           b"\x00\x01\x02", bytes(range(256))]
    for b in bad:
        assert m.tokenize(b) == m.tokenize(b.decode("utf-8", "replace")), b
    assert np.isfinite(m.score(bad)).all()


def test_int8_close_to_fp32(tmp_path):
    d, model, tok = _tiny_bert(tmp_path)
    path = tmp_path / "bert.gguf"
    m = _convert(d, path)
    q = abusemon.Model.load(str(path), int8=True, normalize=False)
    assert json.loads(q.info_json)["int8"] is True
    a, b = m.score(TEXTS), q.score(TEXTS)
    assert np.abs(a - b).max() < 0.05


def test_hostile_files_raise_format(tmp_path):
    d, model, tok = _tiny_bert(tmp_path)
    path = tmp_path / "bert.gguf"
    _convert(d, path)
    data = path.read_bytes()
    cases = {"empty": b"", "magic": b"GGUX" + data[4:], "truncated_header": data[:40],
             "truncated_tensors": data[: len(data) - 100], "version": data[:4] + b"\x09\0\0\0" + data[8:],
             "huge_count": data[:8] + b"\xff" * 8 + data[16:]}
    for name, blob in cases.items():
        p = tmp_path / f"{name}.gguf"
        p.write_bytes(blob)
        with pytest.raises(abusemon.Error) as ei:
            abusemon.Model.load(str(p))
        assert ei.value.status == "format", name
    with pytest.raises(abusemon.Error) as ei:
        abusemon.Model.load(str(tmp_path / "missing.gguf"))
    assert ei.value.status == "not_found"


def test_converter_cli_rejects_bad_folders(tmp_path):
    assert am_convert.main([str(tmp_path), str(tmp_path / "o.gguf")]) == 3
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "gpt2"}))
    assert am_convert.main([str(tmp_path), str(tmp_path / "o.gguf")]) == 3
