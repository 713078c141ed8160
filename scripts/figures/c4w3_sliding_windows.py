"""Figure for C4W3 3.3: sliding windows of three sizes f with stride s; one dot per window position."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/sliding-windows.svg")
INK, BLUE, RED, GREEN = "#222", "#1f77b4", "#d62728", "#2ca02c"
W, H, S = 200, 150, 25                    # image size and stride in pixels
SIZES = [50, 75, 100]                     # window sizes f
HITS = [(125, 75), (125, 75), (100, 50)]  # top-left corner of the window that frames the car
PANELS = [20, 260, 500]
TOP = 60


def car(x, y):
    """A small car drawn with its box from (x, y) to (x + 50, y + 40)."""
    return (f'<path d="M{x + 2},{y + 30} L{x + 4},{y + 20} L{x + 14},{y + 18} L{x + 21},{y + 8} L{x + 36},{y + 8} '
            f'L{x + 43},{y + 18} L{x + 50},{y + 21} L{x + 50},{y + 31} Z" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.75"/>'
            f'<circle cx="{x + 13}" cy="{y + 33}" r="5" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.75"/>'
            f'<circle cx="{x + 40}" cy="{y + 33}" r="5" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.75"/>')


def main():
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 260" width="720" height="260" '
         'font-family="sans-serif" font-size="14" fill="none">',
         f'<defs><marker id="ar" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
         f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    for x0, f, (hx, hy) in zip(PANELS, SIZES, HITS):
        o.append(f'<rect x="{x0}" y="{TOP}" width="{W}" height="{H}" stroke="{INK}" stroke-width="1.5"/>')
        o.append(car(x0 + 125, TOP + 80))
        # the first three positions of the top row
        for k, op in enumerate((1.0, 0.55, 0.3)):
            o.append(f'<rect x="{x0 + k * S}" y="{TOP}" width="{f}" height="{f}" stroke="{BLUE}" '
                     f'stroke-width="1.8" stroke-opacity="{op}"/>')
        o.append(f'<rect x="{x0 + hx}" y="{TOP + hy}" width="{f}" height="{f}" stroke="{GREEN}" stroke-width="2.2"/>')
        # one dot per window position (at the window's centre)
        n = 0
        for cy in range(f // 2 * 2, (H - f) * 2 + f + 1, S * 2):
            for cx in range(f, (W - f) * 2 + f + 1, S * 2):
                o.append(f'<circle cx="{x0 + cx / 2}" cy="{TOP + cy / 2}" r="1.8" fill="{RED}" fill-opacity="0.8"/>')
                n += 1
        assert n == ((W - f) // S + 1) * ((H - f) // S + 1)
        # dimension arrows: f (window side) and s (stride)
        o.append(f'<line x1="{x0}" y1="{TOP - 10}" x2="{x0 + f}" y2="{TOP - 10}" stroke="{BLUE}" '
                 'marker-start="url(#ar)" marker-end="url(#ar)"/>')
        o.append(f'<text x="{x0 + f / 2}" y="{TOP - 15}" text-anchor="middle" fill="{BLUE}">f</text>')
        o.append(f'<line x1="{x0}" y1="{TOP - 32}" x2="{x0 + S}" y2="{TOP - 32}" stroke="{INK}" '
                 'marker-start="url(#ar)" marker-end="url(#ar)"/>')
        o.append(f'<text x="{x0 + S / 2}" y="{TOP - 37}" text-anchor="middle" fill="{INK}">s</text>')
        o.append(f'<text x="{x0 + W / 2}" y="{TOP + H + 28}" text-anchor="middle" fill="{INK}">'
                 f'f = {f},  n<tspan dy="4" font-size="10">win</tspan><tspan dy="-4" dx="3">= {n}</tspan></text>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
