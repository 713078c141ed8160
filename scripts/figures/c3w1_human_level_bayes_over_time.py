"""Figure for C3W1 1.8: accuracy over time rises fast up to human level, then creeps toward Bayes optimal."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-3/week-1/figures/human-level-bayes-over-time.svg")
INK = "#222"
BAYES, HUMAN, START = 0.92, 0.82, 0.40  # accuracy levels (made up, for the shape only)
L, R, T, B = 80, 560, 30, 280  # plot box in pixels


def px(t, acc):
    return L + t * (R - L), B - (acc - 0.3) / (1.0 - 0.3) * (B - T)


def main():
    t = np.linspace(0, 1, 121)
    acc = BAYES - (BAYES - START) * np.exp(-4.5 * t)  # fast at first, slower and slower near the ceiling
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (px(a, b) for a, b in zip(t, acc)))
    cross = -np.log((BAYES - HUMAN) / (BAYES - START)) / 4.5  # time at which the curve passes human level
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
        'font-family="sans-serif" font-size="14" fill="none">',
        '<defs><marker id="ax" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>',
        f'<line x1="{L}" y1="{B}" x2="{R + 20}" y2="{B}" stroke="{INK}" stroke-width="1.5" marker-end="url(#ax)"/>',
        f'<line x1="{L}" y1="{B}" x2="{L}" y2="{T - 15}" stroke="{INK}" stroke-width="1.5" marker-end="url(#ax)"/>',
        f'<text x="{R + 20}" y="{B + 22}" text-anchor="end" fill="{INK}">time</text>',
        f'<text x="{L - 15}" y="{(T + B) / 2}" text-anchor="middle" fill="{INK}" '
        f'transform="rotate(-90 {L - 15} {(T + B) / 2})">accuracy</text>',
    ]
    for level, color, label in ((BAYES, "#2ca02c", "Bayes optimal"), (HUMAN, "#ff7f0e", "human-level")):
        _, y = px(0, level)
        out.append(f'<line x1="{L}" y1="{y:.1f}" x2="{R}" y2="{y:.1f}" stroke="{color}" stroke-width="2" stroke-dasharray="7 5"/>')
        out.append(f'<text x="{R + 16}" y="{y + 5:.1f}" fill="{color}">{label}</text>')
    # the gap between Bayes optimal and 100 %: unavoidable error
    _, y100 = px(0, 1.0)
    _, yb = px(0, BAYES)
    out.append(f'<line x1="{L}" y1="{y100:.1f}" x2="{R}" y2="{y100:.1f}" stroke="{INK}" stroke-width="1" stroke-opacity="0.4"/>')
    out.append(f'<text x="{L - 8}" y="{y100 + 5:.1f}" text-anchor="end" fill="{INK}" font-size="12">100%</text>')
    out.append(f'<path d="M{R + 4},{y100:.1f} h6 V{yb:.1f} h-6" stroke="#d62728" stroke-width="1.5"/>')
    out.append(f'<text x="{R + 16}" y="{(y100 + yb) / 2 + 4:.1f}" fill="#d62728" font-size="12">Bayes error</text>')
    out.append(f'<polyline points="{pts}" stroke="#1f77b4" stroke-width="2.5" fill="none"/>')
    cx, cy = px(cross, HUMAN)
    out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="#ff7f0e" stroke="{INK}" stroke-width="1"/>')
    out.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{cx:.1f}" y2="{B}" stroke="{INK}" stroke-width="1" stroke-dasharray="3 3"/>')
    out.append(f'<text x="{cx:.1f}" y="{B + 16}" text-anchor="middle" fill="{INK}" font-size="12">t*</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
