"""One reported problem, printed as `file:line: message`.

Every check returns a list of these, so CI can turn them into annotations on the changed lines
and a contributor can jump straight to the place that is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the repository root, with forward slashes
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"
