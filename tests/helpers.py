"""Build a tiny docs tree in a temporary folder, to feed the checks bad input on purpose."""

from __future__ import annotations

import textwrap
from pathlib import Path

from scripts.markdown_scan import scan
from scripts.toc import load_toc

TOC = """\
courses:
  - n: 1
    zh: 神经网络和深度学习
    en: Neural Networks and Deep Learning
    weeks:
      - n: 1
        zh: 深度学习引言
        en: Introduction to Deep Learning
        sections:
          - {n: "1.1", zh: "欢迎", en: "Welcome", page: course-1/week-1/01-welcome.md, status: written}
          - {n: "1.2", zh: "什么是神经网络？", en: "What is a Neural Network?", page: course-1/week-1/02-what-is-a-neural-network.md, status: pending}
interviews: []
appendix: []
"""

# Enough prose to pass the length floors, in each language.
ZH_PROSE = "深度学习用多层的神经网络从数据中学习表示。" * 40
EN_PROSE = "Deep learning learns representations from data with many layers. " * 40


def section(lang: str, body: str = "", h1: str | None = None) -> str:
    """A valid section page in `lang`, with `body` inserted before the key-points box."""
    title = h1 or ("1.1 欢迎" if lang == "zh" else "1.1 Welcome")
    prose = ZH_PROSE if lang == "zh" else EN_PROSE
    box = '!!! abstract "要点"' if lang == "zh" else '!!! abstract "Key points"'
    return f"# {title}\n\n{prose}\n\n{textwrap.dedent(body).strip()}\n\n{box}\n\n    - ok\n"


def index(lang: str, questions: int = 3, h1: str | None = None) -> str:
    title = h1 or ("第 1 周：深度学习引言" if lang == "zh" else "Week 1: Introduction to Deep Learning")
    prose = ZH_PROSE if lang == "zh" else EN_PROSE
    qs = "\n\n".join(f'??? question "{i}. q"\n\n    a' for i in range(1, questions + 1))
    return f"# {title}\n\n{prose}\n\n{qs}\n"


def course_index(lang: str) -> str:
    title = "第一门课：神经网络和深度学习" if lang == "zh" else "Course 1: Neural Networks and Deep Learning"
    return f"# {title}\n\n{ZH_PROSE if lang == 'zh' else EN_PROSE}\n"


def valid_files() -> dict[str, str]:
    return {
        "index.md": "# 首页\n",
        "index.en.md": "# Home\n",
        "course-1/index.md": course_index("zh"),
        "course-1/index.en.md": course_index("en"),
        "course-1/week-1/index.md": index("zh"),
        "course-1/week-1/index.en.md": index("en"),
        "course-1/week-1/01-welcome.md": section("zh"),
        "course-1/week-1/01-welcome.en.md": section("en"),
    }


def make_site(tmp_path: Path, files: dict[str, str], toc: str = TOC):
    """Write `files` under tmp_path/docs and the TOC; return (pages, toc) as the checks take them."""
    docs = tmp_path / "docs"
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    toc_file = docs / "_data" / "toc.yml"
    toc_file.write_text(toc, encoding="utf-8")
    for rel, text in files.items():
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    pages = {p.relative_to(docs).as_posix(): scan(p, tmp_path)
             for p in sorted(docs.rglob("*.md")) if "_data" not in p.parts}
    return pages, load_toc(toc_file)


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing needle."""
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)
