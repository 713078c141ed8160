"""Translation parity: the zh and en pages of an entry carry the same structure and the same math.

The English page says what the Chinese page says; the parts that can be compared mechanically are
compared: heading levels, formulas, figures and code (comments may be translated).
"""

from __future__ import annotations

import io
import tokenize

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
    for (zh_line, zh_value), (en_line, en_value) in zip(zh_items, en_items):
        if zh_value != en_value:
            return [Problem(en.path, en_line, f"{what} differs from {zh.path}:{zh_line}: {zh_value!r} vs {en_value!r}")]
    if len(zh_items) != len(en_items):
        line = en_items[len(zh_items)][0] if len(en_items) > len(zh_items) else (en_items[-1][0] if en_items else 1)
        return [Problem(en.path, line, f"{len(en_items)} {what}s here, {len(zh_items)} in {zh.path}")]
    return []


def check_pair(zh: MarkdownPage, en: MarkdownPage) -> list[Problem]:
    problems: list[Problem] = []
    problems += _compare(zh, en, "heading level",
                         [(h.line, h.level) for h in zh.headings], [(h.line, h.level) for h in en.headings])
    problems += _compare(zh, en, "formula", [(m.line, m.tex) for m in zh.maths], [(m.line, m.tex) for m in en.maths])
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
