"""Figure for C3W1 1.9: human / train / dev error for two cases, with avoidable bias and variance marked."""

from pathlib import Path

OUT = Path("docs/course-3/week-1/figures/avoidable-bias-bars.svg")
INK = "#222"
CASES = (("A", (1.0, 8.0, 10.0)), ("B", (7.5, 8.0, 10.0)))  # error in % : human, train, dev
T, B, YMAX = 40, 270, 12.0
BAR_COLORS = ("#ff7f0e", "#1f77b4", "#2ca02c")


def y(err):
    return B - err / YMAX * (B - T)


def fmt(v):
    return f"{v:g}%"


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 320" width="720" height="320" '
        'font-family="sans-serif" font-size="13" fill="none">',
    ]
    # shared error axis
    out.append(f'<line x1="60" y1="{B}" x2="60" y2="{T - 10}" stroke="{INK}" stroke-width="1.5"/>')
    for tick in range(0, 13, 2):
        out.append(f'<line x1="55" y1="{y(tick):.1f}" x2="60" y2="{y(tick):.1f}" stroke="{INK}"/>')
        out.append(f'<text x="50" y="{y(tick) + 4:.1f}" text-anchor="end" fill="{INK}" font-size="11">{tick}%</text>')
    for k, (name, errs) in enumerate(CASES):
        x0 = 90 + k * 320
        out.append(f'<line x1="{x0 - 20}" y1="{B}" x2="{x0 + 280}" y2="{B}" stroke="{INK}" stroke-width="1.5"/>')
        out.append(f'<text x="{x0 + 100}" y="{T - 15}" text-anchor="middle" fill="{INK}" font-size="15" font-weight="bold">{name}</text>')
        for j, err in enumerate(errs):  # dashed guides first, so the bars are drawn over them
            out.append(f'<line x1="{x0 + j * 70 + 46}" y1="{y(err):.1f}" x2="{x0 + 222}" y2="{y(err):.1f}" '
                       f'stroke="{INK}" stroke-width="0.8" stroke-dasharray="3 3" stroke-opacity="0.6"/>')
        for j, (err, label, color) in enumerate(zip(errs, ("human", "train", "dev"), BAR_COLORS)):
            bx = x0 + j * 70
            out.append(f'<rect x="{bx}" y="{y(err):.1f}" width="46" height="{B - y(err):.1f}" '
                       f'fill="{color}" stroke="{INK}" stroke-width="1"/>')
            out.append(f'<text x="{bx + 23}" y="{y(err) - 5:.1f}" text-anchor="middle" fill="{INK}" font-size="12">{fmt(err)}</text>')
            out.append(f'<text x="{bx + 23}" y="{B + 18}" text-anchor="middle" fill="{INK}">{label}</text>')
        human, train, dev = errs
        for lo, hi, color, text in ((human, train, "#d62728", "bias"), (train, dev, "#1f77b4", "var")):
            bx = x0 + 226
            out.append(f'<path d="M{bx},{y(lo):.1f} h6 V{y(hi):.1f} h-6" stroke="{color}" stroke-width="2"/>')
            mid = (y(lo) + y(hi)) / 2
            out.append(f'<text x="{bx + 12}" y="{mid + 4:.1f}" fill="{color}" font-size="13">{text} {fmt(hi - lo)}</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
