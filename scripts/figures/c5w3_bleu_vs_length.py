"""Qualitative sketch: BLEU against sentence length, with and without attention.

Writes docs/course-5/week-3/figures/bleu-vs-length.svg (run from the repo root). The curves are
illustrative shapes computed here (no measured data): both rise over short sentences; without
attention the score falls for long sentences, with attention it stays high.
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/bleu-vs-length.svg"
lengths = np.linspace(1, 60, 120)
rise = 1 - np.exp(-lengths / 6)
plain = 0.85 * rise * (0.3 + 0.7 / (1 + np.exp((lengths - 30) / 6)))
attention = 0.92 * rise * (1 - 0.0015 * lengths)
assert plain[-1] < 0.5 * plain.max() and attention[-1] > 0.8 * attention.max()

L, R, T, BOT = 70, 620, 30, 250


def px(n):
    return L + (R - L) * n / 60


def py(v):
    return BOT - (BOT - T) * v


def polyline(values, colour, dash=""):
    pts = " ".join(f"{px(n):.1f},{py(v):.1f}" for n, v in zip(lengths, values))
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return f'  <polyline points="{pts}" stroke="{colour}" stroke-width="2.4"{extra}/>'


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
    'font-family="sans-serif" font-size="13" fill="none">',
    '  <defs>',
    '    <marker id="bl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">',
    '      <path d="M 0 0 L 10 5 L 0 10 z" fill="#222"/>',
    '    </marker>',
    '  </defs>',
    f'  <line x1="{L}" y1="{BOT}" x2="{R + 20}" y2="{BOT}" stroke="#222" stroke-width="1.4" marker-end="url(#bl-arrow)"/>',
    f'  <line x1="{L}" y1="{BOT}" x2="{L}" y2="{T - 10}" stroke="#222" stroke-width="1.4" marker-end="url(#bl-arrow)"/>',
    f'  <text x="{R + 20}" y="{BOT + 42}" text-anchor="end" fill="#222" font-size="14">sentence length</text>',
    f'  <text x="{L - 12}" y="{T + 4}" text-anchor="end" fill="#222" font-size="14">BLEU</text>',
]
for n in (10, 20, 30, 40, 50):
    parts.append(f'  <line x1="{px(n):.1f}" y1="{BOT}" x2="{px(n):.1f}" y2="{BOT + 5}" stroke="#222"/>')
    parts.append(f'  <text x="{px(n):.1f}" y="{BOT + 20}" text-anchor="middle" fill="#222" font-size="12">{n}</text>')
parts.append(polyline(plain, "#1f77b4", "7 4"))
parts.append(polyline(attention, "#2ca02c"))
parts.append(f'  <text x="{px(60) + 6:.1f}" y="{py(attention[-1]) + 4:.1f}" fill="#2ca02c">attention</text>')
parts.append(f'  <text x="{px(45):.1f}" y="{py(plain[90]) - 14:.1f}" fill="#1f77b4">no attention</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
