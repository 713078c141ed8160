"""One attention step: a small network scores s<t-1> with each a<t'>, softmax gives alpha, the
weighted sum gives the context c<t>.

Writes docs/course-5/week-3/figures/attention-step.svg (run from the repo root).
"""

OUT = "docs/course-5/week-3/figures/attention-step.svg"


def label(x, y, base, sup, colour="#222", size=15, anchor="middle"):
    sup = sup.replace("<", "&lt;").replace(">", "&gt;")
    return (f'  <text x="{x}" y="{y}" text-anchor="{anchor}" fill="{colour}" font-size="{size}">{base}'
            f'<tspan dy="-7" font-size="{size * 0.68:.0f}">{sup}</tspan></text>')


def arrow(x1, y1, x2, y2, colour="#222", width=1.4):
    return (f'  <line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            f'stroke-width="{width}" marker-end="url(#as-k)"/>')


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 280" width="720" height="280" '
    'font-family="sans-serif" font-size="14" fill="none">',
    '  <defs>',
    '    <marker id="as-k" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
    'orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#222"/></marker>',
    '  </defs>',
]
# inputs
parts.append('  <rect x="20" y="50" width="74" height="34" rx="5" stroke="#2ca02c" stroke-width="1.6"/>')
parts.append(label(57, 73, "s", "<t-1>", "#2ca02c"))
parts.append('  <rect x="20" y="150" width="74" height="34" rx="5" stroke="#1f77b4" stroke-width="1.6"/>')
parts.append(label(57, 173, "a", "<t'>", "#1f77b4"))
# small network: 4 hidden units, 1 output
hidden = [(185, 52 + 36 * k) for k in range(4)]
for hx, hy in hidden:
    parts.append(f'  <circle cx="{hx}" cy="{hy}" r="11" stroke="#222" stroke-width="1.4"/>')
    for sy in (67, 167):
        parts.append(f'  <line x1="94" y1="{sy}" x2="{hx - 11}" y2="{hy}" stroke="#222" stroke-opacity="0.45"/>')
    parts.append(f'  <line x1="{hx + 11}" y1="{hy}" x2="259" y2="117" stroke="#222" stroke-opacity="0.45"/>')
parts.append('  <circle cx="270" cy="117" r="11" stroke="#222" stroke-width="1.4"/>')
parts.append('  <rect x="160" y="28" width="130" height="158" rx="8" stroke="#ff7f0e" stroke-width="1.3" stroke-dasharray="5 4"/>')
parts.append('  <text x="225" y="20" text-anchor="middle" fill="#ff7f0e" font-size="13">tanh</text>')
# energy, softmax, weights
parts.append(arrow(281, 117, 318, 117))
parts.append(label(350, 122, "e", "<t,t'>"))
parts.append(arrow(385, 117, 418, 117))
parts.append('  <rect x="420" y="97" width="92" height="40" rx="5" stroke="#222" stroke-width="1.6"/>')
parts.append('  <text x="466" y="122" text-anchor="middle" fill="#222">softmax</text>')
parts.append('  <text x="466" y="160" text-anchor="middle" fill="#222" font-size="13">t′ = 1, …, T<tspan dy="4" font-size="10">x</tspan></text>')
parts.append(arrow(512, 117, 540, 117))
parts.append(label(572, 122, "α", "<t,t'>", "#ff7f0e"))
# weighted sum
parts.append(arrow(604, 117, 629, 117))
parts.append('  <circle cx="645" cy="117" r="16" stroke="#222" stroke-width="1.6"/>')
parts.append('  <text x="645" y="123" text-anchor="middle" fill="#222" font-size="17">Σ</text>')
parts.append('  <path d="M 94 176 C 300 260, 560 250, 642 136" stroke="#1f77b4" stroke-width="1.4" '
             'stroke-dasharray="5 4" marker-end="url(#as-k)"/>')
parts.append(arrow(645, 101, 645, 64))
parts.append(label(645, 52, "c", "<t>"))
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
