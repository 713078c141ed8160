"""Shared fixtures: the site built once per test run, served on localhost, and a Chromium browser."""

from __future__ import annotations

import pytest

from scripts.browser import build_site, launch_chromium, serve
from scripts.pages import load_pages
from scripts.toc import load_toc


@pytest.fixture(scope="session")
def toc():
    return load_toc()


@pytest.fixture(scope="session")
def pages():
    return load_pages()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site, built with `mkdocs build --strict` (a warning such as a broken link fails it)."""
    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return dest


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()
