"""Run every content check and print each problem as `file:line: message`.

    python -m scripts.check                      # everything
    python -m scripts.check docs/course-1/week-2 # only problems in these paths
    python -m scripts.check --run-code           # also run every python block
    python -m scripts.check --github             # also print GitHub Actions annotations

Exit status 1 when there is any problem, so CI fails with the list in its log.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor

from scripts import (
    check_code,
    check_content,
    check_formulas,
    check_glossary,
    check_links,
    check_parity,
    check_toc,
)
from scripts.pages import load_pages
from scripts.problems import Problem
from scripts.toc import load_toc

CHECKS = (check_toc, check_formulas, check_links, check_parity, check_content, check_code, check_glossary)


def run_checks(run_code: bool = False) -> list[Problem]:
    """All problems of the whole site, sorted by file and line."""
    toc = load_toc()
    pages = load_pages()
    problems: set[Problem] = set()
    for module in CHECKS:
        problems.update(module.check(pages, toc))
    if run_code:
        snippets = [s for s in check_code.python_snippets(pages) if s.runnable]
        with ThreadPoolExecutor(max_workers=4) as pool:
            problems.update(p for p in pool.map(check_code.run, snippets) if p)
    return sorted(problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="only report problems in files under these paths")
    parser.add_argument("--run-code", action="store_true", help="also run every python block")
    parser.add_argument("--github", action="store_true", help="also print GitHub Actions annotations")
    args = parser.parse_args(argv)

    problems = run_checks(run_code=args.run_code)
    if args.paths:
        prefixes = tuple(p.rstrip("/") for p in args.paths)
        problems = [p for p in problems if p.path.startswith(prefixes)]
    for problem in problems:
        print(problem)
        if args.github:
            message = problem.message.replace("%", "%25").replace("\n", "%0A")
            print(f"::error file={problem.path},line={problem.line}::{message}")
    print(f"{len(problems)} problem(s)" if problems else "no problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
