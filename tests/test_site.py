"""The built site, read as files: the structure generated from the TOC, no third-party URLs, and
MathJax only where there are formulas."""

from __future__ import annotations

import json
import re
from html import unescape

from scripts.pages import en_twin, site_path
from scripts.search_text import tex_to_text
from scripts.toc import LANGS

# Tags that make the browser fetch something (a canonical or alternate <link> is only metadata).
THIRD_PARTY = re.compile(
    r"""<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc=["'](?:https?:)?//"""
    r"""|<link\b(?=[^>]*\brel=["']?(?:stylesheet|preload|prefetch|modulepreload|icon|preconnect|dns-prefetch|manifest))"""
    r"""[^>]*\bhref=["'](?:https?:)?//""",
    re.I,
)


def html_of(site, rel_page: str, lang: str) -> str:
    """The built HTML of a docs/ page path such as `course-1/week-2/03-x.md`."""
    return (site / site_path(rel_page, lang) / "index.html").read_text(encoding="utf-8")


def h1_of(html: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)<(?:a class=\"headerlink\"|/h1>)", html, re.S)
    assert match, "page has no <h1>"
    return unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()


def test_every_written_page_is_built_in_both_languages(site, toc):
    written = [e for e in toc.entries() if e.written]
    assert written, "no written page in the TOC"
    for entry in written:
        for lang in LANGS:
            assert h1_of(html_of(site, entry.page, lang)) == entry.h1(lang)


def test_no_page_requests_another_host(site):
    offenders = []
    for path in site.rglob("*.html"):
        for match in THIRD_PARTY.finditer(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(site)}: {match.group(0)}")
    assert offenders == []


def test_mathjax_loads_only_on_pages_with_formulas(site, pages):
    for rel, page in pages.items():
        lang = page.lang
        zh_rel = rel.replace(".en.md", ".md")
        html = html_of(site, zh_rel, lang)
        has_script = "assets/mathjax/tex-svg.js" in html
        assert has_script == bool(page.maths), f"{page.path}: {len(page.maths)} formulas, MathJax loaded: {has_script}"


def test_mathjax_is_self_hosted(site):
    assert (site / "assets" / "mathjax" / "tex-svg.js").stat().st_size > 1_000_000
    assert (site / "assets" / "mathjax" / "input" / "tex" / "extensions").is_dir()


def test_home_toc_lists_every_entry_and_marks_pending_ones(site, toc):
    for lang in LANGS:
        html = html_of(site, "index.md", lang)
        pending_label = "未完成" if lang == "zh" else "not yet written"
        for entry in toc.entries():
            title = entry.h1(lang) if entry.number else entry.title(lang)
            assert title.replace("&", "&amp;") in html.replace("&#39;", "'"), f"{lang}: {title} not in home TOC"
        pending = sum(1 for e in toc.entries() if not e.written)
        assert html.count(f'class="toc-pending">{pending_label}<') == pending


def test_search_indexes_are_split_by_language(site):
    zh = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    en = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert zh["docs"] and en["docs"]
    assert not any(d["location"].startswith("en/") for d in zh["docs"])
    assert any("深度学习" in d["text"] or "深度学习" in d["title"] for d in zh["docs"])
    assert not any(re.search(r"[\u4e00-\u9fff]{4,}", d["title"]) for d in en["docs"] if d["location"])
    for index in (zh, en):
        assert not any("\\(" in d["text"] or "\\[" in d["text"] for d in index["docs"]), "raw TeX in search previews"


def test_search_preview_text_of_a_formula():
    assert tex_to_text(r"dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}") == "dW[l] = 1/m dZ[l] A[l-1]T"
    assert tex_to_text(r"\hat{y} = \sigma(z)") == "ŷ = σ (z)"


def test_en_twin_paths():
    assert en_twin("course-1/week-2/index.md") == "course-1/week-2/index.en.md"
