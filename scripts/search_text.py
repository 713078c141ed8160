"""Formulas in search previews: readable text instead of raw TeX or an empty gap.

The search index stores each section's HTML as text; a formula arrives there as `\\(dW = …\\)`
source, which a preview shows verbatim. This turns it into plain text a reader can scan
(`\\frac{1}{m}` -> `1/m`, `\\hat{y}` -> `ŷ`, `\\sigma` -> `σ`) and keeps the symbols searchable.
"""

from __future__ import annotations

import re
import unicodedata

SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "Gamma": "Γ", "delta": "δ", "Delta": "Δ", "epsilon": "ε",
    "varepsilon": "ε", "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ",
    "sigma": "σ", "Sigma": "Σ", "tau": "τ", "phi": "φ", "omega": "ω", "sum": "Σ", "prod": "Π",
    "partial": "∂", "nabla": "∇", "infty": "∞", "cdot": "·", "times": "×", "odot": "⊙", "ast": "*",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "in": "∈",
    "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "pm": "±", "ldots": "…",
    "cdots": "⋯", "quad": " ", "qquad": " ", "mid": "|", "lVert": "‖", "rVert": "‖", "lvert": "|",
    "rvert": "|", "top": "T", "log": "log", "exp": "exp", "max": "max", "min": "min", "tanh": "tanh",
}
ACCENTS = {"hat": "\u0302", "tilde": "\u0303", "bar": "\u0304", "vec": "\u20d7", "dot": "\u0307"}
MATH = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)


def tex_to_text(tex: str) -> str:
    """A readable, plain-text rendering of one formula (not typesetting: just no TeX noise)."""
    text = tex
    for _ in range(3):  # nested \frac{\frac{}{}}{} and accents inside fractions
        text = re.sub(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"(\1)/(\2)", text)
        text = re.sub(r"\\sqrt\s*\{([^{}]*)\}", r"√(\1)", text)
        text = re.sub(r"\\(hat|tilde|bar|vec|dot)\s*\{([^{}])\}", lambda m: m.group(2) + ACCENTS[m.group(1)], text)
        text = re.sub(r"\\(?:text|mathrm|mathbf|mathbb|mathcal|mathit|operatorname|boldsymbol)\s*\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\((\w)\)/\((\w+)\)", r"\1/\2", text)
    text = re.sub(r"\\(left|right|big|Big|bigg|Bigg)(?![A-Za-z])", "", text)
    text = re.sub(r"\\begin\{\w+\}|\\end\{\w+\}|&|\\\\", " ", text)
    text = re.sub(r"\\([A-Za-z]+)", lambda m: " " + SYMBOLS.get(m.group(1), m.group(1)) + " ", text)
    text = re.sub(r"(?<!\\)[{}^_]", "", text)
    text = re.sub(r"\\([{}%$#_,;:! ])", lambda m: m.group(1) if m.group(1) in "{}%$#_" else " ", text)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


def readable_formulas(html: str) -> str:
    """Replace every `\\(…\\)` and `\\[…\\]` in an index entry's text with tex_to_text()."""
    return MATH.sub(lambda m: tex_to_text(m.group(1) or m.group(2)), html)
