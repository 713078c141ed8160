"""Figure for C4W1 1.10: the LeNet-5-like network, volumes drawn to scale (side ~ sqrt(n_H), depth ~ sqrt(n_c))."""

from pathlib import Path

from c4w1_simple_convnet import INK, network_svg  # same drawing, another network (run from scripts/figures/)

OUT = Path("docs/course-4/week-1/figures/lenet-like.svg")
BLUE, RED, GREEN, ORANGE = "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e"

# (shape, colour) of each activation; the operation that produces it
ITEMS = [((32, 32, 3), INK), ((28, 28, 6), BLUE), ((14, 14, 6), ORANGE), ((10, 10, 16), BLUE),
         ((5, 5, 16), ORANGE), ((400,), INK), ((120,), GREEN), ((84,), GREEN), ((10,), RED)]
OPS = ["CONV1", "POOL1", "CONV2", "POOL2", "", "FC3", "FC4", "softmax"]
GAP = 44


def main():
    svg = network_svg(ITEMS, OPS, GAP, 5, lambda x: x - GAP + 18)
    OUT.write_text(svg, encoding="utf-8")


if __name__ == "__main__":
    main()
