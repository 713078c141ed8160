"""Which layers to freeze in transfer learning, for little, more and lots of data.

Writes docs/course-4/week-2/figures/transfer-learning-freeze.svg (run from the repo root).
"""

OUT = "docs/course-4/week-2/figures/transfer-learning-freeze.svg"
N_LAYERS = 7
ROWS = [("little data", 7), ("more data", 4), ("lots of data", 0)]   # (label, frozen layers)
GREY, BLUE, ORANGE = "#7f7f7f", "#1f77b4", "#ff7f0e"
X0, W, GAP, H = 150, 50, 14, 40

parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
    'font-family="sans-serif" font-size="13" fill="none">',
    '  <defs>',
    '    <marker id="tl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
    'orient="auto-start-reverse">',
    '      <path d="M 0 0 L 10 5 L 0 10 z" fill="#222"/>',
    '    </marker>',
    '  </defs>',
]


def layer(x, y, colour, dashed):
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return (f'  <rect x="{x}" y="{y}" width="{W}" height="{H}" rx="5" stroke="{colour}" stroke-width="1.5"'
            f' fill="{colour}" fill-opacity="{0.12 if dashed else 0.3}"{dash}/>')


for r, (label, n_frozen) in enumerate(ROWS):
    y = 30 + 80 * r
    cy = y + H / 2
    parts.append(f'  <text x="12" y="{cy + 5}" fill="#222">{label}</text>')
    parts.append(f'  <text x="128" y="{cy + 5}" text-anchor="middle" fill="#222" font-size="15">x</text>')
    for k in range(N_LAYERS):
        x = X0 + k * (W + GAP)
        frozen = k < n_frozen
        parts.append(layer(x, y, GREY if frozen else BLUE, frozen))
        parts.append(f'  <line x1="{x - GAP + 1}" y1="{cy}" x2="{x - 1}" y2="{cy}" stroke="#222" stroke-width="1.2" '
                     f'marker-end="url(#tl-arrow)"/>')
    xs = X0 + N_LAYERS * (W + GAP)
    parts.append(f'  <line x1="{xs - GAP + 1}" y1="{cy}" x2="{xs - 1}" y2="{cy}" stroke="#222" stroke-width="1.2" '
                 f'marker-end="url(#tl-arrow)"/>')
    parts.append(f'  <rect x="{xs}" y="{y}" width="64" height="{H}" rx="5" stroke="{ORANGE}" stroke-width="1.6" '
                 f'fill="{ORANGE}" fill-opacity="0.3"/>')
    parts.append(f'  <text x="{xs + 32}" y="{cy + 5}" text-anchor="middle" fill="#222" font-size="12">softmax</text>')
    parts.append(f'  <line x1="{xs + 64}" y1="{cy}" x2="{xs + 84}" y2="{cy}" stroke="#222" stroke-width="1.2" '
                 f'marker-end="url(#tl-arrow)"/>')
    parts.append(f'  <text x="{xs + 96}" y="{cy + 5}" text-anchor="middle" fill="#222" font-size="15">ŷ</text>')

# legend
for k, (name, colour, dashed) in enumerate([("frozen", GREY, True), ("trained", BLUE, False), ("new", ORANGE, False)]):
    x = 190 + 150 * k
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    parts.append(f'  <rect x="{x}" y="265" width="26" height="16" rx="3" stroke="{colour}" stroke-width="1.4" '
                 f'fill="{colour}" fill-opacity="{0.12 if dashed else 0.3}"{dash}/>')
    parts.append(f'  <text x="{x + 34}" y="278" fill="#222">{name}</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
