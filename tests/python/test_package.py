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
    monkeypatch.setattr(_paths, "BUNDLED_MODEL", tmp_path / "absent.gguf")
    with pytest.raises(FileNotFoundError, match="setup_model.sh"):
        abusemon.Monitor()


def console_script() -> str:
    script = Path(sys.executable).parent / "abusemon"
    assert script.is_file(), "the wheel installs the abusemon console script"
    return str(script)


def test_console_script_runs_the_cli_with_the_bundled_model():
    env = {k: v for k, v in os.environ.items() if k != "ABUSEMON_MODEL"}
    out = subprocess.run([console_script(), "classify", "--text-lines", "-q"],
                         input="hello there\n", capture_output=True, text=True, env=env,
                         timeout=300, check=True).stdout
    record = json.loads(out.splitlines()[0])
    assert record["action"] == "allow"
    info = subprocess.run([console_script(), "--help"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert info.returncode == 0 and "classify" in info.stdout
