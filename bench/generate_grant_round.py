#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write a synthetic grant round for the bulk-CSV benchmark (see bench/README.md).

    bench/generate_grant_round.py OUT_DIR [--applications N] [--seed S]

writes into OUT_DIR:
  tender.yaml    a grant round: 20 questions on a 0-4 scale (4 quality groups of 4 questions
                 and a social value group of 4), a budget price criterion with a ceiling, a
                 3-evaluator mean panel, one gate; weights sum to 100
  bids.yaml      one bid per application holding only its gate answer
  scores.csv     N x 20 x 3 rows: bidder,lot,question,evaluator,score,comment
  prices.csv     N rows: bidder,lot,price
  expected.json  totals and statuses of a sample of applications, computed here independently
                 of tenderscore with exact fractions, for bench/check_result.py

Python standard library only; the output depends only on N and the seed.
"""

import argparse
import json
import random
from fractions import Fraction
from pathlib import Path

SCALE_MAX = 4
EVALUATORS = ["ev-community", "ev-finance", "ev-programme"]
GATE = "eligibility"
PRICE_ID = "grant"
PRICE_WEIGHT = 20
CEILING = 15000
# (group id, group weight, [(question id, weight, minimum or None)]); social value is last.
GROUPS = [
    ("need", 18, [("need-evidence", 5, 1), ("need-reach", 5, None),
                  ("need-voice", 4, None), ("need-gap", 4, None)]),
    ("delivery", 18, [("delivery-plan", 5, None), ("delivery-staff", 5, None),
                      ("delivery-risk", 4, None), ("delivery-safeguarding", 4, None)]),
    ("outcomes", 18, [("outcomes-change", 5, None), ("outcomes-measure", 5, None),
                      ("outcomes-learning", 4, None), ("outcomes-legacy", 4, None)]),
    ("value", 18, [("value-budget", 5, None), ("value-match", 5, None),
                   ("value-efficiency", 4, None), ("value-sustainability", 4, None)]),
    ("social-value", 8, [("sv-local-jobs", 2, None), ("sv-volunteering", 2, None),
                         ("sv-environment", 2, None), ("sv-inclusion", 2, None)]),
]
QUESTIONS = [q for _, _, qs in GROUPS for q in qs]
assert len(QUESTIONS) == 20
assert PRICE_WEIGHT + sum(w for _, w, _ in GROUPS) == 100
assert all(w == sum(qw for _, qw, _ in qs) for _, w, qs in GROUPS)


def bidder_name(i):
    return f"Applicant {i:05d} Community Trust"


def generate(n, seed):
    """Return the applications: name, gate pass, price (Fraction), scores[question][evaluator]."""
    rng = random.Random(seed)
    apps = []
    for i in range(1, n + 1):
        strength = rng.uniform(0.8, 3.6)  # how good the application is overall
        scores = {}
        for qid, _, _ in QUESTIONS:
            scores[qid] = [max(0, min(SCALE_MAX, round(strength + rng.gauss(0, 0.8))))
                           for _ in EVALUATORS]
        pence = rng.choice([0, 0, 0, rng.randrange(1, 100)])
        price = Fraction(rng.randrange(4000, 15600) * 100 + pence, 100)  # some above the ceiling
        apps.append({"name": bidder_name(i), "pass": rng.random() >= 0.03, "price": price,
                     "scores": scores})
    return apps


def expected_results(apps):
    """Score every application with exact fractions, following the tender's rules."""
    results = {}
    for app in apps:
        mean = {qid: Fraction(sum(app["scores"][qid]), len(EVALUATORS)) for qid, _, _ in QUESTIONS}
        reason = None
        if not app["pass"]:
            reason = "gate"
        elif any(m is not None and mean[qid] < m for qid, _, m in QUESTIONS):
            reason = "minimum"
        elif app["price"] > CEILING:
            reason = "budget"
        results[app["name"]] = {"mean": mean, "exclusion": reason, "price": app["price"]}
    lowest = min(r["price"] for r in results.values() if r["exclusion"] is None)
    for r in results.values():
        if r["exclusion"] is not None:
            r["total"] = None
            continue
        quality = sum(Fraction(w) * r["mean"][qid] / SCALE_MAX for qid, w, _ in QUESTIONS)
        r["total"] = Fraction(PRICE_WEIGHT) * lowest / r["price"] + quality
    return results, lowest


def fraction_text(value):
    if value.denominator == 1:
        return str(value.numerator)
    return f"{value.numerator}/{value.denominator}"


def price_text(value):
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.2f}"


def write_tender(path):
    lines = [
        "# Synthetic grant round for bench/run (bench/generate_grant_round.py).",
        "format: tenderscore/tender@1",
        "tender:",
        "  id: grant-round-bench",
        "  title: Synthetic community grants round (benchmark)",
        "  authority: Example Grants Board",
        "  currency: GBP",
        "  estimated_value: 10000000",
        "  procedure: grant",
        "scales:",
        "  grant-0-4:",
        "    min: 0",
        f"    max: {SCALE_MAX}",
        "    step: 1",
        "panel:",
        "  evaluators:",
    ]
    lines += [f"    - {{id: {e}, role: assessor}}" for e in EVALUATORS]
    lines += [
        "  aggregate: mean",
        "  spread_flag: 3",
        "gates:",
        f"  - {{id: {GATE}, text: The applicant is an eligible community organisation}}",
        "criteria:",
        f"  - id: {PRICE_ID}",
        "    title: Grant requested",
        f"    weight: {PRICE_WEIGHT}",
        "    price:",
        "      method: budget",
        f"      ceiling: {CEILING}",
    ]
    for gid, weight, questions in GROUPS:
        lines += [f"  - id: {gid}", f"    weight: {weight}"]
        if gid == "social-value":
            lines.append("    social_value: true")
        lines.append("    children:")
        for qid, qweight, minimum in questions:
            extra = f", minimum: {minimum}" if minimum is not None else ""
            lines.append(f"      - {{id: {qid}, weight: {qweight}, scale: grant-0-4{extra}, "
                         f"text: \"Question {qid}\"}}")
    lines.append("tie_break: [need, delivery]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_files(out, apps):
    write_tender(out / "tender.yaml")
    with open(out / "bids.yaml", "w", encoding="utf-8") as f:
        f.write("format: tenderscore/bids@1\ntender: grant-round-bench\nbids:\n")
        for app in apps:
            answer = "pass" if app["pass"] else "fail"
            f.write(f"  - bidder: {app['name']}\n    gates: {{{GATE}: {answer}}}\n")
    with open(out / "scores.csv", "w", encoding="utf-8", newline="") as f:
        f.write("bidder,lot,question,evaluator,score,comment\n")
        for app in apps:
            for qid, _, _ in QUESTIONS:
                for k, evaluator in enumerate(EVALUATORS):
                    comment = ""
                    if k == 0 and qid == "need-evidence":
                        comment = '"Local data cited, ""good"" reach, needs a baseline"'
                    f.write(f"{app['name']},,{qid},{evaluator},{app['scores'][qid][k]},"
                            f"{comment}\n")
    with open(out / "prices.csv", "w", encoding="utf-8", newline="") as f:
        f.write("bidder,lot,price\n")
        for app in apps:
            f.write(f"{app['name']},,{price_text(app['price'])}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--applications", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    apps = generate(args.applications, args.seed)
    write_files(args.out, apps)
    results, lowest = expected_results(apps)

    # A sample: the first and last applications, every 997th, and the first of each exclusion.
    names = [a["name"] for a in apps]
    sample = set(names[:5] + names[-3:] + names[::997])
    for reason in ("gate", "minimum", "budget"):
        sample.update([n for n in names if results[n]["exclusion"] == reason][:2])
    sample.add(min((n for n in names if results[n]["total"] is not None),
                   key=lambda n: results[n]["price"]))  # the bid setting the lowest price
    expected = {
        "applications": len(apps),
        "rows": len(apps) * len(QUESTIONS) * len(EVALUATORS),
        "ranked": sum(1 for r in results.values() if r["exclusion"] is None),
        "lowest_price_in_contention": fraction_text(lowest),
        "bids": {
            n: {"status": "excluded" if results[n]["exclusion"] else "ranked",
                "exclusion": results[n]["exclusion"],
                "total_exact": None if results[n]["total"] is None
                else fraction_text(results[n]["total"])}
            for n in sorted(sample)
        },
    }
    (args.out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n",
                                            encoding="utf-8")
    print(f"wrote {args.out}: {len(apps)} applications, {expected['rows']} score rows, "
          f"{expected['ranked']} in contention, {len(expected['bids'])} expected totals")


if __name__ == "__main__":
    main()
