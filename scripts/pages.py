"""Where the pages are: every Markdown file under docs/, scanned once and shared by all checks."""

from __future__ import annotations

from pathlib import Path

from scripts.markdown_scan import MarkdownPage, scan
from scripts.toc import DOCS, ROOT, Toc

# The home page is the one page that is not a TOC entry (course and week indexes follow from it).
HOME = ("index.md",)


def load_pages(docs: Path = DOCS) -> dict[str, MarkdownPage]:
    """All pages, keyed by their path relative to docs/ (both languages, `x.md` and `x.en.md`)."""
    pages = {}
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if rel.startswith("_data/"):
            continue
        pages[rel] = scan(path, ROOT)
    return pages


def structural_pages(toc: Toc) -> dict[str, tuple[str, str]]:
    """zh path -> (zh H1, en H1) for the home, course and week index pages the TOC implies."""
    wanted: dict[str, tuple[str, str]] = {}
    for course in toc.courses:
        if course.has_written:
            wanted[course.index] = (course.title("zh"), course.title("en"))
        for week in course.weeks:
            if week.has_written:
                wanted[week.index] = (week.title("zh"), week.title("en"))
    return wanted


def site_path(rel: str, lang: str = "zh") -> str:
    """Where the built site serves a page, relative to the site root: `course-1/week-2/03-x.md` ->
    `course-1/week-2/03-x/` (under `en/` for English); index pages are their folder."""
    stem = rel[: -len(".md")]
    path = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return ("en/" if lang == "en" else "") + path


def zh_twin(rel: str) -> str:
    """`a/b.en.md` -> `a/b.md`; a zh path is returned as it is."""
    return rel[: -len(".en.md")] + ".md" if rel.endswith(".en.md") else rel


def en_twin(rel: str) -> str:
    return rel if rel.endswith(".en.md") else rel[: -len(".md")] + ".en.md"
