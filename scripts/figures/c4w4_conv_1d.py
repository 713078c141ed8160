"""Figure for C4W4 4.11: a 1D convolution (14 inputs, 5-wide filter, 10 outputs) and the 1D / 3D shape chains."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/conv-1d.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
X = np.array([0, 0, 1, 0, 0, -1, 6, -2, 0, 0, 1, 2, 1, 0])  # a toy heartbeat: a sharp spike, then a small bump
W = np.array([-1, -1, 4, -1, -1])  # a spike detector
SHOW = 4  # highlight the window that makes output 4
CELL, X0 = 34, 90


def cells(values, y, x0, highlight, color, label):
    out = [f'<text x="{x0 - 12}" y="{y + 22}" text-anchor="end" fill="{INK}" font-size="14" font-style="italic">{label}</text>']
    for i, v in enumerate(values):
        on = i in highlight
        fill = f' fill="{color}" fill-opacity="0.3"' if on else ""
        out.append(f'<rect x="{x0 + i * CELL}" y="{y}" width="{CELL}" height="{CELL}" stroke="{INK}"{fill}/>')
        out.append(f'<text x="{x0 + i * CELL + CELL / 2}" y="{y + 22}" text-anchor="middle" fill="{INK}" font-size="13">{v}</text>')
    return out


def main():
    z = np.array([X[i:i + 5] @ W for i in range(len(X) - len(W) + 1)])
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 385" width="680" height="385" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    # the signal drawn as a trace above the input cells
    base = 58
    pts = " ".join(f"{X0 + i * CELL + CELL / 2:.1f},{base - 6 * v:.1f}" for i, v in enumerate(X))
    out.append(f'<polyline points="{pts}" stroke="{RED}" stroke-width="1.8"/>')
    y_in, y_w, y_out = 80, 150, 222
    out += cells(X, y_in, X0, range(SHOW, SHOW + 5), BLUE, "x")
    out += cells(W, y_w, X0 + SHOW * CELL, range(5), ORANGE, "")
    out.append(f'<text x="{X0 + SHOW * CELL - 12}" y="{y_w + 22}" text-anchor="end" fill="{INK}" font-size="14" font-style="italic">w</text>')
    out += cells(z, y_out, X0, [SHOW], GREEN, "z")
    out.append(f'<line x1="{X0 + (SHOW + 2.5) * CELL}" y1="{y_w + CELL + 2}" x2="{X0 + (SHOW + 0.5) * CELL}" y2="{y_out - 3}" '
               f'stroke="{INK}" stroke-width="1.4" marker-end="url(#arrow)"/>')
    out.append(f'<text x="{X0 + 14 * CELL + 10}" y="{y_in + 22}" fill="{INK}">14</text>')
    out.append(f'<text x="{X0 + (SHOW + 5) * CELL + 10}" y="{y_w + 22}" fill="{INK}">5</text>')
    out.append(f'<text x="{X0 + 10 * CELL + 10}" y="{y_out + 22}" fill="{INK}">10 = 14 − 5 + 1</text>')
    # shape chains for 1D and 3D
    chains = (("1D", ("14 × 1", "10 × 16", "6 × 32"), ("16 × (5 × 1)", "32 × (5 × 16)")),
              ("3D", ("14 × 14 × 14 × 1", "10 × 10 × 10 × 16", "6 × 6 × 6 × 32"), ("16 × (5 × 5 × 5 × 1)", "32 × (5 × 5 × 5 × 16)")))
    for r, (name, shapes, filters) in enumerate(chains):
        y = 306 + 56 * r
        out.append(f'<text x="20" y="{y + 5}" fill="{INK}" font-size="14" font-weight="bold">{name}</text>')
        xs = (60, 300, 540)
        for k, s in enumerate(shapes):
            out.append(f'<rect x="{xs[k]}" y="{y - 14}" width="130" height="26" rx="4" stroke="{BLUE if k == 0 else GREEN}"/>')
            out.append(f'<text x="{xs[k] + 65}" y="{y + 4}" text-anchor="middle" fill="{INK}" font-size="12">{s}</text>')
            if k < 2:
                out.append(f'<line x1="{xs[k] + 134}" y1="{y}" x2="{xs[k + 1] - 4}" y2="{y}" stroke="{INK}" marker-end="url(#arrow)"/>')
                out.append(f'<text x="{(xs[k] + 130 + xs[k + 1]) / 2}" y="{y - 20}" text-anchor="middle" fill="{ORANGE}" font-size="11">{filters[k]}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    return z


if __name__ == "__main__":
    print(main())
