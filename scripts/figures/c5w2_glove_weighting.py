"""Figure for C5W2 2.8: the GloVe weighting function f(x) = (x / x_max)^alpha for x < x_max, 1 otherwise,
with the values of the GloVe paper, x_max = 100 and alpha = 3/4."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-5/week-2/figures/glove-weighting.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
X_MAX, ALPHA = 100.0, 0.75


def f(x):
    return np.where(x < X_MAX, (x / X_MAX) ** ALPHA, 1.0)


def main():
    L, R, T, B = 70, 660, 40, 250
    xhi, yhi = 200.0, 1.2

    def p(x, y):
        return L + x / xhi * (R - L), B - y / yhi * (B - T)

    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
        f'<line x1="{L}" y1="{B}" x2="{R + 20}" y2="{B}" stroke="{INK}" stroke-width="1.2" marker-end="url(#arrow)"/>',
        f'<line x1="{L}" y1="{B}" x2="{L}" y2="{T - 20}" stroke="{INK}" stroke-width="1.2" marker-end="url(#arrow)"/>',
        f'<text x="{R + 24}" y="{B + 5}" fill="{INK}" font-style="italic">X<tspan font-size="10" dy="4">ij</tspan></text>',
        f'<text x="{L + 8}" y="{T - 16}" fill="{INK}" font-style="italic">f(X<tspan font-size="10" dy="4">ij</tspan>'
        '<tspan dy="-4">)</tspan></text>',
    ]
    for x in range(0, 201, 50):
        px, _ = p(x, 0)
        out.append(f'<line x1="{px:.1f}" y1="{B}" x2="{px:.1f}" y2="{B + 4}" stroke="{INK}"/>')
        out.append(f'<text x="{px:.1f}" y="{B + 18}" text-anchor="middle" fill="{INK}" font-size="11">{x}</text>')
    for y in (0.5, 1.0):
        _, py = p(0, y)
        out.append(f'<line x1="{L - 4}" y1="{py:.1f}" x2="{L}" y2="{py:.1f}" stroke="{INK}"/>')
        out.append(f'<text x="{L - 8}" y="{py + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{y}</text>')
    # the linear ramp x / x_max for comparison (dashed), then f itself
    lin = [p(x, x / X_MAX) for x in np.linspace(0, X_MAX, 2)]
    out.append(f'<polyline points="{" ".join(f"{a:.1f},{b:.1f}" for a, b in lin)}" stroke="{INK}" stroke-opacity="0.5" '
               'stroke-dasharray="5 4"/>')
    xs = np.linspace(0, xhi, 201)
    pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in (p(x, y) for x, y in zip(xs, f(xs))))
    out.append(f'<polyline points="{pts}" stroke="{BLUE}" stroke-width="2.2"/>')
    mx, my = p(X_MAX, 1.0)
    out.append(f'<line x1="{mx:.1f}" y1="{B}" x2="{mx:.1f}" y2="{my:.1f}" stroke="{ORANGE}" stroke-dasharray="4 3"/>')
    out.append(f'<text x="{mx + 6:.1f}" y="{B - 8}" fill="{ORANGE}" font-style="italic">x<tspan font-size="10" dy="4">'
               'max</tspan></text>')
    zx, zy = p(0, 0)
    out.append(f'<circle cx="{zx:.1f}" cy="{zy:.1f}" r="5" fill="{RED}" stroke="{INK}"/>')
    lx, ly = p(28, 0.05)
    out.append(f'<line x1="{zx + 5:.1f}" y1="{zy - 2:.1f}" x2="{lx - 4:.1f}" y2="{ly - 4:.1f}" stroke="{RED}" '
               'stroke-width="0.8"/>')
    out.append(f'<text x="{lx:.1f}" y="{ly:.1f}" fill="{RED}">f(0) = 0</text>')
    x5, y5 = p(5, f(np.array(5.0)))
    out.append(f'<circle cx="{x5:.1f}" cy="{y5:.1f}" r="4" fill="{GREEN}" stroke="{INK}"/>')
    lx, ly = p(28, 0.2)
    out.append(f'<line x1="{x5 + 4:.1f}" y1="{y5:.1f}" x2="{lx - 4:.1f}" y2="{ly - 4:.1f}" stroke="{GREEN}" '
               'stroke-width="0.8"/>')
    out.append(f'<text x="{lx:.1f}" y="{ly:.1f}" fill="{GREEN}">f(5) = {float(f(np.array(5.0))):.2f}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
