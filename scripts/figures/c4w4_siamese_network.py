"""Figure for C4W4 4.3: a Siamese network, two copies of one ConvNet with shared parameters, and the distance d."""

from pathlib import Path

OUT = Path("docs/course-4/week-4/figures/siamese-network.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"


def box3d(x, y, w, h, d, color):
    """A volume drawn as a front rectangle with a top and a side face; (x, y) is the front's top-left corner."""
    return [
        f'<polygon points="{x},{y} {x + d},{y - d} {x + w + d},{y - d} {x + w},{y}" stroke="{INK}" fill="{color}" fill-opacity="0.25"/>',
        f'<polygon points="{x + w},{y} {x + w + d},{y - d} {x + w + d},{y + h - d} {x + w},{y + h}" stroke="{INK}" fill="{color}" fill-opacity="0.4"/>',
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" stroke="{INK}" fill="{color}" fill-opacity="0.12"/>',
    ]


def arrow(x1, y1, x2, y2, color=INK, dash=""):
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return [f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{color}" stroke-width="1.5" marker-end="url(#arrow)"{extra}/>']


def branch(cy, idx):
    out = []
    # input image x(i): a square with a simple face outline
    out += [f'<rect x="20" y="{cy - 35}" width="70" height="70" stroke="{INK}" stroke-width="1.3"/>',
            f'<ellipse cx="55" cy="{cy}" rx="20" ry="26" stroke="{INK}"/>',
            f'<circle cx="47" cy="{cy - 6}" r="2.5" fill="{INK}"/>',
            f'<circle cx="63" cy="{cy - 6}" r="2.5" fill="{INK}"/>',
            f'<path d="M 47 {cy + 12} Q 55 {cy + 18} 63 {cy + 12}" stroke="{INK}"/>' if idx == 1 else
            f'<path d="M 36 {cy - 12} Q 55 {cy - 36} 74 {cy - 12} M 48 {cy + 13} L 62 {cy + 13}" stroke="{INK}"/>',
            f'<text x="55" y="{cy + 56}" text-anchor="middle" fill="{INK}" font-size="14">x<tspan baseline-shift="super" font-size="10">({idx})</tspan></text>']
    out += arrow(95, cy, 122, cy)
    # three conv / pool volumes, getting smaller in height and deeper in channels
    out += box3d(128, cy - 40, 16, 80, 12, BLUE)
    out += box3d(170, cy - 30, 24, 60, 12, BLUE)
    out += box3d(222, cy - 20, 34, 40, 12, BLUE)
    out += arrow(272, cy, 298, cy)
    out.append(f'<rect x="118" y="{cy - 60}" width="210" height="110" rx="8" stroke="{INK}" stroke-opacity="0.6" stroke-dasharray="6 4"/>')
    # fully connected layer, then the 128-d encoding as a column of cells
    out.append(f'<rect x="304" y="{cy - 45}" width="14" height="90" stroke="{INK}" fill="{GREEN}" fill-opacity="0.25"/>')
    out += arrow(322, cy, 350, cy)
    for k in range(10):
        out.append(f'<rect x="356" y="{cy - 50 + 10 * k}" width="16" height="10" stroke="{INK}" fill="{ORANGE}" fill-opacity="{0.15 + 0.06 * ((k * 7 + idx * 3) % 10)}"/>')
    out.append(f'<text x="364" y="{cy + 66}" text-anchor="middle" fill="{INK}" font-size="14">f(x<tspan baseline-shift="super" font-size="10">({idx})</tspan>)</text>')
    out.append(f'<text x="380" y="{cy + 4}" fill="{INK}" font-size="11">128</text>')
    return out


def main():
    top, bottom = 90, 260
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 710 350" width="710" height="350" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker></defs>',
    ]
    out += branch(top, 1)
    out += branch(bottom, 2)
    # shared parameters: a dashed double arrow between the two copies
    mid = (top + bottom) / 2
    out.append(f'<line x1="215" y1="{top + 54}" x2="215" y2="{bottom - 64}" stroke="{RED}" stroke-width="1.6" '
               f'stroke-dasharray="5 4" marker-start="url(#arrow)" marker-end="url(#arrow)"/>')
    out.append(f'<text x="227" y="{mid + 5}" fill="{RED}" font-size="14">W<tspan baseline-shift="super" font-size="10">[l]</tspan>'
               f', b<tspan baseline-shift="super" font-size="10">[l]</tspan> shared</text>')
    # distance
    out += arrow(376, top + 52, 470, mid - 14)
    out += arrow(376, bottom - 52, 470, mid + 14)
    out.append(f'<circle cx="490" cy="{mid}" r="20" stroke="{INK}" stroke-width="1.5"/>')
    out.append(f'<text x="490" y="{mid + 5}" text-anchor="middle" fill="{INK}" font-size="16" font-style="italic">d</text>')
    out += arrow(512, mid, 540, mid)
    out.append(f'<text x="546" y="{mid + 5}" fill="{INK}" font-size="13">‖f(x<tspan baseline-shift="super" font-size="9">(1)</tspan>) − '
               f'f(x<tspan baseline-shift="super" font-size="9">(2)</tspan>)‖<tspan baseline-shift="super" font-size="9">2</tspan></text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
