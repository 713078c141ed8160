"""Figure for C4W1 1.2: a 3x3 vertical-edge filter sliding over a 6x6 image (10s left, 0s right) -> 4x4 output."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-4/week-1/figures/conv-sliding-window.svg")
INK = "#222"
BLUE, RED = "#1f77b4", "#d62728"
C = 34  # cell size

IMAGE = np.array([[10, 10, 10, 0, 0, 0]] * 6)
KERNEL = np.array([[1, 0, -1]] * 3)


def conv2d(image, kernel):
    f = kernel.shape[0]
    m = image.shape[0] - f + 1
    return np.array([[int(np.sum(image[i:i + f, j:j + f] * kernel)) for j in range(m)] for i in range(m)])


def grid(out, x0, y0, values, dark=lambda v: False):
    rows, cols = values.shape
    for i in range(rows):
        for j in range(cols):
            x, y = x0 + j * C, y0 + i * C
            fill = f'fill="{INK}" fill-opacity="0.12"' if dark(values[i, j]) else 'fill="none"'
            out.append(f'<rect x="{x}" y="{y}" width="{C}" height="{C}" {fill} stroke="{INK}" stroke-width="1"/>')
            out.append(f'<text x="{x + C / 2}" y="{y + C / 2 + 5}" text-anchor="middle" fill="{INK}">{str(values[i, j]).replace("-", "−")}</text>')


def window(out, x0, y0, i, j, size, color, inset, dash=""):
    x, y = x0 + j * C + inset, y0 + i * C + inset
    w = size * C - 2 * inset
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    out.append(f'<rect x="{x}" y="{y}" width="{w}" height="{w}" fill="none" stroke="{color}" stroke-width="3"{extra}/>')


def main():
    result = conv2d(IMAGE, KERNEL)
    assert result[0, 0] == 0 and result[1, 2] == 30
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 290" width="600" height="290" '
           'font-family="sans-serif" font-size="15" fill="none">']
    ix, iy = 20, 40
    grid(out, ix, iy, IMAGE, dark=lambda v: v == 0)
    window(out, ix, iy, 0, 0, 3, BLUE, 2)
    window(out, ix, iy, 1, 2, 3, RED, 5, dash="7 4")
    fx, fy = 272, iy + 3 * C - 1.5 * C
    out.append(f'<text x="{(ix + 6 * C + fx) / 2}" y="{iy + 3 * C + 9}" text-anchor="middle" fill="{INK}" font-size="26">*</text>')
    grid(out, fx, fy, KERNEL)
    ox, oy = 424, iy + 3 * C - 2 * C
    out.append(f'<text x="{(fx + 3 * C + ox) / 2}" y="{iy + 3 * C + 8}" text-anchor="middle" fill="{INK}" font-size="24">=</text>')
    grid(out, ox, oy, result, dark=lambda v: v == 0)
    for (i, j), color, dash in (((0, 0), BLUE, ""), ((1, 2), RED, "7 4")):
        window(out, ox, oy, i, j, 1, color, 2, dash)
    labels = ((ix + 3 * C, "6×6"), (fx + 1.5 * C, "3×3"), (ox + 2 * C, "4×4"))
    for x, text in labels:
        out.append(f'<text x="{x}" y="{iy + 6 * C + 30}" text-anchor="middle" fill="{INK}">{text}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
