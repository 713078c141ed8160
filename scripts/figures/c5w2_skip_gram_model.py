"""Figure for C5W2 2.6: skip-gram pairs (a context word, targets sampled within a window) and the model
o_c -> E -> e_c -> softmax -> y_hat."""

from pathlib import Path

OUT = Path("docs/course-5/week-2/figures/skip-gram-model.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
SENTENCE = "I want a glass of orange juice to go along with my cereal".split()
CONTEXT, WINDOW, TARGETS = 5, 4, (6, 3, 9)  # "orange", +-4 words, "juice", "glass", "along"
CHAR, PAD, GAP = 8.2, 10, 5


def sub(x, y, base, index, colour=INK, size=15):
    return (f'<text x="{x:.1f}" y="{y}" text-anchor="middle" fill="{colour}" font-size="{size}" font-style="italic">'
            f'{base}<tspan font-size="{size - 4}" dy="4">{index}</tspan></text>')


def arrow(x1, y1, x2, y2, colour=INK, width=1.4):
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="{width}" '
            f'marker-end="url(#head-{colour[1:]})"/>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 290" width="720" height="290" '
        'font-family="sans-serif" font-size="14" fill="none">',
        "<defs>",
    ]
    for colour in (INK, GREEN):
        out.append(f'<marker id="head-{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>')
    out.append("</defs>")
    # the sentence, one box per word
    widths = [len(w) * CHAR + 2 * PAD for w in SENTENCE]
    total = sum(widths) + GAP * (len(widths) - 1)
    x = (720 - total) / 2
    boxes, y, h = [], 75, 30
    for w, width in zip(SENTENCE, widths):
        boxes.append((x, width))
        x += width + GAP
    lo, hi = CONTEXT - WINDOW, CONTEXT + WINDOW
    wx0, wx1 = boxes[lo][0] - 3, boxes[hi][0] + boxes[hi][1] + 3
    out.append(f'<rect x="{wx0:.1f}" y="{y - 6}" width="{wx1 - wx0:.1f}" height="{h + 12}" rx="6" '
               f'fill="{BLUE}" fill-opacity="0.12" stroke="{BLUE}" stroke-dasharray="5 3"/>')
    out.append(f'<text x="{wx1 - 4:.1f}" y="{y + h + 24}" text-anchor="end" fill="{BLUE}" font-size="13">'
               f'±{WINDOW}</text>')
    for i, (w, (bx, bw)) in enumerate(zip(SENTENCE, boxes)):
        colour = ORANGE if i == CONTEXT else (GREEN if i in TARGETS else INK)
        fill = f' fill="{colour}" fill-opacity="0.3"' if colour != INK else ""
        out.append(f'<rect x="{bx:.1f}" y="{y}" width="{bw:.1f}" height="{h}" rx="3" stroke="{colour}" '
                   f'stroke-width="1.3"{fill}/>')
        out.append(f'<text x="{bx + bw / 2:.1f}" y="{y + 20}" text-anchor="middle" fill="{INK}">{w}</text>')
    cx = boxes[CONTEXT][0] + boxes[CONTEXT][1] / 2
    out.append(f'<text x="{cx:.1f}" y="{y + h + 22}" text-anchor="middle" fill="{ORANGE}" font-size="15" '
               'font-style="italic">c</text>')
    for t in TARGETS:
        tx = boxes[t][0] + boxes[t][1] / 2
        mid = (cx + tx) / 2
        out.append(f'<path d="M {cx:.1f} {y - 8} Q {mid:.1f} {y - 48} {tx:.1f} {y - 10}" stroke="{GREEN}" '
                   f'stroke-width="1.6" marker-end="url(#head-{GREEN[1:]})"/>')
        side = 1 if tx > cx else -1
        out.append(f'<text x="{tx + 12 * side:.1f}" y="{y - 14}" text-anchor="middle" fill="{GREEN}" font-size="15" '
                   'font-style="italic">t</text>')
    # the model: o_c -> E -> e_c -> softmax -> y_hat
    my = 220
    stages = [(130, "o", "c", "(10000, 1)", INK), (330, "e", "c", "(300, 1)", ORANGE), (560, "ŷ", "", "(10000, 1)", GREEN)]
    for sx, base, index, shape, colour in stages:
        out.append(f'<rect x="{sx - 40}" y="{my - 22}" width="80" height="40" rx="4" stroke="{colour}" stroke-width="1.6"/>')
        out.append(sub(sx, my + 4, base, index))
        out.append(f'<text x="{sx}" y="{my + 40}" text-anchor="middle" fill="{INK}" font-size="12">{shape}</text>')
    out.append(arrow(172, my - 2, 288, my - 2))
    out.append(f'<text x="230" y="{my - 12}" text-anchor="middle" fill="{ORANGE}" font-size="15" font-style="italic">E</text>')
    out.append(arrow(372, my - 2, 518, my - 2))
    out.append(f'<text x="445" y="{my - 12}" text-anchor="middle" fill="{INK}" font-size="13">softmax</text>')
    out.append(f'<text x="445" y="{my + 16}" text-anchor="middle" fill="{INK}" font-size="14" font-style="italic">θ'
               '<tspan font-size="10" dy="4">t</tspan></text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
