"""Figure for C5W2 2.5: the neural language model with a fixed window of 4 words:
o_j -> E -> e_j for each word, concatenate into 1200 numbers, hidden layer, softmax over 10000 words."""

from pathlib import Path

OUT = Path("docs/course-5/week-2/figures/neural-language-model.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
WORDS = ["a", "glass", "of", "orange"]


def sup(x, y, base, index, colour=INK, size=14):
    return (f'<text x="{x}" y="{y}" text-anchor="middle" fill="{colour}" font-size="{size}">'
            f'{base}<tspan font-size="{size - 4}" dy="-6">{index}</tspan></text>')


def arrow(x1, y1, x2, y2, colour=INK):
    return (f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="1.4" '
            'marker-end="url(#arrow)"/>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
        'font-family="sans-serif" font-size="14" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    ys = [60, 125, 190, 255]
    for k, (word, y) in enumerate(zip(WORDS, ys)):
        out.append(f'<text x="70" y="{y + 5}" text-anchor="end" fill="{INK}">{word}</text>')
        out.append(arrow(78, y, 100, y))
        out.append(f'<rect x="104" y="{y - 16}" width="36" height="32" stroke="{INK}" stroke-width="1.4"/>')
        out.append(f'<text x="122" y="{y + 5}" text-anchor="middle" fill="{INK}" font-style="italic">o</text>')
        out.append(arrow(140, y, 196, y))
        out.append(f'<text x="168" y="{y - 6}" text-anchor="middle" fill="{ORANGE}" font-style="italic">E</text>')
        out.append(f'<rect x="200" y="{y - 16}" width="36" height="32" fill="{ORANGE}" fill-opacity="0.3" '
                   f'stroke="{ORANGE}" stroke-width="1.6"/>')
        out.append(f'<text x="218" y="{y + 5}" text-anchor="middle" fill="{INK}" font-style="italic">e</text>')
        out.append(arrow(236, y, 286, 70 + 60 * k))
    # the concatenated input: 4 x 300 = 1200
    out.append(f'<rect x="290" y="40" width="30" height="240" stroke="{INK}" stroke-width="1.6"/>')
    for k in range(1, 4):
        out.append(f'<line x1="290" y1="{40 + k * 60}" x2="320" y2="{40 + k * 60}" stroke="{ORANGE}" stroke-width="1.4"/>')
    out.append('<text x="305" y="302" text-anchor="middle" fill="{0}" font-size="12">1200</text>'.format(INK))
    # hidden layer
    out.append(arrow(322, 160, 378, 160))
    out.append(sup(350, 150, "W", "[1]", BLUE, size=13))
    for k in range(5):
        out.append(f'<circle cx="400" cy="{90 + k * 35}" r="13" stroke="{BLUE}" stroke-width="1.6"/>')
    out.append(arrow(415, 160, 478, 160))
    out.append(sup(447, 150, "W", "[2]", RED, size=13))
    # softmax output over the vocabulary
    out.append(f'<rect x="482" y="40" width="30" height="240" stroke="{RED}" stroke-width="1.6"/>')
    out.append(f'<text x="497" y="302" text-anchor="middle" fill="{INK}" font-size="12">10000</text>')
    out.append(f'<text x="497" y="28" text-anchor="middle" fill="{RED}" font-size="12">softmax</text>')
    out.append(f'<rect x="482" y="190" width="30" height="14" fill="{GREEN}" fill-opacity="0.6" stroke="{GREEN}"/>')
    out.append(arrow(514, 197, 570, 197, GREEN))
    out.append(f'<text x="578" y="202" fill="{INK}" font-size="16">ŷ</text>')
    out.append(f'<text x="596" y="202" fill="{GREEN}">juice</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
