"""Figure for C4W3 3.8: two objects with midpoints in one cell, two anchor shapes with their IoUs, and the
cell's target as two 8-vectors (one per anchor)."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/anchor-boxes.svg")
INK, BLUE, RED, GREY = "#222", "#1f77b4", "#d62728", "#888"
X0, Y0, C = 20, 40, 80                     # grid origin and cell size in pixels
PED = (0.45, 0.40, 1.8, 0.6)               # b_x, b_y, b_h, b_w in cell units, cell (1, 1)
CAR = (0.55, 0.70, 0.9, 1.5)
ANCHORS = [(2.0, 0.7), (0.8, 1.8)]         # (h, w) in cell units
A_SCALE, A_Y, A_X = 60, 150, [320, 432]


def shape_iou(hw, a):
    inter = min(hw[0], a[0]) * min(hw[1], a[1])
    return inter / (hw[0] * hw[1] + a[0] * a[1] - inter)


def box(o, b, col):
    cx, cy = X0 + (1 + b[0]) * C, Y0 + (1 + b[1]) * C
    w, h = b[3] * C, b[2] * C
    o.append(f'<rect x="{cx - w / 2:.1f}" y="{cy - h / 2:.1f}" width="{w:.1f}" height="{h:.1f}" stroke="{col}" stroke-width="2"/>')
    o.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4" fill="{col}"/>')
    return cx - w / 2, cy - h / 2, w, h


def main():
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
         'font-family="sans-serif" font-size="14" fill="none">']
    o.append(f'<rect x="{X0 + C}" y="{Y0 + C}" width="{C}" height="{C}" fill="{GREY}" fill-opacity="0.2"/>')
    o.append(f'<rect x="{X0}" y="{Y0}" width="{3 * C}" height="{3 * C}" stroke="{INK}" stroke-width="1.5"/>')
    for k in (1, 2):
        o.append(f'<line x1="{X0 + k * C}" y1="{Y0}" x2="{X0 + k * C}" y2="{Y0 + 3 * C}" stroke="{INK}"/>')
        o.append(f'<line x1="{X0}" y1="{Y0 + k * C}" x2="{X0 + 3 * C}" y2="{Y0 + k * C}" stroke="{INK}"/>')
    x, y, w, h = box(o, PED, BLUE)             # a stick figure in the tall box
    m = x + w / 2
    o.append(f'<circle cx="{m:.1f}" cy="{y + 14:.1f}" r="9" stroke="{INK}" stroke-opacity="0.7" stroke-width="1.3"/>')
    o.append(f'<path d="M{m:.1f},{y + 23:.1f} L{m:.1f},{y + 85:.1f} M{m - 16:.1f},{y + 45:.1f} L{m:.1f},{y + 35:.1f} '
             f'L{m + 16:.1f},{y + 45:.1f} M{m - 14:.1f},{y + h - 6:.1f} L{m:.1f},{y + 85:.1f} L{m + 14:.1f},{y + h - 6:.1f}" '
             f'stroke="{INK}" stroke-opacity="0.7" stroke-width="1.3"/>')
    box(o, CAR, RED)
    for k, ((ah, aw), ax) in enumerate(zip(ANCHORS, A_X)):
        w, h = aw * A_SCALE, ah * A_SCALE
        o.append(f'<rect x="{ax - w / 2:.1f}" y="{A_Y - h / 2:.1f}" width="{w:.1f}" height="{h:.1f}" stroke="{INK}" '
                 'stroke-width="1.8" stroke-dasharray="6 3"/>')
        o.append(f'<text x="{ax}" y="{A_Y + 5}" text-anchor="middle" fill="{INK}" font-size="16">{k + 1}</text>')
        o.append(f'<text x="{ax}" y="{A_Y + 88}" text-anchor="middle" fill="{BLUE}" font-size="13">'
                 f'{shape_iou(PED[2:], (ah, aw)):.2f}</text>')
        o.append(f'<text x="{ax}" y="{A_Y + 106}" text-anchor="middle" fill="{RED}" font-size="13">'
                 f'{shape_iou(CAR[2:], (ah, aw)):.2f}</text>')
    names = [("p", "c"), ("b", "x"), ("b", "y"), ("b", "h"), ("b", "w"), ("c", "1"), ("c", "2"), ("c", "3")]
    cols = [[1, *PED, 1, 0, 0], [1, *CAR, 0, 1, 0]]
    top, step = 80, 24
    for r, (a, s) in enumerate(names):
        yy = top + r * step
        o.append(f'<text x="562" y="{yy}" text-anchor="end" fill="{INK}">{a}<tspan dy="4" font-size="10">{s}</tspan></text>')
        for col, xx, values in ((BLUE, 605, cols[0]), (RED, 670, cols[1])):
            o.append(f'<text x="{xx}" y="{yy}" text-anchor="middle" fill="{col}">{values[r]:g}</text>')
    bt, bb = top - 20, top + 7 * step + 10
    for xl, xr in ((578, 632), (643, 697)):
        o.append(f'<path d="M{xl + 6},{bt} L{xl},{bt} L{xl},{bb} L{xl + 6},{bb}" stroke="{INK}" stroke-width="1.4"/>')
        o.append(f'<path d="M{xr - 6},{bt} L{xr},{bt} L{xr},{bb} L{xr - 6},{bb}" stroke="{INK}" stroke-width="1.4"/>')
    o.append(f'<text x="605" y="{bt - 10}" text-anchor="middle" fill="{INK}" font-size="16">1</text>')
    o.append(f'<text x="670" y="{bt - 10}" text-anchor="middle" fill="{INK}" font-size="16">2</text>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
