"""Course 5, week 1, section 1.12: a deep RNN with three recurrent layers over four time steps.

Writes docs/course-5/week-1/figures/deep-rnn.svg when run from the repository root.
"""

from pathlib import Path

OUT = Path("docs/course-5/week-1/figures/deep-rnn.svg")
COLUMNS = [150, 280, 410, 540]
ROWS = {1: 290, 2: 210, 3: 130}  # layer -> centre y
HIGHLIGHT = (2, 3)               # a[2]<3>, with the two arrows that feed it
BLUE, RED, GREEN, DARK = "#1f77b4", "#d62728", "#2ca02c", "#222"


def marker(colour):
    return (f'    <marker id="{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
            f'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>\n')


def arrow(x1, y1, x2, y2, colour, width=1.5):
    return (f'  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="{width}" '
            f'marker-end="url(#{colour[1:]})"/>\n')


def label(x, y, base, layer, t, size=15, anchor="middle"):
    small = round(size * 0.66)
    sup = (f"[{layer}]" if layer else "") + (f"&lt;{t}&gt;" if t is not None else "")
    return (f'  <text x="{x}" y="{y}" text-anchor="{anchor}" font-size="{size}" fill="{DARK}">{base}'
            f'<tspan font-size="{small}" dy="-7">{sup}</tspan></text>\n')


def main():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 400" width="720" height="400" '
             'font-family="sans-serif" font-size="15" fill="none">\n  <defs>\n']
    parts += [marker(c) for c in (BLUE, RED, GREEN, DARK)]
    parts.append("  </defs>\n")
    for t, cx in enumerate(COLUMNS, start=1):
        parts.append(label(cx, 380, "x", None, t))
        parts.append(arrow(cx, 360, cx, ROWS[1] + 19, DARK))
        parts.append(arrow(cx, ROWS[3] - 17, cx, 52, GREEN))
        parts.append(label(cx, 40, "ŷ", None, t))
        for layer, cy in ROWS.items():
            hot = (layer, t) == HIGHLIGHT
            parts.append(f'  <rect x="{cx - 38}" y="{cy - 17}" width="76" height="34" rx="5" '
                         f'stroke="{RED if hot else BLUE}" stroke-width="{2.4 if hot else 1.6}"/>\n')
            parts.append(label(cx, cy + 6, "a", layer, t))
            if layer < 3:
                feeds_hot = (layer + 1, t) == HIGHLIGHT
                parts.append(arrow(cx, cy - 17, cx, ROWS[layer + 1] + 19, RED if feeds_hot else DARK,
                                   2.2 if feeds_hot else 1.5))
    for layer, cy in ROWS.items():
        parts.append(label(14, cy + 5, "a", layer, 0, size=13, anchor="start"))
        parts.append(arrow(68, cy, COLUMNS[0] - 40, cy, BLUE))
        for t, (left, right) in enumerate(zip(COLUMNS, COLUMNS[1:]), start=2):
            hot = (layer, t) == HIGHLIGHT
            parts.append(arrow(left + 38, cy, right - 40, cy, RED if hot else BLUE, 2.2 if hot else 1.5))
        parts.append(f'  <text x="600" y="{cy + 5}" fill="{DARK}">W<tspan font-size="10" dy="-7">[{layer}]</tspan>'
                     f'<tspan font-size="10" dx="-15" dy="11">a</tspan><tspan dx="8" dy="-4">, b</tspan>'
                     f'<tspan font-size="10" dy="-7">[{layer}]</tspan><tspan font-size="10" dx="-15" dy="11">a</tspan>'
                     '</text>\n')
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
