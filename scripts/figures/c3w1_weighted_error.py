"""Figure for C3W1 1.7: plain vs weighted dev error of classifiers A and B (porn images weigh 10)."""

from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/weighted-error.svg")
INK = "#222"
# dev set: 980 ordinary images (w = 1), 20 pornographic images (w = 10)
# A: 30 mistakes, 10 of them let a porn image through; B: 50 mistakes, none on porn images
CASES = {"A": (30, 10), "B": (50, 0)}
T, B, YMAX = 40, 250, 12.0


def errors(total, porn):
    plain = total / 1000 * 100
    weighted = ((total - porn) * 1 + porn * 10) / (980 * 1 + 20 * 10) * 100
    return plain, weighted


def y(v):
    return B - v / YMAX * (B - T)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 520 310" width="520" height="310" '
        'font-family="sans-serif" font-size="13" fill="none">',
        f'<line x1="70" y1="{B}" x2="470" y2="{B}" stroke="{INK}" stroke-width="1.5"/>',
        f'<line x1="70" y1="{B}" x2="70" y2="{T - 10}" stroke="{INK}" stroke-width="1.5"/>',
    ]
    for v in range(0, 13, 2):
        out.append(f'<line x1="65" y1="{y(v):.1f}" x2="70" y2="{y(v):.1f}" stroke="{INK}"/>')
        out.append(f'<text x="60" y="{y(v) + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{v}%</text>')
    for k, (name, (total, porn)) in enumerate(CASES.items()):
        x0 = 120 + k * 190
        for j, (value, color) in enumerate(zip(errors(total, porn), ("#1f77b4", "#d62728"))):
            bx = x0 + j * 60
            out.append(f'<rect x="{bx}" y="{y(value):.1f}" width="50" height="{B - y(value):.1f}" fill="{color}" stroke="{INK}"/>')
            out.append(f'<text x="{bx + 25}" y="{y(value) - 6:.1f}" text-anchor="middle" fill="{INK}" font-size="12">{value:.1f}%</text>')
        out.append(f'<text x="{x0 + 55}" y="{B + 22}" text-anchor="middle" fill="{INK}" font-size="15" font-weight="bold">{name}</text>')
    for k, (color, label) in enumerate((("#1f77b4", "w = 1"), ("#d62728", "w = 1 / 10"))):
        lx = 150 + k * 130
        out.append(f'<rect x="{lx}" y="283" width="14" height="14" fill="{color}" stroke="{INK}"/>')
        out.append(f'<text x="{lx + 20}" y="295" fill="{INK}" font-style="italic">{label}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
