"""TOC coverage: every TOC entry has its pages (or is pending), and every page is in the TOC.

The TOC file is the single source of the structure; this check is what keeps the pages and the
file from drifting apart (a page nobody links, an entry marked written with no page, a title that
no longer matches).
"""

from __future__ import annotations

from scripts.markdown_scan import MarkdownPage
from scripts.pages import HOME, en_twin, structural_pages, zh_twin
from scripts.problems import Problem
from scripts.toc import Toc


def _check_h1(page: MarkdownPage, expected: str) -> list[Problem]:
    h1s = [h for h in page.headings if h.level == 1]
    if not h1s:
        return [Problem(page.path, 1, f"page has no H1; expected '# {expected}'")]
    problems = [Problem(page.path, h.line, "a page has exactly one H1") for h in h1s[1:]]
    first = page.headings[0]
    if first.level != 1:
        problems.append(Problem(page.path, first.line, "the H1 must be the page's first heading"))
    if h1s[0].text != expected:
        problems.append(Problem(page.path, h1s[0].line, f"H1 is '{h1s[0].text}', the TOC says '{expected}'"))
    return problems


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    problems = list(toc.problems)
    toc_rel = toc.source
    expected_h1: dict[str, str] = {}

    for entry in toc.entries():
        for lang in ("zh", "en"):
            rel = entry.page if lang == "zh" else en_twin(entry.page)
            if entry.written:
                if rel not in pages:
                    problems.append(Problem(
                        toc_rel, entry.line, f"entry {entry.number or entry.en!r} is written but docs/{rel} does not exist"))
                else:
                    expected_h1[rel] = entry.h1(lang)
            elif rel in pages:
                problems.append(Problem(
                    pages[rel].path, 1,
                    f"page exists but its TOC entry ({toc_rel}:{entry.line}) is pending: mark it written, or remove the page"))

    for zh_rel, titles in structural_pages(toc).items():
        for lang, title in zip(("zh", "en"), titles, strict=True):
            rel = zh_rel if lang == "zh" else en_twin(zh_rel)
            if rel not in pages:
                problems.append(Problem(
                    toc_rel, 1, f"docs/{rel} is missing: every course and week with written sections has an index page"))
            else:
                expected_h1[rel] = title

    known = set(expected_h1) | {p for e in toc.entries() for p in (e.page, en_twin(e.page))}
    allowed = set(HOME)
    for rel, page in pages.items():
        if rel in expected_h1:
            problems += _check_h1(page, expected_h1[rel])
        elif zh_twin(rel) in allowed:
            pass
        elif rel not in known:
            problems.append(Problem(
                page.path, 1, f"orphan page: not in {toc_rel} (and not a course or week index of a written section)"))
        if rel.endswith(".en.md") and zh_twin(rel) not in pages:
            problems.append(Problem(page.path, 1, f"English page without its Chinese page docs/{zh_twin(rel)}"))
        if not rel.endswith(".en.md") and en_twin(rel) not in pages:
            problems.append(Problem(page.path, 1, f"missing translation: docs/{en_twin(rel)} does not exist"))
    return problems
