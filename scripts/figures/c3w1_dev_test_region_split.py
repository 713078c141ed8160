"""Figure for C3W1 1.5: splitting dev/test by region (bad) versus shuffling every region into both (good)."""

import random
from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/dev-test-region-split.svg")
INK = "#222"
REGIONS = ("US", "UK", "EU", "LATAM", "IN", "CN", "ASIA", "AU")
DEV, TEST = "#1f77b4", "#ff7f0e"


def main():
    rng = random.Random(3)
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
    ]
    w, gap, x0 = 68, 10, 66
    for row, (mark, color) in enumerate((("✗", "#d62728"), ("✓", "#2ca02c"))):
        y0 = 40 + row * 130
        out.append(f'<text x="30" y="{y0 + 48}" text-anchor="middle" fill="{color}" font-size="28">{mark}</text>')
        for i, name in enumerate(REGIONS):
            x = x0 + i * (w + gap)
            out.append(f'<text x="{x + w / 2}" y="{y0 - 8}" text-anchor="middle" fill="{INK}" font-size="12">{name}</text>')
            # each region: a 4 x 4 grid of small squares = examples
            for r in range(4):
                for c in range(4):
                    if row == 0:
                        fill = DEV if i < 4 else TEST
                    else:
                        fill = DEV if rng.random() < 0.5 else TEST
                    out.append(f'<rect x="{x + 3 + c * 16}" y="{y0 + 3 + r * 16}" width="14" height="14" rx="2" '
                               f'fill="{fill}" stroke="{INK}" stroke-width="0.5"/>')
            out.append(f'<rect x="{x}" y="{y0}" width="{w}" height="{w}" rx="4" stroke="{INK}" stroke-width="1.2"/>')
    # legend
    for k, (color, label) in enumerate(((DEV, "dev"), (TEST, "test"))):
        lx = 280 + k * 110
        out.append(f'<rect x="{lx}" y="272" width="15" height="15" rx="2" fill="{color}" stroke="{INK}" stroke-width="0.5"/>')
        out.append(f'<text x="{lx + 22}" y="285" fill="{INK}">{label}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
