"""The attention model: a bidirectional RNN encoder, attention weights and the decoder RNN.

Writes docs/course-5/week-3/figures/attention-model.svg (run from the repo root). The attention
weights drawn for the second output step are a softmax of made-up scores, computed here; the
line widths are proportional to them.
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/attention-model.svg"
T_X = 5
e = np.array([0.2, 2.0, 0.9, -0.5, -1.0])          # made-up scores e<2,t'>
alpha = np.exp(e) / np.exp(e).sum()
assert np.isclose(alpha.sum(), 1)

ENC_X = [110 + 120 * i for i in range(T_X)]        # encoder columns
DEC_X = [215, 355, 495]                             # decoder steps t = 1, 2, 3
Y_FWD, Y_BWD, Y_IN, Y_CTX, Y_S, Y_OUT = 300, 346, 410, 196, 120, 40
BW, BH = 64, 30


def label(x, y, base, sup, colour="#222", size=15, anchor="middle"):
    sup = sup.replace("<", "&lt;").replace(">", "&gt;")
    return (f'  <text x="{x}" y="{y}" text-anchor="{anchor}" fill="{colour}" font-size="{size}">{base}'
            f'<tspan dy="-7" font-size="{size * 0.68:.0f}">{sup}</tspan></text>')


def arrow(x1, y1, x2, y2, colour="#222", width=1.4, marker="am-k", extra=""):
    return (f'  <line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{width:.2f}" marker-end="url(#{marker})"{extra}/>')


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 430" width="720" height="430" '
    'font-family="sans-serif" font-size="14" fill="none">',
    '  <defs>',
]
for name, colour in (("am-k", "#222"), ("am-b", "#1f77b4"), ("am-o", "#ff7f0e"), ("am-g", "#2ca02c")):
    parts.append(f'    <marker id="{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                 f'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>')
parts.append('  </defs>')

# encoder: forward row, backward row, inputs
for i, x in enumerate(ENC_X):
    for y, colour in ((Y_FWD, "#1f77b4"), (Y_BWD, "#d62728")):
        parts.append(f'  <rect x="{x - BW / 2}" y="{y - BH / 2}" width="{BW}" height="{BH}" rx="5" '
                     f'stroke="{colour}" stroke-width="1.6"/>')
    parts.append(f'  <text x="{x}" y="{Y_FWD + 5}" text-anchor="middle" fill="#1f77b4" font-size="13">→</text>')
    parts.append(f'  <text x="{x}" y="{Y_BWD + 5}" text-anchor="middle" fill="#d62728" font-size="13">←</text>')
    parts.append(arrow(x, Y_IN - 16, x, Y_BWD + BH / 2 + 2))
    parts.append(label(x, Y_IN + 6, "x", f"<{i + 1}>"))
    if i < 2:
        parts.append(label(x - 30, Y_FWD - BH / 2 - 8, "a", f"<{i + 1}>", size=14, anchor="end"))
    else:
        parts.append(label(x + 30, Y_FWD - BH / 2 - 8, "a", f"<{i + 1}>", size=14, anchor="start"))
    if i < T_X - 1:
        parts.append(arrow(x + BW / 2, Y_FWD, ENC_X[i + 1] - BW / 2, Y_FWD, "#1f77b4", marker="am-b"))
        parts.append(f'  <line x1="{ENC_X[i + 1] - BW / 2}" y1="{Y_BWD}" x2="{x + BW / 2 + 2}" y2="{Y_BWD}" '
                     f'stroke="#d62728" stroke-width="1.4"/>')
        parts.append(f'  <path d="M {x + BW / 2 + 9} {Y_BWD - 5} L {x + BW / 2} {Y_BWD} L {x + BW / 2 + 9} {Y_BWD + 5} z" '
                     f'fill="#d62728"/>')

# attention lines into c<2>, width proportional to alpha<2,t'>
cx = DEC_X[1]
for i, x in enumerate(ENC_X):
    parts.append(f'  <line x1="{x}" y1="{Y_FWD - BH / 2 - 2}" x2="{cx + (i - 2) * 8}" y2="{Y_CTX + 16}" '
                 f'stroke="#ff7f0e" stroke-width="{0.8 + 7 * alpha[i]:.2f}" stroke-opacity="0.85" stroke-linecap="round"/>')
parts.append(label(268, 238, "α", "<2,2>", "#ff7f0e", 14, "end"))
parts.append(label(ENC_X[4] - 60, 236, "α", "<2,5>", "#ff7f0e", 14, "start"))

# decoder: contexts, states, outputs
parts.append(label(75, Y_S + 5, "s", "<0>"))
parts.append(arrow(100, Y_S, DEC_X[0] - 30, Y_S, "#2ca02c", marker="am-g"))
for t, x in enumerate(DEC_X):
    colour = "#ff7f0e" if t == 1 else "#222"
    parts.append(f'  <ellipse cx="{x}" cy="{Y_CTX}" rx="26" ry="16" stroke="{colour}" stroke-width="1.6"/>')
    parts.append(label(x - 10, Y_CTX + 5, "c", f"<{t + 1}>", colour, 14, "start"))
    parts.append(arrow(x, Y_CTX - 16, x, Y_S + BH / 2 + 2))
    parts.append(f'  <rect x="{x - 28}" y="{Y_S - BH / 2}" width="56" height="{BH}" rx="5" stroke="#2ca02c" stroke-width="1.6"/>')
    parts.append(label(x, Y_S + 5, "s", f"<{t + 1}>", "#2ca02c", 14))
    parts.append(arrow(x, Y_S - BH / 2, x, Y_OUT + 8))
    parts.append(label(x, Y_OUT, "ŷ", f"<{t + 1}>"))
    if t < len(DEC_X) - 1:
        parts.append(arrow(x + 28, Y_S, DEC_X[t + 1] - 30, Y_S, "#2ca02c", marker="am-g"))
        parts.append(arrow(x + 14, Y_OUT - 4, DEC_X[t + 1] - 24, Y_S - BH / 2 - 2, "#222", 1.0, extra=' stroke-dasharray="3 3"'))
parts.append(arrow(DEC_X[-1] + 28, Y_S, DEC_X[-1] + 80, Y_S, "#2ca02c", marker="am-g"))
parts.append(f'  <text x="{DEC_X[-1] + 100}" y="{Y_S + 5}" fill="#222" font-size="18">⋯</text>')
# the weights of step 2 also depend on s<1>
parts.append(f'  <path d="M {DEC_X[0] + 10} {Y_S + BH / 2} Q {DEC_X[0] + 40} {Y_CTX - 10} {cx - 28} {Y_CTX - 2}" '
             f'stroke="#ff7f0e" stroke-width="1.2" stroke-dasharray="4 3" marker-end="url(#am-o)"/>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
