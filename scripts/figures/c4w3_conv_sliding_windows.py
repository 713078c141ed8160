"""Figure for C4W3 3.4: 14x14 windows at stride 2 on a 16x16 and a 28x28 input, and the output cell of each."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/conv-sliding-windows.svg")
INK, BLUE, RED, GREEN, ORANGE = "#222", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
TOP = 50


def grid(o, x0, y0, n, c):
    o.append(f'<rect x="{x0}" y="{y0}" width="{n * c}" height="{n * c}" stroke="{INK}" stroke-width="1.4"/>')
    for k in range(1, n):
        o.append(f'<line x1="{x0 + k * c}" y1="{y0}" x2="{x0 + k * c}" y2="{y0 + n * c}" stroke="{INK}" stroke-width="0.4" stroke-opacity="0.35"/>')
        o.append(f'<line x1="{x0}" y1="{y0 + k * c}" x2="{x0 + n * c}" y2="{y0 + k * c}" stroke="{INK}" stroke-width="0.4" stroke-opacity="0.35"/>')


def arrow(o, x1, x2, y):
    o.append(f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{INK}" stroke-width="1.4" marker-end="url(#ar)"/>')
    o.append(f'<text x="{(x1 + x2) / 2}" y="{y - 8}" text-anchor="middle" fill="{INK}" font-size="12">ConvNet</text>')


def panel(o, x0, n, c, out_x, oc, windows):
    """Input n x n with cell size c at x0; output grid at out_x with cell size oc; windows = [(i, j, colour)]."""
    m = (n - 14) // 2 + 1
    grid(o, x0, TOP, n, c)
    for i, j, col in windows:           # window (i, j) starts at pixel (2i, 2j)
        o.append(f'<rect x="{x0 + 2 * j * c + 1.5}" y="{TOP + 2 * i * c + 1.5}" width="{14 * c - 3}" height="{14 * c - 3}" '
                 f'stroke="{col}" stroke-width="2"/>')
    oy = TOP + (n * c - m * oc) / 2
    grid(o, out_x, oy, m, oc)
    for i, j, col in windows:
        o.append(f'<rect x="{out_x + j * oc}" y="{oy + i * oc}" width="{oc}" height="{oc}" fill="{col}" fill-opacity="0.75"/>')
    arrow(o, x0 + n * c + 10, out_x - 10, TOP + n * c / 2)
    o.append(f'<text x="{x0 + n * c / 2}" y="{TOP + n * c + 24}" text-anchor="middle" fill="{INK}">{n}×{n}×3</text>')
    o.append(f'<text x="{out_x + m * oc / 2}" y="{oy + m * oc + 24}" text-anchor="middle" fill="{INK}">{m}×{m}×4</text>')


def main():
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 260" width="720" height="260" '
         'font-family="sans-serif" font-size="14" fill="none">',
         f'<defs><marker id="ar" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
         f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    panel(o, 15, 16, 10, 265, 30, [(0, 0, BLUE), (0, 1, RED), (1, 0, GREEN), (1, 1, ORANGE)])
    o.append(f'<line x1="345" y1="30" x2="345" y2="240" stroke="{INK}" stroke-opacity="0.3"/>')
    panel(o, 370, 28, 5, 590, 15, [(0, 0, BLUE), (3, 5, RED), (7, 7, GREEN)])
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
