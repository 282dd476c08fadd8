"""The installed wheel: package layout, version, build info, error type."""

from __future__ import annotations

import json
import pathlib
import re

import abusemon
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


def test_runs_against_installed_wheel_not_source_tree():
    pkg = pathlib.Path(abusemon.__file__).resolve().parent
    assert pkg != REPO / "bindings/python/abusemon", f"imported from the source tree: {pkg}"
    assert "site-packages" in pkg.parts, f"not an installed package: {pkg}"
    assert any(pkg.glob("_core*.so")), "native extension missing from the wheel"
    assert (pkg / "_core.pyi").is_file(), "type stub missing from the wheel"
    assert (pkg / "py.typed").is_file()


def test_version_matches_header():
    header = (REPO / "include/abusemon/version.hpp").read_text()
    expected = re.search(r'ABUSEMON_VERSION_STRING "([^"]+)"', header).group(1)
    assert abusemon.__version__ == expected
    assert abusemon.version() == expected


def test_build_info_is_json():
    info = abusemon.build_info()
    assert info["version"] == abusemon.__version__
    assert "eigen" in info["dependencies"]
    assert json.loads(abusemon._core.build_info_json()) == info


def test_error_type_is_exported():
    assert issubclass(abusemon.Error, RuntimeError)
    with pytest.raises(abusemon.Error):
        raise abusemon.Error("x")
    assert "Error" in abusemon.__all__
