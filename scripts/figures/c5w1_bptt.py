"""Course 5, week 1, section 1.4: the computation graph of backpropagation through time.

Writes docs/course-5/week-1/figures/bptt.svg when run from the repository root.
"""

from pathlib import Path

OUT = Path("docs/course-5/week-1/figures/bptt.svg")
COLUMNS = [200, 320, 440, 560]  # centres of time steps 1..4
RED_DASH = 'stroke="#d62728" stroke-width="1.6" stroke-dasharray="4 3" marker-end="url(#r)"'
BLACK = 'stroke="#222" stroke-width="1.4" marker-end="url(#k)"'


def sup(base: str, t: str) -> str:
    return f'{base}<tspan font-size="10" dy="-7">&lt;{t}&gt;</tspan>'


def column(cx: int, t: str) -> str:
    return f"""  <g transform="translate({cx},0)">
    <rect x="-28" y="80" width="56" height="30" rx="5" stroke="#222" stroke-width="1.4"/>
    <text x="0" y="101" text-anchor="middle" fill="#222">{sup("ℒ", t)}</text>
    <rect x="-28" y="150" width="56" height="30" rx="5" stroke="#2ca02c" stroke-width="1.4"/>
    <text x="0" y="171" text-anchor="middle" fill="#222">{sup("ŷ", t)}</text>
    <rect x="-30" y="223" width="60" height="34" rx="5" stroke="#1f77b4" stroke-width="1.6"/>
    <text x="0" y="245" text-anchor="middle" fill="#222">{sup("a", t)}</text>
    <text x="0" y="318" text-anchor="middle" fill="#222">{sup("x", t)}</text>
    <line x1="0" y1="300" x2="0" y2="260" {BLACK}/>
    <line x1="-7" y1="223" x2="-7" y2="183" {BLACK}/>
    <line x1="7" y1="183" x2="7" y2="220" {RED_DASH}/>
    <line x1="-7" y1="150" x2="-7" y2="113" {BLACK}/>
    <line x1="7" y1="113" x2="7" y2="147" {RED_DASH}/>
  </g>
"""


def between(cx: int) -> str:
    left, right = cx + 30, cx + 90
    return (f'  <line x1="{left}" y1="233" x2="{right - 3}" y2="233" {BLACK}/>\n'
            f'  <line x1="{right}" y1="248" x2="{left + 3}" y2="248" {RED_DASH}/>\n')


def main() -> None:
    parts = ["""<svg xmlns="http://www.w3.org/2000/svg" viewBox="50 0 570 420" width="570" height="420" font-family="sans-serif" font-size="15" fill="none">
  <defs>
    <marker id="k" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#222"/></marker>
    <marker id="r" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#d62728"/></marker>
  </defs>
  <!-- total loss and the per-step losses that add up to it -->
  <rect x="352" y="12" width="56" height="30" rx="5" stroke="#222" stroke-width="1.6"/>
  <text x="380" y="33" text-anchor="middle" fill="#222">ℒ</text>
"""]
    for cx, end in zip(COLUMNS, [(352, 36), (366, 42), (394, 42), (408, 36)]):
        parts.append(f'  <line x1="{cx}" y1="80" x2="{end[0]}" y2="{end[1]}" stroke="#222" stroke-width="1.2"/>\n')
    parts.append(f"""  <!-- a<0> -->
  <text x="92" y="245" text-anchor="middle" fill="#222">{sup("a", "0")}</text>
  <line x1="115" y1="233" x2="167" y2="233" {BLACK}/>
""")
    parts += [column(cx, str(t)) for t, cx in enumerate(COLUMNS, start=1)]
    parts += [between(cx) for cx in COLUMNS[:-1]]
    parts.append("""  <!-- shared parameters, used at every step -->
  <rect x="330" y="380" width="100" height="30" rx="5" stroke="#ff7f0e" stroke-width="1.6"/>
  <text x="380" y="400" text-anchor="middle" fill="#222">W<tspan font-size="10" dy="4">a</tspan><tspan dy="-4">, b</tspan><tspan font-size="10" dy="4">a</tspan></text>
""")
    for start, end in [(345, 226), (368, 340), (392, 420), (415, 534)]:
        parts.append(f'  <line x1="{start}" y1="380" x2="{end}" y2="259" stroke="#ff7f0e" stroke-width="1.3" stroke-dasharray="2 3"/>\n')
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
