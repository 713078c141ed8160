"""A 5×5 same convolution 28×28×192 -> 28×28×32, directly and through a 1×1 bottleneck of 16 channels.

Writes docs/course-4/week-2/figures/bottleneck-cost.svg (run from the repo root). Box depth is
proportional to the number of channels; the multiplication counts are computed here.
"""

OUT = "docs/course-4/week-2/figures/bottleneck-cost.svg"
SIDE = 64                      # front face of a 28×28 feature map
DX, DY = 0.62, 0.40            # depth direction per channel-unit


def mults(n_out, f, c_in, c_out):
    return n_out * n_out * c_out * f * f * c_in


def box(x, y, channels, colour, label):
    d = 0.55 * channels
    ox, oy = DX * d, -DY * d
    s = SIDE
    return [
        f'  <polygon points="{x},{y} {x + ox:.1f},{y + oy:.1f} {x + s + ox:.1f},{y + oy:.1f} {x + s},{y}" '
        f'stroke="#222" stroke-width="1.1" fill="{colour}" fill-opacity="0.10"/>',
        f'  <polygon points="{x + s},{y} {x + s + ox:.1f},{y + oy:.1f} {x + s + ox:.1f},{y + s + oy:.1f} {x + s},{y + s}" '
        f'stroke="#222" stroke-width="1.1" fill="{colour}" fill-opacity="0.25"/>',
        f'  <rect x="{x}" y="{y}" width="{s}" height="{s}" stroke="#222" stroke-width="1.1" fill="{colour}" fill-opacity="0.05"/>',
        f'  <text x="{x + (s + ox) / 2:.1f}" y="{y + s + 20}" text-anchor="middle" fill="#222" font-size="12">{label}</text>',
    ], x + s + ox


def arrow(x1, x2, y, top, bottom, colour):
    return [
        f'  <line x1="{x1:.1f}" y1="{y}" x2="{x2 - 2:.1f}" y2="{y}" stroke="#222" stroke-width="1.4" marker-end="url(#bc-arrow)"/>',
        f'  <text x="{(x1 + x2) / 2:.1f}" y="{y - 10}" text-anchor="middle" fill="#222" font-size="12">{top}</text>',
        f'  <text x="{(x1 + x2) / 2:.1f}" y="{y + 20}" text-anchor="middle" fill="{colour}" font-size="12">{bottom}</text>',
    ]


direct = mults(28, 5, 192, 32)
reduce_ = mults(28, 1, 192, 16)
conv5 = mults(28, 5, 16, 32)
assert (direct, reduce_, conv5) == (120_422_400, 2_408_448, 10_035_200)

parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
    'font-family="sans-serif" font-size="13" fill="none">',
    '  <defs>',
    '    <marker id="bc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
    'orient="auto-start-reverse">',
    '      <path d="M 0 0 L 10 5 L 0 10 z" fill="#222"/>',
    '    </marker>',
    '  </defs>',
]
# row 1: direct 5×5 convolution
y1 = 70
shapes, right = box(30, y1, 192, "#1f77b4", "28×28×192")
parts += shapes
parts += arrow(right + 12, right + 132, y1 + SIDE / 2, "CONV 5×5, 32", f"{direct / 1e6:.1f}M", "#d62728")
shapes, right2 = box(right + 142, y1, 32, "#2ca02c", "28×28×32")
parts += shapes
parts.append(f'  <text x="600" y="{y1 + SIDE / 2 + 5}" fill="#d62728" font-size="15">≈ {direct / 1e6:.1f}M</text>')
# row 2: 1×1 bottleneck, then 5×5
y2 = 220
shapes, right = box(30, y2, 192, "#1f77b4", "28×28×192")
parts += shapes
parts += arrow(right + 12, right + 112, y2 + SIDE / 2, "CONV 1×1, 16", f"{reduce_ / 1e6:.1f}M", "#ff7f0e")
shapes, right2 = box(right + 122, y2, 16, "#ff7f0e", "28×28×16")
parts += shapes
parts += arrow(right2 + 12, right2 + 112, y2 + SIDE / 2, "CONV 5×5, 32", f"{conv5 / 1e6:.1f}M", "#ff7f0e")
shapes, right3 = box(right2 + 122, y2, 32, "#2ca02c", "28×28×32")
parts += shapes
total = reduce_ + conv5
parts.append(f'  <text x="600" y="{y2 + SIDE / 2 + 5}" fill="#2ca02c" font-size="15">≈ {total / 1e6:.1f}M</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
