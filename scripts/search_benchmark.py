"""Search quality: the top-5 hit rate of a query set, typed into the real search box.

Not a pass/fail test: a measurement to quote and to improve. Each query is typed on a page of its
language (Chinese queries on a Chinese page, English on an English one); a hit is one of the
wanted pages among the first 5 distinct result pages. Queries whose wanted pages are all still
pending are counted and listed, not silently dropped.

    python3 scripts/dev.py benchmark          # builds the site, prints per-language hit rates
    python3 scripts/dev.py benchmark --misses # also lists every miss with what came instead
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

from scripts.browser import PHONE, block_third_party, build_site, launch_chromium, search, serve
from scripts.pages import site_path
from scripts.toc import ROOT, load_toc

QUERIES = ROOT / "tests" / "data" / "search_queries.yml"


def result_pages(links: list[str], base: str) -> list[str]:
    """Distinct pages of the result links, in order (a page can have several section hits)."""
    pages: list[str] = []
    for link in links:
        page = link.removeprefix(base).split("?")[0].split("#")[0]
        if page not in pages:
            pages.append(page)
    return pages


def run(show_misses: bool) -> int:
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    written = {e.page for e in load_toc().entries() if e.written}
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        result = build_site(site)
        if result.returncode != 0:
            print(result.stdout, result.stderr, file=sys.stderr)
            return 1
        with serve(site) as base, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            context = browser.new_context(viewport=PHONE)
            blocked: list[str] = []
            block_third_party(context, blocked)
            page = context.new_page()
            for lang in ("zh", "en"):
                start = base + ("en/" if lang == "en" else "") + "appendix/glossary/"  # no formulas to typeset
                hits, misses, waiting = 0, [], []
                for item in queries[lang]:
                    wanted = [w for w in item["want"] if w in written]
                    if not wanted:
                        waiting.append(item["q"])
                        continue
                    page.goto(start)
                    found = result_pages(search(page, item["q"]), base)[:5]
                    if any(site_path(w, lang) in found for w in wanted):
                        hits += 1
                    else:
                        misses.append((item["q"], found))
                asked = hits + len(misses)
                rate = hits / asked if asked else 0.0
                print(f"{lang}: top-5 hit rate {hits}/{asked} = {rate:.0%}"
                      f" ({len(waiting)} of {len(queries[lang])} queries wait for pages not yet written)")
                if show_misses:
                    for query, found in misses:
                        print(f"  miss {query!r}: {found}")
            browser.close()
            if blocked:
                print(f"requests to other hosts were blocked: {blocked}", file=sys.stderr)
                return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list every miss and what came instead")
    return run(parser.parse_args(argv).misses)


if __name__ == "__main__":
    sys.exit(main())
