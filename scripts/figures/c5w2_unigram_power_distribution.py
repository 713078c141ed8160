"""Figure for C5W2 2.7: the negative-sampling distribution f(w)^(3/4) / sum f^(3/4) against the raw word
frequencies and the uniform distribution, on the toy frequency table of the section's code."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-5/week-2/figures/unigram-power-distribution.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
WORDS = ["the", "of", "and", "orange", "juice", "glass", "king", "durian"]
COUNTS = np.array([5000, 3000, 2500, 300, 200, 150, 80, 5], dtype=float)


def main():
    f = COUNTS / COUNTS.sum()
    p = f ** 0.75 / np.sum(f ** 0.75)
    L, R, T, B = 70, 700, 40, 270
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
        f'<line x1="{L}" y1="{B}" x2="{R}" y2="{B}" stroke="{INK}" stroke-width="1.2"/>',
        f'<line x1="{L}" y1="{B}" x2="{L}" y2="{T - 10}" stroke="{INK}" stroke-width="1.2"/>',
    ]

    def py(v):  # log scale from 1e-4 to 1
        return B - (np.log10(v) + 4) / 4 * (B - T)

    for e in range(-4, 1):
        v = 10.0 ** e
        out.append(f'<line x1="{L - 4}" y1="{py(v):.1f}" x2="{R}" y2="{py(v):.1f}" stroke="{INK}" stroke-opacity="0.15"/>')
        out.append(f'<text x="{L - 8}" y="{py(v) + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">10'
                   f'<tspan font-size="9" dy="-6">{str(e).replace("-", "−")}</tspan></text>')
    out.append(f'<text x="{L - 40}" y="{T - 12}" fill="{INK}" font-style="italic">P</text>')
    slot = (R - L) / len(WORDS)
    bw = slot * 0.32
    for i, word in enumerate(WORDS):
        x = L + i * slot + slot / 2
        for value, colour, dx in ((f[i], BLUE, -bw), (p[i], ORANGE, 0)):
            out.append(f'<rect x="{x + dx:.1f}" y="{py(value):.1f}" width="{bw:.1f}" height="{B - py(value):.1f}" '
                       f'fill="{colour}" fill-opacity="0.75" stroke="{colour}"/>')
        out.append(f'<text x="{x:.1f}" y="{B + 18}" text-anchor="middle" fill="{INK}">{word}</text>')
    u = 1 / len(WORDS)
    out.append(f'<line x1="{L}" y1="{py(u):.1f}" x2="{R}" y2="{py(u):.1f}" stroke="{GREEN}" stroke-width="1.6" '
               'stroke-dasharray="7 4"/>')
    # legend
    lx, ly = 520, 22
    legend = [(BLUE, "f(w)"),
              (ORANGE, 'f(w)<tspan font-size="9" dy="-6">3/4</tspan><tspan dy="6" xml:space="preserve"> / Σ f</tspan>'
                       '<tspan font-size="9" dy="-6">3/4</tspan>'),
              (GREEN, "1/8")]
    for k, (colour, text) in enumerate(legend):
        y = ly + k * 22
        if k < 2:
            out.append(f'<rect x="{lx}" y="{y - 10}" width="14" height="12" fill="{colour}" fill-opacity="0.75" '
                       f'stroke="{colour}"/>')
        else:
            out.append(f'<line x1="{lx}" y1="{y - 4}" x2="{lx + 14}" y2="{y - 4}" stroke="{colour}" stroke-width="1.6" '
                       'stroke-dasharray="4 2"/>')
        out.append(f'<text x="{lx + 22}" y="{y}" fill="{INK}">{text}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
