#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check `tenderscore score --format json` output against generate_grant_round.py's expectations.

    bench/check_result.py EXPECTED_JSON RESULT_JSON

Exits 1 and lists every mismatch when the result differs: bid count, number in contention,
the lowest price in contention, and each sampled bid's status, exclusion rule and exact total.
"""

import json
import sys
from fractions import Fraction


def main():
    expected = json.load(open(sys.argv[1], encoding="utf-8"))
    result = json.load(open(sys.argv[2], encoding="utf-8"))
    bids = result["lots"][0]["bids"]
    by_name = {b["bidder"]: b for b in bids}
    problems = []

    def same(what, want, got):
        if want != got:
            problems.append(f"{what}: expected {want!r}, got {got!r}")

    same("number of bids", expected["applications"], len(bids))
    same("bids in contention", expected["ranked"],
         sum(1 for b in bids if b["status"] == "ranked"))
    same("lowest price in contention", float(Fraction(expected["lowest_price_in_contention"])),
         result["lots"][0]["price_benchmarks"]["lowest"])
    for name, want in expected["bids"].items():
        got = by_name.get(name)
        if got is None:
            problems.append(f"{name}: missing from the result")
            continue
        same(f"{name} status", want["status"], got["status"])
        same(f"{name} exclusion", want["exclusion"], (got["exclusion"] or {}).get("rule"))
        same(f"{name} total_exact", want["total_exact"], got["total_exact"])
    for p in problems:
        print("MISMATCH " + p)
    if problems:
        return 1
    print(f"correct: {len(bids)} bids, {expected['ranked']} in contention, "
          f"{len(expected['bids'])} sampled totals match the independent exact computation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
