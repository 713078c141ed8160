"""Read a Markdown page into the parts the checks look at, each with its line number.

The checks need headings, formulas, code blocks, links and the remaining prose, and they must
report `file:line`. A full Markdown parser would lose the line numbers, so this is a small,
line-based scanner that understands exactly the syntax the notes use (see CONTRIBUTING.md):
fenced code, `$$` display math on its own lines, `$…$` inline math, ATX headings, links, images.
Anything it cannot read (an unclosed fence or `$$`) is itself reported as a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scripts.problems import Problem

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)(.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
# `$…$` not preceded by a backslash or another `$`.
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)(.+?)(?<!\\)\$(?!\$)")
LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_TAG = re.compile(r"<[^>]+>")


@dataclass
class Heading:
    level: int
    text: str
    line: int


@dataclass
class Math:
    tex: str
    line: int
    display: bool


@dataclass
class CodeBlock:
    lang: str
    text: str
    line: int  # line of the opening fence


@dataclass
class Link:
    target: str
    text: str
    line: int
    image: bool


@dataclass
class MarkdownPage:
    path: str  # relative to the repository root, as problems report it
    source: Path  # the file itself, to resolve relative links and images
    lines: list[str]
    headings: list[Heading] = field(default_factory=list)
    maths: list[Math] = field(default_factory=list)
    code_blocks: list[CodeBlock] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # (line number, text) of prose lines with code, math, link targets and HTML masked out
    prose: list[tuple[int, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return "en" if self.path.endswith(".en.md") else "zh"

    def h1(self) -> Heading | None:
        return next((h for h in self.headings if h.level == 1), None)


def _mask(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def scan(path: Path, root: Path) -> MarkdownPage:
    """Scan one Markdown file."""
    rel = path.relative_to(root).as_posix()
    lines = path.read_text(encoding="utf-8").splitlines()
    page = MarkdownPage(rel, path, lines)
    i = 0
    if lines and lines[0].strip() == "---":  # front matter
        end = next((j for j in range(1, len(lines)) if lines[j].strip() == "---"), None)
        if end is None:
            page.problems.append(Problem(rel, 1, "front matter is not closed with '---'"))
            return page
        i = end + 1

    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        number = i + 1

        fence = FENCE.match(raw)
        if fence:
            indent, marker, lang = fence.group(1), fence.group(2), fence.group(3)
            body: list[str] = []
            j = i + 1
            while j < len(lines) and not (
                lines[j].strip().startswith(marker[0] * len(marker)) and lines[j].strip().strip(marker[0]) == ""
            ):
                body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
                j += 1
            if j >= len(lines):
                page.problems.append(Problem(rel, number, f"code fence {marker} is never closed"))
                return page
            page.code_blocks.append(CodeBlock(lang.lower(), "\n".join(body) + "\n", number))
            i = j + 1
            continue

        if stripped == "$$":
            body = []
            j = i + 1
            while j < len(lines) and lines[j].strip() != "$$":
                if "$$" in lines[j]:
                    page.problems.append(Problem(rel, j + 1, "display math: '$$' must stand alone on its line"))
                body.append(lines[j].strip())
                j += 1
            if j >= len(lines):
                page.problems.append(Problem(rel, number, "display math opened with '$$' is never closed"))
                return page
            if i > 0 and lines[i - 1].strip() != "":
                page.problems.append(Problem(rel, number, "display math needs a blank line before '$$'"))
            if j + 1 < len(lines) and lines[j + 1].strip() != "":
                page.problems.append(Problem(rel, j + 1, "display math needs a blank line after the closing '$$'"))
            page.maths.append(Math("\n".join(body).strip(), number, True))
            i = j + 1
            continue

        if "$$" in stripped:
            page.problems.append(
                Problem(rel, number, "display math: '$$' must stand alone on its own line, with blank lines around")
            )

        heading = HEADING.match(raw)
        if heading:
            page.headings.append(Heading(len(heading.group(1)), heading.group(2).strip(), number))

        text = _mask(raw, INLINE_CODE)
        for m in INLINE_MATH.finditer(text):
            page.maths.append(Math(m.group(1).strip(), number, False))
        text = _mask(text, INLINE_MATH)
        if "$$" not in stripped and re.search(r"(?<!\\)\$", text):
            page.problems.append(Problem(rel, number, "unbalanced '$': inline math must open and close on one line"))
        for m in LINK.finditer(text):
            page.links.append(Link(m.group(3), m.group(2), number, m.group(1) == "!"))
        # Keep a link's text as prose, blank out its target.
        prose = LINK.sub(lambda m: f"{m.group(1)}[{m.group(2)}]".ljust(len(m.group(0))), text)
        prose = _mask(prose, HTML_TAG)
        page.prose.append((number, prose))
        i += 1
    return page
