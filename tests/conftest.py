"""Shared fixtures: the site built once per test run, served on localhost, and a Chromium browser."""

from __future__ import annotations

import pytest

from scripts.browser import PHONE, block_third_party, build_site, launch_chromium, serve
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


@pytest.fixture(scope="module")
def phone(browser, base_url):
    """One phone-sized browser tab for the module, with third-party requests blocked and recorded."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    blocked: list[str] = []
    block_third_party(context, blocked)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda r: errors.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)
    yield page, blocked, errors
    context.close()
