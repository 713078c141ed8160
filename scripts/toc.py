"""The table of contents: load docs/_data/toc.yml into plain objects.

The TOC file is the single source of the site's structure. The build hook reads it to make the
nav and the home page's full TOC, and the checks read it to know which pages must exist. Every
entry keeps the line it came from, so that a malformed entry is reported as `file:line: message`
instead of being silently skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scripts.problems import Problem
from scripts.yaml_lines import load_with_lines

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TOC_FILE = DOCS / "_data" / "toc.yml"

LANGS = ("zh", "en")
STATUSES = ("written", "pending")
SECTION_PAGE = re.compile(r"^course-(\d)/week-(\d)/(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
OTHER_PAGE = re.compile(r"^(interviews|appendix)/[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
CN_NUMERALS = "一二三四五六七八九"


def en_path(page: str) -> str:
    """The English twin of a Chinese page path: `a/b.md` -> `a/b.en.md`."""
    return page[: -len(".md")] + ".en.md"


def page_path(page: str, lang: str) -> str:
    """The source path of `page` (a zh path) in `lang`."""
    return page if lang == "zh" else en_path(page)


@dataclass
class Entry:
    """One page of the TOC: a section, an interview or the notation guide."""

    kind: str  # "section", "interview" or "appendix"
    zh: str
    en: str
    page: str  # zh source path relative to docs/
    status: str
    line: int
    number: str = ""  # "2.3" for sections, "" otherwise
    short: bool = False  # a link page (course 1, 1.7): a lower length floor

    def title(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def h1(self, lang: str) -> str:
        """The exact H1 the page must have."""
        title = self.title(lang)
        return f"{self.number} {title}" if self.number else title

    @property
    def written(self) -> bool:
        return self.status == "written"


@dataclass
class Week:
    course: int
    n: int
    zh: str
    en: str
    line: int
    sections: list[Entry] = field(default_factory=list)

    @property
    def index(self) -> str:
        return f"course-{self.course}/week-{self.n}/index.md"

    def title(self, lang: str) -> str:
        if lang == "zh":
            return f"第 {self.n} 周：{self.zh}"
        return f"Week {self.n}: {self.en}"

    def nav_title(self, lang: str) -> str:
        return f"第 {self.n} 周 {self.zh}" if lang == "zh" else f"Week {self.n} {self.en}"

    @property
    def has_written(self) -> bool:
        return any(s.written for s in self.sections)


@dataclass
class Course:
    n: int
    zh: str
    en: str
    line: int
    weeks: list[Week] = field(default_factory=list)

    @property
    def index(self) -> str:
        return f"course-{self.n}/index.md"

    def title(self, lang: str) -> str:
        if lang == "zh":
            return f"第{CN_NUMERALS[self.n - 1]}门课：{self.zh}"
        return f"Course {self.n}: {self.en}"

    @property
    def has_written(self) -> bool:
        return any(w.has_written for w in self.weeks)


@dataclass
class Toc:
    courses: list[Course]
    interviews: list[Entry]
    appendix: list[Entry]
    problems: list[Problem]
    source: str = "docs/_data/toc.yml"  # how problems name the TOC file

    def sections(self) -> list[Entry]:
        return [s for c in self.courses for w in c.weeks for s in w.sections]

    def entries(self) -> list[Entry]:
        return self.sections() + self.interviews + self.appendix

    def by_page(self) -> dict[str, Entry]:
        return {e.page: e for e in self.entries()}


def _text(item: dict, key: str, where: str, problems: list[Problem]) -> str:
    value = item.get(key)
    if not isinstance(value, (str, int)) or not str(value).strip():
        problems.append(Problem(where, item["__line__"], f"TOC entry has no '{key}'"))
        return ""
    return str(value).strip()


def _entry(item: object, kind: str, where: str, problems: list[Problem], parent_line: int) -> Entry | None:
    if not isinstance(item, dict):
        problems.append(Problem(where, parent_line, f"malformed TOC entry: {item!r}"))
        return None
    known = {"n", "zh", "en", "page", "status", "short", "__line__"}
    for key in item:
        if key not in known:
            problems.append(Problem(where, item["__line__"], f"unknown key '{key}' in TOC entry"))
    status = _text(item, "status", where, problems)
    if status and status not in STATUSES:
        problems.append(
            Problem(where, item["__line__"], f"status must be written or pending, not '{status}'")
        )
    return Entry(
        kind=kind,
        number=_text(item, "n", where, problems) if kind == "section" else "",
        zh=_text(item, "zh", where, problems),
        en=_text(item, "en", where, problems),
        page=_text(item, "page", where, problems),
        status=status,
        line=item["__line__"],
        short=bool(item.get("short", False)),
    )


def load_toc(path: Path = TOC_FILE) -> Toc:
    """Read the TOC file; structural problems go to `Toc.problems`, never silently dropped."""
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    data, problems = load_with_lines(path, where)
    if problems:
        return Toc([], [], [], problems, where)
    if not isinstance(data, dict):
        return Toc([], [], [], [Problem(where, 1, "the TOC must be a mapping with 'courses'")], where)

    courses: list[Course] = []
    for c_item in data.get("courses") or []:
        if not isinstance(c_item, dict) or not isinstance(c_item.get("weeks"), list):
            line = c_item.get("__line__", 1) if isinstance(c_item, dict) else 1
            problems.append(Problem(where, line, "malformed course: needs n, zh, en and weeks"))
            continue
        course = Course(int(c_item.get("n", 0)), _text(c_item, "zh", where, problems),
                        _text(c_item, "en", where, problems), c_item["__line__"])
        for w_item in c_item["weeks"]:
            if not isinstance(w_item, dict) or not isinstance(w_item.get("sections"), list):
                line = w_item.get("__line__", course.line) if isinstance(w_item, dict) else course.line
                problems.append(Problem(where, line, "malformed week: needs n, zh, en and sections"))
                continue
            week = Week(course.n, int(w_item.get("n", 0)), _text(w_item, "zh", where, problems),
                        _text(w_item, "en", where, problems), w_item["__line__"])
            for s_item in w_item["sections"]:
                entry = _entry(s_item, "section", where, problems, week.line)
                if entry:
                    week.sections.append(entry)
            course.weeks.append(week)
        courses.append(course)

    interviews = [e for item in data.get("interviews") or []
                  if (e := _entry(item, "interview", where, problems, 1))]
    appendix = [e for item in data.get("appendix") or []
                if (e := _entry(item, "appendix", where, problems, 1))]
    toc = Toc(courses, interviews, appendix, problems, where)
    _check_structure(toc, where)
    return toc


def _check_structure(toc: Toc, where: str) -> None:
    """Numbering, page paths and uniqueness: what a typo in the TOC file would break."""
    problems = toc.problems
    for ci, course in enumerate(toc.courses, start=1):
        if course.n != ci:
            problems.append(Problem(where, course.line, f"course number {course.n}, expected {ci}"))
        for wi, week in enumerate(course.weeks, start=1):
            if week.n != wi:
                problems.append(Problem(where, week.line, f"week number {week.n}, expected {wi}"))
            for si, entry in enumerate(week.sections, start=1):
                expected = f"{week.n}.{si}"
                if entry.number != expected:
                    problems.append(
                        Problem(where, entry.line, f"section number '{entry.number}', expected '{expected}'")
                    )
                m = SECTION_PAGE.match(entry.page)
                if not m:
                    problems.append(Problem(where, entry.line,
                                            f"page '{entry.page}' is not course-<c>/week-<w>/<NN>-<slug>.md"))
                elif (int(m[1]), int(m[2]), int(m[3])) != (course.n, week.n, si):
                    problems.append(Problem(
                        where, entry.line,
                        f"page '{entry.page}' does not match course {course.n} week {week.n} section {si}"))
    for entry in toc.interviews + toc.appendix:
        if not OTHER_PAGE.match(entry.page):
            problems.append(Problem(where, entry.line, f"page '{entry.page}' is not interviews/ or appendix/<slug>.md"))
    seen: dict[str, int] = {}
    for entry in toc.entries():
        if entry.page in seen:
            problems.append(Problem(where, entry.line,
                                    f"page '{entry.page}' is listed twice (first at line {seen[entry.page]})"))
        else:
            seen[entry.page] = entry.line
