"""Figure for C3W2 2.9: a speech pipeline with hand-designed stages vs one end-to-end network,
and the two-step face recognition system at a turnstile."""

from pathlib import Path

OUT = Path("docs/course-3/week-2/figures/pipeline-vs-end-to-end.svg")
INK = "#222"
BLUE, GREEN, ORANGE = "#1f77b4", "#2ca02c", "#ff7f0e"
H = 36


def box(x, y, w, label, color):
    return [f'<rect x="{x}" y="{y}" width="{w}" height="{H}" rx="6" stroke="{color}" stroke-width="1.6" '
            f'fill="{color}" fill-opacity="0.1"/>',
            f'<text x="{x + w / 2}" y="{y + H / 2 + 5}" text-anchor="middle" fill="{INK}" font-size="14">{label}</text>']


def arrow(x1, x2, y):
    return [f'<line x1="{x1}" y1="{y}" x2="{x2}" y2="{y}" stroke="{INK}" stroke-width="1.4" marker-end="url(#arr)"/>']


def row(y, start, stages, end, color, note):
    """start text, a chain of boxes [(label, width)], end text, and a note on the right."""
    parts = [f'<text x="20" y="{y + H / 2 + 5}" fill="{INK}" font-size="14">{start}</text>']
    x = 105
    parts += arrow(70, x - 3, y + H / 2)
    for label, w in stages:
        parts += box(x, y, w, label, color)
        x += w
        parts += arrow(x + 3, x + 37, y + H / 2)
        x += 40
    parts.append(f'<text x="{x + 4}" y="{y + H / 2 + 5}" fill="{INK}" font-size="14">{end}</text>')
    if note:
        parts.append(f'<text x="700" y="{y + H / 2 + 5}" text-anchor="end" fill="{color}" font-size="13">{note}</text>')
    return parts


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 235" width="720" height="235" '
        'font-family="sans-serif" font-size="14" fill="none">',
        '<defs><marker id="arr" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>',
    ]
    out += row(20, "audio", [("MFCC", 80), ("phonemes", 100), ("words", 80)], "transcript", BLUE, "≈ 3,000 h")
    out += row(90, "audio", [("one deep network", 340)], "transcript", ORANGE, "10,000–100,000 h")
    out.append(f'<line x1="20" y1="160" x2="700" y2="160" stroke="{INK}" stroke-width="0.8" stroke-opacity="0.4" '
               'stroke-dasharray="4 4"/>')
    out += row(180, "image", [("detect + crop face", 160), ("compare to staff", 140)], "identity", GREEN, "")
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
