#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# An independent check of `tenderscore measure wemwbs wemwbs.csv`: the same summary computed with
# Python's fractions and statistics modules (the t quantile by bisection on a numerically
# integrated t density, not Boost). The README quotes its output.
#   python3 wemwbs_summary.py wemwbs.csv
import csv
import math
import statistics
import sys
from fractions import Fraction


def t_cdf(x, df, steps=20000):
    """P(T <= x) for x >= 0: 0.5 + the integral of the t density from 0 to x (Simpson's rule)."""
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)
    pdf = lambda t: c * (1 + t * t / df) ** (-(df + 1) / 2)
    h = x / steps
    s = pdf(0) + pdf(x) + sum((4 if i % 2 else 2) * pdf(i * h) for i in range(1, steps))
    return 0.5 + s * h / 3


def t_quantile(p, df):
    lo, hi = 0.0, 50.0
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if t_cdf(mid, df) < p else (lo, mid)
    return (lo + hi) / 2


def main(path):
    totals = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            items = [row[f"item{i}"] for i in range(1, 15)]
            total = None if "" in items else sum(int(v) for v in items)
            totals[(row["id"], row["time"])] = total
    for time in ("pre", "post"):
        scored = [t for (i, tm), t in totals.items() if tm == time and t is not None]
        print(f"{time}: n = {len(scored)}, sum = {sum(scored)}, "
              f"mean = {Fraction(sum(scored), len(scored))} = {sum(scored) / len(scored):.4f}")
    ids = sorted({i for i, _ in totals})
    changes = [totals[(i, "post")] - totals[(i, "pre")] for i in ids
               if totals.get((i, "pre")) is not None and totals.get((i, "post")) is not None]
    n = len(changes)
    mean = Fraction(sum(changes), n)
    sd = statistics.stdev(changes)
    t = t_quantile(0.975, n - 1)
    half = t * sd / math.sqrt(n)
    print(f"pairs: n = {n}, changes = {sorted(changes)}")
    print(f"mean change = {mean} = {float(mean):.4f}, sd = {sd:.4f}, t(0.975, {n - 1}) = {t:.6f}")
    print(f"95% CI = ({float(mean) - half:.4f}, {float(mean) + half:.4f})")
    better = sum(1 for c in changes if c >= 3)
    worse = sum(1 for c in changes if c <= -3)
    print(f"improved by >= 3: {better} of {n} = {better / n:.4f}; worse by >= 3: {worse}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "wemwbs.csv")
