#!/usr/bin/env python3
"""Merges reason-traces files into one whose held-out records come from
games of their own.

reason-sft, reason-grpo and reason-eval hold out one record in N by its
index (records N, 2N, ...). Records of one game sit next to each other in
a trace file, so that split puts neighbouring positions of the same game on
both sides. This script draws whole games (by the SGF or chunk file in each
record's `source`, before the `@`) for the held-out side until it has a
tenth of the records, then writes the records so that exactly the indices
the tools hold out receive them. Deterministic for a given --seed.

    reason-traces-split.py --out traces-h9.txt traces-A.txt traces-B.txt

With --hold FILE (a split file written before), the games FILE holds out
go to the held-out side first, so a bigger training set (more traces
added later) keeps an earlier held-out set out of training; the rest of
the quota is drawn as usual. Such a game is an error if no input has it.
"""
import argparse
import random
import sys


def read_records(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header, records, cur = lines[0], [], None
    for n, line in enumerate(lines[1:], start=2):
        if line == "record":
            cur = [line]
        elif cur is not None:
            cur.append(line)
            if line == "end":
                records.append(cur)
                cur = None
    if not header.startswith("move37-reason-traces "):
        sys.exit(f"{path}:1: not a move37 trace file (header '{header[:40]}')")
    return header, records


def record_game(record):
    return record[1].split(" ", 1)[1].rsplit("@", 1)[0]


def is_held_out(index, every):
    """The tools' rule: records every, 2*every, ... (1-based) are held out."""
    return index % every == every - 1


def held_out_games(path, every):
    """The games of the records a split file holds out."""
    _, records = read_records(path)
    return {record_game(r) for i, r in enumerate(records) if is_held_out(i, every)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--every", type=int, default=10, help="the tools' --holdout-every")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--hold", help="a split file whose held-out games stay held out")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    header, games = None, {}
    for path in a.inputs:
        header, records = read_records(path)
        for r in records:
            games.setdefault(record_game(r), []).append(r)
    names = list(games)
    random.Random(a.seed).shuffle(names)
    if a.hold:
        hold = held_out_games(a.hold, a.every)
        missing = sorted(hold - set(games))
        if missing:
            sys.exit(f"{a.hold}: held-out game '{missing[0]}' is in none of the inputs "
                     f"({len(missing)} missing)")
        names = [g for g in names if g in hold] + [g for g in names if g not in hold]
    total = sum(len(v) for v in games.values())
    held, train = [], []
    for g in names:
        (held if len(held) < total // a.every else train).extend(games[g])
    out, h, t, i = [header], 0, 0, 0
    while True:
        side, k = (held, h) if is_held_out(i, a.every) else (train, t)
        if k >= len(side):
            break
        out += side[k]
        if side is held:
            h += 1
        else:
            t += 1
        i += 1
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    left = len(held) - h + len(train) - t
    print(f"{a.out}: {i} records from {len(games)} games; {h} held out, {t} for training"
          + (f"; {left} records left out (the last held-out game overshoots the tenth, and "
             f"held-out records need training records between them)" if left else ""))


if __name__ == "__main__":
    main()
