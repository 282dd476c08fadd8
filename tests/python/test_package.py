"""The package out of the box: the bundled default model, the console script, the stub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import abusemon
import pytest
from abusemon import _paths


def test_the_wheel_bundles_the_model_the_cli_and_the_stub():
    pkg = Path(abusemon.__file__).parent
    assert _paths.BUNDLED_MODEL.is_file()
    assert _paths.BUNDLED_CLI.is_file() and os.access(_paths.BUNDLED_CLI, os.X_OK)
    assert (pkg / "_core.pyi").is_file() and (pkg / "py.typed").is_file()


def test_monitor_and_model_without_a_path_use_the_bundled_model(monkeypatch):
    monkeypatch.delenv("ABUSEMON_MODEL", raising=False)
    monkeypatch.delenv("ABUSEMON_MULTILINGUAL_MODEL", raising=False)
    assert abusemon.Monitor().check_prompt("hello").action == "allow"
    model = abusemon.Model.load()
    assert "violence" in model.output_names
    assert json.loads(model.info_json) == json.loads(abusemon.Model.load(_paths.BUNDLED_MODEL).info_json)


def test_abusemon_model_overrides_the_bundled_model(monkeypatch, tmp_path):
    monkeypatch.setenv("ABUSEMON_MODEL", str(tmp_path / "missing.gguf"))
    with pytest.raises(abusemon.Error) as e:
        abusemon.Monitor()
    assert e.value.status == "not_found"
    with pytest.raises(abusemon.Error):
        abusemon.Model.load()


def test_without_a_bundled_model_the_error_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.delenv("ABUSEMON_MODEL", raising=False)
    monkeypatch.delenv("ABUSEMON_MULTILINGUAL_MODEL", raising=False)
    monkeypatch.setattr(_paths, "BUNDLED_MODEL", tmp_path / "absent.gguf")
    with pytest.raises(FileNotFoundError, match="setup_model.sh"):
        abusemon.Monitor()


def bundled_multilingual() -> Path:
    if not _paths.BUNDLED_MULTILINGUAL_MODEL.is_file():
        pytest.skip("this wheel was built without the multilingual model (scripts/setup_model.sh "
                    "with ABUSEMON_SKIP_MULTILINGUAL=1, or -DABUSEMON_WHEEL_MULTILINGUAL=OFF)")
    return _paths.BUNDLED_MULTILINGUAL_MODEL


FRENCH = "Je ne sais pas pourquoi il est parti si vite hier soir"


def test_monitor_without_a_model_routes_french_to_the_bundled_multilingual_model(monkeypatch):
    bundled_multilingual()
    monkeypatch.delenv("ABUSEMON_MODEL", raising=False)
    monkeypatch.delenv("ABUSEMON_MULTILINGUAL_MODEL", raising=False)
    monitor = abusemon.Monitor()
    fr = monitor.check_prompt(FRENCH)
    en = monitor.check_prompt("Where is the nearest train station?")
    assert (fr.language, fr.route) == ("fr", "multilingual")
    assert (en.language, en.route) == ("en", "english")
    assert fr.model_id != en.model_id
    # False: one model, no route recorded.
    assert abusemon.Monitor(multilingual=False).check_prompt(FRENCH).route is None


def test_default_multilingual_model_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("ABUSEMON_MODEL", raising=False)
    # The variable names the multilingual model (here the English file, which has the same outputs).
    monkeypatch.setenv("ABUSEMON_MULTILINGUAL_MODEL", str(_paths.BUNDLED_MODEL))
    assert _paths.default_multilingual_model_path() == str(_paths.BUNDLED_MODEL)
    assert abusemon.Monitor().check_prompt(FRENCH).route == "multilingual"
    # A model given explicitly is one model: the variable is only a default.
    assert abusemon.Monitor(str(_paths.BUNDLED_MODEL)).check_prompt(FRENCH).route is None
    assert abusemon.Monitor(str(_paths.BUNDLED_MODEL), multilingual=True).check_prompt(FRENCH).route == "multilingual"
    monkeypatch.setenv("ABUSEMON_MULTILINGUAL_MODEL", str(tmp_path / "missing.gguf"))
    with pytest.raises(abusemon.Error, match="multilingual model: .*missing.gguf") as e:
        abusemon.Monitor()
    assert e.value.status == "not_found"


def test_without_a_default_multilingual_model_monitor_is_one_model(monkeypatch, tmp_path):
    monkeypatch.delenv("ABUSEMON_MODEL", raising=False)
    monkeypatch.delenv("ABUSEMON_MULTILINGUAL_MODEL", raising=False)
    monkeypatch.setattr(_paths, "BUNDLED_MULTILINGUAL_MODEL", tmp_path / "absent.gguf")
    assert _paths.default_multilingual_model_path() is None
    assert abusemon.Monitor().check_prompt(FRENCH).route is None
    with pytest.raises(ValueError, match="no default multilingual model"):
        abusemon.Monitor(multilingual=True)


def test_a_replaced_english_model_does_not_pick_up_the_bundled_multilingual_one(monkeypatch):
    monkeypatch.setenv("ABUSEMON_MODEL", str(_paths.BUNDLED_MODEL))
    monkeypatch.delenv("ABUSEMON_MULTILINGUAL_MODEL", raising=False)
    assert _paths.default_multilingual_model_path() is None
    assert abusemon.Monitor().check_prompt(FRENCH).route is None
    # Asked for explicitly, the bundled multilingual model is used all the same.
    if _paths.BUNDLED_MULTILINGUAL_MODEL.is_file():
        assert abusemon.Monitor(multilingual=True).check_prompt(FRENCH).route == "multilingual"


def console_script() -> str:
    script = Path(sys.executable).parent / "abusemon"
    assert script.is_file(), "the wheel installs the abusemon console script"
    return str(script)


def test_console_script_runs_the_cli_with_the_bundled_model():
    env = {k: v for k, v in os.environ.items()
           if k not in ("ABUSEMON_MODEL", "ABUSEMON_MULTILINGUAL_MODEL")}
    out = subprocess.run([console_script(), "classify", "--text-lines", "-q"],
                         input="hello there\n", capture_output=True, text=True, env=env,
                         timeout=300, check=True).stdout
    record = json.loads(out.splitlines()[0])
    assert record["action"] == "allow"
    info = subprocess.run([console_script(), "--help"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert info.returncode == 0 and "classify" in info.stdout


def test_console_script_routes_with_the_bundled_multilingual_model():
    bundled_multilingual()
    env = {k: v for k, v in os.environ.items()
           if k not in ("ABUSEMON_MODEL", "ABUSEMON_MULTILINGUAL_MODEL")}
    out = subprocess.run([console_script(), "classify", "--text-lines", "-q"],
                         input=FRENCH + "\n", capture_output=True, text=True, env=env,
                         timeout=300, check=True).stdout
    record = json.loads(out.splitlines()[0])
    assert (record["language"], record["route"]) == ("fr", "multilingual")
    out = subprocess.run([console_script(), "classify", "--text-lines", "-q", "--no-multilingual"],
                         input=FRENCH + "\n", capture_output=True, text=True, env=env,
                         timeout=300, check=True).stdout
    assert "route" not in json.loads(out.splitlines()[0])
