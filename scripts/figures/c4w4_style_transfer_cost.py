"""Figure for C4W4 4.6 and 4.8: C, G and S go through one frozen ConvNet; J_content from layer l, J_style from
several layers, and gradient descent changes the pixels of G."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-4/figures/style-transfer-cost.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
ROWS = {"C": 60, "G": 165, "S": 270}
LAYER_X = (150, 195, 240, 285, 330)
LAYER_H = (70, 60, 50, 40, 30)
CONTENT_LAYER = 2  # the middle layer plays the role of layer l


def image(name, cy):
    x, y = 20, cy - 30
    out = [f'<rect x="{x}" y="{y}" width="60" height="60" stroke="{INK}" stroke-width="1.3"/>']
    if name == "C":  # a house: the content
        out += [f'<rect x="{x + 15}" y="{y + 28}" width="30" height="24" stroke="{INK}"/>',
                f'<polygon points="{x + 10},{y + 28} {x + 30},{y + 10} {x + 50},{y + 28}" stroke="{INK}"/>',
                f'<rect x="{x + 26}" y="{y + 38}" width="8" height="14" stroke="{INK}"/>']
    elif name == "S":  # swirling strokes: the style
        for k in range(5):
            yy = y + 8 + 11 * k
            pts = " ".join(f"{x + 3 + t:.1f},{yy + 4 * np.sin(t / 6 + k):.1f}" for t in range(0, 55, 3))
            out.append(f'<polyline points="{pts}" stroke="{(BLUE, ORANGE)[k % 2]}" stroke-width="2.2"/>')
    else:  # random pixels: where G starts
        rng = np.random.default_rng(0)
        for i in range(6):
            for j in range(6):
                out.append(f'<rect x="{x + 10 * j}" y="{y + 10 * i}" width="10" height="10" fill="#7f7f7f" '
                           f'fill-opacity="{rng.uniform(0.05, 0.7):.2f}"/>')
        out.append(f'<rect x="{x}" y="{y}" width="60" height="60" stroke="{INK}" stroke-width="1.3"/>')
    out.append(f'<text x="{x + 30}" y="{cy + 48}" text-anchor="middle" fill="{INK}" font-size="15" font-weight="bold">{name}</text>')
    return out


def net_row(name, cy):
    out = [f'<line x1="84" y1="{cy}" x2="{LAYER_X[0] - 4}" y2="{cy}" stroke="{INK}" stroke-width="1.3" marker-end="url(#arrow)"/>']
    for k, (x, h) in enumerate(zip(LAYER_X, LAYER_H)):
        content = name in "CG" and k == CONTENT_LAYER
        style = name in "SG"
        fill = BLUE if content else "#7f7f7f"
        opacity = 0.45 if content else 0.12
        stroke = ORANGE if style else INK
        width = 2.2 if style else 1
        out.append(f'<rect x="{x}" y="{cy - h / 2}" width="22" height="{h}" stroke="{stroke}" stroke-width="{width}" '
                   f'fill="{fill}" fill-opacity="{opacity}"/>')
        if k < 4:
            out.append(f'<line x1="{x + 24}" y1="{cy}" x2="{LAYER_X[k + 1] - 3}" y2="{cy}" stroke="{INK}" marker-end="url(#arrow)"/>')
    return out


def box(x, y, w, h, label, color):
    return [f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" stroke="{color}" stroke-width="1.8"/>',
            f'<text x="{x + w / 2}" y="{y + h / 2 + 5}" text-anchor="middle" fill="{INK}" font-size="14">{label}</text>']


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 335" width="720" height="335" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{INK}"/></marker>'
        '<marker id="arrow-red" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{RED}"/></marker></defs>',
    ]
    for name, cy in ROWS.items():
        out += image(name, cy)
        out += net_row(name, cy)
    lx = LAYER_X[CONTENT_LAYER] + 11
    out.append(f'<text x="{lx}" y="{ROWS["C"] - 32}" text-anchor="middle" fill="{BLUE}" font-size="13">[l]</text>')
    # content cost from layer l of C and G
    jc = (430, 95, 120, 36)
    out += box(*jc, "J<tspan baseline-shift=\"sub\" font-size=\"10\">content</tspan>", BLUE)
    for name in "CG":
        y0 = ROWS[name] + (LAYER_H[CONTENT_LAYER] / 2 if name == "C" else -LAYER_H[CONTENT_LAYER] / 2)
        out.append(f'<path d="M {lx} {y0} C {lx} {jc[1] + 18}, {jc[0] - 60} {jc[1] + 18}, {jc[0] - 3} {jc[1] + 18}" '
                   f'stroke="{BLUE}" stroke-width="1.5" marker-end="url(#arrow)"/>')
    # style cost from all layers of S and G
    js = (430, 200, 120, 36)
    out += box(*js, "J<tspan baseline-shift=\"sub\" font-size=\"10\">style</tspan>", ORANGE)
    for name in "GS":
        out.append(f'<path d="M 356 {ROWS[name]} C 395 {ROWS[name]}, 395 {js[1] + 18}, {js[0] - 3} {js[1] + 18}" '
                   f'stroke="{ORANGE}" stroke-width="1.5" marker-end="url(#arrow)"/>')
    # total cost
    jt = (600, 147, 100, 36)
    out += box(*jt, "J(G)", INK)
    out.append(f'<line x1="550" y1="113" x2="{jt[0] - 3}" y2="160" stroke="{INK}" stroke-width="1.4" marker-end="url(#arrow)"/>')
    out.append(f'<line x1="550" y1="218" x2="{jt[0] - 3}" y2="172" stroke="{INK}" stroke-width="1.4" marker-end="url(#arrow)"/>')
    out.append(f'<text x="574" y="125" fill="{INK}" font-size="15" font-style="italic">α</text>')
    out.append(f'<text x="574" y="218" fill="{INK}" font-size="15" font-style="italic">β</text>')
    # gradient descent on the pixels of G
    out.append(f'<path d="M 650 185 V 322 H 8 V {ROWS["G"]} H 17" stroke="{RED}" stroke-width="1.6" '
               f'stroke-dasharray="6 4" marker-end="url(#arrow-red)"/>')
    out.append(f'<text x="480" y="316" text-anchor="middle" fill="{RED}" font-size="13">G := G − ∂J/∂G</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
