"""The TeX macros and environments that the site's MathJax really supports.

The list is read from the MathJax package the site is built with (its TypeScript sources ship in
the PyPI package), so the formula check agrees with the engine, not with a hand-kept list.
Custom macros (\\newcommand, \\def, …) are refused: a page must not depend on another page's
definitions, and the zh and en pages must typeset alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import mathjax

TEX_SOURCES = Path(mathjax.__file__).parent / "static" / "mathjax" / "ts" / "input" / "tex"
# base and ams are loaded by tex-svg.js; the others are loaded on demand by its autoload extension.
PACKAGES = ("base", "ams", "boldsymbol", "cancel", "color", "mathtools", "braket", "cases", "textmacros")
REFUSED = {"newcommand", "renewcommand", "def", "let", "DeclareMathOperator", "newenvironment", "require"}

_MAP = re.compile(r"new (?:sm\.)?(\w+Map)\(\s*'[^']*'\s*,(.*?)\}\s*(?:,[^;]*)?\);", re.S)
_KEY = re.compile(r"(?:^|[{,])\s*'?\\?\\?([A-Za-z]+)'?\s*:", re.M)


@lru_cache(maxsize=1)
def supported() -> tuple[frozenset[str], frozenset[str]]:
    """(macros, environments) that MathJax's TeX input understands."""
    macros: set[str] = set()
    environments: set[str] = set()
    for package in PACKAGES:
        for source in sorted((TEX_SOURCES / package).glob("*.ts")):
            for kind, body in _MAP.findall(source.read_text(encoding="utf-8")):
                keys = set(_KEY.findall(body))
                if kind == "EnvironmentMap":
                    environments |= keys
                else:
                    macros |= keys
    if not macros or not environments:
        raise RuntimeError(f"could not read MathJax's macro tables under {TEX_SOURCES}")
    return frozenset(macros - REFUSED), frozenset(environments)
