"""Figure for C5W2 2.4: E (300 x 10000) times the one-hot vector o_6257 picks out column 6257, e_6257 (300 x 1)."""

from pathlib import Path

OUT = Path("docs/course-5/week-2/figures/embedding-lookup.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"


def sub(x, y, base, index, size=16, anchor="middle", colour=INK):
    return (f'<text x="{x}" y="{y}" text-anchor="{anchor}" fill="{colour}" font-size="{size}" font-style="italic">'
            f'{base}<tspan font-size="{size - 5}" dy="5">{index}</tspan></text>')


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
        'font-family="sans-serif" font-size="13" fill="none">',
    ]
    # E: a wide matrix, columns a, aaron, ..., orange (6257), ..., zulu, <UNK>
    ex, ey, ew, eh = 40, 80, 380, 150
    out.append(f'<rect x="{ex}" y="{ey}" width="{ew}" height="{eh}" stroke="{INK}" stroke-width="1.6"/>')
    for i in range(1, 19):
        x = ex + i * ew / 19
        out.append(f'<line x1="{x:.1f}" y1="{ey}" x2="{x:.1f}" y2="{ey + eh}" stroke="{INK}" stroke-opacity="0.25"/>')
    cx = ex + 12 * ew / 19
    out.append(f'<rect x="{cx:.1f}" y="{ey}" width="{ew / 19:.1f}" height="{eh}" fill="{ORANGE}" fill-opacity="0.45" '
               f'stroke="{ORANGE}" stroke-width="2"/>')
    heads = [(0, "a"), (1, "aaron"), (12, "orange"), (17, "zulu"), (18, "&lt;UNK&gt;")]
    for i, word in heads:
        x = ex + (i + 0.5) * ew / 19
        colour = ORANGE if word == "orange" else INK
        out.append(f'<text x="{x:.1f}" y="{ey - 8}" text-anchor="start" fill="{colour}" font-size="12" '
                   f'transform="rotate(-40 {x:.1f} {ey - 8})">{word}</text>')
    out.append(f'<text x="{ex + 6.5 * ew / 19:.1f}" y="{ey - 8}" text-anchor="middle" fill="{INK}">…</text>')
    out.append(f'<text x="{ex + 15 * ew / 19:.1f}" y="{ey - 8}" text-anchor="middle" fill="{INK}">…</text>')
    out.append(f'<text x="{ex + ew / 2}" y="{ey + eh + 28}" text-anchor="middle" fill="{INK}" font-size="18" '
               'font-style="italic">E</text>')
    out.append(f'<text x="{ex + ew / 2}" y="{ey + eh + 48}" text-anchor="middle" fill="{INK}">(300, 10000)</text>')
    out.append(f'<text x="{cx + ew / 38:.1f}" y="{ey + eh + 18}" text-anchor="middle" fill="{ORANGE}" '
               'font-size="11">6257</text>')
    # times o_6257: a tall thin vector with one 1
    out.append(f'<text x="{ex + ew + 22}" y="{ey + eh / 2 + 6}" text-anchor="middle" fill="{INK}" font-size="20">×</text>')
    ox, oy, ow, oh = 465, 30, 26, 250
    out.append(f'<rect x="{ox}" y="{oy}" width="{ow}" height="{oh}" stroke="{INK}" stroke-width="1.6"/>')
    for k, v in enumerate(["0", "0", "⋮", "1", "⋮", "0"]):
        y = oy + 22 + k * 42
        colour = ORANGE if v == "1" else INK
        weight = "bold" if v == "1" else "normal"
        out.append(f'<text x="{ox + ow / 2}" y="{y}" text-anchor="middle" fill="{colour}" font-weight="{weight}">{v}</text>')
    out.append(f'<text x="{ox + ow + 4}" y="{oy + 22 + 3 * 42}" fill="{ORANGE}" font-size="11">6257</text>')
    out.append(sub(ox + ow / 2, oy + oh + 24, "o", "6257"))
    out.append(f'<text x="{ox + ow / 2}" y="{oy + oh + 44}" text-anchor="middle" fill="{INK}">(10000, 1)</text>')
    # equals e_6257: a column as tall as E
    out.append(f'<text x="{560}" y="{ey + eh / 2 + 6}" text-anchor="middle" fill="{INK}" font-size="20">=</text>')
    rx = 600
    out.append(f'<rect x="{rx}" y="{ey}" width="{ew / 19:.1f}" height="{eh}" fill="{ORANGE}" fill-opacity="0.45" '
               f'stroke="{ORANGE}" stroke-width="2"/>')
    out.append(sub(rx + ew / 38, ey + eh + 28, "e", "6257"))
    out.append(f'<text x="{rx + ew / 38:.1f}" y="{ey + eh + 48}" text-anchor="middle" fill="{INK}">(300, 1)</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
