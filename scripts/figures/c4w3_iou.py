"""Figure for C4W3 3.6: intersection, union and IoU for a few pairs of boxes (x1, y1, x2, y2)."""

from fractions import Fraction
from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/iou.svg")
INK, BLUE, RED, ORANGE = "#222", "#1f77b4", "#d62728", "#ff7f0e"
U, TOP = 22, 30                            # pixels per unit, top of the panels
PANELS = [  # (x offset, box A, box B, what to shade)
    (20, (1, 1, 5, 4), (3, 2, 7, 5), "inter"),
    (200, (1, 1, 5, 4), (3, 2, 7, 5), "union"),
    (380, (1, 1, 5, 4), (Fraction(3, 2), 1, 5, 4), "inter"),
    (560, (1, 1, 3, 3), (2, 2, 4, 4), "inter"),
]


def area(b):
    return (b[2] - b[0]) * (b[3] - b[1])


def inter_box(a, b):
    return max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])


def main():
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 230" width="720" height="230" '
         'font-family="sans-serif" font-size="14" fill="none">']
    for x0, a, b, shade in PANELS:
        p = lambda u, v: (x0 + float(u) * U, TOP + float(v) * U)
        ib = inter_box(a, b)
        inter = area(ib)
        union = area(a) + area(b) - inter
        if shade == "union":   # outline of the union of two overlapping boxes, A left-top, B right-bottom
            pts = [(a[0], a[1]), (a[2], a[1]), (a[2], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3]), (b[0], a[3]), (a[0], a[3])]
            d = " ".join(f"{'M' if k == 0 else 'L'}{p(*q)[0]:.1f},{p(*q)[1]:.1f}" for k, q in enumerate(pts)) + " Z"
            o.append(f'<path d="{d}" fill="{ORANGE}" fill-opacity="0.35"/>')
        else:
            (ix, iy), (jx, jy) = p(ib[0], ib[1]), p(ib[2], ib[3])
            o.append(f'<rect x="{ix:.1f}" y="{iy:.1f}" width="{jx - ix:.1f}" height="{jy - iy:.1f}" fill="{ORANGE}" fill-opacity="0.5"/>')
        for box, col, name, dash in ((a, RED, "A", ""), (b, BLUE, "B", ' stroke-dasharray="6 3"')):
            (ix, iy), (jx, jy) = p(box[0], box[1]), p(box[2], box[3])
            o.append(f'<rect x="{ix:.1f}" y="{iy:.1f}" width="{jx - ix:.1f}" height="{jy - iy:.1f}" stroke="{col}" stroke-width="2"{dash}/>')
        (ax, ay), (bx, by) = p(a[0], a[1]), p(b[2], b[3])
        o.append(f'<text x="{ax - 4:.1f}" y="{ay - 4:.1f}" text-anchor="end" fill="{RED}">A</text>')
        o.append(f'<text x="{bx + 4:.1f}" y="{by + 14:.1f}" fill="{BLUE}">B</text>')
        if shade == "union":
            label = f"A ∪ B = {union}"
        elif x0 == 20:
            label = f"A ∩ B = {inter}"
        else:
            r = Fraction(inter) / Fraction(union)
            label = f"IoU = {float(r):g}" if r.denominator in (1, 2, 4, 5, 8) else f"IoU = {r.numerator}/{r.denominator}"
        o.append(f'<text x="{x0 + 80}" y="{TOP + 6.5 * U + 22}" text-anchor="middle" fill="{INK}">{label}</text>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
