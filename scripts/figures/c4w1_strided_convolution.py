"""Figure for C4W1 1.5: a 3x3 filter with stride 2 on a 7x7 input; window positions and the 3x3 output."""

from pathlib import Path

OUT = Path("docs/course-4/week-1/figures/strided-convolution.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
N, F, S = 7, 3, 2
M = (N - F) // S + 1
C = 32


def main():
    assert M == 3
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 300" width="560" height="300" '
           'font-family="sans-serif" font-size="15" fill="none">',
           f'<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    x0, y0 = 30, 40
    for i in range(N):
        for j in range(N):
            out.append(f'<rect x="{x0 + j * C}" y="{y0 + i * C}" width="{C}" height="{C}" fill="none" '
                       f'stroke="{INK}" stroke-width="1"/>')
    # top-left corner of every window: rows and columns 0, 2, 4
    for i in range(M):
        for j in range(M):
            out.append(f'<circle cx="{x0 + (S * j + 0.5) * C}" cy="{y0 + (S * i + 0.5) * C}" r="4" fill="{INK}"/>')
    windows = (((0, 0), BLUE, 2, ""), ((0, 1), ORANGE, 6, ""), ((0, 2), GREEN, 2, ""), ((1, 0), RED, 6, "7 4"))
    for (i, j), color, inset, dash in windows:
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<rect x="{x0 + S * j * C + inset}" y="{y0 + S * i * C + inset}" width="{F * C - 2 * inset}" '
                   f'height="{F * C - 2 * inset}" fill="none" stroke="{color}" stroke-width="3"{extra}/>')
    # stride arrow above the grid
    out.append(f'<line x1="{x0 + 0.5 * C}" y1="{y0 - 14}" x2="{x0 + 2.5 * C}" y2="{y0 - 14}" stroke="{INK}" '
               'stroke-width="1.5" marker-end="url(#arr)"/>')
    out.append(f'<text x="{x0 + 3 * C}" y="{y0 - 9}" fill="{INK}">s = 2</text>')
    out.append(f'<text x="{x0 + N * C / 2}" y="{y0 + N * C + 30}" text-anchor="middle" fill="{INK}">7×7,  f = 3</text>')
    # output grid
    ox, oy = 390, y0 + (N - M) * C / 2
    out.append(f'<line x1="{x0 + N * C + 25}" y1="{y0 + N * C / 2}" x2="{ox - 25}" y2="{y0 + N * C / 2}" '
               f'stroke="{INK}" stroke-width="1.5" marker-end="url(#arr)"/>')
    colors = {(i, j): color for (i, j), color, _, _ in windows}
    for i in range(M):
        for j in range(M):
            color = colors.get((i, j))
            fill = f'fill="{color}" fill-opacity="0.35"' if color else 'fill="none"'
            out.append(f'<rect x="{ox + j * C}" y="{oy + i * C}" width="{C}" height="{C}" {fill} '
                       f'stroke="{INK}" stroke-width="1"/>')
    out.append(f'<text x="{ox + M * C / 2}" y="{y0 + N * C + 30}" text-anchor="middle" fill="{INK}">3×3</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
