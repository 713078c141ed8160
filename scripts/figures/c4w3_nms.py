"""Figure for C4W3 3.7: the boxes of the NumPy example before and after non-max suppression."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/nms.svg")
INK, BLUE, RED, GREEN, GREY = "#222", "#1f77b4", "#d62728", "#2ca02c", "#888"
U, TOP = 30, 30
PANELS = [30, 390]
BOXES = [(1.0, 1.0, 5.0, 4.0), (1.2, 1.1, 5.2, 4.2), (0.8, 0.9, 4.6, 3.8), (6.0, 2.0, 9.0, 5.0),
         (6.3, 2.2, 9.1, 5.1), (4.0, 1.0, 7.0, 4.0), (2.0, 5.0, 4.0, 7.0)]
P_C = [0.9, 0.8, 0.6, 0.75, 0.7, 0.65, 0.3]
LABELS = [(1.35, 1.7, "start"), (5.2, 4.75, "end"), (0.8, 4.7, "start"), (7.15, 1.75, "start"),
          (9.1, 5.7, "end"), (6.85, 1.6, "end"), (2.15, 5.6, "start")]


def iou(a, b):
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    i = w * h
    return i / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - i)


def nms(p_min=0.6, iou_max=0.5):
    idx = sorted((k for k in range(len(BOXES)) if P_C[k] > p_min), key=lambda k: -P_C[k])
    keep = []
    while idx:
        best = idx.pop(0)
        keep.append(best)
        idx = [k for k in idx if iou(BOXES[best], BOXES[k]) < iou_max]
    return keep


def main():
    keep = nms()
    assert keep == [0, 3, 5]
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
         'font-family="sans-serif" font-size="14" fill="none">']
    for panel, x0 in enumerate(PANELS):
        o.append(f'<rect x="{x0}" y="{TOP}" width="{10 * U}" height="{8 * U}" stroke="{INK}" stroke-width="1.5"/>')
        for k, (b, p, (lx, ly, anchor)) in enumerate(zip(BOXES, P_C, LABELS)):
            if panel == 0:
                col, style, op = (BLUE, "", 1) if p > 0.6 else (GREY, ' stroke-dasharray="3 3"', 1)
            elif k in keep:
                col, style, op = GREEN, "", 1
            else:
                col, style, op = (RED, ' stroke-dasharray="6 3"', 0.45) if p > 0.6 else (GREY, ' stroke-dasharray="3 3"', 0.45)
            o.append(f'<rect x="{x0 + b[0] * U:.1f}" y="{TOP + b[1] * U:.1f}" width="{(b[2] - b[0]) * U:.1f}" '
                     f'height="{(b[3] - b[1]) * U:.1f}" stroke="{col}" stroke-width="{2.2 if col == GREEN else 1.6}"'
                     f' stroke-opacity="{op}"{style}/>')
            o.append(f'<text x="{x0 + lx * U:.1f}" y="{TOP + ly * U:.1f}" text-anchor="{anchor}" fill="{col}" '
                     f'fill-opacity="{op}" font-size="13">{p}</text>')
    o.append(f'<text x="{PANELS[0] + 5 * U}" y="{TOP + 8 * U + 26}" text-anchor="middle" fill="{INK}">before</text>')
    o.append(f'<text x="{PANELS[1] + 5 * U}" y="{TOP + 8 * U + 26}" text-anchor="middle" fill="{INK}">after</text>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
