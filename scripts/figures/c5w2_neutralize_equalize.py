"""Figure for C5W2 2.10: the geometry of debiasing in the plane (bias direction g, a non-bias direction).
Left: neutralize removes the component along g. Right: equalize moves a pair to mirror positions about the
non-bias axis, so a neutral word is equally far from both."""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-5/week-2/figures/neutralize-equalize.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
G = np.array([1.0, 0.0])  # the bias direction, drawn horizontally
NEUTRAL = {"babysitter": np.array([0.45, 0.8]), "doctor": np.array([-0.3, 0.45])}
PAIR = {"grandmother": np.array([0.55, 0.6]), "grandfather": np.array([-0.3, 0.75])}
NEAR = np.array([0.0, 0.3])  # an already neutral word in the right panel ("babysitter")


def neutralize(e):
    return e - (e @ G) / (G @ G) * G


def equalize(e1, e2):
    mu = (e1 + e2) / 2
    mu_b = (mu @ G) / (G @ G) * G
    nu = mu - mu_b
    out = []
    for e in (e1, e2):
        e_b = (e @ G) / (G @ G) * G
        out.append(nu + np.sqrt(abs(1 - nu @ nu)) * (e_b - mu_b) / np.linalg.norm(e_b - mu_b))
    return out


def panel(ox, oy, scale):
    def p(v):
        return ox + v[0] * scale, oy - v[1] * scale
    return p


def axes(out, p, label_x):
    x0, y0 = p((-0.95, 0))
    x1, _ = p((0.95, 0))
    cx, cy = p((0, 0))
    _, ty = p((0, 1.1))
    out.append(f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y0:.1f}" stroke="{INK}" marker-end="url(#head-222)"/>')
    out.append(f'<line x1="{cx:.1f}" y1="{cy + 8:.1f}" x2="{cx:.1f}" y2="{ty:.1f}" stroke="{INK}" '
               'marker-end="url(#head-222)"/>')
    out.append(f'<text x="{x1 + 6:.1f}" y="{y0 + 5:.1f}" fill="{INK}" font-style="italic">{label_x}</text>')
    out.append(f'<text x="{cx + 8:.1f}" y="{ty + 6:.1f}" fill="{INK}" font-style="italic">g'
               '<tspan font-size="11" dy="4">⊥</tspan></text>')


def dot(out, p, v, colour, word, filled=True, side=1):
    x, y = p(v)
    fill = f'fill="{colour}"' if filled else 'fill="none"'
    out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" {fill} stroke="{colour}" stroke-width="1.6"/>')
    if word:
        anchor = {1: "start", -1: "end", 0: "middle"}[side]
        dy = -12 if side == 0 else -7
        out.append(f'<text x="{x + 9 * side:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" fill="{INK}" '
                   f'font-size="13">{word}</text>')


def arrow(out, p, a, b, colour, dash=True):
    (x1, y1), (x2, y2) = p(a), p(b)
    n = np.hypot(x2 - x1, y2 - y1)
    x2, y2 = x2 - 7 * (x2 - x1) / n, y2 - 7 * (y2 - y1) / n
    d = ' stroke-dasharray="5 3"' if dash else ""
    out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="1.5"{d} '
               f'marker-end="url(#head-{colour[1:]})"/>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 230" width="720" height="230" '
        'font-family="sans-serif" font-size="14" fill="none">',
        "<defs>",
    ]
    for colour in (INK, BLUE, ORANGE):
        out.append(f'<marker id="head-{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>')
    out.append("</defs>")
    # left: neutralize
    p = panel(170, 205, 150)
    axes(out, p, "g")
    for word, e in NEUTRAL.items():
        d = neutralize(e)
        dot(out, p, e, BLUE, word, filled=False, side=0)
        arrow(out, p, e, d, BLUE)
        dot(out, p, d, BLUE, "")
    # right: equalize
    q = panel(530, 205, 150)
    axes(out, q, "g")
    new = equalize(*PAIR.values())
    for (word, e), e_new in zip(PAIR.items(), new):
        dot(out, q, e, ORANGE, "", filled=False)
        arrow(out, q, e, e_new, ORANGE)
        dot(out, q, e_new, ORANGE, word, side=0)
        (x1, y1), (x2, y2) = q(NEAR), q(e_new)
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{GREEN}" stroke-width="1.5"/>')
    dot(out, q, NEAR, BLUE, "babysitter")
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
