"""Figure for C3W1 1.10: candidate 'human-level' errors on one axis, and the case train 0.7 % / dev 0.8 %."""

from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/human-level-proxies.svg")
INK = "#222"
X0, X1, EMAX = 80, 680, 1.2  # error axis from 0 % to 1.2 %


def x(err):
    return X0 + err / EMAX * (X1 - X0)


def axis(out, y0):
    out.append(f'<line x1="{X0}" y1="{y0}" x2="{X1 + 10}" y2="{y0}" stroke="{INK}" stroke-width="1.5"/>')
    for k in range(0, 13, 1):
        e = k / 10
        tall = 6 if k % 5 == 0 else 3
        out.append(f'<line x1="{x(e):.1f}" y1="{y0}" x2="{x(e):.1f}" y2="{y0 + tall}" stroke="{INK}"/>')
        if k % 5 == 0 or k in (7, 8):
            out.append(f'<text x="{x(e):.1f}" y="{y0 + 20}" text-anchor="middle" fill="{INK}" font-size="11">{e:g}%</text>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
    ]
    top, bottom = 100, 230
    # Bayes error is at most the best human-level error: shade [0, 0.5]
    out.append(f'<rect x="{X0}" y="{top - 60}" width="{x(0.5) - X0:.1f}" height="{bottom - top + 75}" fill="#2ca02c" fill-opacity="0.12"/>')
    out.append(f'<text x="{(X0 + x(0.5)) / 2:.1f}" y="{top - 45}" text-anchor="middle" fill="#2ca02c">Bayes ≤ 0.5%</text>')
    axis(out, top)
    axis(out, bottom)
    marks = ((0.5, "team", "#2ca02c"), (0.7, "expert", INK), (1.0, "doctor", "#ff7f0e"))
    for err, label, color in marks:
        out.append(f'<circle cx="{x(err):.1f}" cy="{top}" r="6" fill="{color}" stroke="{INK}"/>')
        out.append(f'<text x="{x(err):.1f}" y="{top - 14}" text-anchor="middle" fill="{INK}">{label}</text>')
    out.append(f'<text x="{X1 + 12}" y="{top - 10}" text-anchor="end" fill="{INK}">human 3% →</text>')
    # vertical guides from the two proxies down to the case row
    for err, color in ((0.5, "#2ca02c"), (1.0, "#ff7f0e")):
        out.append(f'<line x1="{x(err):.1f}" y1="{top + 25}" x2="{x(err):.1f}" y2="{bottom + 40}" '
                   f'stroke="{color}" stroke-width="1.5" stroke-dasharray="5 4"/>')
    # the case: train 0.7 %, dev 0.8 %
    for err, label, color in ((0.7, "train", "#1f77b4"), (0.8, "dev", "#d62728")):
        out.append(f'<rect x="{x(err) - 6:.1f}" y="{bottom - 6}" width="12" height="12" fill="{color}" stroke="{INK}"/>')
        out.append(f'<text x="{x(err):.1f}" y="{bottom - 14}" text-anchor="middle" fill="{INK}">{label}</text>')
    yb = bottom + 34
    for lo, hi, color, text in ((0.5, 0.7, "#d62728", "0.2%"), (0.7, 0.8, "#1f77b4", "0.1%")):
        out.append(f'<path d="M{x(lo):.1f},{yb - 6} v6 H{x(hi):.1f} v-6" stroke="{color}" stroke-width="2"/>')
        out.append(f'<text x="{(x(lo) + x(hi)) / 2:.1f}" y="{yb + 16}" text-anchor="middle" fill="{color}">{text}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
