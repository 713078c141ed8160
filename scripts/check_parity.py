"""Translation parity: the zh and en pages of an entry carry the same structure and the same math.

The English page says what the Chinese page says; the parts that can be compared mechanically are
compared: heading levels, the formulas under each heading, figures and code (comments may be translated).
"""

from __future__ import annotations

import io
import tokenize
from collections import Counter

from scripts.markdown_scan import MarkdownPage
from scripts.pages import en_twin
from scripts.problems import Problem
from scripts.toc import Toc


def code_without_comments(lang: str, text: str) -> str:
    """Python code with comments and blank lines dropped, so translated comments compare equal."""
    if lang not in ("python", "py"):
        return text.strip()
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type != tokenize.COMMENT]
        code = tokenize.untokenize(tokens)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return text.strip()
    return "\n".join(line.rstrip() for line in code.splitlines() if line.strip())


def _compare(zh: MarkdownPage, en: MarkdownPage, what: str, zh_items: list, en_items: list) -> list[Problem]:
    """One problem at the first difference: later ones usually follow from it."""
    for (zh_line, zh_value), (en_line, en_value) in zip(zh_items, en_items, strict=False):
        if zh_value != en_value:
            return [Problem(en.path, en_line, f"{what} differs from {zh.path}:{zh_line}: {zh_value!r} vs {en_value!r}")]
    if len(zh_items) != len(en_items):
        line = en_items[len(zh_items)][0] if len(en_items) > len(zh_items) else (en_items[-1][0] if en_items else 1)
        return [Problem(en.path, line, f"{len(en_items)} {what}s here, {len(zh_items)} in {zh.path}")]
    return []


def _formulas_by_part(page: MarkdownPage) -> list[tuple[int, Counter]]:
    """(line where the part starts, formulas in it) for each part of the page between headings."""
    starts = [1] + [h.line for h in page.headings]
    parts = [(line, Counter()) for line in starts]
    for math in page.maths:
        index = sum(1 for h in page.headings if h.line < math.line)
        parts[index][1][math.tex] += 1
    return parts


def _compare_formulas(zh: MarkdownPage, en: MarkdownPage) -> list[Problem]:
    """The same formulas under each heading; their order may follow each language's word order."""
    problems = []
    zh_lines = {m.tex: m.line for m in reversed(zh.maths)}
    en_lines = {m.tex: m.line for m in reversed(en.maths)}
    for (_, zh_set), (en_start, en_set) in zip(_formulas_by_part(zh), _formulas_by_part(en), strict=False):
        for tex in sorted((zh_set - en_set).keys()):
            problems.append(Problem(
                en.path, en_start, f"formula {tex!r} of {zh.path}:{zh_lines[tex]} is missing under this heading"))
        for tex in sorted((en_set - zh_set).keys()):
            problems.append(Problem(en.path, en_lines[tex], f"formula {tex!r} is not in {zh.path} under the same heading"))
    return problems


def check_pair(zh: MarkdownPage, en: MarkdownPage) -> list[Problem]:
    problems: list[Problem] = []
    problems += _compare(zh, en, "heading level",
                         [(h.line, h.level) for h in zh.headings], [(h.line, h.level) for h in en.headings])
    if not problems:  # with different headings, the parts don't line up
        problems += _compare_formulas(zh, en)
    problems += _compare(zh, en, "figure", [(link.line, link.target) for link in zh.links if link.image],
                         [(link.line, link.target) for link in en.links if link.image])
    problems += _compare(zh, en, "code block",
                         [(c.line, code_without_comments(c.lang, c.text)) for c in zh.code_blocks],
                         [(c.line, code_without_comments(c.lang, c.text)) for c in en.code_blocks])
    return problems


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    problems: list[Problem] = []
    for rel, page in pages.items():
        if page.lang == "zh" and en_twin(rel) in pages:
            problems += check_pair(page, pages[en_twin(rel)])
    return problems
