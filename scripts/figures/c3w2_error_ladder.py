"""Figure for C3W2 2.5: the error ladder human / train / train-dev / dev / test and the four gaps between rungs."""

from pathlib import Path

OUT = Path("docs/course-3/week-2/figures/error-ladder.svg")
INK = "#222"
LEVELS = [("human", 4.0), ("train", 7.0), ("train-dev", 10.0), ("dev", 12.0), ("test", 12.0)]
GAPS = [("avoidable bias", "#1f77b4"), ("variance", "#d62728"), ("data mismatch", "#ff7f0e"), ("overfit to dev", "#2ca02c")]
L, R, T, B = 70, 470, 30, 300  # plot box in pixels
E_MAX = 14.0


def y_of(err):
    return B - err / E_MAX * (B - T)


def main():
    step = (R - L) / len(LEVELS)
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 340" width="720" height="340" '
        'font-family="sans-serif" font-size="14" fill="none">',
        f'<line x1="{L}" y1="{B}" x2="{R}" y2="{B}" stroke="{INK}" stroke-width="1.5"/>',
        f'<line x1="{L}" y1="{B}" x2="{L}" y2="{T - 10}" stroke="{INK}" stroke-width="1.5"/>',
        f'<text x="{L - 10}" y="{T - 16}" text-anchor="middle" fill="{INK}" font-size="13">error %</text>',
    ]
    for e in range(0, int(E_MAX) + 1, 2):
        y = y_of(e)
        out.append(f'<line x1="{L - 5}" y1="{y:.1f}" x2="{L}" y2="{y:.1f}" stroke="{INK}" stroke-width="1"/>')
        out.append(f'<text x="{L - 9}" y="{y + 4:.1f}" text-anchor="end" fill="{INK}" font-size="12">{e}</text>')
        if e:
            out.append(f'<line x1="{L}" y1="{y:.1f}" x2="{R}" y2="{y:.1f}" stroke="{INK}" stroke-width="0.6" '
                       'stroke-opacity="0.25" stroke-dasharray="3 4"/>')
    # one rung per error level, joined by the gap it opens to the next rung
    for i, (name, err) in enumerate(LEVELS):
        x1, x2 = L + i * step + 8, L + (i + 1) * step - 8
        y = y_of(err)
        out.append(f'<line x1="{x1:.1f}" y1="{y:.1f}" x2="{x2:.1f}" y2="{y:.1f}" stroke="{INK}" stroke-width="3"/>')
        out.append(f'<text x="{(x1 + x2) / 2:.1f}" y="{y - 8:.1f}" text-anchor="middle" fill="{INK}" font-size="13">{err:g}%</text>')
        out.append(f'<text x="{(x1 + x2) / 2:.1f}" y="{B + 20}" text-anchor="middle" fill="{INK}" font-size="13">{name}</text>')
        if i + 1 < len(LEVELS):
            name_gap, color = GAPS[i]
            nxt = LEVELS[i + 1][1]
            xg = x2 + 8
            ya, yb = y_of(err), y_of(nxt)
            if abs(ya - yb) > 1:
                out.append(f'<rect x="{xg - 5:.1f}" y="{yb:.1f}" width="10" height="{ya - yb:.1f}" '
                           f'stroke="{color}" fill="{color}" fill-opacity="0.35" stroke-width="1.5"/>')
            else:
                out.append(f'<circle cx="{xg:.1f}" cy="{ya:.1f}" r="5" stroke="{color}" stroke-width="2" fill="none"/>')
    # legend: the four gaps, with their sizes in this example
    lx, ly = 505, 70
    out.append(f'<text x="{lx}" y="{ly - 24}" fill="{INK}" font-size="13">gap</text>')
    for i, (name_gap, color) in enumerate(GAPS):
        size = LEVELS[i + 1][1] - LEVELS[i][1]
        y = ly + i * 46
        if size:
            out.append(f'<rect x="{lx}" y="{y - 11}" width="14" height="14" stroke="{color}" fill="{color}" '
                       'fill-opacity="0.35" stroke-width="1.5"/>')
        else:  # a zero gap is drawn as a ring, in the plot and here
            out.append(f'<circle cx="{lx + 7}" cy="{y - 4}" r="5" stroke="{color}" stroke-width="2" fill="none"/>')
        out.append(f'<text x="{lx + 22}" y="{y + 1}" fill="{INK}" font-size="13">{name_gap}</text>')
        out.append(f'<text x="{lx + 22}" y="{y + 19}" fill="{color}" font-size="13">'
                   f'{LEVELS[i + 1][0]} − {LEVELS[i][0]} = {size:g}%</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
