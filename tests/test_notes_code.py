"""Every ```python block in the notes runs on its own and its asserts hold.

Snippets are grouped by their text, so the zh and en copies of a snippet run once; each runs in a
fresh interpreter (no state leaks from one snippet to the next), in parallel workers.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from scripts import check_code
from scripts.pages import load_pages


def test_every_python_block_runs():
    snippets = check_code.python_snippets(load_pages())
    assert snippets, "the notes have no python blocks"
    unique = {}
    for snippet in snippets:
        unique.setdefault(snippet.code, snippet)
    runnable = [s for s in unique.values() if s.runnable]
    with ThreadPoolExecutor(max_workers=4) as pool:
        failures = [str(p) for p in pool.map(check_code.run, runnable) if p]
    assert failures == []

