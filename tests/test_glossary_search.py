"""Glossary terms through the real search box: a term, or any of its other names, typed on a page of
one language finds the section that introduces it among the top 5 pages, in that language."""

from __future__ import annotations

import pytest

from scripts.browser import search
from scripts.glossary import load_glossary
from scripts.pages import site_path
from scripts.search_benchmark import result_pages
from scripts.toc import load_toc

pytestmark = pytest.mark.browser
SAMPLE = 60  # queries per language, spread evenly over the glossary


def sample_queries(lang: str) -> list[tuple[str, str]]:
    """(name, zh page) pairs: every name of every term whose section is written, evenly thinned to SAMPLE."""
    toc = load_toc()
    written = {e.page for e in toc.entries() if e.written}
    pairs = [(name, term.page) for term in load_glossary(toc).terms if term.page in written
             for name in term.names(lang)]
    step = max(1, len(pairs) // SAMPLE)
    return pairs[::step][:SAMPLE]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_glossary_terms_find_their_section(phone, base_url, lang):
    page, blocked, _ = phone
    queries = sample_queries(lang)
    assert len(queries) >= 50, f"only {len(queries)} glossary queries in {lang}: the glossary is too small"
    # The glossary page has no formulas, so no MathJax to load before each query.
    start = base_url + ("en/" if lang == "en" else "") + "appendix/glossary/"
    misses = []
    for name, target in queries:
        page.goto(start)
        found = result_pages(search(page, name), base_url)[:5]
        if site_path(target, lang) not in found:
            misses.append(f"{name!r} -> {site_path(target, lang)}; top 5: {found}")
    assert blocked == []
    assert misses == [], f"{len(misses)} of {len(queries)} {lang} glossary queries missed:\n" + "\n".join(misses)
