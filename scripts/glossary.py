"""The glossary: one data file of the course's terms, 中文 ↔ English, and what is made from it.

docs/_data/glossary.yml is the only list of terms. From it come the glossary page (both
languages), the jieba user dictionary that segments Chinese for search, and the alternative
names (批量归一化, 批标准化, …) added to the search entry of the section that introduces a term,
so the three can never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from scripts.problems import Problem
from scripts.toc import DOCS, ROOT, Toc
from scripts.yaml_lines import load_with_lines

GLOSSARY_FILE = DOCS / "_data" / "glossary.yml"
CJK = re.compile(r"[\u4e00-\u9fff]")
# jieba's frequency for a glossary word: high enough that it stays one word when segmented.
JIEBA_FREQUENCY = 20000


@dataclass
class Term:
    zh: str
    en: str
    page: str  # the TOC page (zh path) of the section that introduces the term
    line: int
    zh_alt: list[str] = field(default_factory=list)
    en_alt: list[str] = field(default_factory=list)

    def names(self, lang: str) -> list[str]:
        return [self.zh, *self.zh_alt] if lang == "zh" else [self.en, *self.en_alt]


@dataclass
class Glossary:
    terms: list[Term]
    problems: list[Problem]
    source: str


def _names(item: dict, key: str) -> list[str]:
    value = item.get(key) or []
    return [str(v).strip() for v in (value if isinstance(value, list) else [value]) if str(v).strip()]


def load_glossary(toc: Toc, path: Path = GLOSSARY_FILE) -> Glossary:
    """Read and validate the glossary against the TOC; problems carry the file and line."""
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    if not path.exists():
        return Glossary([], [], where)
    data, problems = load_with_lines(path, where)
    if problems:
        return Glossary([], problems, where)
    items = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return Glossary([], [Problem(where, 1, "the glossary must be a mapping with a 'terms' list")], where)

    entries = {e.page: e for e in toc.entries()}
    seen: dict[tuple[str, str], int] = {}
    terms: list[Term] = []
    for item in items:
        if not isinstance(item, dict):
            problems.append(Problem(where, 1, f"malformed glossary entry: {item!r}"))
            continue
        line = item["__line__"]
        for key in item:
            if key not in ("zh", "en", "page", "zh_alt", "en_alt", "__line__"):
                problems.append(Problem(where, line, f"unknown key '{key}' in glossary entry"))
        missing = [k for k in ("zh", "en", "page") if not str(item.get(k) or "").strip()]
        if missing:
            problems.append(Problem(where, line, f"glossary entry has no '{missing[0]}'"))
            continue
        term = Term(str(item["zh"]).strip(), str(item["en"]).strip(), str(item["page"]).strip(), line,
                    _names(item, "zh_alt"), _names(item, "en_alt"))
        if term.page not in entries:
            problems.append(Problem(where, line, f"glossary link to {term.page}: no such page in the TOC"))
        for lang in ("zh", "en"):
            for name in term.names(lang):
                key = (lang, name.casefold())
                if key in seen:
                    problems.append(Problem(where, line, f"term '{name}' is listed twice (first at line {seen[key]})"))
                else:
                    seen[key] = line
        terms.append(term)
    return Glossary(terms, problems, where)


def jieba_dictionary(glossary: Glossary) -> str:
    """The jieba user dictionary: every Chinese name of every term, one word a line."""
    words = sorted({name for term in glossary.terms for name in term.names("zh") if CJK.search(name) and " " not in name})
    return "".join(f"{word} {JIEBA_FREQUENCY} n\n" for word in words)


def search_aliases(glossary: Glossary, lang: str) -> dict[str, list[str]]:
    """zh page path -> the names of the terms that page introduces, in `lang`.

    The browser splits a Chinese query into words with its own segmenter (深度学习 -> 深度 学习),
    while the index was split by jieba with the glossary's words kept whole. So a Chinese name is
    given both whole and in the pieces jieba's default dictionary cuts it into, which is how a
    browser splits it too.
    """
    aliases: dict[str, list[str]] = {}
    for term in glossary.terms:
        names = term.names(lang)
        if lang == "zh":
            names = names + [piece for name in names if CJK.search(name) for piece in _default_cut(name)]
        aliases.setdefault(term.page, []).extend(dict.fromkeys(names))
    return aliases


@lru_cache(maxsize=1)
def _default_tokenizer():
    """jieba with its default dictionary only (the glossary's words are loaded into the global one)."""
    import jieba

    return jieba.Tokenizer()


def _default_cut(name: str) -> list[str]:
    return [piece for piece in _default_tokenizer().lcut(name, HMM=False) if piece.strip() and piece != name]


LABELS = {
    "zh": ("中文", "English", "其他说法", "首次讲解", "未完成"),
    "en": ("English", "中文", "Also called", "Introduced in", "not yet written"),
}


def glossary_markdown(glossary: Glossary, toc: Toc, lang: str, page_dir: str) -> str:
    """The glossary tables, one per course, in TOC order; links are relative to page_dir."""
    entries = {e.page: e for e in toc.entries()}
    order = {e.page: i for i, e in enumerate(toc.entries())}
    first, second, alt, where, pending = LABELS[lang]
    out: list[str] = []
    for course in toc.courses:
        pages = {s.page for w in course.weeks for s in w.sections}
        terms = sorted((t for t in glossary.terms if t.page in pages), key=lambda t: (order[t.page], t.en.casefold()))
        if not terms:
            continue
        out += ["", f"## {course.title(lang)}", "", f"| {first} | {second} | {alt} | {where} |", "| --- | --- | --- | --- |"]
        for term in terms:
            entry = entries[term.page]
            names = (term.zh, term.en) if lang == "zh" else (term.en, term.zh)
            others = term.zh_alt + term.en_alt if lang == "zh" else term.en_alt + term.zh_alt
            others = [name for name in dict.fromkeys(others) if name not in names]
            alternatives = ("、" if lang == "zh" else ", ").join(others)
            title = f"{entry.number} {entry.title(lang)}"
            if entry.written:
                link = Path(term.page).relative_to(page_dir).as_posix() if term.page.startswith(page_dir) else \
                    "../" * len(Path(page_dir).parts) + term.page
                source = f"[{title}]({link})"
            else:
                source = f'{title} <span class="toc-pending">{pending}</span>'
            out.append(f"| {names[0]} | {names[1]} | {alternatives} | {source} |")
    return "\n".join(out) + "\n"
