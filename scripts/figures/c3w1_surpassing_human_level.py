"""Figure for C3W1 1.11: two cases against a team of doctors (0.5 %); in the second, Bayes error is unknown."""

from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/surpassing-human-level.svg")
INK = "#222"
X0, X1, EMAX = 90, 680, 1.2  # error axis from 0 % to 1.2 %
CASES = (("A", 0.6, 0.8), ("B", 0.3, 0.4))


def x(err):
    return X0 + err / EMAX * (X1 - X0)


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="13" fill="none">',
        '<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<line x1="0" y1="0" x2="0" y2="8" stroke="#d62728" stroke-width="1.2" stroke-opacity="0.5"/></pattern></defs>',
    ]
    for row, (name, train, dev) in enumerate(CASES):
        y0 = 90 + row * 140
        out.append(f'<text x="30" y="{y0 + 5}" fill="{INK}" font-size="15" font-weight="bold">{name}</text>')
        out.append(f'<line x1="{X0}" y1="{y0}" x2="{X1 + 10}" y2="{y0}" stroke="{INK}" stroke-width="1.5"/>')
        for k in range(0, 13):
            e = k / 10
            out.append(f'<line x1="{x(e):.1f}" y1="{y0}" x2="{x(e):.1f}" y2="{y0 + (6 if k % 5 == 0 else 3)}" stroke="{INK}"/>')
            if k in (0, 3, 4, 5, 6, 8, 10):
                out.append(f'<text x="{x(e):.1f}" y="{y0 + 20}" text-anchor="middle" fill="{INK}" font-size="11">{e:g}%</text>')
        # human-level references: team of doctors 0.5 %, one doctor 1 %
        for err, label, color in ((0.5, "team", "#2ca02c"), (1.0, "doctor", "#ff7f0e")):
            out.append(f'<circle cx="{x(err):.1f}" cy="{y0}" r="6" fill="{color}" stroke="{INK}"/>')
            out.append(f'<text x="{x(err):.1f}" y="{y0 - 34}" text-anchor="middle" fill="{INK}">{label}</text>')
        for err, label, color in ((train, "train", "#1f77b4"), (dev, "dev", "#d62728")):
            out.append(f'<rect x="{x(err) - 6:.1f}" y="{y0 - 6}" width="12" height="12" fill="{color}" stroke="{INK}"/>')
            out.append(f'<text x="{x(err):.1f}" y="{y0 - 14}" text-anchor="middle" fill="{INK}">{label}</text>')
        yb = y0 + 40
        if train > 0.5:  # human level still above training error: both gaps are measurable
            gaps = ((0.5, train, "#d62728", f"{train - 0.5:.1f}%"), (train, dev, "#1f77b4", f"{dev - train:.1f}%"))
        else:  # Bayes error could be anywhere in [0, train]: avoidable bias unknown
            out.append(f'<rect x="{X0}" y="{y0 - 8}" width="{x(train) - X0:.1f}" height="16" fill="url(#hatch)"/>')
            gaps = ((0.0, train, "#d62728", "?"), (train, dev, "#1f77b4", f"{dev - train:.1f}%"))
        for lo, hi, color, text in gaps:
            out.append(f'<path d="M{x(lo):.1f},{yb - 6} v6 H{x(hi):.1f} v-6" stroke="{color}" stroke-width="2"/>')
            out.append(f'<text x="{(x(lo) + x(hi)) / 2:.1f}" y="{yb + 16}" text-anchor="middle" fill="{color}">{text}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
