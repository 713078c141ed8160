"""Course 5, week 1, section 1.11: a bidirectional RNN unrolled over four time steps.

Writes docs/course-5/week-1/figures/brnn.svg when run from the repository root.
"""

from pathlib import Path

OUT = Path("docs/course-5/week-1/figures/brnn.svg")
COLUMNS = [170, 310, 450, 590]
FWD_Y, BWD_Y = 215, 140  # centres of the forward and backward rows
BLUE, ORANGE, GREEN, DARK = "#1f77b4", "#ff7f0e", "#2ca02c", "#222"


def marker(colour):
    return (f'    <marker id="{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
            f'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>\n')


def path(d, colour, width=1.6):
    return f'  <path d="{d}" stroke="{colour}" stroke-width="{width}" marker-end="url(#{colour[1:]})"/>\n'


def sup_text(x, y, base, t, anchor="middle"):
    return (f'  <text x="{x}" y="{y}" text-anchor="{anchor}" fill="{DARK}">{base}'
            f'<tspan font-size="10" dy="-7">&lt;{t}&gt;</tspan></text>\n')


def arrow_a(x, y, t, leftwards):
    """The label a<t> with a small arrow over the a, pointing right or left."""
    tip, tail = (x - 1, x + 8) if leftwards else (x + 9, x)
    head = f"M{tip + (3 if leftwards else -3)},{y - 17} L{tip},{y - 14} L{tip + (3 if leftwards else -3)},{y - 11}"
    return (sup_text(x, y, "a", t, anchor="start")
            + f'  <path d="M{tail},{y - 14} L{tip},{y - 14} {head}" stroke="{DARK}" stroke-width="1.1"/>\n')


def main():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 340" width="720" height="340" '
             'font-family="sans-serif" font-size="15" fill="none">\n  <defs>\n']
    parts += [marker(c) for c in (BLUE, ORANGE, GREEN, DARK)]
    parts.append("  </defs>\n")
    labels = ["1", "2", "3", "4"]
    for cx, t in zip(COLUMNS, labels):
        for cy, colour, left in ((FWD_Y, BLUE, False), (BWD_Y, ORANGE, True)):
            parts.append(f'  <rect x="{cx - 28}" y="{cy - 15}" width="56" height="30" rx="5" stroke="{colour}" '
                         'stroke-width="1.8"/>\n')
            parts.append(arrow_a(cx - 15, cy + 6, t, left))
        # input x<t> feeds both directions
        parts.append(sup_text(cx, 322, "x", t))
        parts.append(path(f"M{cx},303 V{FWD_Y + 17}", DARK, 1.4))
        parts.append(path(f"M{cx + 6},303 C{cx + 55},285 {cx + 55},{BWD_Y + 35} {cx + 20},{BWD_Y + 17}", DARK, 1.2))
        # output y_hat<t> reads both directions
        parts.append(sup_text(cx, 40, "ŷ", t))
        parts.append(path(f"M{cx},{BWD_Y - 15} V52", GREEN))
        parts.append(path(f"M{cx - 20},{FWD_Y - 15} C{cx - 55},{FWD_Y - 40} {cx - 55},80 {cx - 8},54", GREEN, 1.4))
    for left, right in zip(COLUMNS, COLUMNS[1:]):
        parts.append(path(f"M{left + 28},{FWD_Y} H{right - 30}", BLUE))
        parts.append(path(f"M{right - 28},{BWD_Y} H{left + 30}", ORANGE))
    parts.append(path(f"M{COLUMNS[0] - 75},{FWD_Y} H{COLUMNS[0] - 30}", BLUE))
    parts.append(sup_text(COLUMNS[0] - 100, FWD_Y + 5, "0", "", anchor="middle").replace("&lt;&gt;", ""))
    parts.append(path(f"M{COLUMNS[-1] + 75},{BWD_Y} H{COLUMNS[-1] + 30}", ORANGE))
    parts.append(sup_text(COLUMNS[-1] + 100, BWD_Y + 5, "0", "", anchor="middle").replace("&lt;&gt;", ""))
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
