"""Fixtures shared by the tests in this folder; plain helpers live in testkit.py."""

from __future__ import annotations

import sys
from pathlib import Path

import abusemon
import pytest

# --import-mode=importlib leaves sys.path alone: put this folder on it so tests can import testkit.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from testkit import T0, Clock, add_reviewers  # noqa: E402


@pytest.fixture()
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture()
def review(tmp_path, clock):
    """A review store on tmp_path/store.db (the file Enforcement fixtures share) with alice and
    mia."""
    return add_reviewers(abusemon.ReviewStore(str(tmp_path / "store.db"), clock=clock))
