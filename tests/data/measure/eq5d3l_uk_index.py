#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes eq5d3l-uk-index.csv: the EQ-5D-3L UK TTO index (Dolan 1997) of all 243 states, computed
# independently of the C++ code with integer thousandths, so every value is exact to 3 decimals.
#   index = 1 - 0.081 [any level > 1] - sum of dimension decrements - 0.269 [any level 3]
#   decrements (level 2, level 3): MO .069/.314, SC .104/.214, UA .036/.094, PD .123/.386,
#   AD .071/.236. Published anchors: 11111 = 1, 11112 = 0.848, 22222 = 0.516, 33333 = -0.594.
import itertools
import sys

DECREMENTS = {  # thousandths
    "mo": (0, 69, 314),
    "sc": (0, 104, 214),
    "ua": (0, 36, 94),
    "pd": (0, 123, 386),
    "ad": (0, 71, 236),
}


def index_thousandths(state):
    loss = sum(DECREMENTS[dim][level - 1] for dim, level in zip(DECREMENTS, state))
    if any(level > 1 for level in state):
        loss += 81
    if any(level == 3 for level in state):
        loss += 269
    return 1000 - loss


def decimal(thousandths):
    sign = "-" if thousandths < 0 else ""
    whole, frac = divmod(abs(thousandths), 1000)
    return f"{sign}{whole}.{frac:03d}"


def main():
    rows = ["state,index"]
    for state in itertools.product((1, 2, 3), repeat=5):
        rows.append("".join(map(str, state)) + "," + decimal(index_thousandths(state)))
    assert decimal(index_thousandths((1, 1, 1, 1, 1))) == "1.000"
    assert decimal(index_thousandths((1, 1, 1, 1, 2))) == "0.848"
    assert decimal(index_thousandths((2, 2, 2, 2, 2))) == "0.516"
    assert decimal(index_thousandths((3, 3, 3, 3, 3))) == "-0.594"
    sys.stdout.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
