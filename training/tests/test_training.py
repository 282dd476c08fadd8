"""Training-side tests (abusemon_training): the PyTorch model and the training entry point, on a
tiny random BERT base built here. Skipped (not failed) when torch/transformers are missing."""

from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

WORDS = "the a is you i will kill stupid idiot hate quick brown fox what time it now and are".split()


def _tiny_bert(tmp, head="base", positions=64):
    """A 2-layer random BERT saved in the layout `--base-dir` takes (config, weights, tokenizer)."""
    from transformers import BertConfig, BertModel, BertTokenizerFast

    torch.manual_seed(0)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + WORDS
    d = tmp / f"bert_{head}"
    d.mkdir()
    (d / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                     intermediate_size=48, max_position_embeddings=positions, type_vocab_size=2)
    model = BertModel(cfg, add_pooling_layer=False)
    model.eval()
    model.save_pretrained(d)
    BertTokenizerFast(vocab_file=str(d / "vocab.txt"), do_lower_case=True).save_pretrained(d)
    return d, model, None


def test_training_dropout_never_changes_inference():
    # Dropout is a training-time regulariser: in eval mode (what calibration, the evaluation
    # tool and the converted engine compute) the function must be exactly the same.
    from abusemon_training.modeling import Classifier

    cfg = {"vocab_size": 60, "hidden_size": 16, "max_position_embeddings": 32, "type_vocab_size": 2,
           "layer_norm_eps": 1e-12, "num_attention_heads": 2, "intermediate_size": 32, "num_hidden_layers": 2}
    torch.manual_seed(0)
    m = Classifier(cfg, 3)
    ids = torch.randint(0, 60, (2, 9))
    mask = torch.ones_like(ids)
    mask[1, 6:] = 0
    m.eval()
    with torch.no_grad():
        ref = m(ids, mask)
        m.add_lora([0, 1], 4, 8.0)  # B starts at zero: the same function
        m.set_dropout(0.5)
        m.eval()
        assert torch.equal(m(ids, mask), ref)
        m.train()
        torch.manual_seed(1)
        a = m(ids, mask)
        torch.manual_seed(2)
        b = m(ids, mask)
    assert not torch.allclose(a, b)
    assert not torch.allclose(a, ref)


def _tiny_training_work(tmp, positions=64):
    """A tiny base folder (what --base-dir takes) and work folder with train/val/test splits."""
    from abusemon_training.data.pipeline import write_jsonl
    from abusemon_training.data.schema import Example, make_labels

    base, _, _ = _tiny_bert(tmp, head="base", positions=positions)  # config.json, model.safetensors, tokenizer.json
    data = tmp / "work" / "data"
    data.mkdir(parents=True)
    rows = [Example("you are a stupid idiot and i hate you", "t", make_labels(harassment=1)),
            Example("i will kill you", "t", make_labels(violence=1)),
            Example("the quick brown fox", "t", make_labels()),
            Example("what time is it now", "t", make_labels())]
    for split in ("train", "val", "test", "eval_only"):
        write_jsonl(str(data / f"{split}.jsonl"), rows * (3 if split == "train" else 1))
    return base, tmp / "work"


def test_train_init_seed_separates_initialisation_from_data_seed(tmp_path):
    # Runs meant to be averaged (abusemon_training.soup) must start from the same parameters whatever
    # their --seed; a different --init-seed must start elsewhere. Zero optimisation steps
    # (--epoch-size below one batch) make the artifact the initialisation itself.
    from safetensors.torch import load_file

    from abusemon_training import train

    base, work = _tiny_training_work(tmp_path)

    def run(name, *args):
        out = tmp_path / name
        assert train.main(["--work", str(work), "--base-dir", str(base), "--out", str(out), "--threads", "1",
                           "--train-layers", "2", "--lora-r", "2", "--lora-alpha", "4", "--epoch-size", "1",
                           "--batch-size", "4", "--augment", "0", "--max-len", "16", "--stride", "8", *args]) == 0
        side = json.loads((out / "abusemon.json").read_text())
        return load_file(str(out / "adapter.safetensors")), side["training"]

    a, ra = run("a", "--init-seed", "5", "--seed", "1")
    b, rb = run("b", "--init-seed", "5", "--seed", "2")
    c, _ = run("c", "--init-seed", "6", "--seed", "1")
    assert ra["steps"] == 0 and ra["init_seed"] == 5 and (ra["seed"], rb["seed"]) == (1, 2)
    for k in ("lora.0.query.A", "lora.1.ffn_down.A", "head.dense.weight", "head.out.weight"):
        assert torch.equal(a[k], b[k]), k
        assert not torch.equal(a[k], c[k]), k



def test_train_continuation_inherits_card_and_licence(tmp_path):
    # A continuation (--init) of a multilingual artifact must not be relabelled with the English
    # default's model card and licence; explicit flags still win.
    from abusemon_training import train

    base, work = _tiny_training_work(tmp_path)
    common = ["--work", str(work), "--base-dir", str(base), "--threads", "1", "--train-layers", "2", "--lora-r", "2",
              "--lora-alpha", "4", "--epoch-size", "1", "--batch-size", "4", "--augment", "0", "--max-len", "16", "--stride", "8"]
    first = tmp_path / "first"
    assert train.main([*common, "--out", str(first), "--model-card", "card M", "--licence", "MIT + Apache-2.0"]) == 0
    cont = tmp_path / "cont"
    assert train.main([*common, "--out", str(cont), "--init", str(first)]) == 0
    side = json.loads((cont / "abusemon.json").read_text())
    assert (side["model_card"], side["license"]) == ("card M", "MIT + Apache-2.0")
    own = tmp_path / "own"
    assert train.main([*common, "--out", str(own), "--init", str(first), "--licence", "X"]) == 0
    assert json.loads((own / "abusemon.json").read_text())["license"] == "X"
    plain = tmp_path / "plain"
    assert train.main([*common, "--out", str(plain)]) == 0
    assert json.loads((plain / "abusemon.json").read_text())["model_card"] == train.ENGLISH_MODEL_CARD


def _sweep(tmp_path, runs, soups):
    """tools/train/sweep.sh in its CPU smoke mode on the tiny base, as a borrowed GPU would run it:
    only the training package from the checkout and the SWEEP_IN folder, no installed base."""
    import os
    import shutil
    import subprocess
    import sys
    import tarfile
    from pathlib import Path

    base, work = _tiny_training_work(tmp_path, positions=160)  # calibration windows are 128 tokens
    sweep_in, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base, sweep_in / "base")
    with tarfile.open(sweep_in / "splits.tar.xz", "w:xz") as t:
        for split in ("train", "val", "test"):
            t.add(work / "data" / f"{split}.jsonl", arcname=f"{split}.jsonl")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "SMOKE": "1", "DEVICE": "cpu", "SWEEP_IN": str(sweep_in), "SWEEP_OUT": str(out),
           "PYTHON": sys.executable, "SWEEP_RUNS": runs, "SWEEP_SOUPS": soups}
    r = subprocess.run(["bash", str(root / "tools" / "train" / "sweep.sh")], env=env, capture_output=True,
                       text=True, timeout=900)
    return r, out


# The recipe's own sizes are for MiniLM; a run's arguments come after it and win.
_TINY_RUN = "--train-layers 2 --lora-r 2 --lora-alpha 4 --batch-size 4 --augment 0 --extra-synthetic 0"


@pytest.mark.slow
def test_sweep_trains_averages_and_calibrates(tmp_path):
    # The GPU path of docs/TRAINING.md: a session lent a GPU for minutes cannot afford to find it
    # broken there (it was, after the training code left the wheel, and still exited 0).
    import tarfile

    # Comment lines (as in tools/train/plans) are skipped, not started as a run named "#".
    r, out = _sweep(tmp_path, f"# two seeds\na --seed 1 {_TINY_RUN}\nb --seed 2 {_TINY_RUN}", "# one average\ns a b")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "sweep: a exit 0" in r.stdout and "sweep: s exit 0" in r.stdout
    with tarfile.open(out / "runs.tar") as t:
        names = set(t.getnames())
        assert {"runs/a/adapter.safetensors", "runs/b/adapter.safetensors"} <= names
    with tarfile.open(out / "soups.tar") as t:
        side = json.load(t.extractfile("soups/s/abusemon.json"))
        assert "soups/s/adapter.safetensors" in t.getnames()
    assert side["training"]["soup"]["member_seeds"] == [1, 2]
    assert set(side["calibration"]) == set(side["outputs"])  # re-fitted after averaging


@pytest.mark.slow
def test_sweep_fails_when_a_run_fails(tmp_path):
    r, out = _sweep(tmp_path, f"a --seed 1 {_TINY_RUN}\nbad --no-such-flag", "s a bad")
    assert r.returncode == 1
    assert "sweep: failed: bad s" in r.stderr  # the run, and the average that lost a member
    assert (out / "logs.tar.gz").exists()  # what finished is still handed back


def test_xlmr_base_matches_transformers(tmp_path):
    # The multilingual base is an XLM-R-layout checkpoint ("roberta." names, positions numbered
    # from pad + 1, <s>/</s>/<pad> specials): the training model must compute what transformers
    # computes from the same folder, or training and the converted engine would disagree.
    import sentencepiece as spm
    from transformers import XLMRobertaConfig, XLMRobertaModel, XLMRobertaTokenizerFast

    from abusemon_training.modeling import Classifier, Tokenizer, load_base_state, load_config, pad_batch

    d = tmp_path / "xlmr"
    d.mkdir()
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(" ".join(WORDS[(i * 5 + j) % len(WORDS)] for j in range(10)) for i in range(200)), encoding="utf-8")
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(d / "sentencepiece.bpe"), vocab_size=40, model_type="unigram", hard_vocab_limit=False,
                                   unk_id=0, bos_id=1, eos_id=2, pad_id=-1, minloglevel=2)
    XLMRobertaTokenizerFast(vocab_file=str(d / "sentencepiece.bpe.model")).save_pretrained(d)
    torch.manual_seed(0)
    cfg = XLMRobertaConfig(vocab_size=64, hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=40,
                           max_position_embeddings=40, type_vocab_size=1, pad_token_id=1, bos_token_id=0, eos_token_id=2)
    ref = XLMRobertaModel(cfg, add_pooling_layer=False).eval()
    torch.nn.init.normal_(ref.embeddings.position_embeddings.weight)  # make a position shift visible
    ref.save_pretrained(d)
    tok = Tokenizer(str(d))
    assert (tok.cls, tok.sep, tok.pad) == (0, 2, 1)
    m = Classifier(load_config(str(d)), 3)
    m.load_base(load_base_state(str(d)))  # "roberta."-prefixed names
    m.eval()
    texts = ["you will kill the fox", "what time is it now and are you quick"]
    ids, mask = pad_batch(tok.first_window(texts, 32), tok.pad)
    with torch.no_grad():
        ours = m.run_layers(m.embed(ids), mask, 0, 2)
        theirs = ref(input_ids=ids, attention_mask=mask).last_hidden_state
    assert m.pos_offset == 2
    keep = mask.bool()
    assert torch.allclose(ours[keep], theirs[keep], atol=1e-4)


def _plan_lines(path):
    return [line.split() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")]


def test_prepared_sweep_plans_are_runnable():
    # A borrowed GPU gives minutes: a plan must not fail there on a flag train.py does not take, a
    # --pack-langs a pack cannot draw, or an average of runs the plan does not have.
    from pathlib import Path

    from abusemon_training import train

    plans = sorted((Path(__file__).resolve().parents[2] / "tools" / "train" / "plans").glob("*.runs"))
    assert plans
    for runs in plans:
        names = []
        for name, *args in _plan_lines(runs):
            a = train.build_parser().parse_args(args)
            train.training_supplements(a, [], dry_run=True)
            names.append(name)
        assert len(names) == len(set(names)) >= 2, runs
        soups = _plan_lines(runs.with_suffix(".soups"))
        assert soups, runs
        for name, *members in soups:
            assert len(members) >= 2 and set(members) <= set(names), (runs, name)


def test_sweep_refuses_an_unknown_plan(tmp_path):
    import os
    import subprocess
    from pathlib import Path

    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "model.safetensors").write_bytes(b"")
    (tmp_path / "splits.tar.xz").write_bytes(b"")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "SWEEP_IN": str(tmp_path), "SWEEP_OUT": str(tmp_path / "out"), "SWEEP_PLAN": "no-such-plan"}
    r = subprocess.run(["bash", str(root / "tools" / "train" / "sweep.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "no plan no-such-plan" in r.stderr
    assert not (tmp_path / "out").exists()  # refused before anything was made
