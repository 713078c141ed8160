"""The glossary data: every term links to a TOC page, and no name is listed twice.

The glossary page, the jieba dictionary and the search aliases are all made from this one file,
so an error here would show in three places; it is caught here, with the file and line.
"""

from __future__ import annotations

from scripts.glossary import load_glossary
from scripts.markdown_scan import MarkdownPage
from scripts.problems import Problem
from scripts.toc import Toc


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    glossary = load_glossary(toc)
    problems = list(glossary.problems)
    for term in glossary.terms:
        entry = next((e for e in toc.entries() if e.page == term.page), None)
        if entry is not None and entry.written and term.page not in pages:
            problems.append(Problem(glossary.source, term.line, f"glossary link to docs/{term.page}: the page does not exist"))
    return problems
