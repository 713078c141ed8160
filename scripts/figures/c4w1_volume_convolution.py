"""Figure for C4W1 1.6: a 6x6x3 volume convolved with two 3x3x3 filters -> two 4x4 maps -> a 4x4x2 volume."""

from pathlib import Path

OUT = Path("docs/course-4/week-1/figures/volume-convolution.svg")
INK = "#222"
BLUE, ORANGE = "#1f77b4", "#ff7f0e"
C = 20      # cell size on the front face
D = 11      # oblique offset per channel (both x and -y)


def box(out, x, y, nw, nh, colors, highlight=None):
    """Draw an nh x nw x len(colors) volume; front face top-left at (x, y); channel k uses colors[k]."""
    w, h, nd = nw * C, nh * C, len(colors)
    # top and right faces, one slice per channel (back to front), then the front face
    for k in reversed(range(nd)):
        a, b = k * D, (k + 1) * D
        color = colors[k]
        top = f"{x + a},{y - a} {x + w + a},{y - a} {x + w + b},{y - b} {x + b},{y - b}"
        right = f"{x + w + a},{y - a} {x + w + b},{y - b} {x + w + b},{y + h - b} {x + w + a},{y + h - a}"
        for pts in (top, right):
            out.append(f'<polygon points="{pts}" fill="{color}" fill-opacity="0.18" stroke="{INK}" stroke-width="1"/>')
        for i in range(1, nw):
            out.append(f'<line x1="{x + i * C + a}" y1="{y - a}" x2="{x + i * C + b}" y2="{y - b}" '
                       f'stroke="{INK}" stroke-width="0.6"/>')
        for j in range(1, nh):
            out.append(f'<line x1="{x + w + a}" y1="{y + j * C - a}" x2="{x + w + b}" y2="{y + j * C - b}" '
                       f'stroke="{INK}" stroke-width="0.6"/>')
    out.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{colors[0]}" fill-opacity="0.18" '
               f'stroke="{INK}" stroke-width="1.2"/>')
    for i in range(1, nw):
        out.append(f'<line x1="{x + i * C}" y1="{y}" x2="{x + i * C}" y2="{y + h}" stroke="{INK}" stroke-width="0.6"/>')
    for j in range(1, nh):
        out.append(f'<line x1="{x}" y1="{y + j * C}" x2="{x + w}" y2="{y + j * C}" stroke="{INK}" stroke-width="0.6"/>')
    if highlight:
        size, color = highlight
        e = nd * D
        s = size * C
        # outline of the f x f x n_c patch in the top-left corner: silhouette plus the three inner edges
        pts = f"{x},{y + s} {x},{y} {x + e},{y - e} {x + s + e},{y - e} {x + s + e},{y + s - e} {x + s},{y + s}"
        out.append(f'<polygon points="{pts}" fill="{color}" fill-opacity="0.12" stroke="{color}" stroke-width="2.5"/>')
        for x2, y2 in ((x, y), (x + s + e, y - e), (x + s, y + s)):
            out.append(f'<line x1="{x + s}" y1="{y}" x2="{x2}" y2="{y2}" stroke="{color}" stroke-width="1.5"/>')


def label(out, x, y, text):
    out.append(f'<text x="{x}" y="{y}" text-anchor="middle" fill="{INK}">{text}</text>')


def main():
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
           'font-family="sans-serif" font-size="15" fill="none">',
           f'<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>']
    grey = [INK, INK, INK]
    # input 6x6x3 with the first 3x3x3 patch outlined
    box(out, 20, 120, 6, 6, grey, highlight=(3, BLUE))
    label(out, 20 + 3 * C + 16, 120 + 6 * C + 30, "6×6×3")
    out.append(f'<text x="205" y="190" text-anchor="middle" fill="{INK}" font-size="26">*</text>')
    # two filters
    box(out, 240, 70, 3, 3, [BLUE] * 3)
    label(out, 240 + 1.5 * C + 16, 70 + 3 * C + 24, "3×3×3")
    box(out, 240, 210, 3, 3, [ORANGE] * 3)
    label(out, 240 + 1.5 * C + 16, 210 + 3 * C + 24, "3×3×3")
    out.append(f'<text x="368" y="188" text-anchor="middle" fill="{INK}" font-size="24">=</text>')
    # two 4x4 maps, the first output value filled
    for y, color in ((50, BLUE), (200, ORANGE)):
        box(out, 400, y, 4, 4, [color])
        label(out, 400 + 2 * C + 5, y + 4 * C + 26, "4×4")
    out.append(f'<rect x="400" y="50" width="{C}" height="{C}" fill="{BLUE}" fill-opacity="0.7" stroke="{INK}"/>')
    # stacked 4x4x2
    out.append(f'<line x1="510" y1="180" x2="560" y2="180" stroke="{INK}" stroke-width="1.5" marker-end="url(#arr)"/>')
    box(out, 580, 140, 4, 4, [BLUE, ORANGE])
    label(out, 580 + 2 * C + 11, 140 + 4 * C + 30, "4×4×2")
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
