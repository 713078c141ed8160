"""Figure for C4W4 4.10: an activation volume, its unrolled matrix A (n_C x n_H n_W) and the Gram matrix A A^T."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/gram-matrix.svg")
INK = "#222"
COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")  # one colour per channel k


def activations():
    """4 x 4 x 4 ReLU-like activations: channel 2 fires where channel 1 fires, channel 4 fires exactly where channel 1
    is silent, channel 3 fires at random places."""
    rng = np.random.default_rng(3)
    on = rng.permutation(16) < 8  # where channel 1 fires
    ch1 = on * rng.uniform(0.5, 1.0, 16)
    ch2 = on * rng.uniform(0.4, 1.0, 16)
    ch3 = (rng.permutation(16) < 8) * rng.uniform(0.4, 1.0, 16)
    ch4 = ~on * rng.uniform(0.5, 1.0, 16)
    a = np.stack([ch1, ch2, ch3, ch4], axis=1).reshape(4, 4, 4)
    return np.round(a, 2)  # (n_H, n_W, n_C)


def text(x, y, s, size=12, anchor="middle", color=INK):
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{color}" font-size="{size}">{s}</text>'


def main():
    a = activations()
    n_h, n_w, n_c = a.shape
    A = a.reshape(n_h * n_w, n_c).T  # (n_C, n_H n_W), row k = channel k unrolled
    G = A @ A.T
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 240" width="720" height="240" '
        'font-family="sans-serif" font-size="12" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    # the four channels as 4 x 4 grids
    c, y0 = 13, 60
    for k in range(n_c):
        x0 = 16 + k * (4 * c + 12)
        for i in range(n_h):
            for j in range(n_w):
                out.append(f'<rect x="{x0 + j * c}" y="{y0 + i * c}" width="{c}" height="{c}" stroke="{INK}" stroke-width="0.5" '
                           f'fill="{COLORS[k]}" fill-opacity="{a[i, j, k]:.2f}"/>')
        out.append(text(x0 + 2 * c, y0 - 8, f"k = {k + 1}", 11))
    out.append(text(16 + 2 * (4 * c + 12) - 6, y0 + 4 * c + 26, '(n<tspan baseline-shift="sub" font-size="8">H</tspan>, n<tspan baseline-shift="sub" font-size="8">W</tspan>, n<tspan baseline-shift="sub" font-size="8">C</tspan>) = (4, 4, 4)', 11))
    out.append(f'<line x1="268" y1="{y0 + 2 * c}" x2="300" y2="{y0 + 2 * c}" stroke="{INK}" stroke-width="1.5" marker-end="url(#arrow)"/>')
    # A: one row per channel
    c2, xa = 14, 308
    for k in range(n_c):
        for p in range(n_h * n_w):
            out.append(f'<rect x="{xa + p * c2}" y="{y0 + k * c2}" width="{c2}" height="{c2}" stroke="{INK}" stroke-width="0.5" '
                       f'fill="{COLORS[k]}" fill-opacity="{A[k, p]:.2f}"/>')
        out.append(text(xa - 4, y0 + k * c2 + 11, str(k + 1), 10, "end"))
    out.append(text(xa + 8 * c2, y0 + 4 * c2 + 22, 'A: (n<tspan baseline-shift="sub" font-size="8">C</tspan>, n<tspan baseline-shift="sub" font-size="8">H</tspan>n<tspan baseline-shift="sub" font-size="8">W</tspan>) = (4, 16)', 11))
    out.append(f'<line x1="{xa + 16 * c2 + 8}" y1="{y0 + 2 * c2}" x2="{xa + 16 * c2 + 40}" y2="{y0 + 2 * c2}" '
               f'stroke="{INK}" stroke-width="1.5" marker-end="url(#arrow)"/>')
    out.append(text(xa + 16 * c2 + 24, y0 + 2 * c2 - 8, "A Aᵀ", 12))
    # G: n_C x n_C, entry (k, k') = sum over positions of a_k * a_k'
    c3, xg, yg = 30, 590, 56
    for k in range(n_c):
        out.append(text(xg - 6, yg + k * c3 + 19, str(k + 1), 11, "end", COLORS[k]))
        out.append(text(xg + k * c3 + 15, yg - 6, str(k + 1), 11, "middle", COLORS[k]))
        for kk in range(n_c):
            out.append(f'<rect x="{xg + kk * c3}" y="{yg + k * c3}" width="{c3}" height="{c3}" stroke="{INK}" stroke-width="0.7" '
                       f'fill="#7f7f7f" fill-opacity="{0.7 * G[k, kk] / G.max():.2f}"/>')
            out.append(text(xg + kk * c3 + 15, yg + k * c3 + 19, f"{G[k, kk]:.1f}", 10))
    out.append(text(xg + 2 * c3, yg + 4 * c3 + 22, 'G: (n<tspan baseline-shift="sub" font-size="8">C</tspan>, n<tspan baseline-shift="sub" font-size="8">C</tspan>)', 11))
    out.append(text(xg - 22, yg + 2 * c3 + 4, "k", 12, "end"))
    out.append(text(xg + 2 * c3, yg - 24, "k′", 12))
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    return G


if __name__ == "__main__":
    print(np.round(main(), 2))
