"""The built site in headless Chromium at 390×844, as a reader on a phone sees it.

Every request to another host is blocked and counted as a failure. Each page typesets all its
formulas with no MathJax error and with glyphs that really show (a formula can be laid out with
every glyph blank, so the test looks at pixels, not at element counts); no page scrolls sideways.
"""

from __future__ import annotations

import struct
import zlib

import pytest

from scripts.browser import PHONE, search
from scripts.pages import en_twin, site_path, structural_pages
from scripts.toc import load_toc

pytestmark = pytest.mark.browser


def site_paths() -> list[tuple[str, str]]:
    """(docs path, language) for every page the site has: home, indexes, written entries."""
    toc = load_toc()
    rels = ["index.md"] + list(structural_pages(toc)) + [e.page for e in toc.entries() if e.written]
    return [(rel, lang) for rel in rels for lang in ("zh", "en")]


def ink_pixels(png: bytes) -> int:
    """Pixels that differ clearly from the top-left (background) pixel of a PNG screenshot.

    A tiny PNG reader (8-bit RGB/RGBA, as Chromium writes them), so the test needs no imaging library.
    """
    width, height, depth, color = struct.unpack(">IIBB", png[16:26])
    assert depth == 8 and color in (2, 6), f"unexpected PNG format {depth}/{color}"
    channels = 4 if color == 6 else 3
    data = b""
    pos = 8
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            data += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(line)
        previous = line
    background = rows[0][:3]
    return sum(1 for row in rows for x in range(0, stride, channels)
               if sum(abs(row[x + c] - background[c]) for c in range(3)) > 120)


FORMULA_REPORT = """() => {
    const containers = [...document.querySelectorAll('mjx-container')];
    const blank = containers.filter(c => {
        const svg = c.querySelector('svg');
        if (!svg) return true;
        const box = svg.getBoundingClientRect();
        return box.width === 0 || box.height === 0 || !svg.querySelector('use, path, rect');
    }).length;
    const raw = [...document.querySelectorAll('.arithmatex')]
        .filter(el => !el.querySelector('mjx-container')).map(el => el.textContent.slice(0, 60));
    return {
        arithmatex: document.querySelectorAll('.arithmatex').length,
        containers: containers.length,
        errors: document.querySelectorAll('mjx-merror, [data-mjx-error]').length,
        blank, raw,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
    };
}"""


@pytest.mark.parametrize(("rel", "lang"), site_paths(), ids=lambda v: v)
def test_page_renders_on_a_phone(phone, base_url, pages, rel, lang):
    page, blocked, errors = phone
    blocked.clear()
    errors.clear()
    source = pages[rel if lang == "zh" else en_twin(rel)]
    response = page.goto(base_url + site_path(rel, lang))
    assert response and response.ok, f"{site_path(rel, lang)}: HTTP {response and response.status}"
    if source.maths:
        page.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        page.evaluate("() => MathJax.startup.promise")
    report = page.evaluate(FORMULA_REPORT)

    assert blocked == [], f"requests to other hosts: {blocked}"
    assert errors == [], f"errors on the page: {errors}"
    assert report["arithmatex"] == len(source.maths), "formulas in the page vs the Markdown"
    assert report["containers"] == len(source.maths), f"untypeset formulas: {report['raw'][:3]}"
    assert report["errors"] == 0, "MathJax reported errors"
    assert report["blank"] == 0, f"{report['blank']} formulas have no visible glyphs"
    assert report["scrollWidth"] <= report["innerWidth"], "the page scrolls sideways at 390 px"
    if source.maths:
        formula = page.locator("mjx-container").first
        formula.scroll_into_view_if_needed()
        assert ink_pixels(formula.screenshot()) > 20, "the first formula shows no ink: glyphs are blank"


def test_long_display_formula_scrolls_inside_its_block(phone, base_url, pages):
    """A formula wider than the phone scrolls in its own block; the page itself does not."""
    page, _, _ = phone
    candidates = [(rel, p) for rel, p in pages.items() if p.lang == "zh" and any(m.display for m in p.maths)]
    assert candidates, "no page with display math"
    widest = None
    for rel, _ in candidates:
        page.goto(base_url + site_path(rel, "zh"))
        page.evaluate("() => MathJax.startup.promise")
        found = page.evaluate("""() => [...document.querySelectorAll('div.arithmatex')]
            .filter(d => d.scrollWidth > d.clientWidth + 1)
            .map(d => ({scroll: d.scrollWidth, client: d.clientWidth, overflow: getComputedStyle(d).overflowX}))""")
        if found:
            widest = (rel, found, page.evaluate("document.documentElement.scrollWidth"))
            break
    assert widest, "no display formula is wider than a phone: nothing to check"
    rel, blocks, page_width = widest
    assert all(b["overflow"] == "auto" for b in blocks), f"{rel}: {blocks}"
    assert page_width <= PHONE["width"], f"{rel}: the page scrolls sideways"


SEARCHES = [
    ("zh", "梯度下降", "course-1/week-2/04-gradient-descent/"),
    ("zh", "逻辑回归", "course-1/week-2/02-logistic-regression/"),
    ("zh", "向量化", "course-1/week-2/11-vectorization/"),
    ("zh", "广播", "course-1/week-2/15-broadcasting-in-python/"),
    ("en", "gradient descent", "en/course-1/week-2/04-gradient-descent/"),
    ("en", "logistic regression", "en/course-1/week-2/02-logistic-regression/"),
    ("en", "vectorization", "en/course-1/week-2/11-vectorization/"),
    ("en", "broadcasting", "en/course-1/week-2/15-broadcasting-in-python/"),
]


@pytest.mark.parametrize(("lang", "query", "expected"), SEARCHES, ids=[s[1] for s in SEARCHES])
def test_search_finds_the_page_in_the_readers_language(phone, base_url, lang, query, expected):
    page, blocked, _ = phone
    start = "course-1/week-2/" if lang == "zh" else "en/course-1/week-2/"
    page.goto(base_url + start)
    results = [link.removeprefix(base_url).split("?")[0].split("#")[0] for link in search(page, query)]
    assert results, f"no results for {query!r}"
    assert expected in results[:5], f"{query!r}: top 5 were {results[:5]}"
    in_other_language = [r for r in results if r.startswith("en/") != (lang == "en")]
    assert in_other_language == [], f"{query!r} on a {lang} page found pages in the other language"
    assert blocked == []


@pytest.mark.parametrize(("start", "target", "h1"), [
    ("course-1/week-2/03-logistic-regression-cost-function/", "en/course-1/week-2/03-logistic-regression-cost-function/",
     "2.3 Logistic Regression Cost Function"),
    ("en/course-1/week-2/03-logistic-regression-cost-function/", "course-1/week-2/03-logistic-regression-cost-function/",
     "2.3 逻辑回归的代价函数"),
])
def test_language_switcher_lands_on_the_same_page(phone, base_url, start, target, h1):
    page, _, errors = phone
    errors.clear()
    page.goto(base_url + start)
    page.click(".md-header__option .md-select > button")
    other = "English" if not start.startswith("en/") else "简体中文"
    with page.expect_navigation():
        page.click(f".md-select__link:has-text('{other}')")
    assert page.url == base_url + target
    assert page.inner_text("h1").strip().rstrip("¶") == h1
    assert errors == []
