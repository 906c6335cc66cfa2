#!/usr/bin/env python3
"""Writes bids.yaml (organisation, gates, grant requested, conflicts) and scores.csv (every
evaluator's score per question) for the grant-round-two-stage example. Deterministic: no
randomness; run it again and the files come out byte for byte the same.

    python3 examples/grant-round-two-stage/generate.py
"""
import csv
import os
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
EVALUATORS = ["ev-patient", "ev-clinician", "ev-commissioner", "ev-arts"]
EOI_QUESTIONS = ["need", "capacity"]
QUESTIONS = ["outcomes", "delivery", "evaluation", "local-benefit"]
SHORTLIST = 12

# (application, grant requested, gates failed, conflicted evaluators,
#  expression-of-interest panel median for need, capacity,
#  award panel median for outcomes, delivery, evaluation, local-benefit — used only when the
#  application is shortlisted)
APPLICATIONS = [
    ("Creative Minds CIC: Memory Café", 12000, [], [], (4, 3.5), (4, 4, 3, 3)),
    ("Creative Minds CIC: Singing Group", 9000, [], [], (3, 3), (3, 3, 3, 3)),
    ("Creative Minds CIC: Young Carers Art Club", 14000, [], [], (2, 2), (2, 2, 2, 3)),
    ("Singing for Breath Trust: COPD Choir", 9500, [], [], (3.5, 4), (4, 3.5, 3, 4)),
    ("Singing for Breath Trust: Long Covid Choir", 11000, [], [], (3, 2.5), (3, 2.5, 3, 3)),
    ("Stanley Arts Collective: Printmaking for Recovery", 14800, [], [], (3, 4), (3.5, 4, 2, 2)),
    ("Stanley Arts Collective: Open Studio", 10000, [], [], (2, 3), (2, 3, 2, 2)),
    ("Museum Memories Ltd: Object Handling", 15000, [], [], (3, 3.5), (3, 4, 3, 3)),
    ("Museum Memories Ltd: Reminiscence Boxes", 7500, [], [], (2.5, 3), (2.5, 3, 2, 2)),
    ("Dance Well Partnership: Seated Dance", 13000, [], [], (3.5, 3), (3.5, 3.5, 3, 3)),
    ("Dance Well Partnership: Dance for Parkinson's", 14500, [], [], (3, 2), (3, 2, 3, 2)),
    ("Paint the Town CIC: Hospital Mural", 8000, [], [], (4, 2.5), (4, 2.5, 2, 4)),
    ("Paint the Town CIC: Street Art for Young People", 6500, [], [], (2, 2), (2, 2, 1, 3)),
    ("Green Shoots Gardens CIC: Therapeutic Gardening", 11500, [], [], (3.5, 3), (3, 3.5, 3, 4)),
    ("Green Shoots Gardens CIC: Forest Crafts", 9000, [], [], (2.5, 2), (2.5, 2, 2, 3)),
    ("Harbour Lights Theatre: Drama for Confidence", 12500, [], [], (3, 3), (3, 3, 2, 2)),
    ("Harbour Lights Theatre: Puppetry in Wards", 10000, ["safeguarding"], [], (4, 4), (4, 4, 4, 4)),
    ("Words for Wellbeing: Creative Writing", 6000, [], [], (1, 3), (1, 3, 2, 2)),
    ("Words for Wellbeing: Poetry on Prescription", 7000, [], [], (2, 1), (2, 1, 1, 2)),
    ("Riverside Men's Shed: Woodcraft", 9800, [], [], (2.5, 4), (2.5, 4, 2, 3)),
    ("Lantern Photography Project: Photo Walks", 10500, [], ["ev-arts"], (3, 4), (3, 4, 3, 3)),
    ("Lantern Photography Project: Camera Club", 8500, [], [], (1, 2), (1, 2, 2, 2)),
    ("Northgate Community Music: Drumming Circle", 12000, [], [], (2, 2.5), (2, 2.5, 2, 3)),
    ("Ashby Library Friends: Reading Aloud", 5000, [], [], (1.5, 1.5), (1.5, 1.5, 2, 2)),
]

# One moderated score: the panel split 2, 3, 4, 4 on the mural's outcomes (median 3.5) and agreed 4.
MODERATED = {
    ("Paint the Town CIC: Hospital Mural", "outcomes"): (
        [2, 3, 4, 4], 4,
        "Panel agreed 4: the ward pilot's before-and-after WEMWBS results are strong; "
        "the patient wanted a longer follow-up."),
}

# Offsets around the median, chosen in turn; each keeps the median where it is.
# (Each spreads the panel by at most 1, so only the mural's outcomes reach the spread flag of 2.)
PATTERNS4 = [(0, 0, 0, 0), (0, 0, 1, 0), (-1, 0, 0, 0), (0, 0, 0, 1), (0, -1, 0, 0), (1, 0, 0, 0)]
PATTERNS3 = [(0, 0, 0), (0, 1, 0), (0, 0, -1)]


def median(values):
    s = sorted(Fraction(v) for v in values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def panel(target, evaluators, turn):
    n = len(evaluators)
    if Fraction(target).denominator == 2:  # a half: two scores each side
        lo, hi = int(target - Fraction(1, 2)), int(target + Fraction(1, 2))
        scores = [lo, hi, lo, hi] if turn % 2 == 0 else [hi, lo, hi, lo]
    else:
        patterns = PATTERNS4 if n == 4 else PATTERNS3
        scores = [min(4, max(0, target + d)) for d in patterns[turn % len(patterns)]]
    scores = scores[:n]
    assert median(scores) == Fraction(target), (target, scores)
    return scores


def shortlisted():
    """The top SHORTLIST of the applications that pass both gates, on expression-of-interest
    points 60 × need ÷ 4 + 40 × capacity ÷ 4 (no tie at the cut-off: asserted)."""
    points = sorted(((15 * Fraction(n) + 10 * Fraction(c), name)
                     for name, _, failed, _, (n, c), _ in APPLICATIONS if not failed),
                    key=lambda p: -p[0])
    assert points[SHORTLIST - 1][0] > points[SHORTLIST][0], "tie at the shortlist cut-off"
    return {name for _, name in points[:SHORTLIST]}


def main():
    rows = []
    turn = 0
    chosen = shortlisted()
    for name, _, _, conflicts, eoi, medians in APPLICATIONS:
        evaluators = [e for e in EVALUATORS if e not in conflicts]
        # Everyone is scored on the expression of interest; only the shortlist on the award
        # questions (an application stopped at stage 1 needs no award scores).
        asked = list(zip(EOI_QUESTIONS, eoi))
        if name in chosen:
            asked += list(zip(QUESTIONS, medians))
        for question, target in asked:
            moderated = MODERATED.get((name, question))
            scores = moderated[0] if moderated else panel(target, evaluators, turn)
            turn += 1
            for evaluator, score in zip(evaluators, scores):
                rows.append([name, "", question, evaluator, score, ""])
            if moderated:
                rows.append([name, "", question, "moderated", moderated[1], moderated[2]])
    with open(os.path.join(HERE, "scores.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["bidder", "lot", "question", "evaluator", "score", "comment"])
        w.writerows(rows)

    out = [
        "# yaml-language-server: $schema=../../schemas/bids.schema.json",
        "# Written by generate.py: each application's organisation, gate answers, grant requested",
        "# and declared conflicts. The panel's scores are in scores.csv beside this file.",
        "format: tenderscore/bids@1",
        "tender: grant-round-two-stage-2026",
        "bids:",
    ]
    for name, price, failed, conflicts, _, _ in APPLICATIONS:
        gates = ", ".join(f"{g}: {'fail' if g in failed else 'pass'}" for g in ["eligibility", "safeguarding"])
        out.append(f'  - bidder: "{name}"')
        out.append(f'    organisation: "{name.split(": ")[0]}"')
        out.append(f"    price: {price}")
        out.append(f"    gates: {{{gates}}}")
        if conflicts:
            out.append(f"    conflicts: [{', '.join(conflicts)}]")
    with open(os.path.join(HERE, "bids.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
