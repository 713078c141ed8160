"""The encoder-decoder for translation (top) and for image captioning (bottom).

Writes docs/course-5/week-3/figures/seq2seq.svg (run from the repo root).
"""

OUT = "docs/course-5/week-3/figures/seq2seq.svg"
BW, BH = 40, 30


def label(x, y, base, sup, colour="#222", size=15):
    sup = sup.replace("<", "&lt;").replace(">", "&gt;")
    return (f'  <text x="{x}" y="{y}" text-anchor="middle" fill="{colour}" font-size="{size}">{base}'
            f'<tspan dy="-7" font-size="{size * 0.68:.0f}">{sup}</tspan></text>')


def arrow(x1, y1, x2, y2, marker="sq-k", colour="#222", extra=""):
    return (f'  <line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="1.4" '
            f'marker-end="url(#{marker})"{extra}/>')


def box(x, y, colour):
    return f'  <rect x="{x - BW / 2}" y="{y - BH / 2}" width="{BW}" height="{BH}" rx="5" stroke="{colour}" stroke-width="1.6"/>'


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 380" width="720" height="380" '
    'font-family="sans-serif" font-size="14" fill="none">',
    '  <defs>',
]
for name, colour in (("sq-k", "#222"), ("sq-b", "#1f77b4"), ("sq-g", "#2ca02c")):
    parts.append(f'    <marker id="{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                 f'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>')
parts.append('  </defs>')

# top: translation
Y = 95
enc = [40 + 62 * i for i in range(5)]
dec = [362 + 62 * i for i in range(6)]
for i, x in enumerate(enc):
    parts.append(box(x, Y, "#1f77b4"))
    parts.append(arrow(x, Y + 52, x, Y + BH / 2 + 2))
    parts.append(label(x, Y + 70, "x", f"<{i + 1}>"))
    nxt = enc[i + 1] if i < 4 else dec[0]
    marker, colour = ("sq-b", "#1f77b4") if i < 4 else ("sq-g", "#2ca02c")
    parts.append(arrow(x + BW / 2, Y, nxt - BW / 2 - 1, Y, marker, colour))
for i, x in enumerate(dec):
    parts.append(box(x, Y, "#2ca02c"))
    parts.append(arrow(x, Y - BH / 2, x, Y - 48))
    parts.append(label(x, Y - 56, "ŷ", f"<{i + 1}>"))
    if i < 5:
        parts.append(arrow(x + BW / 2, Y, dec[i + 1] - BW / 2 - 1, Y, "sq-g", "#2ca02c"))
        parts.append(arrow(x + 12, Y - 66, dec[i + 1] - 14, Y - BH / 2 - 2, extra=' stroke-dasharray="3 3" stroke-opacity="0.6"'))
parts.append(label(enc[-1] + 38, Y - 12, "a", "<5>", "#1f77b4", 13))
parts.append(f'  <text x="{(enc[0] + enc[-1]) / 2}" y="{Y + 96}" text-anchor="middle" fill="#1f77b4" font-size="13">encoder</text>')
parts.append(f'  <text x="{(dec[0] + dec[-1]) / 2}" y="{Y + 96}" text-anchor="middle" fill="#2ca02c" font-size="13">decoder</text>')
parts.append(f'  <line x1="20" y1="{Y + 112}" x2="700" y2="{Y + 112}" stroke="#222" stroke-opacity="0.2"/>')

# bottom: image captioning
Y2 = 300
parts.append(f'  <rect x="20" y="{Y2 - 34}" width="68" height="68" stroke="#222" stroke-width="1.4"/>')
for k in range(1, 4):
    parts.append(f'  <line x1="{20 + 17 * k}" y1="{Y2 - 34}" x2="{20 + 17 * k}" y2="{Y2 + 34}" stroke="#222" stroke-opacity="0.2"/>')
    parts.append(f'  <line x1="20" y1="{Y2 - 34 + 17 * k}" x2="88" y2="{Y2 - 34 + 17 * k}" stroke="#222" stroke-opacity="0.2"/>')
parts.append(arrow(92, Y2, 112, Y2))
# ConvNet: shrinking layers
x = 116
for h, w in ((64, 14), (52, 14), (40, 14), (30, 14), (22, 14)):
    parts.append(f'  <rect x="{x}" y="{Y2 - h / 2}" width="{w}" height="{h}" stroke="#1f77b4" stroke-width="1.3" '
                 f'fill="#1f77b4" fill-opacity="0.10"/>')
    x += w + 6
parts.append(f'  <text x="{(116 + x - 6) / 2}" y="{Y2 + 54}" text-anchor="middle" fill="#1f77b4" font-size="13">ConvNet</text>')
parts.append(arrow(x, Y2, x + 24, Y2))
vx = x + 28
parts.append(f'  <rect x="{vx}" y="{Y2 - 40}" width="12" height="80" stroke="#1f77b4" stroke-width="1.6"/>')
parts.append(f'  <text x="{vx + 6}" y="{Y2 + 58}" text-anchor="middle" fill="#1f77b4" font-size="13">4096</text>')
sx, sy = vx + 30, Y2 - 80                    # the removed softmax layer
parts.append(f'  <line x1="{vx + 12}" y1="{Y2 - 30}" x2="{sx}" y2="{sy + 12}" stroke="#222" stroke-opacity="0.4" stroke-dasharray="3 3"/>')
parts.append(f'  <rect x="{sx}" y="{sy}" width="66" height="24" rx="4" stroke="#222" stroke-opacity="0.5"/>')
parts.append(f'  <text x="{sx + 33}" y="{sy + 17}" text-anchor="middle" fill="#222" fill-opacity="0.6" font-size="12">softmax</text>')
parts.append(f'  <line x1="{sx - 4}" y1="{sy - 4}" x2="{sx + 70}" y2="{sy + 28}" stroke="#d62728" stroke-width="1.6"/>')
parts.append(f'  <line x1="{sx - 4}" y1="{sy + 28}" x2="{sx + 70}" y2="{sy - 4}" stroke="#d62728" stroke-width="1.6"/>')
parts.append(arrow(vx + 12, Y2, vx + 12 + 88, Y2, "sq-g", "#2ca02c"))
rnn = [vx + 124 + 62 * i for i in range(5)]
for i, rx in enumerate(rnn):
    parts.append(box(rx, Y2, "#2ca02c"))
    parts.append(arrow(rx, Y2 - BH / 2, rx, Y2 - 44))
    parts.append(label(rx, Y2 - 52, "ŷ", f"<{i + 1}>"))
    if i < 4:
        parts.append(arrow(rx + BW / 2, Y2, rnn[i + 1] - BW / 2 - 1, Y2, "sq-g", "#2ca02c"))
parts.append(f'  <text x="{rnn[-1] + 34}" y="{Y2 + 6}" fill="#222" font-size="18">⋯</text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
