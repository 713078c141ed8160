"""Figure for C3W2 2.4: two ways to split 200,000 web images and 10,000 app images into train/dev/test.

Each box is one set; the bar inside shows what share of it is web (blue) and app (orange) images.
Option 1 shuffles everything, so the expected shares follow the pool; option 2 keeps dev/test app-only.
"""

from pathlib import Path

OUT = Path("docs/course-3/week-2/figures/data-split-options.svg")
INK = "#222"
WEB, APP = "#1f77b4", "#ff7f0e"
N_WEB, N_APP = 200_000, 10_000


def stacked(x, y, w, h, web, app):
    """A 100 % bar: web share on the left, app share on the right, with the two counts written below."""
    total = web + app
    w_web = w * web / total
    parts = []
    if web:
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w_web:.1f}" height="{h}" fill="{WEB}" fill-opacity="0.55" stroke="none"/>')
    if app:
        parts.append(f'<rect x="{x + w_web:.1f}" y="{y}" width="{w - w_web:.1f}" height="{h}" fill="{APP}" fill-opacity="0.7" stroke="none"/>')
    parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w}" height="{h}" stroke="{INK}" stroke-width="1.2" fill="none"/>')
    parts.append(f'<text x="{x + 2:.1f}" y="{y + h + 16}" fill="{WEB}" font-size="12">{web:,}</text>')
    parts.append(f'<text x="{x + w - 2:.1f}" y="{y + h + 16}" text-anchor="end" fill="{APP}" font-size="12">{app:,}</text>')
    return parts


def split_row(y, label, sets):
    parts = [f'<text x="20" y="{y + 20}" fill="{INK}" font-size="15" font-weight="bold">{label}</text>']
    xs = [60, 330, 520]
    widths = [240, 160, 160]
    for (name, web, app), x, w in zip(sets, xs, widths):
        parts.append(f'<text x="{x + w / 2}" y="{y - 6}" text-anchor="middle" fill="{INK}" font-size="13">'
                     f'{name} {web + app:,}</text>')
        parts += stacked(x, y, w, 26, web, app)
    return parts


def main():
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 300" width="720" height="300" '
        'font-family="sans-serif" font-size="14" fill="none">',
        f'<text x="60" y="24" fill="{INK}" font-size="13">pool {N_WEB + N_APP:,}</text>',
    ]
    out += stacked(60, 32, 620, 22, N_WEB, N_APP)[:3]
    out.append(f'<text x="62" y="72" fill="{WEB}" font-size="12">web {N_WEB:,}</text>')
    out.append(f'<text x="678" y="72" text-anchor="end" fill="{APP}" font-size="12">app {N_APP:,}</text>')
    # option 1: shuffle, then cut 205,000 / 2,500 / 2,500; expected shares follow the pool
    share = N_APP / (N_WEB + N_APP)
    def expected(n):
        app = round(n * share)
        return n - app, app
    opt1 = [("train", *expected(205_000)), ("dev", *expected(2_500)), ("test", *expected(2_500))]
    opt1[0] = ("train", N_WEB - opt1[1][1] - opt1[2][1], N_APP - opt1[1][2] - opt1[2][2])
    out += split_row(120, "1", opt1)
    # option 2: all web plus half of the app images for training, the other half split into dev and test
    opt2 = [("train", N_WEB, 5_000), ("dev", 0, 2_500), ("test", 0, 2_500)]
    out += split_row(220, "2", opt2)
    out.append("</svg>")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
