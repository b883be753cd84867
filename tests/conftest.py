"""Shared pytest fixtures: real parts on loopback."""
from __future__ import annotations

import pytest

# tests/ has no __init__.py, so pytest puts tests/ itself on sys.path and helpers import as top-level modules.
from loopback import LoopbackServer


@pytest.fixture
def http_server():
    """A started `LoopbackServer` on 127.0.0.1; stopped after the test."""
    with LoopbackServer() as srv:
        yield srv
