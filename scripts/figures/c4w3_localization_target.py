"""Figure for C4W3 3.1: image coordinates (0,0)-(1,1), a car's box (b_x, b_y, b_h, b_w), and the target y."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/localization-target.svg")
INK, BLUE, RED, GREEN, ORANGE = "#222", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
X0, Y0, W, H = 60, 40, 320, 240           # the image frame in pixels
BX, BY, BH, BW = 0.5, 0.7, 0.3, 0.4        # the car's box in image units


def px(u, v):
    return X0 + u * W, Y0 + v * H


def main():
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
         'font-family="sans-serif" font-size="14" fill="none">',
         f'<defs><marker id="ar" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
         f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    o.append(f'<rect x="{X0}" y="{Y0}" width="{W}" height="{H}" stroke="{INK}" stroke-width="1.5"/>')
    o.append(f'<text x="{X0 + 4}" y="{Y0 - 8}" text-anchor="end" fill="{INK}">(0,0)</text>')
    o.append(f'<text x="{X0 + W + 6}" y="{Y0 + H + 22}" text-anchor="middle" fill="{INK}">(1,1)</text>')
    o.append(f'<line x1="{X0 + 30}" y1="{Y0 - 14}" x2="{X0 + 90}" y2="{Y0 - 14}" stroke="{INK}" marker-end="url(#ar)"/>')
    o.append(f'<text x="{X0 + 97}" y="{Y0 - 9}" fill="{INK}">x</text>')
    o.append(f'<line x1="{X0 - 20}" y1="{Y0 + 14}" x2="{X0 - 20}" y2="{Y0 + 74}" stroke="{INK}" marker-end="url(#ar)"/>')
    o.append(f'<text x="{X0 - 20}" y="{Y0 + 92}" text-anchor="middle" fill="{INK}">y</text>')
    cx, cy = px(BX, BY)
    w, h = BW * W, BH * H
    x1, y1 = cx - w / 2, cy - h / 2
    # a simple car inside the box
    o.append(f'<path d="M{x1 + 10},{y1 + 50} L{x1 + 14},{y1 + 32} L{x1 + 38},{y1 + 30} L{x1 + 52},{y1 + 12} '
             f'L{x1 + 90},{y1 + 12} L{x1 + 106},{y1 + 30} L{x1 + 120},{y1 + 34} L{x1 + 120},{y1 + 52} Z" '
             f'stroke="{INK}" stroke-width="1.3" stroke-opacity="0.7"/>')
    for wx in (x1 + 34, x1 + 96):
        o.append(f'<circle cx="{wx}" cy="{y1 + 56}" r="9" stroke="{INK}" stroke-width="1.3" stroke-opacity="0.7"/>')
    o.append(f'<rect x="{x1}" y="{y1}" width="{w}" height="{h}" stroke="{RED}" stroke-width="2.2"/>')
    # midpoint and its coordinates
    o.append(f'<line x1="{X0}" y1="{cy}" x2="{cx}" y2="{cy}" stroke="{BLUE}" stroke-dasharray="4 3"/>')
    o.append(f'<line x1="{cx}" y1="{Y0}" x2="{cx}" y2="{cy}" stroke="{BLUE}" stroke-dasharray="4 3"/>')
    o.append(f'<circle cx="{cx}" cy="{cy}" r="4" fill="{RED}"/>')
    o.append(f'<text x="{cx}" y="{Y0 - 8}" text-anchor="middle" fill="{BLUE}">b<tspan dy="4" font-size="10">x</tspan>'
             f'<tspan dy="-4" dx="4">= {BX}</tspan></text>')
    o.append(f'<text x="{X0 + 6}" y="{cy - 6}" fill="{BLUE}">b<tspan dy="4" font-size="10">y</tspan>'
             f'<tspan dy="-4" dx="4">= {BY}</tspan></text>')
    # width above, height to the right
    o.append(f'<line x1="{x1}" y1="{y1 - 10}" x2="{x1 + w}" y2="{y1 - 10}" stroke="{GREEN}" '
             'marker-start="url(#ar)" marker-end="url(#ar)"/>')
    o.append(f'<text x="{cx + 12}" y="{y1 - 15}" text-anchor="middle" fill="{GREEN}">b<tspan dy="4" font-size="10">w</tspan>'
             f'<tspan dy="-4" dx="4">= {BW}</tspan></text>')
    o.append(f'<line x1="{x1 + w + 10}" y1="{y1}" x2="{x1 + w + 10}" y2="{y1 + h}" stroke="{GREEN}" '
             'marker-start="url(#ar)" marker-end="url(#ar)"/>')
    o.append(f'<text x="{x1 + w + 16}" y="{cy + 5}" fill="{GREEN}">b<tspan dy="4" font-size="10">h</tspan>'
             f'<tspan dy="-4" dx="4">= {BH}</tspan></text>')
    # the two target vectors
    names = [("p", "c"), ("b", "x"), ("b", "y"), ("b", "h"), ("b", "w"), ("c", "1"), ("c", "2"), ("c", "3")]
    car = ["1", "0.5", "0.7", "0.3", "0.4", "0", "1", "0"]
    bg = ["0", "?", "?", "?", "?", "?", "?", "?"]
    top, step = 72, 26
    for k, (a, s) in enumerate(names):
        y = top + k * step
        o.append(f'<text x="500" y="{y}" text-anchor="end" fill="{INK}">{a}<tspan dy="4" font-size="10">{s}</tspan></text>')
        o.append(f'<text x="560" y="{y}" text-anchor="middle" fill="{RED if k < 5 and k else INK}">{car[k]}</text>')
        o.append(f'<text x="650" y="{y}" text-anchor="middle" fill="{INK if k == 0 else "#888"}">{bg[k]}</text>')
    bt, bb = top - 20, top + 7 * step + 10
    for xl, xr in ((530, 590), (620, 680)):
        o.append(f'<path d="M{xl + 6},{bt} L{xl},{bt} L{xl},{bb} L{xl + 6},{bb}" stroke="{INK}" stroke-width="1.4"/>')
        o.append(f'<path d="M{xr - 6},{bt} L{xr},{bt} L{xr},{bb} L{xr - 6},{bb}" stroke="{INK}" stroke-width="1.4"/>')
    o.append(f'<text x="560" y="{bt - 12}" text-anchor="middle" fill="{INK}">car</text>')
    o.append(f'<text x="650" y="{bt - 12}" text-anchor="middle" fill="{INK}">background</text>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
