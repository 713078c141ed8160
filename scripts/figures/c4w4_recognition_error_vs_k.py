"""Figure for C4W4 4.1: chance of at least one mistake among K comparisons, 1 - p^K, for three verification accuracies p."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/recognition-error-vs-k.svg")
INK = "#222"
L, R, T, B = 70, 520, 20, 300  # plot box
KMIN, KMAX = 1, 10000


def px(k, y):
    u = (np.log10(k) - np.log10(KMIN)) / (np.log10(KMAX) - np.log10(KMIN))
    return L + u * (R - L), B - y * (B - T)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 360" width="680" height="360" '
        'font-family="sans-serif" font-size="13" fill="none">',
        f'<rect x="{L}" y="{T}" width="{R - L}" height="{B - T}" stroke="{INK}" stroke-width="1.2"/>',
    ]
    for e in range(5):  # K = 1, 10, 100, 1000, 10000
        x, _ = px(10 ** e, 0)
        out.append(f'<line x1="{x:.1f}" y1="{B}" x2="{x:.1f}" y2="{B + 5}" stroke="{INK}"/>')
        out.append(f'<text x="{x:.1f}" y="{B + 20}" text-anchor="middle" fill="{INK}" font-size="11">{10 ** e}</text>')
    for v in (0.0, 0.25, 0.5, 0.75, 1.0):
        _, y = px(1, v)
        out.append(f'<line x1="{L - 5}" y1="{y:.1f}" x2="{L}" y2="{y:.1f}" stroke="{INK}"/>')
        out.append(f'<line x1="{L}" y1="{y:.1f}" x2="{R}" y2="{y:.1f}" stroke="{INK}" stroke-opacity="0.15"/>')
        out.append(f'<text x="{L - 9}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{v:.2f}</text>')
    out.append(f'<text x="{(L + R) / 2}" y="{B + 44}" text-anchor="middle" fill="{INK}" font-size="15" font-style="italic">K</text>')
    out.append(f'<text x="{L - 48}" y="{(T + B) / 2}" text-anchor="middle" fill="{INK}" font-size="14" '
               f'transform="rotate(-90 {L - 48} {(T + B) / 2})">1 − <tspan font-style="italic">p</tspan><tspan baseline-shift="super" font-size="10" font-style="italic">K</tspan></text>')
    k = np.logspace(0, 4, 300)
    for i, (p, color) in enumerate(((0.99, "#d62728"), (0.999, "#ff7f0e"), (0.9999, "#2ca02c"))):
        pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in (px(kk, 1 - p ** kk) for kk in k))
        out.append(f'<polyline points="{pts}" stroke="{color}" stroke-width="2"/>')
        out.append(f'<line x1="{R + 20}" y1="{T + 30 + 24 * i}" x2="{R + 45}" y2="{T + 30 + 24 * i}" stroke="{color}" stroke-width="2"/>')
        out.append(f'<text x="{R + 52}" y="{T + 35 + 24 * i}" fill="{INK}">p = {p}</text>')
    y100 = 1 - 0.99 ** 100  # the course's example: 99 % verification, K = 100
    cx, cy = px(100, y100)
    _, y0 = px(1, 0)
    out.append(f'<line x1="{cx:.1f}" y1="{y0:.1f}" x2="{cx:.1f}" y2="{cy:.1f}" stroke="{INK}" stroke-dasharray="4 3"/>')
    out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="#d62728" stroke="{INK}"/>')
    out.append(f'<text x="{cx - 10:.1f}" y="{cy - 10:.1f}" text-anchor="end" fill="{INK}">{y100:.2f}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
