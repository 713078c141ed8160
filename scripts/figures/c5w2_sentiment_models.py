"""Figure for C5W2 2.9: two sentiment classifiers on top of word embeddings: (top) average the e's and apply
a softmax over 5 classes; (bottom) a many-to-one RNN reads the e's in order."""

from pathlib import Path

OUT = Path("docs/course-5/week-2/figures/sentiment-models.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
WORDS = ["the", "dessert", "is", "excellent"]


def arrow(x1, y1, x2, y2, colour=INK):
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="1.4" '
            'marker-end="url(#arrow)"/>')


def ebox(x, y):
    return (f'<rect x="{x - 18}" y="{y - 15}" width="36" height="30" fill="{ORANGE}" fill-opacity="0.3" '
            f'stroke="{ORANGE}" stroke-width="1.5"/><text x="{x}" y="{y + 5}" text-anchor="middle" fill="{INK}" '
            'font-style="italic">e</text>')


def output(out, x, y):
    out.append(f'<rect x="{x - 34}" y="{y - 16}" width="68" height="32" rx="4" stroke="{RED}" stroke-width="1.6"/>')
    out.append(f'<text x="{x}" y="{y + 5}" text-anchor="middle" fill="{INK}">softmax</text>')
    out.append(arrow(x + 34, y, x + 70, y))
    out.append(f'<text x="{x + 78}" y="{y + 6}" fill="{INK}" font-size="16">ŷ</text>')
    out.append(f'<text x="{x + 96}" y="{y + 6}" fill="{INK}" font-size="12">(5, 1)</text>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 400" width="720" height="400" '
        'font-family="sans-serif" font-size="14" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    xs = [90, 190, 290, 390]
    # top: average
    for x, w in zip(xs, WORDS):
        out.append(f'<text x="{x}" y="30" text-anchor="middle" fill="{INK}">{w}</text>')
        out.append(arrow(x, 38, x, 62))
        out.append(ebox(x, 80))
        out.append(arrow(x, 96, 240 + (x - 240) * 0.15, 136))
    out.append(f'<circle cx="240" cy="152" r="16" stroke="{BLUE}" stroke-width="1.6"/>')
    out.append(f'<text x="240" y="158" text-anchor="middle" fill="{BLUE}" font-size="17">Σ</text>')
    out.append(f'<text x="266" y="157" fill="{BLUE}" font-size="12">/ 4</text>')
    out.append(arrow(290, 152, 476, 152))
    out.append(f'<text x="383" y="144" text-anchor="middle" fill="{INK}" font-size="12">(300, 1)</text>')
    output(out, 510, 152)
    out.append(f'<line x1="20" y1="200" x2="700" y2="200" stroke="{INK}" stroke-opacity="0.3" stroke-dasharray="4 4"/>')
    # bottom: many-to-one RNN
    for k, (x, w) in enumerate(zip(xs, WORDS)):
        out.append(f'<text x="{x}" y="388" text-anchor="middle" fill="{INK}">{w}</text>')
        out.append(arrow(x, 372, x, 350))
        out.append(ebox(x, 334))
        out.append(arrow(x, 318, x, 294))
        out.append(f'<rect x="{x - 22}" y="254" width="44" height="38" rx="4" stroke="{BLUE}" stroke-width="1.6"/>')
        out.append(f'<text x="{x}" y="279" text-anchor="middle" fill="{INK}" font-style="italic">a'
                   f'<tspan font-size="10" dy="-6">&lt;{k + 1}&gt;</tspan></text>')
        if k:
            out.append(arrow(x - 78, 273, x - 24, 273))
    out.append(arrow(50, 273, 66, 273))
    out.append(f'<text x="44" y="278" text-anchor="end" fill="{INK}" font-style="italic">a'
               '<tspan font-size="10" dy="-6">&lt;0&gt;</tspan></text>')
    out.append(arrow(412, 273, 476, 273))
    output(out, 510, 273)
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
