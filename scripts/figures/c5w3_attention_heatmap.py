"""A plausible attention-weight matrix for a French -> English translation, drawn as coloured cells.

Writes docs/course-5/week-3/figures/attention-heatmap.svg (run from the repo root). The weights are
not from a trained model: each row is a softmax of scores that favour the aligned input word and its
neighbours, computed here; every row sums to 1.
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/attention-heatmap.svg"
src = ["jane", "visite", "la", "zone", "économique", "européenne", "en", "septembre", "<EOS>"]
out = ["jane", "visits", "the", "european", "economic", "area", "in", "september", "<EOS>"]
align = [0, 1, 2, 5, 4, 3, 6, 7, 8]          # the input word each output word corresponds to

rng = np.random.default_rng(3)
pos = np.arange(len(src))
e = np.array([1.8 * (pos == j) - 0.6 * np.abs(pos - j) for j in align]) + 0.3 * rng.standard_normal((len(out), len(src)))
alpha = np.exp(e) / np.exp(e).sum(axis=1, keepdims=True)
assert np.allclose(alpha.sum(axis=1), 1)
assert all(np.argmax(alpha[t]) == align[t] for t in range(len(out)))

CELL, X0, Y0 = 44, 150, 110


def esc(word):
    return word.replace("<", "&lt;").replace(">", "&gt;")


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 545" width="720" height="545" '
    'font-family="sans-serif" font-size="13" fill="none">',
]
for j, word in enumerate(src):
    x = X0 + j * CELL + CELL / 2
    parts.append(f'  <text x="{x:.0f}" y="{Y0 - 8}" transform="rotate(-40 {x:.0f} {Y0 - 8})" fill="#222">{esc(word)}</text>')
for t, word in enumerate(out):
    y = Y0 + t * CELL + CELL / 2 + 4
    parts.append(f'  <text x="{X0 - 8}" y="{y:.0f}" text-anchor="end" fill="#222">{esc(word)}</text>')
    for j in range(len(src)):
        a = alpha[t, j]
        parts.append(f'  <rect x="{X0 + j * CELL}" y="{Y0 + t * CELL}" width="{CELL}" height="{CELL}" '
                     f'fill="#1f77b4" fill-opacity="{a:.3f}" stroke="#222" stroke-opacity="0.25"/>')
        if a >= 0.3:
            parts.append(f'  <text x="{X0 + j * CELL + CELL / 2}" y="{Y0 + t * CELL + CELL / 2 + 4}" '
                         f'text-anchor="middle" fill="#222" font-size="11">{a:.2f}</text>')
# colour scale
SX, SY, SH = X0 + len(src) * CELL + 40, Y0, len(out) * CELL
for k in range(50):
    v = 1 - k / 50
    parts.append(f'  <rect x="{SX}" y="{SY + k * SH / 50:.1f}" width="18" height="{SH / 50 + 0.3:.1f}" '
                 f'fill="#1f77b4" fill-opacity="{v:.2f}"/>')
parts.append(f'  <rect x="{SX}" y="{SY}" width="18" height="{SH}" stroke="#222" stroke-opacity="0.5"/>')
for v in (0, 0.5, 1):
    y = SY + (1 - v) * SH
    parts.append(f'  <text x="{SX + 26}" y="{y + 4:.0f}" fill="#222" font-size="12">{v:g}</text>')
parts.append(f'  <text x="{SX + 9}" y="{SY - 12}" text-anchor="middle" fill="#222" font-size="15">α</text>')
parts.append(f'  <text x="{X0 + len(src) * CELL / 2}" y="{Y0 + len(out) * CELL + 30}" text-anchor="middle" '
             f'fill="#222" font-size="14">t′</text>')
parts.append(f'  <text x="24" y="{Y0 + len(out) * CELL / 2}" text-anchor="middle" fill="#222" font-size="14">t</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
