"""Course 5, week 1, section 1.6: an RNN language model unrolled in time.

Writes docs/course-5/week-1/figures/language-model.svg when run from the repository root.
"""

from pathlib import Path

OUT = Path("docs/course-5/week-1/figures/language-model.svg")
COLUMNS = [175, 320, 465, 645]
SHIFT = {"": 0, "^": -7, "_": 4}  # baseline offset of normal text, superscripts and subscripts


def rich(x, y, segments, size=15, colour="#222"):
    """A text line from (text, kind) segments; kind is "" (normal), "^" (superscript) or "_" (subscript)."""
    out, offset = [], 0
    for content, kind in segments:
        if "<" not in content:
            content = content.replace(" ", "\u00a0")  # keep spaces at tspan edges
        target = SHIFT[kind] * size / 15
        small = f' font-size="{round(size * 0.68)}"' if kind else ""
        out.append(f'<tspan dy="{target - offset:g}"{small}>{content}</tspan>')
        offset = target
    return f'  <text x="{x}" y="{y}" text-anchor="middle" font-size="{size}" fill="{colour}">{"".join(out)}</text>\n'


def step(base, t):
    return [(base, ""), (f"&lt;{t}&gt;", "^")]


def line(x1, y1, x2, y2, colour, marker):
    return (f'  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{colour}" stroke-width="1.6" '
            f'marker-end="url(#{marker})"/>\n')


def main():
    ty = "T<tspan dy='3' font-size='8'>y</tspan><tspan dy='-3'></tspan>"
    inputs = [step("x", 1) + [(" = 0", "")], step("y", 1), step("y", 2), step("y", ty + " − 1")]
    outputs = [step("ŷ", 1), step("ŷ", 2), step("ŷ", 3), step("ŷ", ty)]
    probs = [[("P(", "")] + step("y", 1) + [(")", "")],
             [("P(", "")] + step("y", 2) + [(" | ", "")] + step("y", 1) + [(")", "")],
             [("P(", "")] + step("y", 3) + [(" | ", "")] + step("y", 1) + [(", ", "")] + step("y", 2) + [(")", "")],
             [("P(&lt;EOS&gt; | …)", "")]]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 330" width="720" height="330" '
             'font-family="sans-serif" font-size="15" fill="none">\n  <defs>\n']
    for name, colour in [("b", "#1f77b4"), ("r", "#d62728"), ("g", "#2ca02c")]:
        parts.append(f'    <marker id="{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                     f'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>\n')
    parts.append("  </defs>\n")
    parts.append(rich(52, 182, step("a", 0) + [(" = 0", "")]))
    parts.append(line(92, 176, 137, 176, "#d62728", "r"))
    for cx, x_label, y_label, p_label, t in zip(COLUMNS, inputs, outputs, probs, [1, 2, 3, ty]):
        parts.append(f'  <rect x="{cx - 35}" y="151" width="70" height="50" rx="6" stroke="#222" stroke-width="1.6"/>\n')
        parts.append(rich(cx, 182, step("a", t)))
        parts.append(line(cx, 272, cx, 204, "#1f77b4", "b"))
        parts.append(rich(cx, 300, x_label))
        parts.append(line(cx, 151, cx, 94, "#2ca02c", "g"))
        parts.append(rich(cx, 80, y_label))
        parts.append(rich(cx, 40, p_label, size=13, colour="#2ca02c"))
    for left, right in zip(COLUMNS[:2], COLUMNS[1:3]):
        parts.append(line(left + 35, 176, right - 38, 176, "#d62728", "r"))
    parts.append('  <line x1="500" y1="176" x2="532" y2="176" stroke="#d62728" stroke-width="1.6"/>\n')
    parts.append(rich(553, 181, [("⋯", "")], size=18))
    parts.append(line(574, 176, 607, 176, "#d62728", "r"))
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
