"""Build the site, serve it on localhost and drive it in headless Chromium, as a reader would.

Shared by the browser tests and the search benchmark, so both measure the same thing: the built
site, through the real search box, in a real browser, with every request to another host blocked
and recorded (a page that needs one would not load in mainland China).
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from scripts.toc import ROOT

CHROMIUM = Path("/usr/bin/chromium")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}


def build_site(dest: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into dest; the caller asserts on the result and shows its output."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)],
                          cwd=ROOT, env=env, capture_output=True, text=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A browser that navigates away mid-download closes the socket: not an error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve the built site on a free localhost port; yields the base URL ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def launch_chromium(playwright):
    """Debian's chromium where it exists (playwright can't download a browser here)."""
    options = {"headless": True, "args": CHROMIUM_ARGS}
    if CHROMIUM.exists():
        options["executable_path"] = str(CHROMIUM)
    return playwright.chromium.launch(**options)


def block_third_party(context, blocked: list[str]) -> None:
    """Abort every request to a host other than localhost, and record it in `blocked`."""

    def handle(route) -> None:
        url = route.request.url
        if urlparse(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", handle)


def search(page, query: str, timeout_ms: int = 10000) -> list[str]:
    """Type `query` into the search box of the open page; return the result links, best first.

    Material reads the query on keyup, so the text is filled in and a key is released after it.
    """
    page.click("label.md-header__button[for='__search']")
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        """(query) => {
            const meta = document.querySelector('.md-search-result__meta');
            const list = document.querySelector('.md-search-result__list');
            return document.querySelector('.md-search__input').value === query && meta && list &&
                   (list.children.length > 0 || /\\d|No matching|没有/.test(meta.textContent));
        }""",
        arg=query,
        timeout=timeout_ms,
    )
    return page.eval_on_selector_all(".md-search-result__item > .md-search-result__link", "els => els.map(e => e.href)")
