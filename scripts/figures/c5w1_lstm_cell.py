"""Course 5, week 1, section 1.10: one LSTM cell with its three gates.

Writes docs/course-5/week-1/figures/lstm-cell.svg when run from the repository root.
"""

from pathlib import Path

OUT = Path("docs/course-5/week-1/figures/lstm-cell.svg")
SHIFT = {"": 0, "^": -7, "_": 4}
ORANGE, BLUE, GREEN, DARK = "#ff7f0e", "#1f77b4", "#2ca02c", "#222"


def rich(x, y, segments, size=15, colour=DARK, anchor="middle"):
    """Text from (text, kind) segments; kind is "" (normal), "^" (superscript) or "_" (subscript)."""
    out, offset = [], 0
    for content, kind in segments:
        target = SHIFT[kind] * size / 15
        small = f' font-size="{round(size * 0.68)}"' if kind else ""
        out.append(f'<tspan dy="{target - offset:g}"{small}>{content}</tspan>')
        offset = target
    return f'  <text x="{x}" y="{y}" text-anchor="{anchor}" font-size="{size}" fill="{colour}">{"".join(out)}</text>\n'


def path(d, colour=DARK, width=1.6, arrow=True):
    marker = f' marker-end="url(#{colour[1:]})"' if arrow else ""
    return f'  <path d="{d}" stroke="{colour}" stroke-width="{width}"{marker}/>\n'


def op(cx, cy, symbol):
    """A pointwise operation: x (multiply) or + (add) in a circle."""
    return (f'  <circle cx="{cx}" cy="{cy}" r="12" stroke="{DARK}" stroke-width="1.6"/>\n'
            + rich(cx, cy + 5, [(symbol, "")], size=16))


def box(cx, cy, label, colour, width=44):
    return (f'  <rect x="{cx - width / 2}" y="{cy - 15}" width="{width}" height="30" rx="5" stroke="{colour}" '
            f'stroke-width="1.8"/>\n' + rich(cx, cy + 5, [(label, "")], size=14))


def main():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 400" width="720" height="400" '
             'font-family="sans-serif" font-size="15" fill="none">\n  <defs>\n']
    for colour in (ORANGE, BLUE, GREEN, DARK):
        parts.append(f'    <marker id="{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" '
                     f'markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>\n')
    parts.append("  </defs>\n")
    parts.append(f'  <rect x="110" y="40" width="500" height="300" rx="14" stroke="{DARK}" stroke-width="1" '
                 'stroke-opacity="0.45"/>\n')
    # cell state: c<t-1> -> (x forget) -> (+) -> c<t>
    parts.append(path("M30,90 H236", ORANGE, 2.6))
    parts.append(path("M262,90 H406", ORANGE, 2.6))
    parts.append(path("M432,90 H690", ORANGE, 2.6))
    parts.append(rich(40, 76, [("c", ""), ("&lt;t−1&gt;", "^")], anchor="start"))
    parts.append(rich(690, 76, [("c", ""), ("&lt;t&gt;", "^")], anchor="end"))
    parts.append(op(250, 90, "×"))
    parts.append(op(420, 90, "+"))
    # input bus: [a<t-1>, x<t>] feeds the four boxes
    parts.append(path("M30,300 H500", DARK, 1.6, arrow=False))
    parts.append(rich(40, 290, [("a", ""), ("&lt;t−1&gt;", "^")], anchor="start"))
    parts.append(path("M190,385 V303", DARK))
    parts.append(f'  <circle cx="190" cy="300" r="3.5" fill="{DARK}"/>\n')
    parts.append(rich(200, 385, [("x", ""), ("&lt;t&gt;", "^")], anchor="start"))
    for cx in (250, 330, 420, 500):
        parts.append(path(f"M{cx},300 V262", DARK, 1.3))
    parts.append(box(250, 245, "σ", BLUE))
    parts.append(box(330, 245, "σ", BLUE))
    parts.append(box(420, 245, "tanh", GREEN, width=52))
    parts.append(box(500, 245, "σ", BLUE))
    # forget gate
    parts.append(path("M250,230 V104", BLUE))
    parts.append(rich(242, 175, [("Γ", ""), ("f", "_")], colour=BLUE, anchor="end"))
    # update gate and candidate meet at a multiply, then add into the cell state
    parts.append(path("M330,230 V160 H406", BLUE))
    parts.append(rich(322, 200, [("Γ", ""), ("u", "_")], colour=BLUE, anchor="end"))
    parts.append(path("M420,230 V174", GREEN))
    parts.append(rich(428, 208, [("c̃", ""), ("&lt;t&gt;", "^")], colour=GREEN, anchor="start"))
    parts.append(op(420, 160, "×"))
    parts.append(path("M420,148 V104", DARK))
    # output: tanh(c<t>) times the output gate gives a<t>
    parts.append(f'  <circle cx="560" cy="90" r="3.5" fill="{ORANGE}"/>\n')
    parts.append(path("M560,90 V145", ORANGE, 1.8))
    parts.append(f'  <rect x="533" y="147" width="54" height="26" rx="13" stroke="{GREEN}" stroke-width="1.8"/>\n')
    parts.append(rich(560, 165, [("tanh", "")], size=14))
    parts.append(path("M560,173 V231", DARK))
    parts.append(path("M522,245 H546", BLUE))
    parts.append(rich(534, 232, [("Γ", ""), ("o", "_")], colour=BLUE))
    parts.append(op(560, 245, "×"))
    parts.append(path("M560,257 V300 H690", DARK))
    parts.append(rich(690, 290, [("a", ""), ("&lt;t&gt;", "^")], anchor="end"))
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
