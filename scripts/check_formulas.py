"""Formulas: what the Markdown scanner found wrong, and each formula's TeX.

Catches before the browser does what makes MathJax show an error or raw TeX: unbalanced braces,
\\left without \\right, \\begin without \\end, macros MathJax does not know, and characters that
don't belong in math (CJK text or punctuation, zero-width characters pasted from elsewhere).
The browser tests then typeset every page with the real engine.
"""

from __future__ import annotations

import re

from scripts.markdown_scan import MarkdownPage, Math
from scripts.mathjax_macros import supported
from scripts.problems import Problem
from scripts.toc import Toc

TOKEN = re.compile(r"\\([A-Za-z]+)|\\(.)|([{}])", re.S)
BAD_CHARS = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u200b-\u200f\u2060\ufeff]")
ENV = re.compile(r"\\(begin|end)\s*\{([^}]*)\}")


def check_tex(math: Math) -> list[str]:
    """The problems of one formula, as messages."""
    macros, environments = supported()
    messages: list[str] = []
    tex = math.tex
    if not tex:
        messages.append("empty formula")
    bad = BAD_CHARS.search(tex)
    if bad:
        messages.append(f"character {bad.group(0)!r} (U+{ord(bad.group(0)):04X}) inside math: no CJK text, "
                        "CJK punctuation or zero-width characters in formulas")
    depth = 0
    lefts = rights = 0
    for m in TOKEN.finditer(tex):
        name, symbol, brace = m.groups()
        if name:
            if name == "left":
                lefts += 1
            elif name == "right":
                rights += 1
            elif name not in macros:
                messages.append(f"unknown or custom macro \\{name}: use a macro MathJax supports")
        elif brace == "{":
            depth += 1
        elif brace == "}":
            depth -= 1
            if depth < 0:
                messages.append("unbalanced braces: '}' without '{'")
                depth = 0
    if depth > 0:
        messages.append(f"unbalanced braces: {depth} '{{' not closed")
    if lefts != rights:
        messages.append(f"\\left ({lefts}) and \\right ({rights}) do not pair up")
    stack: list[str] = []
    for kind, env in ENV.findall(tex):
        if env not in environments:
            messages.append(f"unknown environment '{env}'")
        if kind == "begin":
            stack.append(env)
        elif not stack:
            messages.append(f"\\end{{{env}}} without \\begin{{{env}}}")
        elif (opened := stack.pop()) != env:
            messages.append(f"\\end{{{env}}} does not match \\begin{{{opened}}}")
    messages += [f"\\begin{{{env}}} is never ended" for env in stack]
    return messages


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    problems: list[Problem] = []
    for page in pages.values():
        problems += page.problems
        for math in page.maths:
            problems += [Problem(page.path, math.line, message) for message in check_tex(math)]
    return problems
