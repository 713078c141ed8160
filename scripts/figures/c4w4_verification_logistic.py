"""Figure for C4W4 4.5: face verification as binary classification on top of two encodings."""

from pathlib import Path

OUT = Path("docs/course-4/week-4/figures/verification-logistic.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"


def column(x, y, color, shades):
    out = []
    for k, s in enumerate(shades):
        out.append(f'<rect x="{x}" y="{y + 16 * k}" width="18" height="16" stroke="{INK}" fill="{color}" fill-opacity="{s}"/>')
    return out


def arrow(x1, y1, x2, y2, color=INK):
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{color}" stroke-width="1.4" marker-end="url(#arrow)"/>'


def sup(base, s):
    return f'{base}<tspan baseline-shift="super" font-size="10">{s}</tspan>'


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 660 205" width="660" height="205" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    a = (0.7, 0.2, 0.5, 0.9, 0.3, 0.6, 0.1, 0.4)
    b = (0.6, 0.5, 0.5, 0.2, 0.3, 0.7, 0.6, 0.4)
    top = 40
    # two encodings (precomputed for the database image, computed now for the new image)
    out += column(40, top, BLUE, a)
    out += column(100, top, RED, b)
    out.append(f'<text x="49" y="{top - 10}" text-anchor="middle" fill="{INK}">f({sup("x", "(i)")})</text>')
    out.append(f'<text x="109" y="{top - 10}" text-anchor="middle" fill="{INK}">f({sup("x", "(j)")})</text>')
    out.append(f'<text x="49" y="{top + 150}" text-anchor="middle" fill="{INK}" font-size="11">128</text>')
    out.append(f'<text x="109" y="{top + 150}" text-anchor="middle" fill="{INK}" font-size="11">128</text>')
    out.append(arrow(124, top + 64, 196, top + 64))
    # element-wise absolute difference
    diff = tuple(round(abs(p - q), 2) for p, q in zip(a, b))
    out += column(204, top, GREEN, tuple(0.15 + d for d in diff))
    out.append(f'<text x="213" y="{top - 10}" text-anchor="middle" fill="{INK}">|f − f|</text>')
    for k in range(8):  # weights w_k on each difference
        y = top + 8 + 16 * k
        out.append(f'<line x1="224" y1="{y}" x2="392" y2="{top + 64}" stroke="{INK}" stroke-opacity="0.5"/>')
    out.append(f'<text x="300" y="{top - 10}" text-anchor="middle" fill="{ORANGE}" font-size="14">w<tspan baseline-shift="sub" font-size="10">k</tspan></text>')
    out.append(f'<circle cx="420" cy="{top + 64}" r="28" stroke="{INK}" stroke-width="1.5"/>')
    out.append(f'<text x="420" y="{top + 60}" text-anchor="middle" fill="{INK}" font-size="14">Σ + b</text>')
    out.append(f'<text x="420" y="{top + 78}" text-anchor="middle" fill="{INK}" font-size="14">σ</text>')
    out.append(arrow(448, top + 64, 500, top + 64))
    out.append(f'<text x="508" y="{top + 70}" fill="{INK}" font-size="16">ŷ</text>')
    out.append(f'<text x="530" y="{top + 50}" fill="{GREEN}" font-size="13">1: same</text>')
    out.append(f'<text x="530" y="{top + 86}" fill="{RED}" font-size="13">0: different</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
