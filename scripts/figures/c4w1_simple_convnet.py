"""Figure for C4W1 1.8: the simple ConvNet 39x39x3 -> 7x7x40 -> 1960 -> y_hat, volumes drawn to scale (side ~ sqrt(n_H), depth ~ sqrt(n_c))."""

import math
from pathlib import Path

OUT = Path("docs/course-4/week-1/figures/simple-convnet.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
BASE = 125  # y of the bottom of every front face

# (shape, colour) of each activation; the operation that produces it
ITEMS = [((39, 39, 3), INK), ((37, 37, 10), BLUE), ((17, 17, 20), BLUE), ((7, 7, 40), BLUE), ((1960,), INK)]
OPS = ["f=3, s=1", "f=5, s=2", "f=5, s=2", "", "σ / softmax"]
GAP = 78


def volume(out, x, shape, color, bar_scale=2.3):
    """Draw one activation; return its right-most x. A flat vector is a bar of height bar_scale * sqrt(n)."""
    if len(shape) == 3:
        n, _, c = shape
        s, d = 11 * math.sqrt(n), 4.2 * math.sqrt(c)
        y = BASE - s
        faces = [f"{x},{y} {x + s},{y} {x + s + d},{y - d} {x + d},{y - d}",
                 f"{x + s},{y} {x + s + d},{y - d} {x + s + d},{BASE - d} {x + s},{BASE}"]
        for pts in faces:
            out.append(f'<polygon points="{pts:}" fill="{color}" fill-opacity="0.15" stroke="{INK}" stroke-width="1.2"/>')
        out.append(f'<rect x="{x}" y="{y:.1f}" width="{s:.1f}" height="{s:.1f}" fill="{color}" fill-opacity="0.25" '
                   f'stroke="{INK}" stroke-width="1.2"/>')
        label, right = f"{n}×{n}×{c}", x + s + d
    else:
        h = bar_scale * math.sqrt(shape[0])
        out.append(f'<rect x="{x}" y="{BASE - h:.1f}" width="10" height="{h:.1f}" fill="{color}" fill-opacity="0.3" '
                   f'stroke="{INK}" stroke-width="1.2"/>')
        label, right = str(shape[0]), x + 10
    out.append(f'<text x="{(x + right) / 2:.1f}" y="{BASE + 22}" text-anchor="middle" fill="{INK}" font-size="12">{label}</text>')
    return right


def network_svg(items, ops, gap, bar_scale, yhat_x):
    """The whole figure: each activation to scale, an arrow labelled with its operation between
    neighbours, and ŷ at yhat_x(x), x being where the next volume would start. Shared with 1.10's figure."""
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 160" width="720" height="160" '
           'font-family="sans-serif" font-size="12" fill="none">',
           f'<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
           f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    x = 12
    for k, (shape, color) in enumerate(items):
        right = volume(out, x, shape, color, bar_scale)
        if k < len(ops):
            y = BASE - 12
            out.append(f'<line x1="{right + 5:.1f}" y1="{y}" x2="{right + gap - 5:.1f}" y2="{y}" stroke="{INK}" '
                       'stroke-width="1.3" marker-end="url(#arr)"/>')
            if ops[k]:
                out.append(f'<text x="{right + gap / 2:.1f}" y="{y - 10}" text-anchor="middle" fill="{INK}" '
                           f'font-size="11">{ops[k]}</text>')
        x = right + gap
    assert x < 740, x
    out.append(f'<text x="{yhat_x(x):.1f}" y="{BASE - 8}" fill="{INK}" font-size="16">ŷ</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    OUT.write_text(network_svg(ITEMS, OPS, GAP, 2.3, lambda x: x), encoding="utf-8")


if __name__ == "__main__":
    main()
