#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The same weight-uncertainty computation in vectorised numpy (Debian's python3-numpy):
Dirichlet weights around the published ones, each bid's total, first places (ties counted as
ties) and the rank distribution, in chunks of 20,000 draws. Prints the seconds spent computing
(reading the file excluded), then per bid: name, draws alone first, draws tied first."""
import re
import sys
import time

import numpy as np

bids_path, draws, seed, concentration = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
bids = {}
current = None
for line in open(bids_path):
    m = re.match(r"  - bidder: (\S+)", line)
    if m:
        current = m.group(1)
        bids[current] = []
        continue
    m = re.match(r"      q\d+: \{evaluators: \{ev-a: (\d+)", line)
    if m:
        bids[current].append(float(m.group(1)))
names = list(bids)
scores = np.array([bids[name] for name in names])  # bids x criteria, 0-100
n, k = scores.shape
start = time.perf_counter()
rng = np.random.default_rng(seed)
published = np.full(k, 100.0 / k)
first_alone = np.zeros(n, np.int64)
first_tied = np.zeros(n, np.int64)
ranks = np.zeros((n, n), np.int64)
done = 0
while done < draws:
    m = min(20000, draws - done)
    weights = rng.dirichlet(concentration * published / 100, size=m) * 100
    totals = weights @ (scores / 100).T  # points: weight x score / scale maximum
    top = totals == totals.max(axis=1, keepdims=True)
    count = top.sum(axis=1)
    first_alone += (top & (count == 1)[:, None]).sum(axis=0)
    first_tied += (top & (count > 1)[:, None]).sum(axis=0)
    ahead = (totals[:, None, :] > totals[:, :, None]).sum(axis=2)  # bids strictly ahead
    ranks += np.stack([np.bincount(ahead[:, b], minlength=n) for b in range(n)])
    done += m
print(f"{time.perf_counter() - start:.3f}")
for i, name in enumerate(names):
    print(name, first_alone[i], first_tied[i])
