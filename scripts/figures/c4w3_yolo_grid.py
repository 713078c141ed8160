"""Figure for C4W3 3.5: a 3x3 grid, each object assigned to the cell holding its midpoint; one cell enlarged
with the cell-relative b_x, b_y, b_h, b_w (b_w > 1)."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/yolo-grid.svg")
INK, BLUE, RED, GREEN, ORANGE = "#222", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
X0, Y0, N = 20, 30, 300                    # image: N x N pixels, 3 x 3 cells
S = 3
CARS = [(0.2, 0.55, 0.25, 0.36), (0.8, 0.45, 0.3, 0.4)]   # (x, y, h, w) in image units
ZX, ZY, ZC = 480, 95, 150                  # the enlarged cell


def car(x1, y1, w, h):
    """A car outline filling the box (x1, y1, w, h)."""
    p = [(0.03, 0.72), (0.06, 0.45), (0.28, 0.4), (0.42, 0.12), (0.72, 0.12), (0.85, 0.42), (0.98, 0.48), (0.98, 0.75)]
    d = " ".join(f"{'M' if k == 0 else 'L'}{x1 + u * w:.1f},{y1 + v * h:.1f}" for k, (u, v) in enumerate(p)) + " Z"
    out = [f'<path d="{d}" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.7"/>']
    for u in (0.25, 0.78):
        out.append(f'<circle cx="{x1 + u * w:.1f}" cy="{y1 + 0.8 * h:.1f}" r="{0.12 * h:.1f}" stroke="{INK}" '
                   'stroke-width="1.2" stroke-opacity="0.7"/>')
    return out


def main():
    c = N / S
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 350" width="720" height="350" '
         'font-family="sans-serif" font-size="14" fill="none">',
         f'<defs><marker id="ar" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
         f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    for (x, y, h, w), col in zip(CARS, (GREEN, ORANGE)):
        i, j = int(y * S), int(x * S)
        o.append(f'<rect x="{X0 + j * c:.1f}" y="{Y0 + i * c:.1f}" width="{c:.1f}" height="{c:.1f}" fill="{col}" fill-opacity="0.18"/>')
    o.append(f'<rect x="{X0}" y="{Y0}" width="{N}" height="{N}" stroke="{INK}" stroke-width="1.5"/>')
    for k in (1, 2):
        o.append(f'<line x1="{X0 + k * c:.1f}" y1="{Y0}" x2="{X0 + k * c:.1f}" y2="{Y0 + N}" stroke="{INK}" stroke-width="1"/>')
        o.append(f'<line x1="{X0}" y1="{Y0 + k * c:.1f}" x2="{X0 + N}" y2="{Y0 + k * c:.1f}" stroke="{INK}" stroke-width="1"/>')
    for x, y, h, w in CARS:
        bx, by, bw, bh = X0 + (x - w / 2) * N, Y0 + (y - h / 2) * N, w * N, h * N
        o += car(bx + 4, by + 4, bw - 8, bh - 8)
        o.append(f'<rect x="{bx:.1f}" y="{by:.1f}" width="{bw:.1f}" height="{bh:.1f}" stroke="{RED}" stroke-width="2"/>')
        o.append(f'<circle cx="{X0 + x * N:.1f}" cy="{Y0 + y * N:.1f}" r="4.5" fill="{RED}"/>')
    # the enlarged cell (row 1, column 2) and the box in cell units
    x, y, h, w = CARS[1]
    i, j = int(y * S), int(x * S)
    b = (x * S - j, y * S - i, h * S, w * S)
    cx0, cy0 = X0 + j * c, Y0 + i * c
    for (ax, ay), (bx_, by_) in (((cx0 + c, cy0), (ZX, ZY)), ((cx0 + c, cy0 + c), (ZX, ZY + ZC))):
        o.append(f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx_}" y2="{by_}" stroke="{INK}" stroke-dasharray="3 3" stroke-opacity="0.5"/>')
    o.append(f'<rect x="{ZX}" y="{ZY}" width="{ZC}" height="{ZC}" fill="{ORANGE}" fill-opacity="0.18" stroke="{INK}" stroke-width="1.5"/>')
    o.append(f'<text x="{ZX + 4}" y="{ZY + 16}" fill="{INK}" font-size="13">(0,0)</text>')
    o.append(f'<text x="{ZX + ZC + 4}" y="{ZY + ZC + 16}" fill="{INK}" font-size="13">(1,1)</text>')
    mx, my = ZX + b[0] * ZC, ZY + b[1] * ZC
    bw, bh = b[3] * ZC, b[2] * ZC
    o.append(f'<rect x="{mx - bw / 2:.1f}" y="{my - bh / 2:.1f}" width="{bw:.1f}" height="{bh:.1f}" stroke="{RED}" stroke-width="2"/>')
    o.append(f'<line x1="{ZX}" y1="{my:.1f}" x2="{mx:.1f}" y2="{my:.1f}" stroke="{BLUE}" stroke-width="1.5" marker-end="url(#ar)"/>')
    o.append(f'<line x1="{mx:.1f}" y1="{ZY}" x2="{mx:.1f}" y2="{my:.1f}" stroke="{BLUE}" stroke-width="1.5" marker-end="url(#ar)"/>')
    o.append(f'<circle cx="{mx:.1f}" cy="{my:.1f}" r="4.5" fill="{RED}"/>')
    o.append(f'<text x="{ZX + 4}" y="{my + 20:.1f}" fill="{BLUE}">b<tspan dy="4" font-size="10">x</tspan><tspan dy="-4" dx="3">= {b[0]:.1f}</tspan></text>')
    o.append(f'<text x="{mx + 6:.1f}" y="{ZY + 22}" fill="{BLUE}">b<tspan dy="4" font-size="10">y</tspan><tspan dy="-4" dx="3">= {b[1]:.2f}</tspan></text>')
    top, right = my - bh / 2, mx + bw / 2
    o.append(f'<line x1="{mx - bw / 2:.1f}" y1="{top - 12:.1f}" x2="{right:.1f}" y2="{top - 12:.1f}" stroke="{GREEN}" '
             'stroke-width="1.5" marker-start="url(#ar)" marker-end="url(#ar)"/>')
    o.append(f'<text x="{mx:.1f}" y="{top - 18:.1f}" text-anchor="middle" fill="{GREEN}">b<tspan dy="4" font-size="10">w</tspan><tspan dy="-4" dx="3">= {b[3]:.1f}</tspan></text>')
    o.append(f'<line x1="{right + 14:.1f}" y1="{top:.1f}" x2="{right + 14:.1f}" y2="{top + bh:.1f}" stroke="{GREEN}" '
             'stroke-width="1.5" marker-start="url(#ar)" marker-end="url(#ar)"/>')
    o.append(f'<text x="{right + 20:.1f}" y="{my + 5:.1f}" fill="{GREEN}">b<tspan dy="4" font-size="10">h</tspan><tspan dy="-4" dx="3">= {b[2]:.1f}</tspan></text>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
