"""Code in the notes: every ```python block compiles, uses only NumPy and the standard library,
asserts something, and (in the tests, or with `./run check --run-code`) runs.

A snippet that doesn't run teaches the wrong thing; one without an assert can't tell us when it
stops being right. Code for another framework declares it on its first line
(`# requires: tensorflow`) and is only compiled.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass

from scripts.markdown_scan import MarkdownPage
from scripts.problems import Problem
from scripts.toc import ROOT, Toc

ALLOWED_MODULES = {"numpy"} | set(sys.stdlib_module_names)
REQUIRES = "# requires:"
TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Snippet:
    path: str
    line: int  # line of the opening fence
    code: str

    @property
    def runnable(self) -> bool:
        return not self.code.lstrip().startswith(REQUIRES)


def python_snippets(pages: dict[str, MarkdownPage]) -> list[Snippet]:
    return [Snippet(page.path, block.line, block.text)
            for page in pages.values() for block in page.code_blocks if block.lang in ("python", "py")]


def static_problems(snippet: Snippet) -> list[Problem]:
    """What can be told without running: syntax, imports, an assert."""
    try:
        tree = ast.parse(snippet.code)
    except SyntaxError as error:
        return [Problem(snippet.path, snippet.line + (error.lineno or 0), f"python syntax error: {error.msg}")]
    if not snippet.runnable:
        return []
    problems = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            if name.split(".")[0] not in ALLOWED_MODULES:
                problems.append(Problem(snippet.path, snippet.line + node.lineno,
                                        f"import of {name}: snippets use NumPy and the standard library only "
                                        f"(or start with '{REQUIRES} <framework>')"))
    if not any(isinstance(node, ast.Assert) for node in ast.walk(tree)):
        problems.append(Problem(
            snippet.path, snippet.line, "python block has no assert: check something true (a shape, a value, a gradient)"))
    return problems


def run(snippet: Snippet) -> Problem | None:
    """Run one snippet in a fresh interpreter; a failure is reported at the fence line."""
    try:
        result = subprocess.run([sys.executable, "-c", snippet.code], capture_output=True, text=True,
                                timeout=TIMEOUT_SECONDS, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return Problem(snippet.path, snippet.line, f"python block ran longer than {TIMEOUT_SECONDS} s")
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no output)"])[-1]
        return Problem(snippet.path, snippet.line, f"python block fails: {last}")
    return None


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    problems: list[Problem] = []
    for snippet in python_snippets(pages):
        problems += static_problems(snippet)
    return problems
