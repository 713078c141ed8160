"""MkDocs hooks: the parts of the site that are generated from the TOC data, plus MathJax and search.

- on_config: the nav is built from docs/_data/toc.yml, so nothing else lists the structure by hand.
- on_nav: section titles in the reader's language (mkdocs-static-i18n builds each language in turn).
- on_page_markdown: the home page's full TOC, written and pending entries alike.
- on_page_content: marks pages that have formulas, so MathJax loads only there.
- on_post_build: copies the self-hosted MathJax from its PyPI package into the site, and splits the
  search index that mkdocs-static-i18n merges, so a Chinese page searches Chinese pages and an
  English page English ones.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import mathjax
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

# MkDocs loads this file by path, not as part of the `scripts` package: make the package importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.glossary import (  # noqa: E402
    Glossary,
    glossary_markdown,
    jieba_dictionary,
    load_glossary,
    search_aliases,
)
from scripts.pages import site_path  # noqa: E402
from scripts.search_text import readable_formulas  # noqa: E402
from scripts.toc import Toc, load_toc  # noqa: E402

TOC_MARKER = "<!-- toc:full -->"
GLOSSARY_MARKER = "<!-- glossary -->"
JIEBA_USER_DICT = Path(tempfile.gettempdir()) / "deeplearning-notes-jieba-userdict.txt"
MATHJAX_SRC = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
# The site uses tex-svg.js (no web fonts needed); it loads TeX extensions from input/ on demand, and
# the menu's accessibility tools from a11y/, sre/ and ui/.
MATHJAX_PARTS = ("tex-svg.js", "input", "a11y", "sre", "ui")

LABELS = {
    "interviews": {"zh": "人工智能大师访谈", "en": "Heroes of Deep Learning"},
    "appendix": {"zh": "附录", "en": "Appendix"},
    "pending": {"zh": "未完成", "en": "not yet written"},
}

_toc: Toc | None = None
_glossary: Glossary | None = None


def _current_language(config: MkDocsConfig) -> str:
    plugin = config.plugins.get("i18n")
    return getattr(plugin, "current_language", None) or "zh"


def build_nav(toc: Toc) -> list:
    """The nav: written pages only, under their course and week; titles come from the H1s."""
    nav: list = ["index.md"]
    for course in toc.courses:
        if not course.has_written:
            continue
        weeks: list = [course.index]
        for week in course.weeks:
            if week.has_written:
                pages = [week.index] + [s.page for s in week.sections if s.written]
                weeks.append({week.nav_title("zh"): pages})
        nav.append({course.title("zh"): weeks})
    interviews = [e.page for e in toc.interviews if e.written]
    if interviews:
        nav.append({LABELS["interviews"]["zh"]: interviews})
    appendix = [e.page for e in toc.appendix if e.written]
    if appendix:
        nav.append({LABELS["appendix"]["zh"]: appendix})
    return nav


def nav_translations(toc: Toc) -> dict[str, str]:
    """Chinese nav section title -> English title."""
    names = {LABELS[k]["zh"]: LABELS[k]["en"] for k in ("interviews", "appendix")}
    for course in toc.courses:
        names[course.title("zh")] = course.title("en")
        for week in course.weeks:
            names[week.nav_title("zh")] = week.nav_title("en")
    return names


def full_toc_markdown(toc: Toc, lang: str) -> str:
    """The home page's TOC: every entry of the course, pending ones marked as not yet written."""
    out: list[str] = []

    def item(entry, text: str) -> str:
        if entry.written:
            return f"- [{text}]({entry.page})"
        return f'- {text} <span class="toc-pending">{LABELS["pending"][lang]}</span>'

    for course in toc.courses:
        heading = course.title(lang)
        out += ["", f"## [{heading}]({course.index})" if course.has_written else f"## {heading}", ""]
        for week in course.weeks:
            title = week.title(lang)
            out += ["", f"### [{title}]({week.index})" if week.has_written else f"### {title}", ""]
            out += [item(s, f"{s.number} {s.title(lang)}") for s in week.sections]
    out += ["", f"## {LABELS['interviews'][lang]}", ""]
    out += [item(e, e.title(lang)) for e in toc.interviews]
    out += ["", f"## {LABELS['appendix'][lang]}", ""]
    out += [item(e, e.title(lang)) for e in toc.appendix]
    return "\n".join(out) + "\n"


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _toc, _glossary
    _toc = load_toc()
    _glossary = load_glossary(_toc)
    problems = _toc.problems + _glossary.problems
    if problems:
        raise PluginError("the TOC or glossary data has problems:\n" + "\n".join(map(str, problems)))
    config.nav = build_nav(_toc)
    # The search plugin (its on_config runs after this one) segments Chinese with jieba; its user
    # dictionary is made from the glossary, so search and glossary know the same words.
    JIEBA_USER_DICT.write_text(jieba_dictionary(_glossary), encoding="utf-8")
    config.plugins["material/search"].config.jieba_dict_user = str(JIEBA_USER_DICT)
    return config


@event_priority(-200)
def on_nav(nav: Navigation, config: MkDocsConfig, files) -> Navigation:
    if _toc is None or _current_language(config) == "zh":
        return nav
    names = nav_translations(_toc)

    def walk(items) -> None:
        for item in items:
            if isinstance(item, Section):
                item.title = names.get(item.title, item.title)
                walk(item.children)

    walk(nav.items)
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files) -> str:
    lang = "en" if page.file.src_uri.endswith(".en.md") else "zh"
    if TOC_MARKER in markdown and _toc is not None:
        markdown = markdown.replace(TOC_MARKER, full_toc_markdown(_toc, lang))
    if GLOSSARY_MARKER in markdown and _toc is not None and _glossary is not None:
        page_dir = Path(page.file.src_uri).parent.as_posix()
        markdown = markdown.replace(GLOSSARY_MARKER, glossary_markdown(_glossary, _toc, lang, page_dir))
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files) -> str:
    page.meta["has_math"] = 'class="arithmatex"' in html
    return html


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    """Runs after mkdocs-static-i18n's own post-build (priority -100), which builds the other
    languages and writes the merged index; only once, in the outer build, not in each language's."""
    if getattr(config.plugins.get("i18n"), "building", False):
        return
    site = Path(config.site_dir)
    target = site / "assets" / "mathjax"
    for part in MATHJAX_PARTS:
        source, dest = MATHJAX_SRC / part, target / part
        if source.is_dir():
            shutil.copytree(source, dest, dirs_exist_ok=True)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
    split_search_index(site, _glossary)


def split_search_index(site: Path, glossary: Glossary | None = None) -> None:
    """Give each language its own search index, with formulas as readable text.

    mkdocs-static-i18n merges both languages into site/search/search_index.json. Material's search
    loads `<base>/search/search_index.json`, and an English page's base is site/en/, so writing the
    English entries there (with locations relative to en/) makes each language search only itself.
    The page entry of a section that introduces a glossary term gets the term's names as tags.
    """
    merged = site / "search" / "search_index.json"
    if not merged.exists():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    docs = [dict(d, text=readable_formulas(d["text"]), title=readable_formulas(d["title"])) for d in index["docs"]]
    zh_docs = [d for d in docs if not d["location"].startswith("en/")]
    en_docs = [dict(d, location=d["location"][len("en/"):]) for d in docs if d["location"].startswith("en/")]
    if glossary is not None:
        add_aliases(zh_docs, search_aliases(glossary, "zh"))
        add_aliases(en_docs, search_aliases(glossary, "en"))
    merged.write_text(json.dumps(dict(index, docs=zh_docs), ensure_ascii=False, separators=(",", ":")),
                      encoding="utf-8")
    en_index = site / "en" / "search" / "search_index.json"
    en_index.parent.mkdir(parents=True, exist_ok=True)
    en_config = dict(index["config"], lang=["en"])
    en_index.write_text(json.dumps({"config": en_config, "docs": en_docs}, ensure_ascii=False,
                                   separators=(",", ":")), encoding="utf-8")


def add_aliases(docs: list[dict], aliases: dict[str, list[str]]) -> None:
    """Give each page's search entry the names of the terms it introduces, as search tags.

    Material's search weighs a tag match far above a text match and shows the tags under the
    result, so a reader typing any name of a term (批标准化, BN, …) finds the section that
    introduces it first, and sees why.
    """
    by_location = {d["location"]: d for d in docs}
    for page, names in aliases.items():
        location = site_path(page)
        if location in by_location:
            entry = by_location[location]
            entry["tags"] = list(dict.fromkeys(entry.get("tags", []) + names))
