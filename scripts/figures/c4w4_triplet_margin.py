"""Figure for C4W4 4.4: the margin alpha on a line of squared distances, and the hinge shape of the triplet loss."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/triplet-margin.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
ALPHA = 0.2
X0, X1, DMAX = 40, 420, 1.2  # distance line: pixels for d = 0 and d = DMAX
CASES = ((0.5, 0.51, 70), (0.5, 0.9, 200))  # d(A,P), d(A,N), y of the line


def dx(d):
    return X0 + d / DMAX * (X1 - X0)


def loss(dap, dan):
    return max(dap - dan + ALPHA, 0.0)


def line_case(dap, dan, y):
    out = [f'<line x1="{X0}" y1="{y}" x2="{X1 + 10}" y2="{y}" stroke="{INK}" stroke-width="1.3" marker-end="url(#arrow)"/>']
    for v in np.arange(0, DMAX + 1e-9, 0.2):
        out.append(f'<line x1="{dx(v):.1f}" y1="{y - 4}" x2="{dx(v):.1f}" y2="{y + 4}" stroke="{INK}"/>')
        out.append(f'<text x="{dx(v):.1f}" y="{y + 20}" text-anchor="middle" fill="{INK}" font-size="10">{v:.1f}</text>')
    # the margin: from d(A,P) to d(A,P) + alpha
    a, b = dx(dap), dx(dap + ALPHA)
    out.append(f'<rect x="{a:.1f}" y="{y - 12}" width="{b - a:.1f}" height="24" fill="{ORANGE}" fill-opacity="0.3" stroke="{ORANGE}"/>')
    out.append(f'<text x="{(a + b) / 2:.1f}" y="{y - 17}" text-anchor="middle" fill="{ORANGE}" font-size="14">α</text>')
    out.append(f'<circle cx="{a:.1f}" cy="{y}" r="6" fill="{BLUE}" stroke="{INK}"/>')
    out.append(f'<text x="{a:.1f}" y="{y + 42}" text-anchor="middle" fill="{BLUE}" font-size="12">d(A,P) = {dap}</text>')
    n = dx(dan)
    out.append(f'<circle cx="{n:.1f}" cy="{y}" r="6" fill="{RED}" stroke="{INK}"/>')
    ny = y - 40 if dan - dap < ALPHA else y + 42
    out.append(f'<text x="{n + 4:.1f}" y="{ny}" text-anchor="start" fill="{RED}" font-size="12">d(A,N) = {dan}</text>')
    color = RED if loss(dap, dan) > 0 else GREEN
    out.append(f'<text x="{X1 + 20}" y="{y + 5}" fill="{color}" font-size="13">L = {loss(dap, dan):.2f}</text>')
    return out


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    for dap, dan, y in CASES:
        out += line_case(dap, dan, y)
    # right: L as a function of u = d(A,P) - d(A,N)
    L, R, T, B = 520, 700, 40, 240
    ulo, uhi, lhi = -0.6, 0.3, 0.5

    def pu(u, v):
        return L + (u - ulo) / (uhi - ulo) * (R - L), B - v / lhi * (B - T)

    out.append(f'<line x1="{L}" y1="{B}" x2="{R + 8}" y2="{B}" stroke="{INK}" marker-end="url(#arrow)"/>')
    ox, _ = pu(0, 0)
    out.append(f'<line x1="{ox:.1f}" y1="{B}" x2="{ox:.1f}" y2="{T - 10}" stroke="{INK}" marker-end="url(#arrow)"/>')
    for u in (-0.6, -0.4, -0.2, 0.0, 0.2):
        x, _ = pu(u, 0)
        out.append(f'<line x1="{x:.1f}" y1="{B}" x2="{x:.1f}" y2="{B + 4}" stroke="{INK}"/>')
        out.append(f'<text x="{x:.1f}" y="{B + 17}" text-anchor="middle" fill="{INK}" font-size="10">{u:.1f}</text>')
    u = np.linspace(ulo, uhi, 91)
    pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in (pu(uu, max(uu + ALPHA, 0)) for uu in u))
    out.append(f'<polyline points="{pts}" stroke="{BLUE}" stroke-width="2"/>')
    kx, _ = pu(-ALPHA, 0)
    out.append(f'<text x="{kx - 6:.1f}" y="{B - 8}" text-anchor="end" fill="{ORANGE}" font-size="12">−α</text>')
    for dap, dan, _ in CASES:
        x, y = pu(dap - dan, loss(dap, dan))
        color = RED if loss(dap, dan) > 0 else GREEN
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{color}" stroke="{INK}"/>')
    out.append(f'<text x="{(L + R) / 2}" y="{B + 42}" text-anchor="middle" fill="{INK}" font-size="12">d(A,P) − d(A,N)</text>')
    out.append(f'<text x="{ox + 8:.1f}" y="{T - 4}" fill="{INK}" font-size="13" font-style="italic">L</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
