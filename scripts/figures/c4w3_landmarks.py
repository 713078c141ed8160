"""Figure for C4W3 3.2: numbered face landmarks (in a fixed order) and body key points for pose detection."""

from pathlib import Path

OUT = Path("docs/course-4/week-3/figures/landmarks.svg")
INK, BLUE, RED, GREEN, ORANGE = "#222", "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"
FACE_X, FACE_Y = 190, 160
# face landmarks in a fixed order: 4 eye corners, nose tip, 2 mouth corners, chin (dx, dy from the face centre)
FACE_POINTS = [(-62, -28), (-22, -26), (22, -26), (62, -28), (0, 18), (-34, 58), (34, 58), (0, 143)]
BODY_X, BODY_Y = 520, 40
JOINTS = {"head": (0, 20), "neck": (0, 60), "ls": (-40, 70), "rs": (40, 70), "le": (-58, 130), "re": (58, 120),
          "lw": (-66, 185), "rw": (88, 160), "lh": (-25, 180), "rh": (25, 180), "lk": (-32, 245), "rk": (34, 245),
          "la": (-38, 300), "ra": (46, 298)}
BONES = [("neck", "ls"), ("neck", "rs"), ("ls", "le"), ("le", "lw"), ("rs", "re"), ("re", "rw"), ("neck", "lh"),
         ("neck", "rh"), ("lh", "rh"), ("lh", "lk"), ("lk", "la"), ("rh", "rk"), ("rk", "ra")]


def main():
    o = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 350" width="720" height="350" '
         'font-family="sans-serif" font-size="14" fill="none">']
    cx, cy = FACE_X, FACE_Y
    # a face drawn lightly: outline, eyes, nose, mouth
    o.append(f'<ellipse cx="{cx}" cy="{cy + 10}" rx="105" ry="135" stroke="{INK}" stroke-width="1.3" stroke-opacity="0.6"/>')
    for ex in (-42, 42):
        o.append(f'<path d="M{cx + ex - 20},{cy - 27} Q{cx + ex},{cy - 42} {cx + ex + 20},{cy - 27} '
                 f'Q{cx + ex},{cy - 14} {cx + ex - 20},{cy - 27} Z" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.6"/>')
    o.append(f'<path d="M{cx},{cy - 15} L{cx - 10},{cy + 16} L{cx + 8},{cy + 18}" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.6"/>')
    o.append(f'<path d="M{cx - 34},{cy + 58} Q{cx},{cy + 76} {cx + 34},{cy + 58}" stroke="{INK}" stroke-width="1.2" stroke-opacity="0.6"/>')
    for k, (dx, dy) in enumerate(FACE_POINTS, start=1):
        col = BLUE if k <= 4 else RED
        o.append(f'<circle cx="{cx + dx}" cy="{cy + dy}" r="4" fill="{col}"/>')
        ty = cy + dy - 10 if k <= 4 else cy + dy + 20
        o.append(f'<text x="{cx + dx}" y="{ty}" text-anchor="middle" fill="{col}" font-size="12">'
                 f'l<tspan dy="3" font-size="9">{k}</tspan></text>')
    # a stick figure with key points
    p = {k: (BODY_X + x, BODY_Y + y) for k, (x, y) in JOINTS.items()}
    o.append(f'<circle cx="{p["head"][0]}" cy="{p["head"][1]}" r="20" stroke="{INK}" stroke-width="1.3" stroke-opacity="0.6"/>')
    for a, b in BONES:
        o.append(f'<line x1="{p[a][0]}" y1="{p[a][1]}" x2="{p[b][0]}" y2="{p[b][1]}" stroke="{INK}" stroke-width="1.3" stroke-opacity="0.6"/>')
    for k in JOINTS:
        if k != "head":
            o.append(f'<circle cx="{p[k][0]}" cy="{p[k][1]}" r="4.5" fill="{GREEN}"/>')
    o.append("</svg>")
    OUT.write_text("\n".join(o) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
