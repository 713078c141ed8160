"""Figure for C3W2 2.8: one network with four sigmoid outputs, and three label columns of Y (4 x m), one with "?"."""

from pathlib import Path

OUT = Path("docs/course-3/week-2/figures/multi-task-network.svg")
INK = "#222"
BLUE, RED, GREEN = "#1f77b4", "#d62728", "#2ca02c"
SIZES = [3, 5, 5, 4]
X0, DX, TOP, BOTTOM = 40, 80, 50, 250
LABELS = [["0", "1", "1", "0"], ["1", "1", "0", "0"], ["1", "?", "?", "0"]]
TASKS = ["pedestrian", "car", "stop sign", "traffic light"]


def ys(n):
    gap = (BOTTOM - TOP) / 5
    mid = (TOP + BOTTOM) / 2
    return [mid + (k - (n - 1) / 2) * gap for k in range(n)]


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 290" width="720" height="290" '
        'font-family="sans-serif" font-size="14" fill="none">',
    ]
    cols = [(X0 + i * DX, ys(n)) for i, n in enumerate(SIZES)]
    for i in range(len(cols) - 1):
        (xa, ya), (xb, yb) = cols[i], cols[i + 1]
        color = BLUE if i == len(cols) - 2 else INK
        for y1 in ya:
            for y2 in yb:
                out.append(f'<line x1="{xa + 9}" y1="{y1:.1f}" x2="{xb - 9}" y2="{y2:.1f}" stroke="{color}" '
                           'stroke-width="0.9" stroke-opacity="0.5"/>')
    for i, (x, yy) in enumerate(cols):
        last = i == len(cols) - 1
        for y in yy:
            out.append(f'<circle cx="{x}" cy="{y:.1f}" r="{11 if last else 9}" stroke="{BLUE if last else INK}" '
                       'stroke-width="1.5" fill="none"/>')
            if last:
                out.append(f'<text x="{x}" y="{y + 5:.1f}" text-anchor="middle" fill="{BLUE}" font-size="13">σ</text>')
    out.append(f'<text x="{X0}" y="{ys(SIZES[0])[-1] + 34:.1f}" text-anchor="middle" fill="{INK}">x</text>')
    xo, yo = cols[-1]
    for j, y in enumerate(yo, start=1):
        out.append(f'<text x="{xo + 20}" y="{y + 5:.1f}" fill="{BLUE}" font-size="14">ŷ<tspan dy="4" font-size="10">{j}</tspan></text>')
    # three label columns y(1), y(2), y(3) of Y, a "?" is a missing label
    for k, column in enumerate(LABELS):
        x = 400 + k * 60
        out.append(f'<text x="{x}" y="{TOP + 8}" text-anchor="middle" fill="{INK}" font-size="13">y<tspan dy="-6" font-size="10">({k + 1})</tspan></text>')
        for v, y in zip(column, yo):
            if v == "?":
                out.append(f'<circle cx="{x}" cy="{y:.1f}" r="10" stroke="{RED}" stroke-width="1.2" stroke-dasharray="3 2" fill="none"/>')
                out.append(f'<text x="{x}" y="{y + 5:.1f}" text-anchor="middle" fill="{RED}" font-size="14">?</text>')
            else:
                out.append(f'<text x="{x}" y="{y + 5:.1f}" text-anchor="middle" fill="{GREEN if v == "1" else INK}" font-size="14">{v}</text>')
    top, bot = yo[0] - 18, yo[-1] + 18
    for xb, d in ((375, 6), (545, -6)):  # matrix brackets
        out.append(f'<path d="M{xb + d},{top} L{xb},{top} L{xb},{bot} L{xb + d},{bot}" stroke="{INK}" stroke-width="1.5"/>')
    out.append(f'<text x="460" y="{bot + 26}" text-anchor="middle" fill="{INK}" font-size="13">Y: (4, m)</text>')
    for name, y in zip(TASKS, yo):
        out.append(f'<text x="565" y="{y + 5:.1f}" fill="{INK}" font-size="13">{name}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
