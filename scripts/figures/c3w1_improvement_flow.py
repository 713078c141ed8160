"""Figure for C3W1 1.12: the decision loop - reduce avoidable bias first, then variance, then stop."""

from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/improvement-flow.svg")
INK = "#222"


def diamond(cx, cy, hw, hh, a, b):
    """A decision diamond with the label E_a - E_b."""
    return [
        f'<path d="M{cx - hw},{cy} L{cx},{cy - hh} L{cx + hw},{cy} L{cx},{cy + hh} z" stroke="{INK}" stroke-width="1.5"/>',
        f'<text x="{cx}" y="{cy + 5}" text-anchor="middle" fill="{INK}" font-size="15" font-style="italic">'
        f'E<tspan dy="4" font-size="11">{a}</tspan><tspan dy="-4" dx="5">− E</tspan><tspan dy="4" font-size="11">{b}</tspan></text>',
    ]


def arrow(d, color=INK, dash=False):
    extra = ' stroke-dasharray="5 4"' if dash else ""
    return f'<path d="{d}" stroke="{color}" stroke-width="1.6" marker-end="url(#a)"{extra}/>'


def label(x, y, text, anchor="middle", color=INK, size=12):
    return f'<text x="{x}" y="{y}" text-anchor="{anchor}" fill="{color}" font-size="{size}">{text}</text>'


def main():
    cy = 80
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>',
        f'<rect x="20" y="{cy - 23}" width="90" height="46" rx="8" stroke="{INK}" stroke-width="1.5"/>',
        label(65, cy + 5, "train", size=15),
    ]
    out += diamond(245, cy, 100, 45, "train", "human")
    out += diamond(490, cy, 100, 45, "dev", "train")
    out.append(f'<rect x="650" y="{cy - 23}" width="50" height="46" rx="8" stroke="#2ca02c" stroke-width="2"/>')
    out.append(label(675, cy + 8, "✓", color="#2ca02c", size=22))
    out.append(arrow(f"M110,{cy} H143"))
    out.append(arrow(f"M345,{cy} H388"))
    out.append(arrow(f"M590,{cy} H648"))
    out.append(label(367, cy - 8, "small"))
    out.append(label(619, cy - 8, "small"))
    # the two remedy boxes under the diamonds
    for cx, color, text in ((245, "#d62728", "① bias"), (490, "#1f77b4", "② variance")):
        out.append(arrow(f"M{cx},{cy + 45} V{cy + 108}"))
        out.append(label(cx + 8, cy + 80, "large", anchor="start"))
        out.append(f'<rect x="{cx - 80}" y="{cy + 110}" width="160" height="46" rx="8" stroke="{color}" stroke-width="2"/>')
        out.append(label(cx, cy + 139, text, color=color, size=15))
    # loops back to training
    out.append(arrow(f"M165,{cy + 133} H85 V{cy + 25}", color="#d62728", dash=True))
    out.append(arrow(f"M490,{cy + 156} V{cy + 200} H45 V{cy + 25}", color="#1f77b4", dash=True))
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
