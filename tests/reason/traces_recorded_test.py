#!/usr/bin/env python3
"""Tests of `move37-engine reason-traces --recorded`: think-block heads
(side, facts, candidates) from the searches a self-play chunk recorded, one
per full search, with no search of its own; and the options it refuses."""
import os
import subprocess
import tempfile
import unittest

ENGINE = os.environ.get("MOVE37_ENGINE", "move37-engine")

# One 9x9 game. Policy indices are y*9+x from the top row: 30 = D6,
# 40 = E5, 50 = F4, 24 = G7, 80 = J1; pass is 81.
CHUNK = """move37-selfplay 1
game
size 9
rules chinese
net test net 3
result B+R
moves 5
B E5 full 0.5 40:30 30:50 50:10 80:4
W C3 fast 0.5
B G7 full 0.5 40:5 24:20
W pass fast 0.5
B D4 full 0.5 81:7
end
"""


def records(path):
    out, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line == "record":
                cur = {"think": []}
                out.append(cur)
            elif cur is not None and line.startswith(("source ", "search ", "to-move ")):
                key, value = line.split(" ", 1)
                cur[key] = value
            elif cur is not None and line not in ("end", "") and not line.startswith(
                    ("size ", "rules ", "moves", "think ")):
                cur["think"].append(line)
    return out


class TracesRecorded(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.d = self.dir.name
        self.chunks = os.path.join(self.d, "selfplay", "gen-000")
        os.makedirs(self.chunks)
        with open(os.path.join(self.chunks, "selfplay-000000.txt"), "w", encoding="utf-8") as f:
            f.write(CHUNK)
        self.out = os.path.join(self.d, "heads.txt")

    def tearDown(self):
        self.dir.cleanup()

    def traces(self, *extra):
        return subprocess.run(
            [ENGINE, "reason-traces", "--out", self.out, "--size", "9", "--chunks",
             os.path.join(self.d, "selfplay"), "--every", "1", "--min-move", "0",
             "--positions", "100", *extra],
            capture_output=True, text=True, timeout=120)

    def test_a_head_per_full_search_by_its_visits(self):
        r = self.traces("--recorded")
        self.assertEqual(r.returncode, 0, r.stderr)
        recs = records(self.out)
        self.assertEqual([x["source"] for x in recs],
                         ["gen-000/selfplay-000000.txt#0@0", "gen-000/selfplay-000000.txt#0@2",
                          "gen-000/selfplay-000000.txt#0@4"])
        self.assertEqual(recs[0]["search"], "94 recorded test net 3")
        # Top three by visits, J1 (4 < 10% of 50) left out.
        self.assertEqual(recs[0]["think"], ["<think>", "to move: black.",
                                            "candidates: D6 E5 F4."])
        # E5 is taken by then: G7 alone.
        self.assertEqual(recs[1]["think"], ["<think>", "to move: black.", "candidates: G7."])
        self.assertEqual(recs[2]["think"], ["<think>", "to move: black.", "candidates: pass."])
        for x in recs:
            self.assertNotIn("</think>", x["think"])
        # Resumable like any trace file: a second run adds nothing.
        r = self.traces("--recorded")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(len(records(self.out)), 3)

    def test_other_sources_and_networks_are_refused(self):
        for extra in (["--sgf", self.d], ["-w", "net.m37"]):
            r = self.traces("--recorded", *extra)
            self.assertEqual(r.returncode, 2, extra)
            self.assertIn("--recorded reads the searches recorded in --chunks", r.stderr)
        self.assertFalse(os.path.exists(self.out))


if __name__ == "__main__":
    unittest.main()
