"""Figure for C4W4 4.2: distances d between two new images and the four one-photo database entries, with threshold tau."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/one-shot-distances.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
DB = {"Ana": [0.9, 0.1, 0.3, 0.5], "Ben": [0.1, 0.8, 0.6, 0.2], "Cai": [0.5, 0.5, 0.9, 0.9], "Dan": [0.2, 0.3, 0.1, 0.8]}
QUERIES = (("1", [0.15, 0.75, 0.65, 0.25]), ("2", [0.9, 0.9, 0.1, 0.1]))  # the same encodings as on the page
TAU = 0.1
L, B, T, DMAX = 70, 250, 30, 1.8


def py(d):
    return B - d / DMAX * (B - T)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" width="640" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
        f'<line x1="{L}" y1="{B}" x2="600" y2="{B}" stroke="{INK}" stroke-width="1.2"/>',
        f'<line x1="{L}" y1="{B}" x2="{L}" y2="{T - 5}" stroke="{INK}" stroke-width="1.2"/>',
        f'<text x="{L - 40}" y="{(T + B) / 2}" text-anchor="middle" fill="{INK}" font-size="15" font-style="italic">d</text>',
    ]
    for v in (0.0, 0.5, 1.0, 1.5):
        out.append(f'<line x1="{L - 5}" y1="{py(v):.1f}" x2="{L}" y2="{py(v):.1f}" stroke="{INK}"/>')
        out.append(f'<text x="{L - 9}" y="{py(v) + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{v:.1f}</text>')
    for g, (name, q) in enumerate(QUERIES):
        x0 = L + 30 + g * 270
        for k, (person, e) in enumerate(DB.items()):
            d = float(np.sum((np.array(q) - np.array(e)) ** 2))
            x = x0 + k * 55
            color = GREEN if d <= TAU else RED
            out.append(f'<rect x="{x}" y="{py(d):.1f}" width="36" height="{B - py(d):.1f}" fill="{color}" fill-opacity="0.55" stroke="{INK}"/>')
            out.append(f'<text x="{x + 18}" y="{min(py(d), py(TAU)) - 5:.1f}" text-anchor="middle" fill="{INK}" font-size="11">{d:.2f}</text>')
            out.append(f'<text x="{x + 18}" y="{B + 16}" text-anchor="middle" fill="{INK}" font-size="12">{person}</text>')
        out.append(f'<text x="{x0 + 100}" y="{B + 40}" text-anchor="middle" fill="{INK}" font-size="14">x<tspan baseline-shift="sub" font-size="10">new</tspan> {name}</text>')
    out.append(f'<line x1="{L}" y1="{py(TAU):.1f}" x2="600" y2="{py(TAU):.1f}" stroke="{BLUE}" stroke-width="1.6" stroke-dasharray="7 4"/>')
    out.append(f'<text x="606" y="{py(TAU) + 5:.1f}" fill="{BLUE}" font-size="14" font-style="italic">τ</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
