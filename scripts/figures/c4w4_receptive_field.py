"""Figure for C4W4 4.7: the receptive field of one unit grows with depth (three 3-wide convolutions, stride 1, in 1D)."""

from pathlib import Path

OUT = Path("docs/course-4/week-4/figures/receptive-field.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
N, DX, X0 = 11, 46, 80            # 11 input pixels in a row
ROW_Y = (250, 180, 110, 40)       # input, layer 1, layer 2, layer 3


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 290" width="640" height="290" '
        'font-family="sans-serif" font-size="13" fill="none">',
    ]
    centre = N // 2
    for level, y in enumerate(ROW_Y):
        half = N // 2 - level                           # each 3-wide layer trims one unit per side
        label = "x" if level == 0 else f"a<tspan baseline-shift=\"super\" font-size=\"9\">[{level}]</tspan>"
        out.append(f'<text x="30" y="{y + 5}" text-anchor="middle" fill="{INK}" font-size="14">{label}</text>')
        reach = 3 - level                               # the top unit sees centre +- 3 input pixels
        for i in range(centre - half, centre + half + 1):
            x = X0 + i * DX
            inside = abs(i - centre) <= reach
            color = (ORANGE, GREEN, BLUE, RED)[level] if inside else None
            fill = f' fill="{color}" fill-opacity="0.45"' if color else ""
            out.append(f'<circle cx="{x}" cy="{y}" r="12" stroke="{INK}"{fill}/>')
            if level > 0 and inside:                    # connections to the 3 units below
                for di in (-1, 0, 1):
                    xb = X0 + (i + di) * DX
                    out.append(f'<line x1="{x}" y1="{y + 12}" x2="{xb}" y2="{ROW_Y[level - 1] - 12}" stroke="{INK}" stroke-opacity="0.5"/>')
    for level, size in ((1, 3), (2, 5), (3, 7)):
        out.append(f'<text x="{X0 + N * DX + 10}" y="{ROW_Y[level] + 5}" fill="{(GREEN, BLUE, RED)[level - 1]}" font-size="13">r = {size}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
