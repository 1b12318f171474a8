#!/usr/bin/env python3
"""Tests of resources/networks/reason-traces-split.py: whole games on each
side, held-out records exactly at the indices the tools hold out, and
--hold keeping an earlier split's held-out games out of training."""
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.environ.get("MOVE37_SPLIT_SCRIPT", os.path.join(
    os.path.dirname(__file__), "..", "..", "resources", "networks", "reason-traces-split.py"))


def trace_file(path, games):
    """Writes a trace file with the given {game: record count}."""
    lines = ["move37-reason-traces 1"]
    for game, n in games.items():
        for move in range(n):
            lines += ["record", f"source {game}.sgf@{move + 2}", "size 9", "end"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def records(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    return [lines[i + 1].split(" ", 1)[1].rsplit("@", 1)[0]
            for i, line in enumerate(lines) if line == "record"]


def held(games_in_order, every=10):
    return {g for i, g in enumerate(games_in_order) if i % every == every - 1}


def trained(games_in_order, every=10):
    return {g for i, g in enumerate(games_in_order) if i % every != every - 1}


def split(*args):
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True)


class TracesSplit(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.d = self.dir.name

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.d, name)

    def test_whole_games_on_each_side(self):
        trace_file(self.path("a.txt"), {f"g{i}": 10 for i in range(20)})
        r = split("--out", self.path("s.txt"), self.path("a.txt"))
        self.assertEqual(r.returncode, 0, r.stderr)
        order = records(self.path("s.txt"))
        self.assertTrue(held(order))
        self.assertFalse(held(order) & trained(order))

    def test_hold_keeps_an_earlier_held_out_set_out_of_training(self):
        trace_file(self.path("a.txt"), {f"g{i}": 10 for i in range(20)})
        self.assertEqual(split("--out", self.path("s1.txt"), self.path("a.txt")).returncode, 0)
        first = held(records(self.path("s1.txt")))
        trace_file(self.path("b.txt"), {f"sp{i}": 10 for i in range(80)})
        for seed in ("1", "2", "3"):
            r = split("--out", self.path("s2.txt"), "--seed", seed, "--hold", self.path("s1.txt"),
                      self.path("a.txt"), self.path("b.txt"))
            self.assertEqual(r.returncode, 0, r.stderr)
            order = records(self.path("s2.txt"))
            self.assertTrue(first <= held(order), seed)
            self.assertFalse(first & trained(order), seed)
        # Without --hold some seed puts an earlier held-out game in training.
        leaked = False
        for seed in ("1", "2", "3"):
            split("--out", self.path("s3.txt"), "--seed", seed, self.path("a.txt"), self.path("b.txt"))
            order = records(self.path("s3.txt"))
            leaked |= bool(first & trained(order))
        self.assertTrue(leaked)

    def test_hold_names_a_game_missing_from_the_inputs(self):
        trace_file(self.path("a.txt"), {f"g{i}": 10 for i in range(20)})
        self.assertEqual(split("--out", self.path("s1.txt"), self.path("a.txt")).returncode, 0)
        trace_file(self.path("b.txt"), {f"sp{i}": 10 for i in range(20)})
        r = split("--out", self.path("s2.txt"), "--hold", self.path("s1.txt"), self.path("b.txt"))
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("s1.txt: held-out game 'g", r.stderr)
        self.assertIn("is in none of the inputs", r.stderr)


if __name__ == "__main__":
    unittest.main()
