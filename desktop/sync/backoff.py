"""How long to wait after failed attempts: doubling, capped, with full jitter so that the desks
of an office that lost the network together do not all come back in the same second."""

from __future__ import annotations

import random

BASE, CAP = 5.0, 15 * 60.0  # seconds


def delay(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` failed attempts in a row (0: go now)."""
    if failures <= 0:
        return 0.0
    ceiling = min(CAP, BASE * 2 ** (failures - 1))
    return (rng or random).uniform(ceiling / 2, ceiling)
