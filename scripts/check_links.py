"""Links and images: internal links and anchors resolve, images exist and have alt text.

Pages are linked by their Chinese file name (`03-foo.md`); the site points an English reader at
the English twin, so that twin must exist too. No page may make a request to another host.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache

from pymdownx.slugs import slugify

from scripts.markdown_scan import MarkdownPage
from scripts.pages import en_twin
from scripts.problems import Problem
from scripts.toc import Toc

EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
HTML_SRC = re.compile(r"<(?:img|script|iframe|link|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*[\"']([^\"']+)", re.I)
ATTR_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")
_slug = slugify(case="lower")


def heading_anchor(text: str) -> str:
    """The anchor MkDocs gives a heading (same slugify as mkdocs.yml)."""
    explicit = ATTR_ID.search(text)
    if explicit:
        return explicit.group(1)
    plain = re.sub(r"\$[^$]*\$", "", text)
    plain = re.sub(r"[`*_]|<[^>]+>", "", plain)
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain)
    return _slug(plain.strip(), "-")


@cache
def _anchors_cache(key: str, headings: tuple[str, ...]) -> frozenset[str]:
    seen: dict[str, int] = {}
    out = set()
    for text in headings:
        slug = heading_anchor(text)
        if slug in seen:
            seen[slug] += 1
            slug = f"{slug}_{seen[slug]}"
        else:
            seen[slug] = 0
        out.add(slug)
    return frozenset(out)


def anchors(page: MarkdownPage) -> frozenset[str]:
    return _anchors_cache(page.path, tuple(h.text for h in page.headings))


def check(pages: dict[str, MarkdownPage], toc: Toc) -> list[Problem]:
    problems: list[Problem] = []
    for rel, page in pages.items():
        base = posixpath.dirname(rel)
        for link in page.links:
            target = link.target
            if EXTERNAL.match(target):
                if link.image:
                    problems.append(Problem(
                        page.path, link.line, f"image from another host ({target}): pages make no third-party requests; "
                        "add the file to the repo"))
                continue
            path, _, anchor = target.partition("#")
            if link.image:
                if not link.text.strip():
                    problems.append(Problem(page.path, link.line, f"image {target} has no alt text"))
                if not (page.source.parent / path).is_file():
                    problems.append(Problem(page.path, link.line, f"image not found: {target}"))
                continue
            if not path:
                if anchor and anchor not in anchors(page):
                    problems.append(Problem(page.path, link.line, f"anchor #{anchor} is not a heading of this page"))
                continue
            if path.endswith(".en.md"):
                problems.append(Problem(
                    page.path, link.line, f"link to {target}: link the Chinese file name, the site picks the reader's language"))
                continue
            if not path.endswith(".md"):
                if not (page.source.parent / path).is_file():
                    problems.append(Problem(page.path, link.line, f"link target not found: {target}"))
                continue
            zh_target = posixpath.normpath(posixpath.join(base, path))
            wanted = en_twin(zh_target) if page.lang == "en" else zh_target
            if wanted not in pages:
                problems.append(Problem(page.path, link.line, f"broken link: docs/{wanted} does not exist"))
            elif anchor and anchor not in anchors(pages[wanted]):
                problems.append(Problem(page.path, link.line, f"broken anchor: #{anchor} is not a heading of docs/{wanted}"))
        for number, text in enumerate(page.lines, start=1):
            for src in HTML_SRC.findall(text):
                if EXTERNAL.match(src) or src.startswith("//"):
                    problems.append(Problem(
                        page.path, number, f"request to another host ({src}): pages make no third-party requests"))
    return problems
