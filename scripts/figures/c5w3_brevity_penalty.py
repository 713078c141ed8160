"""The brevity penalty of BLEU as a function of the MT output length c, for a reference of length r = 10.

Writes docs/course-5/week-3/figures/brevity-penalty.svg (run from the repo root); the points are
computed here from BP = 1 if c > r, else exp(1 - r / c).
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/brevity-penalty.svg"
r = 10
c_all = np.arange(2, 21)
bp = np.where(c_all > r, 1.0, np.exp(1 - r / c_all))
assert bp[c_all == r][0] == 1.0 and np.isclose(bp[c_all == 5][0], np.exp(-1))

L, R, T, BOT = 80, 660, 30, 250
X_MIN, X_MAX = 0, 20


def px(c):
    return L + (R - L) * (c - X_MIN) / (X_MAX - X_MIN)


def py(v):
    return BOT - (BOT - T) * v


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
    'font-family="sans-serif" font-size="13" fill="none">',
    f'  <rect x="{L}" y="{T}" width="{R - L}" height="{BOT - T}" stroke="#222" stroke-opacity="0.35"/>',
]
for v in (0, 0.25, 0.5, 0.75, 1.0):
    parts.append(f'  <line x1="{L}" y1="{py(v):.1f}" x2="{R}" y2="{py(v):.1f}" stroke="#222" '
                 f'stroke-opacity="0.12" stroke-dasharray="2 3"/>')
    parts.append(f'  <text x="{L - 8}" y="{py(v) + 4:.1f}" text-anchor="end" fill="#222" font-size="12">{v:g}</text>')
for c in range(0, 21, 2):
    parts.append(f'  <line x1="{px(c):.1f}" y1="{BOT}" x2="{px(c):.1f}" y2="{BOT + 5}" stroke="#222"/>')
    parts.append(f'  <text x="{px(c):.1f}" y="{BOT + 20}" text-anchor="middle" fill="#222" font-size="12">{c}</text>')
parts.append(f'  <text x="{(L + R) / 2}" y="{BOT + 42}" text-anchor="middle" fill="#222" font-size="15">c</text>')
parts.append(f'  <text x="{L - 44}" y="{(T + BOT) / 2}" text-anchor="middle" fill="#222" font-size="15">BP</text>')
parts.append(f'  <line x1="{px(r):.1f}" y1="{T}" x2="{px(r):.1f}" y2="{BOT}" stroke="#ff7f0e" '
             f'stroke-width="1.5" stroke-dasharray="5 4"/>')
parts.append(f'  <text x="{px(r) + 6:.1f}" y="{BOT - 10}" fill="#ff7f0e">c = r = {r}</text>')
# smooth curve for c <= r, flat line after
cs = np.linspace(1.6, r, 120)
pts = " ".join(f"{px(c):.1f},{py(np.exp(1 - r / c)):.1f}" for c in cs)
parts.append(f'  <polyline points="{pts}" stroke="#1f77b4" stroke-width="2.2"/>')
parts.append(f'  <line x1="{px(r):.1f}" y1="{py(1):.1f}" x2="{px(X_MAX):.1f}" y2="{py(1):.1f}" stroke="#1f77b4" stroke-width="2.2"/>')
for c, v in zip(c_all, bp):
    parts.append(f'  <circle cx="{px(c):.1f}" cy="{py(v):.1f}" r="3.2" fill="#1f77b4"/>')
parts.append(f'  <text x="{px(5) + 8:.1f}" y="{py(np.exp(-1)) + 4:.1f}" fill="#1f77b4" font-size="12">'
             f'(5, e⁻¹ ≈ {np.exp(-1):.3f})</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
