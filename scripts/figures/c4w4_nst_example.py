"""Figure for C4W4 4.6: content image C (a house), style image S (swirling strokes), generated image G (the house
drawn with those strokes)."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/nst-example.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
SIZE = 160


def frame(x0, label):
    return [f'<rect x="{x0}" y="20" width="{SIZE}" height="{SIZE}" stroke="{INK}" stroke-width="1.4"/>',
            f'<text x="{x0 + SIZE / 2}" y="{SIZE + 46}" text-anchor="middle" fill="{INK}" font-size="18" font-weight="bold">{label}</text>']


HOUSE = [((30, 150), (30, 80)), ((30, 80), (130, 80)), ((130, 80), (130, 150)), ((130, 150), (30, 150)),
         ((20, 85), (80, 35)), ((80, 35), (140, 85)), ((68, 150), (68, 112)), ((68, 112), (92, 112)), ((92, 112), (92, 150))]


def wavy(p, q, amp, waves, phase=0.0):
    """Points along the segment p -> q with a sine wiggle across it."""
    p, q = np.array(p, float), np.array(q, float)
    t = np.linspace(0, 1, 40)
    n = np.array([-(q - p)[1], (q - p)[0]]) / (np.linalg.norm(q - p) + 1e-9)
    pts = p + np.outer(t, q - p) + np.outer(amp * np.sin(2 * np.pi * waves * t + phase), n)
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 660 215" width="660" height="215" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    # C: a plain line drawing of a house
    x0 = 20
    out += frame(x0, "C")
    for p, q in HOUSE:
        out.append(f'<line x1="{x0 + p[0]}" y1="{20 + p[1]}" x2="{x0 + q[0]}" y2="{20 + q[1]}" stroke="{INK}" stroke-width="2"/>')
    out.append(f'<text x="{x0 + SIZE + 25}" y="{20 + SIZE / 2 + 8}" text-anchor="middle" fill="{INK}" font-size="24">+</text>')
    # S: swirling coloured strokes, no object
    x1 = 230
    out += frame(x1, "S")
    for k in range(9):
        y = 35 + 16 * k
        pts = wavy((x1 + 8, 20 + y - 20), (x1 + SIZE - 8, 20 + y - 20), 5, 2.5, k)
        out.append(f'<polyline points="{pts}" stroke="{(BLUE, ORANGE)[k % 2]}" stroke-width="3" stroke-linecap="round"/>')
    out.append(f'<line x1="{x1 + SIZE + 12}" y1="{20 + SIZE / 2}" x2="{x1 + SIZE + 52}" y2="{20 + SIZE / 2}" '
               f'stroke="{INK}" stroke-width="1.6" marker-end="url(#arrow)"/>')
    # G: the house of C, drawn with the strokes of S
    x2 = 460
    out += frame(x2, "G")
    for k in range(9):
        y = 35 + 16 * k
        pts = wavy((x2 + 8, 20 + y - 20), (x2 + SIZE - 8, 20 + y - 20), 3, 2.5, k)
        out.append(f'<polyline points="{pts}" stroke="{(BLUE, ORANGE)[k % 2]}" stroke-width="1.6" stroke-opacity="0.35"/>')
    for i, (p, q) in enumerate(HOUSE):
        length = float(np.hypot(q[0] - p[0], q[1] - p[1]))
        pts = wavy((x2 + p[0], 20 + p[1]), (x2 + q[0], 20 + q[1]), 3, length / 28, i)
        out.append(f'<polyline points="{pts}" stroke="{(BLUE, ORANGE)[i % 2]}" stroke-width="3" stroke-linecap="round"/>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
