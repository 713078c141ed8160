"""Data augmentation on a tiny 12×12 picture: mirroring, two random crops and a colour shift.

Writes docs/course-4/week-2/figures/data-augmentation.svg (run from the repo root). Every panel is
computed from the same array with the operations used on the page.
"""

import numpy as np

OUT = "docs/course-4/week-2/figures/data-augmentation.svg"
SIZE = 120                                    # side of every panel in SVG units

# a 12×12 picture of the letter F (1 = object, 0 = background): asymmetric, so mirroring shows
mask = np.zeros((12, 12), dtype=int)
mask[2:11, 3:5] = 1
mask[2:4, 3:10] = 1
mask[6:8, 3:8] = 1
obj = np.array([31, 119, 180])               # RGB of the object
bg = np.array([200, 215, 235])                # RGB of the background
img = np.where(mask[..., None] == 1, obj, bg)  # (12, 12, 3)

rng = np.random.default_rng(3)


def random_crop(x, size):
    top = rng.integers(0, x.shape[0] - size + 1)
    left = rng.integers(0, x.shape[1] - size + 1)
    return x[top:top + size, left:left + size]


panels = [
    ("x", img),
    ("mirror", img[:, ::-1]),
    ("crop", random_crop(img, 9)),
    ("crop", random_crop(img, 8)),
    ("RGB shift", np.clip(img + np.array([60, -60, 40]), 0, 255)),
]

parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 180" width="720" height="180" '
         'font-family="sans-serif" font-size="13" fill="none" shape-rendering="crispEdges">']
for k, (label, p) in enumerate(panels):
    x0, y0 = 12 + 142 * k, 15
    cell = SIZE / p.shape[0]
    for i in range(p.shape[0]):
        for j in range(p.shape[1]):
            r, g, b = (int(v) for v in p[i, j])
            parts.append(f'  <rect x="{x0 + j * cell:.2f}" y="{y0 + i * cell:.2f}" width="{cell:.2f}" '
                         f'height="{cell:.2f}" fill="#{r:02x}{g:02x}{b:02x}"/>')
    parts.append(f'  <rect x="{x0}" y="{y0}" width="{SIZE}" height="{SIZE}" stroke="#222" stroke-width="1.2"/>')
    parts.append(f'  <text x="{x0 + SIZE / 2}" y="{y0 + SIZE + 24}" text-anchor="middle" fill="#222">{label}</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
