"""Course 5, week 1, section 1.5: the RNN architectures side by side.

Writes docs/course-5/week-1/figures/rnn-types.svg when run from the repository root.
"""

from pathlib import Path

OUT = Path("docs/course-5/week-1/figures/rnn-types.svg")
HALF = 15  # half the side of a cell
COLOURS = {"k": "#222", "b": "#1f77b4", "r": "#d62728", "g": "#2ca02c", "o": "#ff7f0e"}


def arrow(x1, y1, x2, y2, colour, dash=False):
    extra = ' stroke-dasharray="4 3"' if dash else ""
    return (f'  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{COLOURS[colour]}" stroke-width="1.5"{extra} '
            f'marker-end="url(#{colour})"/>\n')


def label(x, y, base, sub=None, size=14, anchor="middle"):
    tail = f'<tspan font-size="9" dy="-6">&lt;{sub}&gt;</tspan>' if sub else ""
    return f'  <text x="{x}" y="{y}" text-anchor="{anchor}" font-size="{size}" fill="#222">{base}{tail}</text>\n'


def cell(cx, cy):
    return f'  <rect x="{cx - HALF}" y="{cy - HALF}" width="{2 * HALF}" height="{2 * HALF}" rx="4" stroke="#222" stroke-width="1.5"/>\n'


def chain(xs, cy, inputs, outputs, start=True):
    """Cells at xs joined left to right; inputs/outputs are lists of (index, superscript)."""
    out = "".join(cell(cx, cy) for cx in xs)
    if start:
        out += arrow(xs[0] - HALF - 22, cy, xs[0] - HALF - 2, cy, "r")
    for left, right in zip(xs, xs[1:]):
        out += arrow(left + HALF, cy, right - HALF - 2, cy, "r")
    for i, sup in inputs:
        out += arrow(xs[i], cy + 62, xs[i], cy + HALF + 2, "b")
        out += label(xs[i], cy + 80, "x", sup)
    for i, sup in outputs:
        out += arrow(xs[i], cy - HALF, xs[i], cy - 58, "g")
        out += label(xs[i], cy - 64, "ŷ", sup)
    return out


def caption(x, y, text):
    return f'  <text x="{x}" y="{y}" text-anchor="middle" font-size="13" fill="#222">{text}</text>\n'


def main():
    sub_x = 'T<tspan font-size="9" dy="3">x</tspan><tspan dy="-3">'
    sub_y = 'T<tspan font-size="9" dy="3">y</tspan><tspan dy="-3">'
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 500" width="720" height="500" '
             'font-family="sans-serif" font-size="14" fill="none">\n  <defs>\n']
    for name, colour in COLOURS.items():
        parts.append(f'    <marker id="{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                     f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>\n')
    parts.append("  </defs>\n")

    row1, row2 = 120, 350
    # (a) one to one
    parts.append(chain([70], row1, [(0, None)], [(0, None)], start=False))
    parts.append(caption(70, row1 + 108, "(a) 1 → 1"))
    # (b) one to many: each output is fed back as the next input
    xs = [190, 250, 310, 370]
    parts.append(chain(xs, row1, [(0, None)], [(0, 1), (1, 2), (2, 3), (3, f'{sub_y}</tspan>')]))
    for left, right in zip(xs, xs[1:]):
        parts.append(f'  <path d="M{left + 8},{row1 - 62} C{left + 40},{row1 - 62} {right - 24},{row1 + 44} '
                     f'{right},{row1 + 44} L{right},{row1 + HALF + 3}" stroke="{COLOURS["o"]}" stroke-width="1.3" '
                     f'stroke-dasharray="3 3" marker-end="url(#o)"/>\n')
    parts.append(caption(280, row1 + 108, f'(b) 1 → {sub_y}</tspan>'))
    # (c) many to one
    xs = [480, 540, 600, 660]
    parts.append(chain(xs, row1, [(0, 1), (1, 2), (2, 3), (3, f'{sub_x}</tspan>')], [(3, None)]))
    parts.append(caption(570, row1 + 108, f'(c) {sub_x}</tspan> → 1'))
    # (d) many to many, equal lengths
    xs = [70, 130, 190, 250]
    sups = [1, 2, 3, f'{sub_x}</tspan>']
    parts.append(chain(xs, row2, list(enumerate(sups)), list(enumerate(sups))))
    parts.append(caption(160, row2 + 135, f'(d) {sub_x}</tspan> = {sub_y}</tspan>'))
    # (e) many to many, different lengths: encoder then decoder
    enc, dec = [350, 405, 460, 515], [570, 625, 680]
    parts.append(chain(enc + dec, row2, list(enumerate([1, 2, 3, f'{sub_x}</tspan>'])),
                       [(4, 1), (5, 2), (6, f'{sub_y}</tspan>')]))
    parts.append(f'  <path d="M{enc[0] - 15},{row2 + 90} v6 h{enc[-1] - enc[0] + 30} v-6" stroke="#222" stroke-width="1"/>\n')
    parts.append(f'  <path d="M{dec[0] - 15},{row2 - 82} v-6 h{dec[-1] - dec[0] + 30} v6" stroke="#222" stroke-width="1"/>\n')
    parts.append(caption(432, row2 + 112, "encoder"))
    parts.append(caption(625, row2 - 94, "decoder"))
    parts.append(caption(515, row2 + 135, f'(e) {sub_x}</tspan> ≠ {sub_y}</tspan>'))
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
