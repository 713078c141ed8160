"""Figure for C3W1 1.2: the chain of assumptions, one knob for each, and early stopping touching two."""

import math
from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/orthogonalization-knobs.svg")
INK = "#222"
COLORS = ["#1f77b4", "#2ca02c", "#ff7f0e", "#222"]


def knob(cx, cy, r, angle_deg, color, label):
    a = math.radians(angle_deg)
    x2, y2 = cx + 0.8 * r * math.cos(a), cy - 0.8 * r * math.sin(a)
    parts = [f'<circle cx="{cx}" cy="{cy}" r="{r}" stroke="{color}" stroke-width="2.2" fill="none"/>']
    for k in range(7):  # tick marks around the dial
        t = math.radians(210 - k * 40)
        parts.append(
            f'<line x1="{cx + (r + 3) * math.cos(t):.1f}" y1="{cy - (r + 3) * math.sin(t):.1f}" '
            f'x2="{cx + (r + 7) * math.cos(t):.1f}" y2="{cy - (r + 7) * math.sin(t):.1f}" stroke="{INK}" stroke-width="1"/>'
        )
    parts.append(f'<line x1="{cx}" y1="{cy}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{color}" stroke-width="3" stroke-linecap="round"/>')
    parts.append(f'<text x="{cx}" y="{cy + r + 22}" text-anchor="middle" fill="{INK}" font-size="14">{label}</text>')
    return parts


def main():
    names = ["train", "dev", "test", "real world"]
    w, h, gap, y0 = 130, 50, 50, 40
    x0 = (720 - (4 * w + 3 * gap)) / 2
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
        'font-family="sans-serif" font-size="14" fill="none">',
        '<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>',
    ]
    for i, name in enumerate(names):
        x = x0 + i * (w + gap)
        out.append(f'<rect x="{x:.1f}" y="{y0}" width="{w}" height="{h}" rx="6" stroke="{INK}" stroke-width="1.5" fill="none"/>')
        out.append(f'<text x="{x + w / 2:.1f}" y="{y0 + 30}" text-anchor="middle" fill="{INK}" font-size="15">{name}</text>')
        if i < 3:
            out.append(f'<line x1="{x + w + 4:.1f}" y1="{y0 + h / 2}" x2="{x + w + gap - 4:.1f}" y2="{y0 + h / 2}" '
                       f'stroke="{INK}" stroke-width="1.5" marker-end="url(#arr)"/>')
        # one knob under each box, joined to it by a solid line
        cx, cy = x + w / 2, y0 + h + 80
        out.append(f'<line x1="{cx:.1f}" y1="{y0 + h}" x2="{cx:.1f}" y2="{cy - 30}" stroke="{COLORS[i]}" stroke-width="2"/>')
        out += knob(round(cx, 1), cy, 24, 150 - 35 * i, COLORS[i], str(i + 1))
    # early stopping: one knob wired to both the train box and the dev box
    ex = x0 + w + gap / 2
    ey = y0 + h + 205
    out.append(f'<path d="M{ex - 20:.1f},{ey - 22} L{x0 + w - 20:.1f},{y0 + h}" stroke="#d62728" stroke-width="2" stroke-dasharray="5 4"/>')
    out.append(f'<path d="M{ex + 20:.1f},{ey - 22} L{x0 + w + gap + 20:.1f},{y0 + h}" stroke="#d62728" stroke-width="2" stroke-dasharray="5 4"/>')
    out.append(f'<circle cx="{ex:.1f}" cy="{ey}" r="22" stroke="#d62728" stroke-width="2.2" fill="none"/>')
    out.append(f'<line x1="{ex:.1f}" y1="{ey}" x2="{ex + 12:.1f}" y2="{ey - 13}" stroke="#d62728" stroke-width="3" stroke-linecap="round"/>')
    out.append(f'<text x="{ex + 34:.1f}" y="{ey + 5}" fill="{INK}" font-size="14">early stopping</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
