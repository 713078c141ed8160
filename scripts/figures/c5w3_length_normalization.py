"""Normalized log-likelihood of a short and a long candidate as alpha goes from 0 to 1.

Writes docs/course-5/week-3/figures/length-normalization.svg (run from the repo root). The two
candidates are the ones of section 3.4's code; the curves and the crossover are computed here.
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/length-normalization.svg"
short = np.log([0.5, 0.4, 0.5])
long_ = np.log([0.6, 0.7, 0.6, 0.7, 0.6, 0.7])
alphas = np.linspace(0, 1, 101)
s = short.sum() / len(short) ** alphas
g = long_.sum() / len(long_) ** alphas
cross = np.log(long_.sum() / short.sum()) / np.log(len(long_) / len(short))
assert 0.1 < cross < 0.3

L, R, T, BOT = 80, 640, 30, 270           # plot box in pixels
Y_MIN, Y_MAX = -2.8, 0.0


def px(a):
    return L + (R - L) * a


def py(v):
    return T + (BOT - T) * (Y_MAX - v) / (Y_MAX - Y_MIN)


def polyline(values, colour, dash=""):
    pts = " ".join(f"{px(a):.1f},{py(v):.1f}" for a, v in zip(alphas, values))
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return f'  <polyline points="{pts}" stroke="{colour}" stroke-width="2.2"{extra}/>'


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
    'font-family="sans-serif" font-size="13" fill="none">',
    f'  <rect x="{L}" y="{T}" width="{R - L}" height="{BOT - T}" stroke="#222" stroke-opacity="0.35"/>',
]
for v in (0.0, -0.5, -1.0, -1.5, -2.0, -2.5):
    parts.append(f'  <line x1="{L}" y1="{py(v):.1f}" x2="{R}" y2="{py(v):.1f}" stroke="#222" '
                 f'stroke-opacity="0.12" stroke-dasharray="2 3"/>')
    parts.append(f'  <text x="{L - 8}" y="{py(v) + 4:.1f}" text-anchor="end" fill="#222" font-size="12">{v:g}</text>')
for a in (0, 0.2, 0.4, 0.6, 0.8, 1.0):
    parts.append(f'  <line x1="{px(a):.1f}" y1="{BOT}" x2="{px(a):.1f}" y2="{BOT + 5}" stroke="#222"/>')
    parts.append(f'  <text x="{px(a):.1f}" y="{BOT + 20}" text-anchor="middle" fill="#222" font-size="12">{a:g}</text>')
parts.append(f'  <text x="{(L + R) / 2}" y="{BOT + 42}" text-anchor="middle" fill="#222" font-size="15">α</text>')
parts.append(f'  <line x1="{px(0.7):.1f}" y1="{T}" x2="{px(0.7):.1f}" y2="{BOT}" stroke="#ff7f0e" '
             f'stroke-width="1.5" stroke-dasharray="5 4"/>')
parts.append(f'  <text x="{px(0.7) + 6:.1f}" y="{T + 16}" fill="#ff7f0e">α = 0.7</text>')
parts.append(f'  <line x1="{px(cross):.1f}" y1="{py(short.sum() / len(short) ** cross):.1f}" x2="{px(cross):.1f}" y2="{BOT}" stroke="#222" '
             f'stroke-opacity="0.4" stroke-dasharray="2 3"/>')
parts.append(f'  <text x="{px(cross):.1f}" y="{BOT - 8}" text-anchor="middle" fill="#222" font-size="12">{cross:.2f}</text>')
parts.append(polyline(s, "#d62728", "6 4"))
parts.append(polyline(g, "#1f77b4"))
parts.append(f'  <text x="{R + 8}" y="{py(s[-1]) + 4:.1f}" fill="#d62728">T<tspan dy="4" font-size="10">y</tspan><tspan dy="-4"> = 3</tspan></text>')
parts.append(f'  <text x="{R + 8}" y="{py(g[-1]) + 4:.1f}" fill="#1f77b4">T<tspan dy="4" font-size="10">y</tspan><tspan dy="-4"> = 6</tspan></text>')
parts.append(f'  <text x="{px(0) + 6:.1f}" y="{py(s[0]) - 14:.1f}" fill="#d62728" font-size="12">{s[0]:.2f}</text>')
parts.append(f'  <text x="{px(0) + 6:.1f}" y="{py(g[0]) + 16:.1f}" fill="#1f77b4" font-size="12">{g[0]:.2f}</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
