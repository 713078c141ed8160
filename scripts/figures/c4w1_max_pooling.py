"""Figure for C4W1 1.9: max pooling and average pooling (f = 2, s = 2) on a 4x4 input."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-1/figures/max-pooling.svg")
INK = "#222"
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
X = np.array([[1, 4, 2, 0],
              [5, 3, 1, 6],
              [0, 2, 8, 3],
              [7, 1, 4, 2]])
C = 40


def pool(x, op):
    return op(x.reshape(2, 2, 2, 2), axis=(1, 3))


def fmt(v):
    return f"{v:g}"


def main():
    max_out, avg_out = pool(X, np.max), pool(X, np.mean)
    assert max_out.tolist() == [[5, 6], [7, 8]] and avg_out.tolist() == [[3.25, 2.25], [2.5, 4.25]]
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 620 240" width="620" height="240" '
           'font-family="sans-serif" font-size="16" fill="none">',
           f'<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    x0, y0 = 30, 30
    for i in range(4):
        for j in range(4):
            color = COLORS[2 * (i // 2) + j // 2]
            block = X[2 * (i // 2):2 * (i // 2) + 2, 2 * (j // 2):2 * (j // 2) + 2]
            bold = ' font-weight="bold"' if X[i, j] == block.max() else ""
            out.append(f'<rect x="{x0 + j * C}" y="{y0 + i * C}" width="{C}" height="{C}" fill="{color}" '
                       f'fill-opacity="0.2" stroke="{INK}" stroke-width="1"/>')
            out.append(f'<text x="{x0 + j * C + C / 2}" y="{y0 + i * C + C / 2 + 6}" text-anchor="middle" '
                       f'fill="{INK}"{bold}>{X[i, j]}</text>')
    for k in (2,):
        out.append(f'<line x1="{x0 + k * C}" y1="{y0}" x2="{x0 + k * C}" y2="{y0 + 4 * C}" stroke="{INK}" stroke-width="2.5"/>')
        out.append(f'<line x1="{x0}" y1="{y0 + k * C}" x2="{x0 + 4 * C}" y2="{y0 + k * C}" stroke="{INK}" stroke-width="2.5"/>')
    out.append(f'<text x="{x0 + 2 * C}" y="{y0 + 4 * C + 32}" text-anchor="middle" fill="{INK}">4×4</text>')
    panels = ((340, 20, max_out, "max"), (340, 140, avg_out, "avg"))
    for px, py, values, name in panels:
        out.append(f'<line x1="{x0 + 4 * C + 20}" y1="{y0 + 2 * C}" x2="{px - 15}" y2="{py + C}" stroke="{INK}" '
                   'stroke-width="1.5" marker-end="url(#arr)"/>')
        out.append(f'<text x="{(x0 + 4 * C + px) / 2 + 5}" y="{(y0 + 2 * C + py + C) / 2 - 10}" text-anchor="middle" '
                   f'fill="{INK}" font-size="14">{name}</text>')
        for i in range(2):
            for j in range(2):
                out.append(f'<rect x="{px + j * C * 1.3}" y="{py + i * C}" width="{C * 1.3}" height="{C}" '
                           f'fill="{COLORS[2 * i + j]}" fill-opacity="0.2" stroke="{INK}" stroke-width="1"/>')
                out.append(f'<text x="{px + (j + 0.5) * C * 1.3}" y="{py + i * C + C / 2 + 6}" text-anchor="middle" '
                           f'fill="{INK}">{fmt(values[i, j])}</text>')
        out.append(f'<text x="{px + 2 * C * 1.3 + 15}" y="{py + C + 6}" fill="{INK}">2×2</text>')
    out.append(f'<text x="250" y="{y0 + 4 * C + 32}" text-anchor="middle" fill="{INK}" font-size="14">f = 2, s = 2</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
