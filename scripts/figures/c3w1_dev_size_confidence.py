"""Figure for C3W1 1.6: how precisely a dev/test set of n examples measures a 5 % error (95 % interval)."""

import math
from pathlib import Path

import numpy as np

OUT = Path("docs/course-3/week-1/figures/dev-size-confidence.svg")
INK = "#222"
P = 0.05  # true error rate
L, R, T, B = 90, 650, 30, 260
NMIN, NMAX, YMAX = 100, 1_000_000, 5.0  # n on a log axis; half-width in percentage points


def half_width(n):
    return 1.96 * np.sqrt(P * (1 - P) / n) * 100


def px(n, hw):
    x = L + (math.log10(n) - math.log10(NMIN)) / (math.log10(NMAX) - math.log10(NMIN)) * (R - L)
    return x, B - hw / YMAX * (B - T)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
        'font-family="sans-serif" font-size="13" fill="none">',
        f'<rect x="{L}" y="{T}" width="{R - L}" height="{B - T}" stroke="{INK}" stroke-width="1.2"/>',
    ]
    for k in range(2, 7):
        n = 10 ** k
        x, _ = px(n, 0)
        out.append(f'<line x1="{x:.1f}" y1="{B}" x2="{x:.1f}" y2="{B + 5}" stroke="{INK}"/>')
        out.append(f'<text x="{x:.1f}" y="{B + 20}" text-anchor="middle" fill="{INK}" font-size="11">{n:,}</text>')
    for v in range(0, 6):
        _, y = px(NMIN, v)
        out.append(f'<line x1="{L - 5}" y1="{y:.1f}" x2="{L}" y2="{y:.1f}" stroke="{INK}"/>')
        out.append(f'<text x="{L - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">±{v}%</text>')
    out.append(f'<text x="{(L + R) / 2}" y="{B + 44}" text-anchor="middle" fill="{INK}" font-style="italic">n</text>')
    ns = np.logspace(2, 6, 200)
    pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in (px(n, half_width(n)) for n in ns))
    out.append(f'<polyline points="{pts}" stroke="#1f77b4" stroke-width="2.5"/>')
    for n, color in ((100, "#d62728"), (1000, "#ff7f0e"), (10_000, "#2ca02c")):
        x, y = px(n, half_width(n))
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{color}" stroke="{INK}"/>')
        out.append(f'<text x="{x + 10:.1f}" y="{y - 8:.1f}" fill="{INK}">±{half_width(n):.2f}%</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
