"""Figure for C5W2 2.3: man, woman, king, queen in the (gender, royal) plane of the toy embedding table,
the two parallel difference vectors, and the point e_king - e_man + e_woman next to queen."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-5/week-2/figures/analogy-parallelogram.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"

# the same toy table as the code of section 2.3: dimensions (gender, royal, age, food)
E = {
    "man": np.array([-1.00, 0.02, 0.10, 0.04]),
    "woman": np.array([1.00, 0.01, 0.08, 0.02]),
    "king": np.array([-0.96, 0.94, 0.65, 0.03]),
    "queen": np.array([0.95, 0.96, 0.62, 0.01]),
}
L, R, T, B = 90, 600, 40, 330  # plot box in pixels
XLO, XHI, YLO, YHI = -1.4, 1.4, -0.2, 1.2


def px(v):
    return L + (v[0] - XLO) / (XHI - XLO) * (R - L), B - (v[1] - YLO) / (YHI - YLO) * (B - T)


def arrow(a, b, colour, width=2.2, dash=""):
    (x1, y1), (x2, y2) = px(a), px(b)
    n = np.hypot(x2 - x1, y2 - y1)
    x1, y1 = x1 + 7 * (x2 - x1) / n, y1 + 7 * (y2 - y1) / n  # stop short of both dots
    x2, y2 = x2 - 7 * (x2 - x1) / n, y2 - 7 * (y2 - y1) / n
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="{width}"'
            f'{d} marker-end="url(#head-{colour[1:]})"/>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 380" width="720" height="380" '
        'font-family="sans-serif" font-size="14" fill="none">',
        "<defs>",
    ]
    for colour in (INK, BLUE, GREEN):
        out.append(f'<marker id="head-{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>')
    out.append("</defs>")
    # axes through the origin
    ox, oy = px((0, 0))
    out.append(f'<line x1="{L}" y1="{oy:.1f}" x2="{R + 20}" y2="{oy:.1f}" stroke="{INK}" marker-end="url(#head-222)"/>')
    out.append(f'<line x1="{ox:.1f}" y1="{B + 10}" x2="{ox:.1f}" y2="{T - 15}" stroke="{INK}" marker-end="url(#head-222)"/>')
    out.append(f'<text x="{R + 24}" y="{oy + 5:.1f}" fill="{INK}" font-size="13">gender</text>')
    out.append(f'<text x="{ox + 8:.1f}" y="{T - 12}" fill="{INK}" font-size="13">royal</text>')
    _, y1 = px((0, 1))
    out.append(f'<line x1="{ox - 4:.1f}" y1="{y1:.1f}" x2="{ox + 4:.1f}" y2="{y1:.1f}" stroke="{INK}"/>')
    out.append(f'<text x="{ox - 8:.1f}" y="{y1 + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">1</text>')
    # the parallelogram: two parallel gender differences (blue), two royal differences (green, dashed)
    out.append(arrow(E["man"], E["woman"], BLUE))
    out.append(arrow(E["king"], E["queen"], BLUE))
    out.append(arrow(E["man"], E["king"], GREEN, 1.6, "6 4"))
    out.append(arrow(E["woman"], E["queen"], GREEN, 1.6, "6 4"))
    for word, v in E.items():
        x, y = px(v)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{INK}"/>')
        dx = -10 if v[0] < 0 else 10
        anchor = "end" if v[0] < 0 else "start"
        dy = 20 if v[1] < 0.5 else -10
        out.append(f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" fill="{INK}">{word}</text>')
    target = E["king"] - E["man"] + E["woman"]
    x, y = px(target)
    out.append(f'<path d="M {x - 6:.1f} {y - 6:.1f} L {x + 6:.1f} {y + 6:.1f} M {x - 6:.1f} {y + 6:.1f} '
               f'L {x + 6:.1f} {y - 6:.1f}" stroke="{ORANGE}" stroke-width="2.5"/>')
    out.append(f'<text x="{x + 12:.1f}" y="{y + 26:.1f}" fill="{ORANGE}" font-size="13">'
               'e<tspan font-size="10" dy="4">king</tspan><tspan dy="-4" xml:space="preserve"> − e</tspan><tspan font-size="10" dy="4">man'
               '</tspan><tspan dy="-4" xml:space="preserve"> + e</tspan><tspan font-size="10" dy="4">woman</tspan></text>')
    mx, my = px((E["man"] + E["woman"]) / 2 + np.array([-0.5, 0, 0, 0]))
    out.append(f'<text x="{mx:.1f}" y="{my - 10:.1f}" text-anchor="middle" fill="{BLUE}" font-size="13">'
               'e<tspan font-size="10" dy="4">woman</tspan><tspan dy="-4" xml:space="preserve"> − e</tspan><tspan font-size="10" dy="4">'
               'man</tspan></text>')
    kx, ky = px((E["king"] + E["queen"]) / 2 + np.array([-0.5, 0, 0, 0]))
    out.append(f'<text x="{kx:.1f}" y="{ky - 10:.1f}" text-anchor="middle" fill="{BLUE}" font-size="13">'
               'e<tspan font-size="10" dy="4">queen</tspan><tspan dy="-4" xml:space="preserve"> − e</tspan><tspan font-size="10" dy="4">'
               'king</tspan></text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
