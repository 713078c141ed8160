"""Course 5, week 1, section 1.9: one memory-cell component of a GRU holding "singular" across a sentence.

The update gate and candidate values are chosen by hand to illustrate the mechanism; the cell value is computed with
the GRU update c<t> = gamma_u * c_tilde<t> + (1 - gamma_u) * c<t-1>.
Writes docs/course-5/week-1/figures/gru-memory.svg when run from the repository root.
"""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-5/week-1/figures/gru-memory.svg")
WORDS = ["The", "cat", "which", "already", "ate", "a", "bowl", "of", "fish", "was", "full"]
GAMMA_U = np.array([0.03, 0.97, 0.02, 0.03, 0.02, 0.02, 0.03, 0.02, 0.02, 0.6, 0.05])
C_TILDE = np.array([-0.2, 1.0, -0.6, 0.4, -0.8, 0.5, -0.3, 0.7, -0.5, -0.1, 0.3])
X0, X1 = 90, 700
GATE_TOP, GATE_BOTTOM = 40, 140   # panel for gamma_u in [0, 1]
CELL_TOP, CELL_BOTTOM = 180, 300  # panel for c in [-1, 1]


def cell_values() -> np.ndarray:
    c, out = 0.0, []
    for g, ct in zip(GAMMA_U, C_TILDE):
        c = g * ct + (1 - g) * c
        out.append(c)
    return np.array(out)


def main() -> None:
    step = (X1 - X0) / len(WORDS)
    xs = [X0 + step * (i + 0.5) for i in range(len(WORDS))]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 350" width="720" height="350" '
             'font-family="sans-serif" font-size="13" fill="none">\n']
    # gate panel
    parts.append(f'  <rect x="{X0}" y="{GATE_TOP}" width="{X1 - X0}" height="{GATE_BOTTOM - GATE_TOP}" stroke="#222" '
                 'stroke-width="1"/>\n')
    for value, y in [(0, GATE_BOTTOM), (1, GATE_TOP)]:
        parts.append(f'  <text x="{X0 - 8}" y="{y + 4}" text-anchor="end" fill="#222">{value}</text>\n')
    parts.append(f'  <text x="30" y="{(GATE_TOP + GATE_BOTTOM) / 2 + 5}" text-anchor="middle" fill="#1f77b4" '
                 'font-size="15">Γ<tspan font-size="10" dy="4">u</tspan></text>\n')
    for x, g in zip(xs, GAMMA_U):
        h = (GATE_BOTTOM - GATE_TOP) * g
        parts.append(f'  <rect x="{x - 14:.1f}" y="{GATE_BOTTOM - h:.1f}" width="28" height="{h:.1f}" fill="#1f77b4" '
                     'fill-opacity="0.75"/>\n')
    # cell panel
    parts.append(f'  <rect x="{X0}" y="{CELL_TOP}" width="{X1 - X0}" height="{CELL_BOTTOM - CELL_TOP}" stroke="#222" '
                 'stroke-width="1"/>\n')

    def cy(v: float) -> float:
        return CELL_BOTTOM - (CELL_BOTTOM - CELL_TOP) * (v + 1) / 2

    for value in (-1, 0, 1):
        parts.append(f'  <text x="{X0 - 8}" y="{cy(value) + 4:.1f}" text-anchor="end" fill="#222">'
                     f'{str(value).replace("-", "−")}</text>\n')
    parts.append(f'  <line x1="{X0}" y1="{cy(0):.1f}" x2="{X1}" y2="{cy(0):.1f}" stroke="#222" stroke-width="0.6" '
                 'stroke-dasharray="4 4"/>\n')
    parts.append(f'  <text x="30" y="{(CELL_TOP + CELL_BOTTOM) / 2 + 5}" text-anchor="middle" fill="#ff7f0e" '
                 'font-size="15">c<tspan font-size="10" dy="-7">&lt;t&gt;</tspan></text>\n')
    for x, ct in zip(xs, C_TILDE):
        parts.append(f'  <circle cx="{x:.1f}" cy="{cy(ct):.1f}" r="3.5" stroke="#2ca02c" stroke-width="1.5"/>\n')
    c = cell_values()
    points = " ".join(f"{x:.1f},{cy(v):.1f}" for x, v in zip(xs, c))
    parts.append(f'  <polyline points="{points}" stroke="#ff7f0e" stroke-width="2.2"/>\n')
    for x, v in zip(xs, c):
        parts.append(f'  <circle cx="{x:.1f}" cy="{cy(v):.1f}" r="3.5" fill="#ff7f0e"/>\n')
    for x, word in zip(xs, WORDS):
        weight = ' font-weight="bold"' if word in ("cat", "was") else ""
        parts.append(f'  <text x="{x:.1f}" y="{CELL_BOTTOM + 22}" text-anchor="middle" fill="#222"{weight}>{word}</text>\n')
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
