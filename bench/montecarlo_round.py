#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write the weight-uncertainty benchmark's round: 10 top-level questions of weight 10 each
(scale 0-100), 50 bids, two evaluators giving each bid the same score (40-100, fixed seed)."""
import random
import sys

out = sys.argv[1]
r = random.Random(5)
k, n = 10, 50
tender = ["format: tenderscore/tender@1", "tender:", "  id: weight-draws", "  title: Weight uncertainty benchmark",
          "  currency: GBP", "scales:", "  pct: {min: 0, max: 100, step: 1}", "panel:", "  evaluators:",
          "    - {id: ev-a, role: commissioner}", "    - {id: ev-b, role: clinician}", "criteria:"]
tender += [f"  - {{id: q{i}, weight: 10, scale: pct}}" for i in range(k)]
with open(f"{out}/tender.yaml", "w") as f:
    f.write("\n".join(tender) + "\n")
bids = ["format: tenderscore/bids@1", "tender: weight-draws", "bids:"]
for j in range(n):
    bids += [f"  - bidder: bid-{j:02d}", "    scores:"]
    for i in range(k):
        s = r.randint(40, 100)
        bids.append(f"      q{i}: {{evaluators: {{ev-a: {s}, ev-b: {s}}}}}")
with open(f"{out}/bids.yaml", "w") as f:
    f.write("\n".join(bids) + "\n")
