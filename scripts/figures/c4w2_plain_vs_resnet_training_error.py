"""Qualitative training error vs number of layers: plain network (theory and practice) and ResNet.

Writes docs/course-4/week-2/figures/plain-vs-resnet-training-error.svg (run from the repo root).
The curves are illustrative shapes, not measurements.
"""

import numpy as np

OUT = "docs/course-4/week-2/figures/plain-vs-resnet-training-error.svg"
X0, X1, Y0, Y1 = 90.0, 560.0, 250.0, 30.0      # plot box in SVG units (Y0 is the bottom)
L_MAX, E_MAX = 100.0, 0.7

layers = np.linspace(2, L_MAX, 99)
curves = [
    ("theory", 0.08 + 0.6 * np.exp(-layers / 12), "#7f7f7f", "6 4"),
    ("plain", 0.10 + 0.6 * np.exp(-layers / 12) + 0.25 * (layers / L_MAX) ** 2, "#d62728", None),
    ("ResNet", 0.05 + 0.6 * np.exp(-layers / 14), "#1f77b4", None),
]


def sx(v):
    return X0 + (X1 - X0) * v / L_MAX


def sy(v):
    return Y0 - (Y0 - Y1) * v / E_MAX


parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
    'font-family="sans-serif" font-size="13" fill="none">',
    f'  <line x1="{X0}" y1="{Y0}" x2="{X1 + 10}" y2="{Y0}" stroke="#222" stroke-width="1.2"/>',
    f'  <line x1="{X0}" y1="{Y0}" x2="{X0}" y2="{Y1 - 10}" stroke="#222" stroke-width="1.2"/>',
    f'  <text x="{(X0 + X1) / 2}" y="{Y0 + 38}" text-anchor="middle" fill="#222">number of layers</text>',
    f'  <text x="{X0 - 20}" y="{(Y0 + Y1) / 2}" text-anchor="middle" fill="#222" '
    f'transform="rotate(-90 {X0 - 20} {(Y0 + Y1) / 2})">training error</text>',
]
for tick in (20, 40, 60, 80, 100):
    parts.append(f'  <line x1="{sx(tick):.1f}" y1="{Y0}" x2="{sx(tick):.1f}" y2="{Y0 + 5}" stroke="#222"/>')
    parts.append(f'  <text x="{sx(tick):.1f}" y="{Y0 + 19}" text-anchor="middle" fill="#222" font-size="11">{tick}</text>')
for k, (name, err, colour, dash) in enumerate(curves):
    points = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in zip(layers, err))
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    parts.append(f'  <polyline points="{points}" stroke="{colour}" stroke-width="2"{dash_attr}/>')
    y_legend = 60 + 28 * k
    parts.append(f'  <line x1="585" y1="{y_legend}" x2="615" y2="{y_legend}" stroke="{colour}" stroke-width="2"{dash_attr}/>')
    parts.append(f'  <text x="622" y="{y_legend + 4}" fill="{colour}">{name}</text>')
plain = curves[1][1]
best = int(np.argmin(plain))
parts.append(f'  <circle cx="{sx(layers[best]):.1f}" cy="{sy(plain[best]):.1f}" r="4" fill="#d62728"/>')
parts.append("</svg>")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(parts) + "\n")
