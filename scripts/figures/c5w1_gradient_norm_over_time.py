"""Course 5, week 1, section 1.8: how the gradient of a tanh RNN shrinks or grows with distance in time.

For a tanh RNN with n_a = 64 units and W_aa = gamma * Q (Q a random orthogonal matrix), plots the spectral norm of
the Jacobian d a<T> / d a<T-k> = D<T> W_aa D<T-1> W_aa ... (D<j> = diag(1 - a<j>^2)) against k, on a log scale.
Writes docs/course-5/week-1/figures/gradient-norm-over-time.svg when run from the repository root.
"""

from pathlib import Path

import numpy as np

OUT = Path("docs/course-5/week-1/figures/gradient-norm-over-time.svg")
N_A, N_X, T, K = 64, 4, 60, 50
GAMMAS = [(0.8, "#1f77b4"), (1.0, "#2ca02c"), (3.0, "#d62728")]
X0, X1, Y0, Y1 = 90, 690, 30, 300  # plot area in pixels
LOG_MIN, LOG_MAX = -14, 8


def jacobian_norms(gamma: float) -> list[float]:
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(rng.standard_normal((N_A, N_A)))
    w_ax = rng.standard_normal((N_A, N_X)) * 0.5
    x = rng.standard_normal((N_X, T))
    w_aa = gamma * q
    a, acts = np.zeros((N_A, 1)), []
    for t in range(T):
        a = np.tanh(w_aa @ a + w_ax @ x[:, [t]])
        acts.append(a)
    jac, norms = np.eye(N_A), [1.0]
    for k in range(1, K + 1):
        jac = jac @ (np.diag(1 - acts[T - k][:, 0] ** 2) @ w_aa)
        norms.append(float(np.linalg.norm(jac, 2)))
    return norms


def px(k: float) -> float:
    return X0 + (X1 - X0) * k / K


def py(log_value: float) -> float:
    return Y1 - (Y1 - Y0) * (log_value - LOG_MIN) / (LOG_MAX - LOG_MIN)


def main() -> None:
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 350" width="720" height="350" '
             'font-family="sans-serif" font-size="13" fill="none">\n']
    parts.append(f'  <rect x="{X0}" y="{Y0}" width="{X1 - X0}" height="{Y1 - Y0}" stroke="#222" stroke-width="1"/>\n')
    for e in range(LOG_MIN + 2, LOG_MAX, 4):
        y = py(e)
        parts.append(f'  <line x1="{X0}" y1="{y:.1f}" x2="{X1}" y2="{y:.1f}" stroke="#222" stroke-width="0.5" '
                     'stroke-opacity="0.25"/>\n')
        parts.append(f'  <text x="{X0 - 8}" y="{y + 4:.1f}" text-anchor="end" fill="#222">10<tspan font-size="9" '
                     f'dy="-6">{str(e).replace("-", "−")}</tspan></text>\n')
    for k in range(0, K + 1, 10):
        x = px(k)
        parts.append(f'  <line x1="{x:.1f}" y1="{Y1}" x2="{x:.1f}" y2="{Y1 + 5}" stroke="#222" stroke-width="1"/>\n')
        parts.append(f'  <text x="{x:.1f}" y="{Y1 + 20}" text-anchor="middle" fill="#222">{k}</text>\n')
    parts.append(f'  <text x="{(X0 + X1) / 2}" y="{Y1 + 42}" text-anchor="middle" fill="#222" font-size="14">k</text>\n')
    parts.append(f'  <line x1="{X0}" y1="{py(0):.1f}" x2="{X1}" y2="{py(0):.1f}" stroke="#222" stroke-width="1" '
                 'stroke-dasharray="5 4"/>\n')
    for i, (gamma, colour) in enumerate(GAMMAS):
        norms = jacobian_norms(gamma)
        points = " ".join(f"{px(k):.1f},{py(max(np.log10(v), LOG_MIN)):.1f}" for k, v in enumerate(norms))
        parts.append(f'  <polyline points="{points}" stroke="{colour}" stroke-width="2"/>\n')
        ly = Y0 + 22 + 22 * i
        parts.append(f'  <line x1="{X0 + 20}" y1="{ly - 4}" x2="{X0 + 50}" y2="{ly - 4}" stroke="{colour}" '
                     'stroke-width="2"/>\n')
        parts.append(f'  <text x="{X0 + 58}" y="{ly}" fill="#222">γ = {gamma}</text>\n')
    parts.append("</svg>\n")
    OUT.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
