"""Each check caught red-handed: feed it one kind of bad input, assert the exact error and line."""

from __future__ import annotations

from scripts import check_code, check_content, check_formulas, check_links, check_parity, check_toc
from scripts.problems import Problem
from tests.helpers import TOC, index, line_of, make_site, section, valid_files

W1 = "docs/course-1/week-1"
LINE_11 = line_of(TOC, 'n: "1.1"')
LINE_12 = line_of(TOC, 'n: "1.2"')


def run_all(pages, toc) -> list[Problem]:
    problems = []
    for module in (check_toc, check_formulas, check_links, check_parity, check_content, check_code):
        problems += module.check(pages, toc)
    return sorted(set(problems))


def test_valid_tree_has_no_problems(tmp_path):
    pages, toc = make_site(tmp_path, valid_files())
    assert run_all(pages, toc) == []


# --- TOC -------------------------------------------------------------------------------------------

def test_toc_malformed_entry_is_reported_with_its_line(tmp_path):
    bad = TOC.replace('{n: "1.2", zh: "什么是神经网络？", ', '{n: "1.2", ')
    pages, toc = make_site(tmp_path, valid_files(), toc=bad)
    line = line_of(bad, 'n: "1.2"')
    assert Problem(toc.source, line, "TOC entry has no 'zh'") in toc.problems


def test_toc_wrong_number_and_bad_status(tmp_path):
    bad = TOC.replace('n: "1.2"', 'n: "1.3"').replace("02-what-is-a-neural-network.md, status: pending",
                                                       "02-what-is-a-neural-network.md, status: done")
    _, toc = make_site(tmp_path, valid_files(), toc=bad)
    line = line_of(bad, 'n: "1.3"')
    assert Problem(toc.source, line, "section number '1.3', expected '1.2'") in toc.problems
    assert Problem(toc.source, line, "status must be written or pending, not 'done'") in toc.problems


def test_toc_duplicate_page(tmp_path):
    bad = TOC.replace("course-1/week-1/02-what-is-a-neural-network.md", "course-1/week-1/01-welcome.md")
    _, toc = make_site(tmp_path, valid_files(), toc=bad)
    line = line_of(bad, 'n: "1.2"')
    messages = [p for p in toc.problems if p.line == line]
    assert Problem(toc.source, line, "page 'course-1/week-1/01-welcome.md' is listed twice (first at line "
                   f"{LINE_11})") in messages


def test_toc_invalid_yaml(tmp_path):
    _, toc = make_site(tmp_path, valid_files(), toc="courses:\n  - {n: 1, zh: [\n")
    assert len(toc.problems) == 1 and toc.problems[0].message.startswith("invalid YAML")


def test_written_entry_without_page(tmp_path):
    files = valid_files()
    del files["course-1/week-1/01-welcome.en.md"]
    pages, toc = make_site(tmp_path, files)
    problems = check_toc.check(pages, toc)
    assert Problem(toc.source, LINE_11,
                   "entry '1.1' is written but docs/course-1/week-1/01-welcome.en.md does not exist") in problems
    assert Problem(f"{W1}/01-welcome.md", 1,
                   "missing translation: docs/course-1/week-1/01-welcome.en.md does not exist") in problems


def test_pending_entry_with_page(tmp_path):
    files = valid_files()
    files["course-1/week-1/02-what-is-a-neural-network.md"] = section("zh", h1="1.2 什么是神经网络？")
    pages, toc = make_site(tmp_path, files)
    assert Problem(f"{W1}/02-what-is-a-neural-network.md", 1,
                   f"page exists but its TOC entry ({toc.source}:{LINE_12}) is pending: "
                   "mark it written, or remove the page") in check_toc.check(pages, toc)


def test_orphan_page(tmp_path):
    files = valid_files() | {"course-1/week-1/99-stray.md": section("zh"), "course-1/week-1/99-stray.en.md": section("en")}
    pages, toc = make_site(tmp_path, files)
    assert Problem(f"{W1}/99-stray.md", 1, f"orphan page: not in {toc.source} (and not a course or week index "
                   "of a written section)") in check_toc.check(pages, toc)


def test_h1_must_match_toc(tmp_path):
    files = valid_files() | {"course-1/week-1/01-welcome.en.md": section("en", h1="1.1 Welcome!")}
    pages, toc = make_site(tmp_path, files)
    assert Problem(f"{W1}/01-welcome.en.md", 1, "H1 is '1.1 Welcome!', the TOC says '1.1 Welcome'") in check_toc.check(pages, toc)


def test_missing_week_index(tmp_path):
    files = valid_files()
    del files["course-1/week-1/index.en.md"]
    pages, toc = make_site(tmp_path, files)
    assert Problem(toc.source, 1, "docs/course-1/week-1/index.en.md is missing: every course and week with "
                   "written sections has an index page") in check_toc.check(pages, toc)


# --- formulas --------------------------------------------------------------------------------------

def formula_problems(tmp_path, body: str) -> tuple[list[Problem], str]:
    text = section("zh", body)
    files = valid_files() | {"course-1/week-1/01-welcome.md": text}
    pages, toc = make_site(tmp_path, files)
    return check_formulas.check(pages, toc), text


def test_unbalanced_braces(tmp_path):
    problems, text = formula_problems(tmp_path, r"代价 $J = \frac{1}{m \sum L$ 。")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "代价"), "unbalanced braces: 1 '{' not closed")]


def test_unknown_macro(tmp_path):
    problems, text = formula_problems(tmp_path, "$$\n\\sigmoid(z)\n$$")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "$$"),
                                "unknown or custom macro \\sigmoid: use a macro MathJax supports")]


def test_custom_macro_refused(tmp_path):
    problems, _ = formula_problems(tmp_path, r"定义 $\newcommand{\R}{\mathbb{R}} x$ 。")
    assert sorted(p.message for p in problems) == ["unknown or custom macro \\R: use a macro MathJax supports",
                                                   "unknown or custom macro \\newcommand: use a macro MathJax supports"]


def test_cjk_punctuation_in_math(tmp_path):
    problems, text = formula_problems(tmp_path, "其中 $a，b$ 是参数。")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "其中"),
                                "character '，' (U+FF0C) inside math: no CJK text, CJK punctuation or "
                                "zero-width characters in formulas")]


def test_zero_width_in_math(tmp_path):
    problems, _ = formula_problems(tmp_path, "其中 $a\u200bb$ 是参数。")
    assert [p.message for p in problems] == [
        "character '\\u200b' (U+200B) inside math: no CJK text, CJK punctuation or zero-width characters in formulas"]


def test_left_right_and_environments(tmp_path):
    problems, _ = formula_problems(tmp_path, "$$\n\\left( \\begin{aligned} x \\end{align}\n$$")
    assert sorted(p.message for p in problems) == sorted([
        "\\left (1) and \\right (0) do not pair up",
        "\\end{align} does not match \\begin{aligned}",
    ])


def test_display_math_not_on_own_line(tmp_path):
    problems, text = formula_problems(tmp_path, "公式 $$x^2$$ 在行内。")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "公式"),
                                "display math: '$$' must stand alone on its own line, with blank lines around")]


def test_display_math_needs_blank_lines(tmp_path):
    problems, text = formula_problems(tmp_path, "如下：\n$$\nx^2\n$$\n接着。")
    opening = line_of(text, "如下") + 1
    assert problems == [
        Problem(f"{W1}/01-welcome.md", opening, "display math needs a blank line before '$$'"),
        Problem(f"{W1}/01-welcome.md", opening + 2, "display math needs a blank line after the closing '$$'"),
    ]


def test_unclosed_display_math(tmp_path):
    problems, text = formula_problems(tmp_path, "$$\nx^2")
    assert Problem(f"{W1}/01-welcome.md", line_of(text, "$$"), "display math opened with '$$' is never closed") in problems


def test_unbalanced_dollar(tmp_path):
    problems, text = formula_problems(tmp_path, "价格是 $x 元。")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "价格"),
                                "unbalanced '$': inline math must open and close on one line")]


# --- links and images ------------------------------------------------------------------------------

def link_problems(tmp_path, body: str, lang: str = "zh", extra: dict | None = None):
    name = "01-welcome.md" if lang == "zh" else "01-welcome.en.md"
    text = section(lang, body)
    files = valid_files() | {f"course-1/week-1/{name}": text} | (extra or {})
    pages, toc = make_site(tmp_path, files)
    return check_links.check(pages, toc), text, f"{W1}/{name}"


def test_dead_link(tmp_path):
    problems, text, path = link_problems(tmp_path, "见 [下一节](02-what-is-a-neural-network.md)。")
    assert problems == [Problem(path, line_of(text, "下一节"),
                                "broken link: docs/course-1/week-1/02-what-is-a-neural-network.md does not exist")]


def test_dead_anchor(tmp_path):
    problems, text, path = link_problems(tmp_path, "See [the index](index.md#no-such-heading).", lang="en")
    assert problems == [Problem(path, line_of(text, "the index"),
                                "broken anchor: #no-such-heading is not a heading of docs/course-1/week-1/index.en.md")]


def test_good_anchor_to_chinese_heading(tmp_path):
    body = "## 逻辑回归的代价函数\n\n见 [上文](#逻辑回归的代价函数)。"
    problems, _, _ = link_problems(tmp_path, body)
    assert problems == []


def test_link_to_en_file_name(tmp_path):
    problems, text, path = link_problems(tmp_path, "See [home](../../index.en.md).", lang="en")
    assert problems == [Problem(path, line_of(text, "See [home]"),
                                "link to ../../index.en.md: link the Chinese file name, the site picks the reader's language")]


def test_missing_image_and_alt(tmp_path):
    problems, text, path = link_problems(tmp_path, "![](figures/none.svg)\n\n/// caption\n图\n///")
    line = line_of(text, "figures/none.svg")
    assert problems == [Problem(path, line, "image figures/none.svg has no alt text"),
                        Problem(path, line, "image not found: figures/none.svg")]


def test_third_party_image(tmp_path):
    problems, text, path = link_problems(tmp_path, "![图](https://example.com/a.png)\n\n/// caption\n图\n///")
    assert problems == [Problem(path, line_of(text, "example.com"),
                                "image from another host (https://example.com/a.png): pages make no third-party "
                                "requests; add the file to the repo")]


def test_third_party_script(tmp_path):
    problems, text, path = link_problems(tmp_path, '<script src="https://cdn.example.com/x.js"></script>')
    assert problems == [Problem(path, line_of(text, "cdn.example.com"),
                                "request to another host (https://cdn.example.com/x.js): pages make no third-party requests")]


# --- translation parity ----------------------------------------------------------------------------

def parity_problems(tmp_path, zh_body: str, en_body: str):
    zh, en = section("zh", zh_body), section("en", en_body)
    files = valid_files() | {"course-1/week-1/01-welcome.md": zh, "course-1/week-1/01-welcome.en.md": en}
    pages, toc = make_site(tmp_path, files)
    return check_parity.check(pages, toc), zh, en


def test_missing_translation_of_heading(tmp_path):
    problems, zh, en = parity_problems(tmp_path, "## 一\n\n## 二", "## One")
    assert problems == [Problem(f"{W1}/01-welcome.en.md", line_of(en, "## One"),
                                f"2 heading levels here, 3 in {W1}/01-welcome.md")]


def test_formula_differs(tmp_path):
    problems, zh, en = parity_problems(tmp_path, "## 模型\n\n公式 $w^T x + b$ 。", "## Model\n\nFormula $w^T x$.")
    assert problems == [
        Problem(f"{W1}/01-welcome.en.md", line_of(en, "## Model"),
                f"formula 'w^T x + b' of {W1}/01-welcome.md:{line_of(zh, '公式')} is missing under this heading"),
        Problem(f"{W1}/01-welcome.en.md", line_of(en, "Formula"),
                f"formula 'w^T x' is not in {W1}/01-welcome.md under the same heading"),
    ]


def test_formula_order_may_follow_word_order(tmp_path):
    problems, _, _ = parity_problems(tmp_path, "矩阵 $X$ 的形状是 $(n_x, m)$ 。", "The shape $(n_x, m)$ of $X$.")
    assert problems == []


def test_code_comments_may_differ_but_code_may_not(tmp_path):
    zh_code = "```python\nx = 1  # 一\nassert x == 1\n```"
    same, _, _ = parity_problems(tmp_path, zh_code, "```python\nx = 1  # one\nassert x == 1\n```")
    assert same == []
    different, _, en = parity_problems(tmp_path, zh_code, "```python\nx = 2\nassert x == 2\n```")
    assert len(different) == 1 and different[0].message.startswith(f"code block differs from {W1}/01-welcome.md:")
    assert different[0].line == line_of(en, "```python")


# --- content ---------------------------------------------------------------------------------------

def content_problems(tmp_path, files: dict[str, str]):
    pages, toc = make_site(tmp_path, valid_files() | files)
    return check_content.check(pages, toc)


def test_placeholder(tmp_path):
    text = section("zh", "这一节待补充。")
    problems = content_problems(tmp_path, {"course-1/week-1/01-welcome.md": text})
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "待补充"), "placeholder text: '待补充'")]


def test_stub_page_is_too_short(tmp_path):
    text = '# 1.1 欢迎\n\n欢迎。\n\n!!! abstract "要点"\n\n    - 欢迎\n'
    problems = content_problems(tmp_path, {"course-1/week-1/01-welcome.md": text})
    assert problems == [Problem(f"{W1}/01-welcome.md", 1,
                                "too little content: 7 characters and words of prose, a section page needs 400")]


def test_key_points_box_required(tmp_path):
    text = section("en").replace('!!! abstract "Key points"', "Summary")
    problems = content_problems(tmp_path, {"course-1/week-1/01-welcome.en.md": text})
    assert problems == [Problem(f"{W1}/01-welcome.en.md", len(text.splitlines()),
                                'section page has no key-points box (!!! abstract "Key points")')]


def test_week_index_needs_review_questions(tmp_path):
    problems = content_problems(tmp_path, {"course-1/week-1/index.md": index("zh", questions=2)})
    assert problems == [Problem(f"{W1}/index.md", 1,
                                "a week index has 3-5 review questions ('??? question \"…\"'), found 2")]


def test_figure_needs_caption(tmp_path):
    text = section("zh", "![网络结构](figures/net.svg)\n\n下一段。")
    problems = content_problems(tmp_path, {"course-1/week-1/01-welcome.md": text})
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "figures/net.svg"),
                                "figure without a caption: follow it with a '/// caption' block")]


def test_chinese_typography(tmp_path):
    text = section("zh", "使用NumPy计算。\n\n如下所示,这样。\n\n函数(function)。")
    problems = content_problems(tmp_path, {"course-1/week-1/01-welcome.md": text})
    path = f"{W1}/01-welcome.md"
    assert problems == [
        Problem(path, line_of(text, "使用"), "put a space between Chinese and Latin letters or digits: '用N'"),
        Problem(path, line_of(text, "如下所示"), "use full-width punctuation in Chinese prose: '示,'"),
        Problem(path, line_of(text, "函数"), "use full-width punctuation in Chinese prose: '数('"),
    ]


# --- code ------------------------------------------------------------------------------------------

def code_problems(tmp_path, code: str):
    text = section("zh", f"```python\n{code}\n```")
    pages, toc = make_site(tmp_path, valid_files() | {"course-1/week-1/01-welcome.md": text})
    return check_code.check(pages, toc), check_code.python_snippets(pages), text


def test_code_without_assert(tmp_path):
    problems, _, text = code_problems(tmp_path, "import numpy as np\nx = np.ones(3)")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "```python"),
                                "python block has no assert: check something true (a shape, a value, a gradient)")]


def test_code_syntax_error(tmp_path):
    problems, _, text = code_problems(tmp_path, "x = (1,\nassert x")
    fence = line_of(text, "```python")
    assert len(problems) == 1 and problems[0].path == f"{W1}/01-welcome.md" and problems[0].line > fence
    assert problems[0].message.startswith("python syntax error")


def test_code_with_other_framework_must_declare_it(tmp_path):
    problems, _, text = code_problems(tmp_path, "import tensorflow as tf\nassert tf")
    assert problems == [Problem(f"{W1}/01-welcome.md", line_of(text, "import tensorflow"),
                                "import of tensorflow: snippets use NumPy and the standard library only "
                                "(or start with '# requires: <framework>')")]
    declared, snippets, _ = code_problems(tmp_path, "# requires: tensorflow\nimport tensorflow as tf")
    assert declared == [] and not snippets[0].runnable


def test_failing_code_is_reported_at_its_fence(tmp_path):
    _, snippets, text = code_problems(tmp_path, "import numpy as np\nassert np.ones((2, 3)).shape == (3, 2)")
    problem = check_code.run(snippets[0])
    assert problem == Problem(f"{W1}/01-welcome.md", line_of(text, "```python"), "python block fails: AssertionError")


# --- glossary --------------------------------------------------------------------------------------

GLOSSARY = """\
terms:
  - {zh: 欢迎, en: welcome, page: course-1/week-1/01-welcome.md}
  - {zh: 神经网络, zh_alt: [神经元网络], en: neural network, page: course-1/week-1/02-what-is-a-neural-network.md}
"""


def glossary_of(tmp_path, text: str):
    from scripts.glossary import load_glossary

    pages, toc = make_site(tmp_path, valid_files())
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    return load_glossary(toc, path)


def test_valid_glossary(tmp_path):
    glossary = glossary_of(tmp_path, GLOSSARY)
    assert glossary.problems == [] and [t.zh for t in glossary.terms] == ["欢迎", "神经网络"]


def test_glossary_term_listed_twice(tmp_path):
    text = GLOSSARY + "  - {zh: 神经元网络, en: net, page: course-1/week-1/01-welcome.md}\n"
    glossary = glossary_of(tmp_path, text)
    assert [str(p) for p in glossary.problems] == [
        f"{tmp_path / 'glossary.yml'}:{line_of(text, '神经元网络, en')}: term '神经元网络' is listed twice (first at line 3)"]


def test_glossary_link_to_unknown_page(tmp_path):
    text = GLOSSARY + "  - {zh: 深度, en: depth, page: course-9/week-1/01-nowhere.md}\n"
    glossary = glossary_of(tmp_path, text)
    assert [p.message for p in glossary.problems] == [
        "glossary link to course-9/week-1/01-nowhere.md: no such page in the TOC"]


def test_jieba_dictionary_and_aliases_come_from_the_glossary(tmp_path):
    from scripts.glossary import jieba_dictionary, search_aliases

    glossary = glossary_of(tmp_path, GLOSSARY)
    assert jieba_dictionary(glossary) == "欢迎 20000 n\n神经元网络 20000 n\n神经网络 20000 n\n"
    assert search_aliases(glossary, "zh")["course-1/week-1/02-what-is-a-neural-network.md"] == ["神经网络", "神经元网络"]
