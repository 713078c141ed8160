"""Figure for the notation guide (appendix): how a layer diagram is read.

A 3-4-3-1 network: input layer a[0] = x (layer 0, not counted), two hidden layers, output a[3] = y_hat, so L = 3.
Each circle is one unit a[l]_j; each bundle of edges belongs to W[l], b[l], whose shapes are written underneath.
On the right, one unit (a[2]_3) is opened up: it computes z = w[2]T_3 a[1] + b[2]_3 (w[2]T_3 = row 3 of W[2]), then a = g[2](z).
Run from the repository root: python scripts/figures/appendix_layer_notation.py
"""

from pathlib import Path

OUT = Path("docs/appendix/figures/layer-notation.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"

SIZES = [3, 4, 3, 1]                  # n[0], n[1], n[2], n[3]
XS = [70, 190, 310, 430]              # x of each layer's column
EDGE_COLOURS = [None, BLUE, GREEN, RED]  # colour of W[l], b[l]
CY, GAP, R = 190, 60, 19              # centre line, spacing of units, radius of a unit
FOCUS = (2, 3)                        # the unit opened up on the right: layer 2, unit 3


def ys(n):
    return [CY + (j - (n - 1) / 2) * GAP for j in range(n)]


def label(x, y, parts, size=14, colour=INK, anchor="middle"):
    """Math-like text: parts is a list of (text, 'base' | 'sup' | 'sub')."""
    shift = {"base": 0, "sup": -6, "sub": 4}
    spans, level = [], 0
    for text, kind in parts:
        dy = shift[kind] - level
        level = shift[kind]
        small = ' font-size="72%"' if kind != "base" else ""
        spans.append(f'<tspan dy="{dy}"{small}>{text}</tspan>')
    return (f'<text xml:space="preserve" x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{colour}">{"".join(spans)}</text>')


def unit_label(l, j):
    if l == 0:
        return [("x", "base"), (str(j), "sub")]
    if l == len(SIZES) - 1:
        return [("ŷ", "base")]
    return [("a", "base"), (f"[{l}]", "sup"), (str(j), "sub")]


def main():
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 400" width="720" height="400" '
           'font-family="sans-serif" font-size="14" fill="none">',
           '<defs>']
    for name, colour in (("ink", INK), ("blue", BLUE), ("green", GREEN), ("red", RED)):
        out.append(f'<marker id="arr-{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
                   f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    out.append('</defs>')
    marker = {INK: "ink", BLUE: "blue", GREEN: "green", RED: "red"}

    # edges of W[l]: every unit of layer l-1 feeds every unit of layer l
    for l in range(1, len(SIZES)):
        colour = EDGE_COLOURS[l]
        for y0 in ys(SIZES[l - 1]):
            for y1 in ys(SIZES[l]):
                x0, x1 = XS[l - 1], XS[l]
                dx, dy = x1 - x0, y1 - y0
                d = (dx * dx + dy * dy) ** 0.5
                ax, ay = x0 + dx * R / d, y0 + dy * R / d
                bx, by = x1 - dx * (R + 1) / d, y1 - dy * (R + 1) / d
                out.append(f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" stroke="{colour}" '
                           f'stroke-width="1.1" stroke-opacity="0.75" marker-end="url(#arr-{marker[colour]})"/>')

    # units: one circle = one unit
    for l, n in enumerate(SIZES):
        for j, y in enumerate(ys(n), start=1):
            focus = (l, j) == FOCUS
            fill = f' fill="{ORANGE}" fill-opacity="0.25"' if focus else ""
            width = 2.2 if focus else 1.4
            dash = ' stroke-dasharray="4 3"' if l == 0 else ""
            out.append(f'<circle cx="{XS[l]}" cy="{y:.1f}" r="{R}" stroke="{INK}" stroke-width="{width}"{fill}{dash}/>')
            out.append(label(XS[l] - (2 if l in (1, 2) else 0), y + 5, unit_label(l, j), size=13))

    # top: layer index, the layer's activation, and the layer count
    for l, x in enumerate(XS):
        out.append(label(x, 52, [(f"l = {l}", "base")], size=13))
        parts = [("a", "base"), (f"[{l}]", "sup")]
        if l == 0:
            parts.append((" = x", "base"))
        if l == len(SIZES) - 1:
            parts.append((" = ŷ", "base"))
        out.append(label(x, 76, parts, size=14))
    left, right = XS[1] - 28, XS[-1] + 28
    out.append(f'<path d="M{left},26 v-8 H{right} v8" stroke="{INK}" stroke-width="1.3"/>')
    out.append(label((left + right) / 2, 12, [("L = 3", "base")], size=13))

    # bottom: n[l], then the arrow W[l], b[l] between columns with the shapes
    for l, x in enumerate(XS):
        out.append(label(x, 318, [("n", "base"), (f"[{l}]", "sup"), (f" = {SIZES[l]}", "base")], size=13))
    for l in range(1, len(SIZES)):
        colour = EDGE_COLOURS[l]
        x0, x1 = XS[l - 1] + 8, XS[l] - 8
        out.append(f'<line x1="{x0}" y1="352" x2="{x1}" y2="352" stroke="{colour}" stroke-width="1.6" '
                   f'marker-end="url(#arr-{marker[colour]})"/>')
        mid = (XS[l - 1] + XS[l]) / 2
        out.append(label(mid, 344, [("W", "base"), (f"[{l}]", "sup"), (", b", "base"), (f"[{l}]", "sup")],
                         size=13, colour=colour))
        out.append(label(mid, 372, [(f"({SIZES[l]}, {SIZES[l - 1]}), ({SIZES[l]}, 1)", "base")], size=11))

    # the focus unit opened up on the right
    fl, fj = FOCUS
    fy = ys(SIZES[fl])[fj - 1]
    cx, cy, big = 600, 200, 42
    out.append(f'<line x1="{XS[fl] + R}" y1="{fy:.1f}" x2="{cx}" y2="{cy + big + 3}" stroke="{ORANGE}" '
               'stroke-width="1.4" stroke-dasharray="5 4"/>')
    for k, y in enumerate(ys(4), start=1):
        y = cy - 8 + (y - CY) * 0.5
        out.append(label(526, y + 4, [("a", "base"), ("[1]", "sup"), (str(k), "sub")], size=12, anchor="middle"))
        out.append(f'<line x1="542" y1="{y:.1f}" x2="{cx - big - 2}" y2="{cy + (y - cy) * 0.35:.1f}" stroke="{GREEN}" '
                   'stroke-width="1.1" marker-end="url(#arr-green)"/>')
    out.append(f'<circle cx="{cx}" cy="{cy}" r="{big}" stroke="{INK}" stroke-width="2" fill="{ORANGE}" fill-opacity="0.15"/>')
    out.append(f'<line x1="{cx}" y1="{cy - big}" x2="{cx}" y2="{cy + big}" stroke="{INK}" stroke-width="1.2"/>')
    out.append(label(cx - 20, cy + 5, [("z", "base")], size=16))
    out.append(label(cx + 20, cy + 5, [("g", "base"), ("[2]", "sup")], size=15))
    out.append(f'<line x1="{cx + big}" y1="{cy}" x2="{cx + big + 22}" y2="{cy}" stroke="{INK}" stroke-width="1.4" '
               'marker-end="url(#arr-ink)"/>')
    out.append(label(cx + big + 24, cy + 5, [("a", "base"), ("[2]", "sup"), ("3", "sub")], size=13, anchor="start"))
    out.append(label(cx - 4, 100, [("z", "base"), ("[2]", "sup"), ("3", "sub"), (" = w", "base"), ("[2]T", "sup"),
                                   ("3", "sub"), (" a", "base"), ("[1]", "sup"), (" + b", "base"), ("[2]", "sup"),
                                   ("3", "sub")], size=12))
    out.append(label(cx - 4, 124, [("a", "base"), ("[2]", "sup"), ("3", "sub"), (" = g", "base"), ("[2]", "sup"),
                                   ("(z", "base"), ("[2]", "sup"), ("3", "sub"), (")", "base")], size=12))

    out.append("</svg>")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
