"""Shared fixtures: the real engine on the bundled rules, and the real service under waitress on a free port.

Plain helpers live in helpers.py (import them from there: with a second conftest.py under e2e/,
`from conftest import ...` can resolve to the wrong file)."""
from __future__ import annotations

import pytest

from helpers import LiveServer
from thinktwice.engine import Engine, default_rules_dir


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_directory(default_rules_dir())


@pytest.fixture(scope="session")
def playwright():
    """One Playwright driver for the whole run: its sync API refuses a second one while the first lives,
    so the extension's tests and the admin page's share it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def live_server(tmp_path_factory):
    server = LiveServer({"DATA_DIR": str(tmp_path_factory.mktemp("data"))})
    yield server
    server.stop()
