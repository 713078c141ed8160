"""Figure for C5W2 2.7: negative sampling trains, per example, only k + 1 of the 10000 logistic units:
the true target (label 1) and k = 4 sampled words (label 0)."""

from pathlib import Path

OUT = Path("docs/course-5/week-2/figures/negative-sampling-units.svg")
INK = "#222"
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
# (word, label): label None means the unit is not trained on this example
UNITS = [("a", None), ("aaron", None), ("", None), ("book", 0), ("", None), ("juice", 1), ("king", 0), ("", None),
         ("of", 0), ("", None), ("the", 0), ("", None), ("zulu", None)]


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 420" width="600" height="420" '
        'font-family="sans-serif" font-size="14" fill="none">',
    ]
    ex, ey = 110, 200
    top, step = 20, 30
    for i, (word, label) in enumerate(UNITS):
        y = top + i * step + 10
        if word == "":
            out.append(f'<text x="330" y="{y + 5}" text-anchor="middle" fill="{INK}">⋮</text>')
            continue
        colour = {None: INK, 1: GREEN, 0: RED}[label]
        opacity = "0.18" if label is None else "0.9"
        width = "1" if label is None else "1.8"
        out.append(f'<line x1="{ex + 40}" y1="{ey}" x2="{318}" y2="{y}" stroke="{colour}" stroke-width="{width}" '
                   f'stroke-opacity="{opacity}"/>')
        fill = f' fill="{colour}" fill-opacity="0.25"' if label is not None else ""
        out.append(f'<circle cx="330" cy="{y}" r="11" stroke="{colour}" stroke-width="1.5"'
                   f' stroke-opacity="{1 if label is not None else 0.45}"{fill}/>')
        out.append(f'<text x="330" y="{y + 4}" text-anchor="middle" fill="{INK}" font-size="11">σ</text>')
        out.append(f'<text x="352" y="{y + 5}" fill="{INK}" fill-opacity="{1 if label is not None else 0.55}">'
                   f'{word}</text>')
        if label is not None:
            out.append(f'<text x="450" y="{y + 5}" fill="{colour}" font-weight="bold">y = {label}</text>')
    out.append(f'<rect x="{ex - 40}" y="{ey - 22}" width="80" height="44" rx="4" stroke="{ORANGE}" stroke-width="1.8"/>')
    out.append(f'<text x="{ex}" y="{ey + 5}" text-anchor="middle" fill="{INK}" font-size="16" font-style="italic">'
               'e<tspan font-size="11" dy="4">c</tspan></text>')
    out.append(f'<text x="{ex}" y="{ey + 44}" text-anchor="middle" fill="{INK}" font-size="12">orange</text>')
    out.append(f'<text x="{ex}" y="{ey + 62}" text-anchor="middle" fill="{INK}" font-size="12">(300, 1)</text>')
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
