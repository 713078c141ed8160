"""Figure for C5W2 2.1: a sketch of a 2-D (t-SNE style) map of word embeddings, with clusters of related words."""

from pathlib import Path

OUT = Path("docs/course-5/week-2/figures/embedding-2d-clusters.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"

# (colour, centre of the dashed ellipse, radii, [(word, x, y), ...]) in pixel coordinates
CLUSTERS = [
    (BLUE, (170, 110), (120, 62), [("man", 105, 90), ("woman", 175, 80), ("king", 130, 140), ("queen", 220, 128)]),
    (GREEN, (520, 105), (110, 55), [("dog", 470, 85), ("cat", 545, 75), ("fish", 505, 135), ("horse", 585, 120)]),
    (ORANGE, (200, 290), (120, 55), [("apple", 130, 270), ("orange", 215, 300), ("grape", 265, 265), ("durian", 165, 320)]),
    (RED, (530, 290), (125, 52), [("one", 440, 285), ("two", 500, 265), ("three", 570, 300), ("four", 620, 270)]),
]


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 400" width="720" height="400" '
        'font-family="sans-serif" font-size="14" fill="none">',
        f'<line x1="30" y1="375" x2="700" y2="375" stroke="{INK}" stroke-width="1.2"/>',
        f'<line x1="30" y1="375" x2="30" y2="20" stroke="{INK}" stroke-width="1.2"/>',
        f'<text x="700" y="393" text-anchor="end" fill="{INK}" font-size="12">dim 1</text>',
        f'<text x="38" y="26" fill="{INK}" font-size="12">dim 2</text>',
    ]
    for colour, (cx, cy), (rx, ry), words in CLUSTERS:
        out.append(f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" stroke="{colour}" stroke-width="1.5" '
                   'stroke-dasharray="6 4"/>')
        for word, x, y in words:
            out.append(f'<circle cx="{x}" cy="{y}" r="4.5" fill="{colour}" stroke="{INK}" stroke-width="0.8"/>')
            out.append(f'<text x="{x + 8}" y="{y + 5}" fill="{INK}">{word}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
