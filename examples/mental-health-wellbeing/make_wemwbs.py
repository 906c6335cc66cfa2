#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes wemwbs.csv: 40 made-up participants answering WEMWBS before (pre) and after (post) the
# service. Deterministic (a fixed linear congruential generator, no library randomness), so the
# file never changes unless this script does. Participant P17 leaves item 9 blank at post.
#   python3 make_wemwbs.py > wemwbs.csv


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        """Return an integer in [0, n)."""
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return (self.state >> 16) % n


def main():
    rng = Lcg(20261123)
    header = ["id", "time"] + [f"item{i}" for i in range(1, 15)]
    lines = [",".join(header)]
    pre_rows, post_rows = [], []
    for p in range(1, 41):
        pid = f"P{p:02d}"
        base = 2 + rng.next(2)           # a participant answers mostly 2s or 3s before
        pre = [min(5, max(1, base + rng.next(3) - 1)) for _ in range(14)]
        lift = rng.next(4)               # 0-3: how many items move up by one after
        post = list(pre)
        for _ in range(lift * 2):
            k = rng.next(14)
            post[k] = min(5, post[k] + 1)
        if rng.next(8) == 0:             # about one in eight gets a little worse
            k = rng.next(14)
            post[k] = max(1, post[k] - 1)
        pre_rows.append([pid, "pre"] + [str(v) for v in pre])
        cells = [str(v) for v in post]
        if pid == "P17":
            cells[8] = ""
        post_rows.append([pid, "post"] + cells)
    lines += [",".join(r) for r in pre_rows + post_rows]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
