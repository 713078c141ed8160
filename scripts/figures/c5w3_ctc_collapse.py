"""The CTC collapse rule on "ttt_h_eee___ ___qqq__": merge runs, then drop the blanks.

Writes docs/course-5/week-3/figures/ctc-collapse.svg (run from the repo root). The runs and the
result are computed here with itertools.groupby.
"""

from itertools import groupby

OUT = "docs/course-5/week-3/figures/ctc-collapse.svg"
frames = "ttt_h_eee___ ___qqq__"
runs = []                                   # (character, first index, length)
i = 0
for ch, group in groupby(frames):
    n = len(list(group))
    runs.append((ch, i, n))
    i += n
result = "".join(ch for ch, _, _ in runs if ch != "_")
assert result == "the q"

CW, X0 = 30, 45
Y1, Y2, Y3, H = 30, 140, 240, 34


def shown(ch):
    return "␣" if ch == " " else ch


def cell(x, y, ch, colour, faded=False):
    op = "0.4" if faded else "1"
    fill = "" if faded else f' fill="{colour}" fill-opacity="0.12"'
    return [f'  <rect x="{x}" y="{y}" width="{CW}" height="{H}" stroke="{colour}" stroke-opacity="{op}" '
            f'stroke-width="1.3"{fill}/>',
            f'  <text x="{x + CW / 2}" y="{y + 23}" text-anchor="middle" fill="#222" fill-opacity="{op}" '
            f'font-size="17">{shown(ch)}</text>']


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
    'font-family="sans-serif" font-size="14" fill="none">',
]
colours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"]
# row 1: every frame; brackets under runs
k = 0
merged_x = []
MX0 = X0 + (len(frames) - len(runs)) * CW / 2
for r, (ch, start, n) in enumerate(runs):
    blank = ch == "_"
    colour = "#222" if blank else colours[k % len(colours)]
    if not blank:
        k += 1
    for j in range(n):
        parts += cell(X0 + (start + j) * CW, Y1, ch, colour, blank)
    left, right = X0 + start * CW + 3, X0 + (start + n) * CW - 3
    parts.append(f'  <path d="M {left} {Y1 + H + 6} L {left} {Y1 + H + 12} L {right} {Y1 + H + 12} L {right} {Y1 + H + 6}" '
                 f'stroke="{colour}" stroke-opacity="{0.4 if blank else 1}" stroke-width="1.3"/>')
    mx = MX0 + r * CW
    merged_x.append(mx)
    parts.append(f'  <line x1="{(left + right) / 2}" y1="{Y1 + H + 12}" x2="{mx + CW / 2}" y2="{Y2}" stroke="{colour}" '
                 f'stroke-opacity="{0.4 if blank else 0.9}" stroke-width="1.2"/>')
    parts += cell(mx, Y2, ch, colour, blank)
# row 3: blanks removed
FX0 = X0 + (len(frames) - len(result)) * CW / 2
k = 0
for r, (ch, _, _) in enumerate(runs):
    if ch == "_":
        continue
    colour = colours[k % len(colours)]
    fx = FX0 + k * CW
    parts.append(f'  <line x1="{merged_x[r] + CW / 2}" y1="{Y2 + H}" x2="{fx + CW / 2}" y2="{Y3}" stroke="{colour}" stroke-width="1.2"/>')
    parts += cell(fx, Y3, ch, colour)
    k += 1
parts.append(f'  <text x="{X0 - 12}" y="{Y1 + 23}" text-anchor="end" fill="#222" font-size="13">1</text>')
parts.append(f'  <text x="{X0 - 12}" y="{Y2 + 23}" text-anchor="end" fill="#222" font-size="13">2</text>')
parts.append(f'  <text x="{X0 - 12}" y="{Y3 + 23}" text-anchor="end" fill="#222" font-size="13">3</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
