"""Figure for C3W1 1.4: accuracy vs running time; only models with time <= 100 ms are feasible."""

import math
from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/satisficing-feasible-region.svg")
INK = "#222"
MODELS = (("A", 40, 90.5), ("B", 75, 92.0), ("C", 98, 93.1), ("D", 180, 94.2), ("E", 1300, 95.6))
L, R, T, B = 80, 660, 30, 270
TMIN, TMAX, AMIN, AMAX = 10, 3000, 89.0, 97.0  # log time axis (ms), accuracy axis (%)


def px(ms, acc):
    x = L + (math.log10(ms) - math.log10(TMIN)) / (math.log10(TMAX) - math.log10(TMIN)) * (R - L)
    return x, B - (acc - AMIN) / (AMAX - AMIN) * (B - T)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
        'font-family="sans-serif" font-size="13" fill="none">',
    ]
    xl, _ = px(100, AMIN)
    out.append(f'<rect x="{L}" y="{T}" width="{xl - L:.1f}" height="{B - T}" fill="#2ca02c" fill-opacity="0.12"/>')
    out.append(f'<line x1="{xl:.1f}" y1="{T}" x2="{xl:.1f}" y2="{B}" stroke="#2ca02c" stroke-width="2" stroke-dasharray="6 4"/>')
    out.append(f'<text x="{xl + 6:.1f}" y="{T + 14}" fill="#2ca02c">100 ms</text>')
    out.append(f'<rect x="{L}" y="{T}" width="{R - L}" height="{B - T}" stroke="{INK}" stroke-width="1.2"/>')
    for ms in (10, 30, 100, 300, 1000, 3000):
        x, _ = px(ms, AMIN)
        out.append(f'<line x1="{x:.1f}" y1="{B}" x2="{x:.1f}" y2="{B + 5}" stroke="{INK}"/>')
        out.append(f'<text x="{x:.1f}" y="{B + 19}" text-anchor="middle" fill="{INK}" font-size="11">{ms}</text>')
    for acc in range(89, 98, 2):
        _, y = px(TMIN, acc)
        out.append(f'<line x1="{L - 5}" y1="{y:.1f}" x2="{L}" y2="{y:.1f}" stroke="{INK}"/>')
        out.append(f'<text x="{L - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{acc}%</text>')
    out.append(f'<text x="{(L + R) / 2}" y="{B + 40}" text-anchor="middle" fill="{INK}">ms</text>')
    out.append(f'<text x="{L - 50}" y="{(T + B) / 2}" text-anchor="middle" fill="{INK}" '
               f'transform="rotate(-90 {L - 50} {(T + B) / 2})">accuracy</text>')
    best = max((m for m in MODELS if m[1] <= 100), key=lambda m: m[2])
    for name, ms, acc in MODELS:
        x, y = px(ms, acc)
        if name == best[0]:
            color = "#2ca02c"
        elif ms <= 100:
            color = "#1f77b4"
        else:
            color = "#d62728"
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{8 if name == best[0] else 6}" fill="{color}" stroke="{INK}"/>')
        out.append(f'<text x="{x - 9:.1f}" y="{y - 9:.1f}" text-anchor="end" fill="{INK}">{name}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
