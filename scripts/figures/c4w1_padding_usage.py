"""Figure for C4W1 1.4: a 6x6 image padded with p = 1 zeros, and how many 3x3 windows use each pixel (p = 0 vs p = 1)."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-1/figures/padding-usage.svg")
INK = "#222"
BLUE = "#1f77b4"
N, F = 6, 3


def usage(n, f, p):
    """How many output positions each of the n x n input pixels contributes to."""
    padded = np.zeros((n + 2 * p, n + 2 * p), dtype=int)
    m = n + 2 * p - f + 1
    for i in range(m):
        for j in range(m):
            padded[i:i + f, j:j + f] += 1
    return padded[p:p + n, p:p + n]


def padded_panel(out, x0, y0, c):
    size = N + 2
    for i in range(size):
        for j in range(size):
            x, y = x0 + j * c, y0 + i * c
            ring = i in (0, size - 1) or j in (0, size - 1)
            if ring:
                out.append(f'<rect x="{x}" y="{y}" width="{c}" height="{c}" fill="none" stroke="{INK}" '
                           'stroke-width="0.8" stroke-dasharray="3 3" stroke-opacity="0.6"/>')
                out.append(f'<text x="{x + c / 2}" y="{y + c / 2 + 4}" text-anchor="middle" fill="{INK}" '
                           'fill-opacity="0.55" font-size="12">0</text>')
            else:
                out.append(f'<rect x="{x}" y="{y}" width="{c}" height="{c}" fill="{INK}" fill-opacity="0.06" '
                           f'stroke="{INK}" stroke-width="1"/>')
    out.append(f'<rect x="{x0 + 2}" y="{y0 + 2}" width="{3 * c - 4}" height="{3 * c - 4}" fill="none" '
               f'stroke="{BLUE}" stroke-width="3"/>')
    out.append(f'<circle cx="{x0 + 1.5 * c}" cy="{y0 + 1.5 * c}" r="4" fill="{BLUE}"/>')
    out.append(f'<text x="{x0 + size * c / 2}" y="{y0 + size * c + 26}" text-anchor="middle" fill="{INK}">'
               'n + 2p = 8</text>')


def usage_panel(out, x0, y0, c, counts, title):
    for i in range(N):
        for j in range(N):
            x, y = x0 + j * c, y0 + i * c
            v = counts[i, j]
            out.append(f'<rect x="{x}" y="{y}" width="{c}" height="{c}" fill="{BLUE}" '
                       f'fill-opacity="{0.08 + 0.5 * v / 9:.2f}" stroke="{INK}" stroke-width="1"/>')
            out.append(f'<text x="{x + c / 2}" y="{y + c / 2 + 5}" text-anchor="middle" fill="{INK}">{v}</text>')
    out.append(f'<text x="{x0 + N * c / 2}" y="{y0 + N * c + 26}" text-anchor="middle" fill="{INK}">{title}</text>')


def main():
    valid, same = usage(N, F, 0), usage(N, F, 1)
    assert valid[0, 0] == 1 and valid[2, 2] == 9 and same[0, 0] == 4
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 660 290" width="660" height="290" '
           'font-family="sans-serif" font-size="15" fill="none">']
    padded_panel(out, 20, 20, 27)
    usage_panel(out, 280, 47, 27, valid, "p = 0")
    usage_panel(out, 480, 47, 27, same, "p = 1")
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
