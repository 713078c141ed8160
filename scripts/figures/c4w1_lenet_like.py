"""Figure for C4W1 1.10: the LeNet-5-like network, volumes drawn to scale (side ~ sqrt(n_H), depth ~ sqrt(n_c))."""

import math
from pathlib import Path

OUT = Path("docs/course-4/week-1/figures/lenet-like.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
BASE = 125  # y of the bottom of every front face

# (shape, colour) of each activation; the operation that produces it
ITEMS = [((32, 32, 3), INK), ((28, 28, 6), BLUE), ((14, 14, 6), ORANGE), ((10, 10, 16), BLUE),
         ((5, 5, 16), ORANGE), ((400,), INK), ((120,), GREEN), ((84,), GREEN), ((10,), RED)]
OPS = ["CONV1", "POOL1", "CONV2", "POOL2", "", "FC3", "FC4", "softmax"]
GAP = 44


def volume(out, x, shape, color):
    """Draw one activation; return its right-most x."""
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
        h = 5 * math.sqrt(shape[0])
        out.append(f'<rect x="{x}" y="{BASE - h:.1f}" width="10" height="{h:.1f}" fill="{color}" fill-opacity="0.3" '
                   f'stroke="{INK}" stroke-width="1.2"/>')
        label, right = str(shape[0]), x + 10
    out.append(f'<text x="{(x + right) / 2:.1f}" y="{BASE + 22}" text-anchor="middle" fill="{INK}" font-size="12">{label}</text>')
    return right


def main():
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 160" width="720" height="160" '
           'font-family="sans-serif" font-size="12" fill="none">',
           f'<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
           f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    x = 12
    for k, (shape, color) in enumerate(ITEMS):
        right = volume(out, x, shape, color)
        if k < len(OPS):
            y = BASE - 12
            out.append(f'<line x1="{right + 5:.1f}" y1="{y}" x2="{right + GAP - 5:.1f}" y2="{y}" stroke="{INK}" '
                       'stroke-width="1.3" marker-end="url(#arr)"/>')
            if OPS[k]:
                out.append(f'<text x="{right + GAP / 2:.1f}" y="{y - 10}" text-anchor="middle" fill="{INK}" '
                           f'font-size="11">{OPS[k]}</text>')
        x = right + GAP
    assert x < 740, x
    out.append(f'<text x="{x - GAP + 18:.1f}" y="{BASE - 8}" fill="{INK}" font-size="16">ŷ</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
