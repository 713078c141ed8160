"""Trigger word detection: where words occur in a 10-second clip, and the target labels y<t>.

Writes docs/course-5/week-3/figures/trigger-word-labels.svg (run from the repo root). The labels are
computed here as in section 3.10's code: T_y = 1375 outputs, 50 ones right after each trigger word.
"""

import numpy as np

OUT = "docs/course-5/week-3/figures/trigger-word-labels.svg"
T_Y, K, CLIP = 1375, 50, 10_000
triggers = [(2400, 3000), (6600, 7200)]          # (start ms, end ms) of the trigger word
others = [(1000, 1600), (4600, 5300), (8300, 8800)]  # other words


def step(ms):
    return int(ms * T_Y / CLIP)


y = np.zeros(T_Y)
for _, end in triggers:
    y[step(end) + 1:step(end) + 1 + K] = 1
assert y.sum() == len(triggers) * K

L, R = 60, 680


def px_ms(ms):
    return L + (R - L) * ms / CLIP


def px_step(t):
    return L + (R - L) * t / T_Y


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 250" width="720" height="250" '
    'font-family="sans-serif" font-size="13" fill="none">',
]
# top: the audio clip with words
TY0, TH = 30, 40
parts.append(f'  <rect x="{L}" y="{TY0}" width="{R - L}" height="{TH}" stroke="#222" stroke-opacity="0.5"/>')
for start, end in others:
    parts.append(f'  <rect x="{px_ms(start):.1f}" y="{TY0 + 6}" width="{px_ms(end) - px_ms(start):.1f}" height="{TH - 12}" '
                 f'fill="#222" fill-opacity="0.15" stroke="#222" stroke-opacity="0.4"/>')
for start, end in triggers:
    parts.append(f'  <rect x="{px_ms(start):.1f}" y="{TY0 + 6}" width="{px_ms(end) - px_ms(start):.1f}" height="{TH - 12}" '
                 f'fill="#ff7f0e" fill-opacity="0.35" stroke="#ff7f0e" stroke-width="1.5"/>')
    parts.append(f'  <line x1="{px_ms(end):.1f}" y1="{TY0 + TH}" x2="{px_ms(end):.1f}" y2="190" stroke="#ff7f0e" '
                 f'stroke-dasharray="3 3"/>')
parts.append(f'  <text x="{L - 10}" y="{TY0 + TH / 2 + 5}" text-anchor="end" fill="#222" font-size="15">x</text>')
# bottom: label sequence
BY0, BY1 = 190, 110                              # y = 0 and y = 1 in pixels
pts = []
for t in range(T_Y):
    v = BY0 + (BY1 - BY0) * y[t]
    pts.append(f"{px_step(t):.1f},{v:.1f}")
    pts.append(f"{px_step(t + 1):.1f},{v:.1f}")
parts.append(f'  <polyline points="{" ".join(pts)}" stroke="#1f77b4" stroke-width="2"/>')
parts.append(f'  <line x1="{L}" y1="{BY0}" x2="{R}" y2="{BY0}" stroke="#222" stroke-opacity="0.5"/>')
parts.append(f'  <text x="{L - 10}" y="{BY0 + 4}" text-anchor="end" fill="#222" font-size="12">0</text>')
parts.append(f'  <text x="{L - 10}" y="{BY1 + 4}" text-anchor="end" fill="#222" font-size="12">1</text>')
parts.append(f'  <text x="{L - 30}" y="{(BY0 + BY1) / 2 + 5}" text-anchor="end" fill="#222" font-size="15">y</text>')
for s in range(0, 11, 2):
    x = px_ms(s * 1000)
    parts.append(f'  <line x1="{x:.1f}" y1="{BY0}" x2="{x:.1f}" y2="{BY0 + 5}" stroke="#222"/>')
    parts.append(f'  <text x="{x:.1f}" y="{BY0 + 20}" text-anchor="middle" fill="#222" font-size="12">{s} s</text>')
for _, end in triggers:
    parts.append(f'  <text x="{px_step(step(end) + 1 + K / 2):.1f}" y="{BY1 - 8}" text-anchor="middle" fill="#1f77b4" '
                 f'font-size="12">{K}</text>')
parts.append(f'  <text x="{R}" y="{BY0 + 42}" text-anchor="end" fill="#222" font-size="12">T<tspan dy="4" font-size="9">y</tspan><tspan dy="-4"> = {T_Y}</tspan></text>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
