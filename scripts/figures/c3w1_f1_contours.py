"""Figure for C3W1 1.3: contour lines of F1 over (precision, recall), with classifiers A and B."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-3/week-1/figures/f1-contours.svg")
INK = "#222"
L, R, T, B = 90, 390, 20, 320  # square plot box
LO, HI = 0.80, 1.00


def px(p, r):
    return L + (p - LO) / (HI - LO) * (R - L), B - (r - LO) / (HI - LO) * (B - T)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 370" width="560" height="370" '
        'font-family="sans-serif" font-size="13" fill="none">',
        f'<rect x="{L}" y="{T}" width="{R - L}" height="{B - T}" stroke="{INK}" stroke-width="1.2"/>',
    ]
    for k in range(5):
        v = LO + 0.05 * k
        xv, _ = px(v, LO)
        _, yv = px(LO, v)
        out.append(f'<text x="{xv:.1f}" y="{B + 18}" text-anchor="middle" fill="{INK}" font-size="11">{v:.2f}</text>')
        out.append(f'<text x="{L - 8}" y="{yv + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{v:.2f}</text>')
    out.append(f'<text x="{(L + R) / 2}" y="{B + 40}" text-anchor="middle" fill="{INK}" font-size="15" font-style="italic">P</text>')
    out.append(f'<text x="{L - 50}" y="{(T + B) / 2}" text-anchor="middle" fill="{INK}" font-size="15" font-style="italic">R</text>')
    # F1 = f  <=>  R = f P / (2P - f); draw each level where it stays inside the box
    for f in (0.84, 0.86, 0.88, 0.90, 0.92, 0.94, 0.96, 0.98):
        p = np.linspace(LO, HI, 400)
        r = f * p / (2 * p - f)
        keep = (r >= LO) & (r <= HI)
        pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in (px(pp, rr) for pp, rr in zip(p[keep], r[keep])))
        out.append(f'<polyline points="{pts}" stroke="{INK}" stroke-width="1" stroke-opacity="0.55"/>')
        lx, ly = px(f, f)  # each level crosses the diagonal P = R at (f, f)
        out.append(f'<text x="{lx - 3:.1f}" y="{ly - 3:.1f}" text-anchor="end" fill="{INK}" font-size="10">{f:.2f}</text>')
    for name, p, r, color in (("A", 0.95, 0.90, "#2ca02c"), ("B", 0.98, 0.85, "#d62728")):
        f1 = 2 * p * r / (p + r)
        pp = np.linspace(LO, HI, 400)  # the level line through this classifier, dashed
        rr = f1 * pp / (2 * pp - f1)
        keep = (rr >= LO) & (rr <= HI)
        pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in (px(u, v) for u, v in zip(pp[keep], rr[keep])))
        out.append(f'<polyline points="{pts}" stroke="{color}" stroke-width="1.8" stroke-dasharray="6 4"/>')
        cx, cy = px(p, r)
        out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{color}" stroke="{INK}"/>')
        out.append(f'<text x="{cx - 8:.1f}" y="{cy + 20:.1f}" text-anchor="end" fill="{color}" font-size="14" font-weight="bold">{name}</text>')
        out.append(f'<text x="{R + 50}" y="{T + 40 + (0 if name == "A" else 24)}" fill="{color}" font-size="14">'
                   f'{name}: F1 = {f1:.3f}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
