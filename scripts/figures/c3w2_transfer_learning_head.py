"""Figure for C3W2 2.7: transfer learning keeps the pre-trained layers and replaces the output layer.

Left: the network trained on task A (many examples). Right: the same hidden layers, copied,
with a new, randomly initialised output layer W[L], b[L] for task B.
"""

from pathlib import Path

OUT = Path("docs/course-3/week-2/figures/transfer-learning-head.svg")
INK = "#222"
OLD, KEEP, NEW = "#d62728", "#1f77b4", "#2ca02c"
SIZES = [3, 4, 4, 4, 1]  # input, three hidden layers, output
DX, TOP, BOTTOM = 58, 100, 260


def layer_ys(n):
    gap = (BOTTOM - TOP) / 4
    mid = (TOP + BOTTOM) / 2
    return [mid + (k - (n - 1) / 2) * gap for k in range(n)]


def network(x0, head_color, body_color, head_dash, y_label):
    parts = []
    cols = [(x0 + i * DX, layer_ys(n)) for i, n in enumerate(SIZES)]
    for i in range(len(cols) - 1):
        (xa, ya), (xb, yb) = cols[i], cols[i + 1]
        last = i == len(cols) - 2
        color = head_color if last else body_color
        dash = ' stroke-dasharray="4 3"' if (last and head_dash) else ""
        for y1 in ya:
            for y2 in yb:
                parts.append(f'<line x1="{xa + 9}" y1="{y1:.1f}" x2="{xb - 9}" y2="{y2:.1f}" stroke="{color}" '
                             f'stroke-width="{1.4 if last else 0.9}" stroke-opacity="{0.9 if last else 0.55}"{dash}/>')
    for i, (x, ys) in enumerate(cols):
        color = head_color if i == len(cols) - 1 else INK
        for y in ys:
            parts.append(f'<circle cx="{x}" cy="{y:.1f}" r="9" stroke="{color}" stroke-width="1.5" fill="none"/>')
    xo, yo = cols[-1][0], cols[-1][1][0]
    parts.append(f'<line x1="{xo + 10}" y1="{yo}" x2="{xo + 30}" y2="{yo}" stroke="{head_color}" stroke-width="1.5"/>')
    parts.append(f'<text x="{xo + 34}" y="{yo + 5}" fill="{head_color}" font-size="15">ŷ<tspan dy="5" font-size="11">{y_label}</tspan></text>')
    parts.append(f'<text x="{cols[0][0]}" y="{BOTTOM + 42}" text-anchor="middle" fill="{INK}" font-size="14">x</text>')
    # layer indices under the columns
    for i, (x, _) in enumerate(cols[1:], start=1):
        name = ["1", "2", "L−1", "L"][i - 1]
        parts.append(f'<text x="{x}" y="{BOTTOM + 42}" text-anchor="middle" fill="{INK}" font-size="12">[{name}]</text>')
    return parts, cols


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 340" width="720" height="340" '
        'font-family="sans-serif" font-size="14" fill="none">',
        '<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>',
    ]
    left, lcols = network(35, OLD, INK, False, "A")
    right, rcols = network(420, NEW, KEEP, True, "B")
    out += left + right
    out.append(f'<text x="{lcols[2][0]}" y="24" text-anchor="middle" fill="{INK}" font-size="15">task A: pre-training</text>')
    out.append(f'<text x="{rcols[2][0]}" y="24" text-anchor="middle" fill="{INK}" font-size="15">task B: fine-tuning</text>')
    # the copied body: a bracket over layers 1 .. L-1 on the right, and the copy arrow
    xa, xb = rcols[0][0] + 17, rcols[3][0] + 16
    out.append(f'<rect x="{xa}" y="{TOP - 26}" width="{xb - xa}" height="{BOTTOM - TOP + 52}" rx="8" stroke="{KEEP}" '
               'stroke-width="1.4" stroke-dasharray="6 4" fill="none"/>')
    out.append(f'<text x="{(xa + xb) / 2}" y="{BOTTOM + 66}" text-anchor="middle" fill="{KEEP}" font-size="13">'
               'W[1..L−1], b[1..L−1] copied</text>')
    xh = (rcols[3][0] + rcols[4][0]) / 2
    out.append(f'<text x="{xh + 10}" y="{TOP - 40}" text-anchor="middle" fill="{NEW}" font-size="13">W[L], b[L] new</text>')
    xl = (lcols[3][0] + lcols[4][0]) / 2
    out.append(f'<text x="{xl}" y="{TOP - 40}" text-anchor="middle" fill="{OLD}" font-size="13">W[L], b[L]</text>')
    # the old head is dropped: a cross over the left output neuron
    xo, yo = lcols[4][0], lcols[4][1][0]
    out.append(f'<path d="M{xo - 12},{yo - 12} L{xo + 12},{yo + 12} M{xo - 12},{yo + 12} L{xo + 12},{yo - 12}" '
               f'stroke="{OLD}" stroke-width="2.5"/>')
    ym = (TOP + BOTTOM) / 2
    out.append(f'<line x1="338" y1="{ym}" x2="{rcols[0][0] - 16}" y2="{ym}" stroke="{INK}" stroke-width="1.5" marker-end="url(#arr)"/>')
    out.append(f'<text x="{(338 + rcols[0][0] - 16) / 2}" y="{ym - 8}" text-anchor="middle" fill="{INK}" font-size="12">copy</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
