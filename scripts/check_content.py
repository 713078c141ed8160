"""Content: no placeholders, real substance on every page, the page template, Chinese typography.

A page is either written or pending; a written page must be worth reading. The floors below are
low enough for a short section and high enough that a stub cannot pass.
"""

from __future__ import annotations

import re

from scripts.markdown_scan import MarkdownPage
from scripts.pages import zh_twin
from scripts.problems import Problem
from scripts.toc import Toc

PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|XXX)\b|待补充|待完善|待续|lorem ipsum|placeholder", re.I)
CJK = "\u4e00-\u9fff"
CJK_CHAR = re.compile(f"[{CJK}]")
LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
NO_SPACE = re.compile(f"[{CJK}][A-Za-z0-9]|[A-Za-z0-9][{CJK}]")
HALF_WIDTH = re.compile(f"[{CJK}][,;:?!]|[{CJK}]\\(|\\)[{CJK}]")
KEY_POINTS = {"zh": '!!! abstract "要点"', "en": '!!! abstract "Key points"'}
QUESTION = re.compile(r'^\s*\?\?\?\+? question "')
FIGURE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")

# Words of prose a page needs: (zh: CJK characters + Latin words, en: words).
FLOORS = {"section": (400, 250), "short": (60, 40), "index": (300, 180), "interview": (500, 300), "appendix": (150, 100),
          "other": (200, 120)}


def article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def substance(page: MarkdownPage) -> int:
    """How much prose the page has: CJK characters plus Latin words, outside code and math."""
    text = "\n".join(line for _, line in page.prose if not line.lstrip().startswith("#"))
    return len(CJK_CHAR.findall(text)) + len(LATIN_WORD.findall(text))


def page_kinds(toc: Toc) -> dict[str, str]:
    """zh path -> the kind of page, which sets its floor and template."""
    kinds: dict[str, str] = {}
    for entry in toc.entries():
        kinds[entry.page] = "short" if entry.short else entry.kind
    for course in toc.courses:
        kinds[course.index] = "index"
        for week in course.weeks:
            kinds[week.index] = "week-index"
    return kinds


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    problems: list[Problem] = []
    kinds = page_kinds(toc)
    for rel, page in pages.items():
        lang = page.lang
        kind = kinds.get(zh_twin(rel), "other")
        for number, line in enumerate(page.lines, start=1):
            if PLACEHOLDER.search(line):
                problems.append(Problem(page.path, number, f"placeholder text: {PLACEHOLDER.search(line).group(0)!r}"))

        floor_key = "index" if kind == "week-index" else kind
        floor = FLOORS.get(floor_key, FLOORS["other"])[0 if lang == "zh" else 1]
        amount = substance(page)
        if amount < floor and rel != "index.md" and rel != "index.en.md":
            unit = "characters and words" if lang == "zh" else "words"
            problems.append(Problem(
                page.path, 1, f"too little content: {amount} {unit} of prose, {article(kind)} {kind} page needs {floor}"))

        if kind in ("section", "short") and KEY_POINTS[lang] not in page.lines:
            problems.append(Problem(page.path, len(page.lines) or 1, f"section page has no key-points box ({KEY_POINTS[lang]})"))
        if kind == "week-index":
            count = sum(1 for line in page.lines if QUESTION.match(line))
            if not 3 <= count <= 5:
                problems.append(Problem(
                    page.path, 1, f"a week index has 3-5 review questions ('??? question \"…\"'), found {count}"))

        for index, line in enumerate(page.lines):
            if FIGURE.match(line):
                following = next((x.strip() for x in page.lines[index + 1:] if x.strip()), "")
                if following != "/// caption":
                    problems.append(Problem(
                        page.path, index + 1, "figure without a caption: follow it with a '/// caption' block"))

        if lang == "zh":
            for number, text in page.prose:
                m = NO_SPACE.search(text)
                if m:
                    problems.append(Problem(
                        page.path, number, f"put a space between Chinese and Latin letters or digits: {m.group(0)!r}"))
                m = HALF_WIDTH.search(text)
                if m:
                    problems.append(Problem(page.path, number, f"use full-width punctuation in Chinese prose: {m.group(0)!r}"))
    return problems
