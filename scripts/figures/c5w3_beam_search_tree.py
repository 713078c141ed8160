"""Beam search with B = 2 on the toy decoder of section 3.3, step by step.

Writes docs/course-5/week-3/figures/beam-search-tree.svg (run from the repo root). The candidates
and their probabilities are computed here from the same next-word table as the page's code.
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/beam-search-tree.svg"
B, STEPS, SHOW = 2, 6, 4
words = ["jane", "is", "going", "to", "be", "visiting", "africa", "<EOS>"]
V = len(words)
table = {
    "<s>": {"jane": 0.9, "africa": 0.1},
    "jane": {"is": 0.9, "visiting": 0.1},
    "is": {"going": 0.5, "visiting": 0.4, "to": 0.1},
    "going": {"to": 0.8, "<EOS>": 0.2},
    "to": {"be": 0.6, "africa": 0.4},
    "be": {"visiting": 0.7, "<EOS>": 0.3},
    "visiting": {"africa": 0.9, "<EOS>": 0.1},
    "africa": {"<EOS>": 1.0},
    "<EOS>": {"<EOS>": 1.0},
}
P = np.array([[table[r].get(w, 0.0) for w in words] for r in words + ["<s>"]])

# columns[t] = shown candidates of step t+1 as (sequence, prob, kept), best first
columns = []
beams, probs = [[]], np.array([1.0])
for _ in range(STEPS):
    last = [b[-1] if b else V for b in beams]
    cand = probs[:, None] * P[last]
    order = [k for k in np.argsort(-cand, axis=None, kind="stable") if cand.ravel()[k] > 0]
    columns.append([(beams[k // V] + [k % V], cand.ravel()[k], rank < B) for rank, k in enumerate(order[:SHOW])])
    beams = [beams[k // V] + [k % V] for k in order[:B]]
    probs = cand.ravel()[order[:B]]
best = beams[0]
assert [words[i] for i in best[:4]] == ["jane", "is", "visiting", "africa"]

X0, DXC, Y0, DY, W, H = 34, 114, 62, 66, 92, 44
parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 340" width="720" height="340" '
    'font-family="sans-serif" font-size="13" fill="none">',
]
start = (16, Y0 + 0.5 * DY + H / 2)
parts.append(f'  <circle cx="{start[0]}" cy="{start[1]:.1f}" r="4" fill="#222"/>')
anchor = {(): start}                      # right-hand anchor of each kept node, by sequence
for t, col in enumerate(columns):
    x = X0 + t * DXC
    parts.append(f'  <text x="{x + W / 2}" y="30" text-anchor="middle" fill="#222" font-size="14">t = {t + 1}</text>')
    new_anchor = {}
    for row, (seq, p, kept) in enumerate(col):
        y = Y0 + row * DY
        px, py = anchor[tuple(seq[:-1])]
        on_best = kept and seq == best[:len(seq)]
        colour = "#2ca02c" if on_best else ("#1f77b4" if kept else "#222")
        opacity = "1" if kept else "0.45"
        dash = "" if kept else ' stroke-dasharray="4 3"'
        parts.append(f'  <line x1="{px:.1f}" y1="{py:.1f}" x2="{x}" y2="{y + H / 2}" stroke="{colour}" '
                     f'stroke-opacity="{opacity}" stroke-width="{2.2 if on_best else 1.3}"{dash}/>')
        fill = f' fill="{colour}" fill-opacity="0.10"' if kept else ""
        parts.append(f'  <rect x="{x}" y="{y}" width="{W}" height="{H}" rx="6" stroke="{colour}" '
                     f'stroke-opacity="{opacity}" stroke-width="{2 if kept else 1.2}"{dash}{fill}/>')
        label = words[seq[-1]].replace("<", "&lt;").replace(">", "&gt;")
        parts.append(f'  <text x="{x + W / 2}" y="{y + 18}" text-anchor="middle" fill="#222" '
                     f'fill-opacity="{opacity}">{label}</text>')
        parts.append(f'  <text x="{x + W / 2}" y="{y + 36}" text-anchor="middle" fill="{colour}" '
                     f'fill-opacity="{opacity}" font-size="12">{p:.4g}</text>')
        if kept:
            new_anchor[tuple(seq)] = (x + W, y + H / 2)
    anchor = new_anchor
parts.append('  <text x="16" y="326" fill="#222" font-size="14">B = 2</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
